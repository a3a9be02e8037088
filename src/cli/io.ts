// Reading files: text, JSON, YAML, Markdown front matter, NDJSON; validation with the library's
// models; error messages that name the file, the line and column, and the field path.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { isPlumblineError, locateJsonError, parseModel, splitFrontMatter, unknownFields, type PlumblineIssue } from '../index.js';
import { CliError } from './errors.js';
import { parseSimpleYaml } from './simple-yaml.js';

// `yaml` is loaded on first use: simple front matter (parseSimpleYaml) and JSON files never need it,
// and a CI check of Markdown stories then starts without it. It is built into one file beside the
// command (dist/yaml.cjs, from yaml.ts), which Node loads three times sooner than the package.
const require = createRequire(import.meta.url);
let yamlModule: typeof import('./yaml.js') | undefined;
const yaml = (): typeof import('./yaml.js') => (yamlModule ??= require('./yaml.cjs') as typeof import('./yaml.js'));

/** A model the library validates with `parseModel`. */
type Model = Parameters<typeof parseModel>[0];
type Output<M extends Model> = ReturnType<typeof parseModel<M>>;

/** A 1-based line and column. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A parsed data file: its value, and a way to find where a field path is in the file. */
export interface Loaded {
  readonly value: unknown;
  /** The position of the field at `path` (of its key, with `key`), or of its nearest parent that exists. */
  readonly locate: (path: readonly PropertyKey[], key?: boolean) => Position | undefined;
  /** Whether `locate` is cheap: false where it reads a large file again. */
  readonly locatesCheaply: boolean;
}

/** The path to show for a file: relative to the working directory when inside it, else absolute. */
export function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown === '' ? '.' : shown === '..' || shown.startsWith(`..${sep}`) || isAbsolute(shown) ? resolve(file) : shown;
}

/** The SARIF URI of a file: relative to the working directory, `/`-separated, percent-encoded. */
export function fileUri(file: string): string {
  return relative(process.cwd(), file).split(sep).map(encodeURIComponent).join('/');
}

/** The path of a file in a diff header: relative to the working directory, `/`-separated, as `patch -p1` and `git apply` read it. */
export function diffPath(file: string): string {
  return relative(process.cwd(), file).split(sep).join('/');
}

/** The exit-2 failure for a file that cannot be read, in plain words. */
export function unreadable(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
  return new CliError(`${displayPath(file)}: ${why}`, { cause: error });
}

/**
 * Whether a file's bytes are `text` written as UTF-8: false when the file holds bytes that are not
 * UTF-8 (read as U+FFFD), which writing the text back would change.
 */
export function holdsExactly(file: string, text: string): boolean {
  try {
    return Buffer.from(text, 'utf8').equals(readFileSync(file));
  } catch {
    return false;
  }
}

/** Reads a file as UTF-8 text, or fails with exit 2 naming it. */
export function readText(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw unreadable(file, error);
  }
  // A NUL is in no text file written as UTF-8; UTF-16 (as some Windows editors save) is full of them.
  if (text.includes('\0')) {
    const utf16 = text.startsWith('\ufffd\ufffd') || /^(?:[^\0]\0){2}/.test(text) || /^(?:\0[^\0]){2}/.test(text);
    throw new CliError(`${displayPath(file)}: ${utf16 ? 'the file is UTF-16' : 'the file holds NUL bytes: it is not text'}; save it as UTF-8`);
  }
  return text;
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Reads YAML text; `lineShift` moves reported lines (front matter starts on line 2 of its file). */
export function loadYaml(text: string, shown: string, lineShift = 0): Loaded {
  const { isMap, isNode, isScalar, LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  // Without a byte-order mark, so that columns on line 1 count from the first character.
  const document = parseDocument(withoutBom(text), { lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error !== undefined) {
    const where = lineCounter.linePos(error.pos[0]);
    // yaml's own words for this one are advice about its API.
    const message = error.code === 'MULTIPLE_DOCS' ? 'a second YAML document starts here ("---"): a file holds one document (a list, for several records)' : error.message;
    throw new CliError(`${shown}:${where.line + lineShift}:${where.col}: malformed YAML: ${message}`);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    throw new CliError(`${shown}: malformed YAML: ${(cause as Error).message}`, { cause });
  }
  const locate = (path: readonly PropertyKey[], key = false): Position | undefined => {
    const last = path.at(-1);
    if (key && last !== undefined) {
      const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true);
      const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last)) : undefined;
      const range = isNode(pair?.key) ? pair.key.range : undefined;
      if (range !== undefined && range !== null) {
        const where = lineCounter.linePos(range[0]);
        return { line: where.line + lineShift, column: where.col };
      }
    }
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range !== undefined && node.range !== null) {
        const where = lineCounter.linePos(node.range[0]);
        return { line: where.line + lineShift, column: where.col };
      }
    }
    return undefined;
  };
  return { value, locate, locatesCheaply: true };
}

/**
 * Reads a story's front matter: simple front matter by the fast path (parseSimpleYaml), anything else
 * with `yaml`; positions of fields, needed only to report a schema failure, come from `yaml` then.
 */
function loadFrontMatter(text: string, shown: string, lineShift: number): Loaded {
  const simple = parseSimpleYaml(text);
  if (simple === undefined) return loadYaml(text, shown, lineShift);
  let full: Loaded | undefined;
  return {
    value: simple,
    locatesCheaply: true,
    locate: (path, key) => {
      full ??= loadYaml(text, shown, lineShift);
      return full.locate(path, key);
    },
  };
}

/** JSON this long or shorter is read again (as YAML, for positions) for a warning; longer, only for an error. */
const CHEAP_JSON_LOCATE = 2 ** 20;

/** Reads JSON text; a syntax error names the line and column. */
export function loadJson(text: string, shown: string): Loaded {
  const source = withoutBom(text);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (cause) {
    const where = locateJsonError(source);
    throw new CliError(
      where === undefined ? `${shown}: malformed JSON: ${(cause as Error).message}` : `${shown}:${where.line}:${where.column}: malformed JSON: ${where.message}`,
      { cause },
    );
  }
  // Positions of fields are needed only to report a schema failure: JSON is YAML, read it again then.
  let yaml: Loaded | undefined | null;
  const locate = (path: readonly PropertyKey[], key?: boolean): Position | undefined => {
    if (yaml === undefined) {
      try {
        yaml = loadYaml(source, shown);
      } catch {
        yaml = null;
      }
    }
    return yaml === null ? undefined : yaml.locate(path, key);
  };
  return { value, locate, locatesCheaply: source.length <= CHEAP_JSON_LOCATE };
}

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);
const NDJSON_EXTENSIONS = new Set(['.ndjson', '.jsonl']);

/** Reads a JSON or YAML file (by extension; JSON unless `.yaml`/`.yml`). */
export function loadDataFile(file: string): Loaded {
  const text = readText(file);
  return YAML_EXTENSIONS.has(extname(file).toLowerCase()) ? loadYaml(text, displayPath(file)) : loadJson(text, displayPath(file));
}

/** A field path as people read it: `audience.segmentIds[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Lines naming the file, the position and the field path of every schema issue. */
function issueLines(issues: readonly PlumblineIssue[], shown: string, loaded: Loaded | undefined, base: readonly PropertyKey[]): string[] {
  return issues.map((issue) => {
    const path = [...base, ...issue.path];
    const where = loaded?.locate(path);
    const at = where === undefined ? shown : `${shown}:${where.line}:${where.column}`;
    return path.length === 0 ? `${at}: ${issue.message}` : `${at}: ${formatPath(path)}: ${issue.message}`;
  });
}

/** A likely typo warned about: its field path, the file warned about, and the other files it was seen in since. */
interface WarnedTypo {
  readonly field: string;
  readonly file: string;
  readonly others: Set<string>;
}

/**
 * The likely typos warned about, per model, by field path (array indexes left out): the same typo in
 * 2,000 stories, or in every record of a CRM export, is one warning and a count.
 */
const warnedTypos = new Map<Model, Map<string, WarnedTypo>>();

/**
 * Warns on stderr about each field the model does not have whose name is near one it has
 * (`theme` for `themes`): the model leaves it out without a word, and a check would pass for the
 * wrong reason. Other unknown fields are left alone: a story's front matter and a CRM export hold
 * fields of their own.
 */
function warnLikelyTypos(model: Model, value: unknown, shown: string, loaded: Loaded | undefined, base: readonly PropertyKey[], file: string): void {
  const typos = unknownFields(model, value, { onlyLikelyTypos: true });
  if (typos.length === 0) return;
  let warned = warnedTypos.get(model);
  if (warned === undefined) {
    warned = new Map();
    warnedTypos.set(model, warned);
  }
  for (const { path: within, suggestion } of typos) {
    const path = [...base, ...within];
    const fieldPath = formatPath(path.filter((part) => typeof part === 'string'));
    const before = warned.get(fieldPath);
    if (before !== undefined) {
      if (before.file !== file) before.others.add(file);
      continue;
    }
    warned.set(fieldPath, { field: fieldPath, file, others: new Set() });
    // Positions cost a second reading of a JSON file: worth it for an error, not for a warning about a large one.
    const where = loaded?.locatesCheaply === true ? loaded.locate(path, true) : undefined;
    const at = where === undefined ? shown : `${shown}:${where.line}:${where.column}`;
    // On a terminal, clear the line first: `score` may be showing its progress there.
    const clear = process.stderr.isTTY === true ? '\r\x1b[K' : '';
    process.stderr.write(`${clear}plumbline: ${at}: ${formatPath(path)}: unknown field, ignored; did you mean "${suggestion ?? ''}"?\n`);
  }
}

/** Lines saying which likely typos were seen in more files than the one warned about, for the end of a command. */
export function repeatedTypos(): string[] {
  return [...warnedTypos.values()]
    .flatMap((warned) => [...warned.values()])
    .filter((warned) => warned.others.size > 0)
    .map((warned) => {
      const files = [...warned.others];
      const named = files.slice(0, 3).join(', ');
      return `plumbline: ${warned.field}: the same unknown field in ${files.length} more file${files.length === 1 ? '' : 's'} (${files.length > 3 ? `${named}, ...` : named})`;
    });
}

/**
 * Validates one value against a model; collects the issue lines in `problems` and returns undefined on
 * failure. Warns about likely typos in field names first, once per field (`file` is where it was seen,
 * for the count of other files at the end: the file without an NDJSON line number).
 */
export function validate<M extends Model>(
  model: M,
  value: unknown,
  shown: string,
  loaded: Loaded | undefined,
  base: readonly PropertyKey[],
  problems: string[],
  file = shown,
): Output<M> | undefined {
  // Before the schema's verdict: a typo may be why a required field is missing.
  warnLikelyTypos(model, value, shown, loaded, base, file);
  try {
    return parseModel(model, value);
  } catch (error) {
    if (isPlumblineError(error, 'INVALID_INPUT')) {
      problems.push(...issueLines(error.issues, shown, loaded, base));
      return undefined;
    }
    throw error;
  }
}

/** Throws the collected schema problems as one exit-2 error. */
export function failOnProblems(problems: readonly string[]): void {
  if (problems.length > 0) {
    throw new CliError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the input:`, { lines: problems });
  }
}

/** Reads a file of one model: a single document. */
export function readOne<M extends Model>(model: M, file: string): Output<M> {
  const loaded = loadDataFile(file);
  const problems: string[] = [];
  const value = validate(model, loaded.value, displayPath(file), loaded, [], problems);
  failOnProblems(problems);
  return value as Output<M>;
}

/** Reads NDJSON: one JSON document a line (blank lines skipped). */
function loadNdjson(text: string, shown: string): { value: unknown; line: number }[] {
  const records: { value: unknown; line: number }[] = [];
  withoutBom(text)
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      records.push({ value: parseNdjsonLine(line, shown, index + 1), line: index + 1 });
    });
  return records;
}

/** Parses one NDJSON line, or fails naming the file, line and column. */
export function parseNdjsonLine(line: string, shown: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line);
  } catch (cause) {
    const where = locateJsonError(line);
    throw new CliError(`${shown}:${lineNumber}:${where?.column ?? 1}: malformed JSON: ${where?.message ?? (cause as Error).message}`, { cause });
  }
}

/** Reads a file of records: one document or a list (JSON or YAML), or NDJSON (`.ndjson`, `.jsonl`). */
export function readMany<M extends Model>(model: M, file: string): Output<M>[] {
  const shown = displayPath(file);
  const problems: string[] = [];
  const out: Output<M>[] = [];
  if (NDJSON_EXTENSIONS.has(extname(file).toLowerCase())) {
    for (const record of loadNdjson(readText(file), shown)) {
      const value = validate(model, record.value, `${shown}:${record.line}`, undefined, [], problems, shown);
      if (value !== undefined) out.push(value);
    }
  } else {
    const loaded = loadDataFile(file);
    const list = Array.isArray(loaded.value) ? loaded.value : [loaded.value];
    list.forEach((item, index) => {
      const value = validate(model, item, shown, loaded, Array.isArray(loaded.value) ? [index] : [], problems);
      if (value !== undefined) out.push(value);
    });
  }
  failOnProblems(problems);
  return out;
}

/** Where a story came from, for positions, headings, SARIF and --fix. */
export interface StorySource<S> {
  readonly story: S;
  /** For a story inside a JSON or YAML file: where it is in the document (`[]` for the whole document, `[i]` in a list). */
  readonly path: readonly number[];
  /** The file, absolute. */
  readonly file: string;
  /** The file as shown: relative to the working directory. */
  readonly shown: string;
  /** True for a Markdown file: the body is the file's text after the front matter. */
  readonly markdown: boolean;
  /** The file's whole text (Markdown only). */
  readonly text: string;
  /** Offset of the body in the file (Markdown only; 0 otherwise). */
  readonly bodyStart: number;
  /** Lines before the body in the file (Markdown only; 0 otherwise). */
  readonly lineOffset: number;
  /** True when the file holds more than one story. */
  readonly shared: boolean;
}

export const STORY_EXTENSIONS = new Set(['.md', '.markdown', '.json', '.yaml', '.yml']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

/** Reads the stories of one file: a Markdown file with front matter, or JSON/YAML with one story or a list. */
export function readStories<M extends Model>(model: M, { file, shown }: StoryFile, problems: string[]): StorySource<Output<M>>[] {
  if (MARKDOWN_EXTENSIONS.has(extname(file).toLowerCase())) {
    const text = readText(file);
    const split = splitFrontMatter(text);
    const loaded = split.frontMatter === undefined ? undefined : loadFrontMatter(split.frontMatter, shown, (split.frontMatterLine ?? 2) - 1);
    const fields = loaded?.value ?? {};
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      problems.push(`${shown}:2:1: the front matter must be a YAML mapping of the story's fields`);
      return [];
    }
    if (split.frontMatter === undefined) {
      problems.push(`${shown}:1:1: expected YAML front matter between "---" lines with the story's fields (id, kind, title, audience)`);
      return [];
    }
    const story = validate(model, { ...fields, body: split.body }, shown, loaded, [], problems);
    return story === undefined ? [] : [{ story, path: [], file, shown, markdown: true, text, bodyStart: split.bodyStart, lineOffset: split.lineOffset, shared: false }];
  }
  const loaded = loadDataFile(file);
  const list = Array.isArray(loaded.value) ? loaded.value : [loaded.value];
  const out: StorySource<Output<M>>[] = [];
  list.forEach((item, index) => {
    const story = validate(model, item, shown, loaded, Array.isArray(loaded.value) ? [index] : [], problems);
    if (story !== undefined) out.push({ story, path: Array.isArray(loaded.value) ? [index] : [], file, shown, markdown: false, text: '', bodyStart: 0, lineOffset: 0, shared: list.length > 1 });
  });
  return out;
}

/** Where a path leads after every symbolic link, or the path resolved when it leads nowhere. */
export function realPath(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return resolve(path);
  }
}

/** A story file: its absolute path, and the path to show (as {@link displayPath} gives it). */
export interface StoryFile {
  readonly file: string;
  readonly shown: string;
}

/**
 * A folder's entry, `folder` being absolute and normal and `name` one segment: what `join` gives,
 * without normalising the whole path again for each of thousands of files.
 */
function entryPath(folder: string, name: string): string {
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

/**
 * The story files named: files as given, folders walked (sorted; hidden folders and node_modules
 * skipped). A file reached twice (named and walked, or through a symbolic link) is read once, under
 * the first path it was reached by; the files in `skip` (real paths: the option files) never.
 */
export function storyFiles(paths: readonly string[], skip: ReadonlySet<string>): StoryFile[] {
  // By real path, the path it was first reached by.
  const found = new Map<string, StoryFile>();
  const add = (file: string, shown: string, real: string): void => {
    if (!skip.has(real) && !found.has(real)) found.set(real, { file, shown });
  };
  const walked = new Set<string>();
  const walk = (folder: string): void => {
    // A folder reached twice through symbolic links (or a link loop) is walked once.
    const real = realPath(folder);
    if (walked.has(real)) return;
    walked.add(real);
    // A file is shown as its folder is, with its name after it: displayPath once per folder.
    const shownFolder = displayPath(folder);
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = entryPath(folder, entry.name);
      let isFolder = entry.isDirectory();
      let isFile = entry.isFile();
      const link = entry.isSymbolicLink();
      if (link) {
        // Followed, as a file or folder given by name would be; a dangling link is skipped.
        try {
          const target = statSync(path);
          isFolder = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isFolder) walk(path);
      else if (isFile && STORY_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        add(path, shownFolder === '.' ? entry.name : entryPath(shownFolder, entry.name), link ? realPath(path) : entryPath(real, entry.name));
      }
    }
  };
  for (const given of paths) {
    const path = resolve(given);
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (error) {
      throw new CliError(`${given}: no such file or folder`, { cause: error });
    }
    if (isFolder) walk(path);
    else if (STORY_EXTENSIONS.has(extname(path).toLowerCase())) add(path, displayPath(path), realPath(path));
    else throw new CliError(`${given}: not a story file (expected ${[...STORY_EXTENSIONS].join(', ')})`);
  }
  return [...found.values()];
}

/** A story body to rewrite inside a JSON or YAML file: where the story is, its body as read, and its new body. */
export interface BodyEdit {
  readonly path: readonly number[];
  readonly from: string;
  readonly to: string;
}

/** A block literal (`|`) written again with some lines changed: only those lines, at the block's indentation; undefined if they cannot be found. */
function blockLiteralWith(source: string, from: string, to: string): string | undefined {
  const fromLines = from.split('\n');
  const toLines = to.split('\n');
  if (fromLines.length !== toLines.length) return undefined;
  // Line 0 is the header (`|`, `|-`, `|2`…); content line i is body line i behind the indentation.
  const lines = source.split('\n');
  for (let at = 0; at < fromLines.length; at += 1) {
    if (fromLines[at] === toLines[at]) continue;
    const written = lines[at + 1];
    if (written === undefined) return undefined;
    // A Windows line ending stays where it was.
    const lineEnd = written.endsWith('\r') ? '\r' : '';
    const line = written.slice(0, written.length - lineEnd.length);
    const old = fromLines[at] as string;
    if (!line.endsWith(old) || line.slice(0, line.length - old.length).trim() !== '') return undefined;
    lines[at + 1] = `${line.slice(0, line.length - old.length)}${toLines[at] as string}${lineEnd}`;
  }
  return lines.join('\n');
}

/** Per JSON escape, the unit it stands for. */
const JSON_ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A JSON string literal (also a one-line YAML double-quoted scalar that uses JSON's escapes) with its
 * value changed from `from` to `to`, rewriting only the stretch between the first and the last unit
 * that differ, escapes elsewhere kept as written; undefined when the literal is not such a string.
 */
function stringLiteralWith(literal: string, from: string, to: string): string | undefined {
  // Where each unit of the value starts in the literal (one more entry: where the closing quote is).
  const at: number[] = [];
  let value = '';
  let index = 1;
  while (index < literal.length - 1) {
    at.push(index);
    const char = literal[index] as string;
    if (char === '\n' || char === '\r') return undefined;
    if (char !== '\\') {
      value += char;
      index += 1;
      continue;
    }
    const escape = literal[index + 1] ?? '';
    if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(literal.slice(index + 2, index + 6))) {
      value += String.fromCharCode(Number.parseInt(literal.slice(index + 2, index + 6), 16));
      index += 6;
    } else if (JSON_ESCAPES[escape] !== undefined) {
      value += JSON_ESCAPES[escape];
      index += 2;
    } else return undefined;
  }
  if (literal[0] !== '"' || literal[literal.length - 1] !== '"' || value !== from) return undefined;
  at.push(literal.length - 1);
  let prefix = 0;
  while (prefix < from.length && prefix < to.length && from[prefix] === to[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < from.length - prefix && suffix < to.length - prefix && from[from.length - 1 - suffix] === to[to.length - 1 - suffix]) suffix += 1;
  const middle = JSON.stringify(to.slice(prefix, to.length - suffix)).slice(1, -1);
  return `${literal.slice(0, at[prefix])}${middle}${literal.slice(at[from.length - suffix])}`;
}

/** What {@link rewriteStoryBodies} could do: the new text, and which edits it holds. */
export interface RewrittenBodies {
  /** The file's new text, or undefined when no edit could be made. */
  readonly text: string | undefined;
  /** Per edit (in the order given), whether the new text holds it. */
  readonly applied: readonly boolean[];
}

/**
 * A JSON or YAML file of stories with story bodies rewritten, and nothing else in it changed: each body
 * is replaced where it stands in the text (in a JSON string or a one-line double-quoted YAML scalar only
 * the stretch that changed; a YAML literal block line by line; a plain or single-quoted scalar as it
 * was written, or double-quoted when the new text cannot stay so), and the result is read back to check
 * that every value but those bodies is what it was. A body that cannot be rewritten so (a folded block,
 * an alias) is left as it is; so is every body of a file the YAML reader does not read back exactly.
 *
 * @param text - the file's text
 * @param yamlFile - whether the file is YAML (else JSON)
 * @param edits - the bodies to rewrite
 * @returns the new text and which edits it holds
 */
export function rewriteStoryBodies(text: string, yamlFile: boolean, edits: readonly BodyEdit[]): RewrittenBodies {
  const { isScalar, parseDocument } = yaml();
  const none: RewrittenBodies = { text: undefined, applied: edits.map(() => false) };
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const source = withoutBom(text);
  const document = parseDocument(source);
  if (document.errors.length > 0) return none;
  const toJs = (value: ReturnType<typeof parseDocument>): unknown => value.toJS({ maxAliasCount: 100 }) as unknown;
  // Each edit's scalar in the text: where it is, how it is written, and the ways it may be written again.
  const places = edits.map((edit) => {
    const node = document.getIn([...edit.path, 'body'], true);
    if (!isScalar(node) || node.range === undefined || node.range === null || node.value !== edit.from) return undefined;
    const [start, end] = node.range;
    const written = source.slice(start, end);
    const ways: string[] = [];
    const add = (way: string | undefined): void => {
      if (way !== undefined) ways.push(way);
    };
    if (!yamlFile || node.type === 'QUOTE_DOUBLE') add(stringLiteralWith(written, edit.from, edit.to));
    if (yamlFile && node.type === 'PLAIN' && written === edit.from) add(edit.to);
    if (yamlFile && node.type === 'QUOTE_SINGLE' && written === `'${edit.from.replaceAll("'", "''")}'`) add(`'${edit.to.replaceAll("'", "''")}'`);
    if (yamlFile && node.type === 'BLOCK_LITERAL') add(blockLiteralWith(written, edit.from, edit.to));
    // Double quotes hold any text in JSON and in a YAML flow scalar (a block scalar ends its line: not so).
    if (!yamlFile || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' || node.type === 'PLAIN') add(JSON.stringify(edit.to));
    return { start, end, ways };
  });
  // What the file must read as: the same document with the bodies of the edits made.
  const wanted = (made: readonly boolean[]): unknown => {
    const value = structuredClone(toJs(document)) as Record<PropertyKey, unknown>;
    edits.forEach((edit, index) => {
      if (!made[index]) return;
      let holder = value;
      for (const key of edit.path) holder = holder[key] as Record<PropertyKey, unknown>;
      holder['body'] = edit.to;
    });
    return value;
  };
  // Each edit in its first way; an edit whose body does not read back right takes its next way, or is
  // left out. At most one more reading per way, whatever the number of edits.
  const way: number[] = places.map((place) => (place === undefined || place.ways.length === 0 ? -1 : 0));
  for (let round = 0; round < 4; round += 1) {
    const made = way.map((choice) => choice >= 0);
    if (!made.some(Boolean)) return none;
    let candidate = source;
    const order = places.map((_, index) => index).filter((index) => made[index]).sort((a, b) => (places[b]?.start ?? 0) - (places[a]?.start ?? 0));
    for (const index of order) {
      const place = places[index] as { start: number; end: number; ways: string[] };
      candidate = `${candidate.slice(0, place.start)}${place.ways[way[index] as number] as string}${candidate.slice(place.end)}`;
    }
    const again = parseDocument(candidate);
    if (again.errors.length === 0 && JSON.stringify(toJs(again)) === JSON.stringify(wanted(made))) return { text: `${bom}${candidate}`, applied: made };
    if (again.errors.length > 0) {
      // The text no longer reads: every edit goes on to its next way.
      way.forEach((choice, index) => {
        if (choice >= 0) way[index] = choice + 1 < (places[index]?.ways.length ?? 0) ? choice + 1 : -1;
      });
      continue;
    }
    let moved = false;
    edits.forEach((edit, index) => {
      const choice = way[index] as number;
      if (choice < 0 || again.getIn([...edit.path, 'body']) === edit.to) return;
      way[index] = choice + 1 < (places[index]?.ways.length ?? 0) ? choice + 1 : -1;
      moved = true;
    });
    if (!moved) return none;
  }
  return none;
}

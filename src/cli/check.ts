// plumbline check: read the plumb line, audiences and stories; checkStories; fixes; print.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import {
  checkStories,
  compilePlumbLine,
  fixStories,
  type CheckContext,
  type ConsistencyReport,
  formatJson,
  formatStylish,
  isPlumblineError,
  PlumbLine,
  Relationship,
  type RuleSetting,
  Segment,
  Story,
  toSarif,
  unifiedDiff,
} from '../index.js';
import { COMMON_OPTIONS, formatOption, integerOption, parseCommand } from './args.js';
import { CliError, usageError } from './errors.js';
import { CHECK_HELP } from './help.js';
import { type BodyEdit, diffPath, failOnProblems, fileUri, holdsExactly, readMany, readOne, readStories, readText, realPath, rewriteStoryBodies, STORY_EXTENSIONS, type StorySource, storyFiles } from './io.js';
import { print, useColor, warn, writeOutput } from './output.js';
import { version } from './version.js';

const FORMATS = ['stylish', 'json', 'sarif'] as const;

type Source = StorySource<Story>;

function ruleSettings(values: readonly string[] | undefined): Record<string, RuleSetting> | undefined {
  if (values === undefined) return undefined;
  // No prototype: `--rule __proto__=off` is an unknown rule id like any other (the library rejects it).
  const rules: Record<string, RuleSetting> = Object.create(null) as Record<string, RuleSetting>;
  for (const value of values) {
    const match = /^([\w-]+)=(\w+)$/.exec(value);
    if (match === null) throw usageError(`--rule expects <rule-id>=<severity>, such as preferred-term=error; got "${value}"`, 'check');
    rules[match[1] as string] = match[2] as RuleSetting;
  }
  return rules;
}

function runCheck(plumbLine: ReturnType<typeof compilePlumbLine>, sources: readonly Source[], context: CheckContext): ConsistencyReport {
  try {
    return checkStories(
      plumbLine,
      sources.map((source) => source.story),
      context,
    );
  } catch (error) {
    // The library names the story by its index: name its file instead.
    const at = isPlumblineError(error, 'INVALID_ARGUMENT') ? /^stories\[(\d+)\]\.id$/.exec(error.details.argument) : null;
    const source = at === null ? undefined : sources[Number(at[1])];
    if (source !== undefined) {
      const first = sources.find((other) => other.story.id === source.story.id);
      throw new CliError(`${source.shown}: story id "${source.story.id}" is already used by ${first?.shown ?? 'another story'}; story ids must be unique`, { cause: error });
    }
    throw error;
  }
}


/** The command. Returns the exit code. */
export function check(args: readonly string[]): number {
  const { values, positionals } = parseCommand('check', () =>
    parseArgs({
      args: [...args],
      options: {
        ...COMMON_OPTIONS,
        'plumb-line': { type: 'string', short: 'p' },
        segments: { type: 'string' },
        relationships: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'max-warnings': { type: 'string' },
        rule: { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    }),
  );
  if (values.help === true) {
    print(CHECK_HELP);
    return 0;
  }
  const format = formatOption(values.format, FORMATS, 'stylish', 'check');
  const maxWarnings = integerOption(values['max-warnings'], 'max-warnings', 'check', -1);
  const rules = ruleSettings(values.rule);
  if (values['plumb-line'] === undefined) throw usageError('--plumb-line <file> is required', 'check');
  if (positionals.length === 0) throw usageError('name the story files or folders to check', 'check');
  if (positionals.some((path) => path.trim() === '')) throw usageError('a story path is empty (an unset variable?)', 'check');
  if (values.fix === true && values['fix-dry-run'] === true) throw usageError('--fix and --fix-dry-run cannot be used together', 'check');

  // The option files and the report file (--output) are never read as stories.
  const optionFiles = [values['plumb-line'], values.segments, values.relationships, values.output].filter((file): file is string => file !== undefined).map(realPath);
  const plumbLine = compilePlumbLine(readOne(PlumbLine, values['plumb-line']));
  const segments = values.segments === undefined ? undefined : readMany(Segment, values.segments);
  const relationships = values.relationships === undefined ? undefined : readMany(Relationship, values.relationships);
  const files = storyFiles(positionals, new Set(optionFiles));
  if (files.length === 0) throw new CliError(`no story files (${[...STORY_EXTENSIONS].join(', ')}) found in ${positionals.join(', ')}`);
  const problems: string[] = [];
  let sources: Source[] = files.flatMap((file) => readStories(Story, file, problems));
  failOnProblems(problems);
  if (sources.length === 0) throw new CliError(`no stories in ${positionals.join(', ')}: the story files hold empty lists`);

  const context: CheckContext = { segments, relationships, asOf: values['as-of'], rules };
  let report = runCheck(plumbLine, sources, context);

  if (values.fix === true || values['fix-dry-run'] === true) {
    const original = new Map(sources.map((source) => [source.story.id, source.text]));
    const stories = sources.map((source) => source.story);
    let result = fixStories(plumbLine, stories, context);
    // Markdown files are rewritten after their front matter (kept byte for byte); in a JSON or YAML
    // file only the fixed story bodies are rewritten, where they stand. Stories whose bodies cannot be
    // rewritten so, and every story of a file holding bytes that are not UTF-8 (writing the file back
    // would change them), keep their fixes: they are checked again without fixes.
    const dataFiles = rewrittenDataFiles(sources, result.stories);
    const keptAsIs = new Set(dataFiles.flatMap((data) => data.keptAsIs));
    const changed = new Map<string, string>();
    sources.forEach((source, at) => {
      if (source.markdown && (result.stories[at] as Story).body !== source.story.body) changed.set(source.file, source.text);
    });
    for (const data of dataFiles) if (data.text !== undefined) changed.set(data.file, data.before);
    const notUtf8 = new Set([...changed].filter(([file, before]) => !holdsExactly(file, before)).map(([file]) => file));
    for (const source of sources) if (notUtf8.has(source.file)) keptAsIs.add(source.story.id);
    if (keptAsIs.size > 0) {
      result = fixStories(plumbLine, stories, context, { storyIds: stories.map((story) => story.id).filter((id) => !keptAsIs.has(id)) });
    }
    report = result.report;
    const fixed = result.applied.length;
    sources = sources.map((source, at) => {
      const story = result.stories[at] as Story;
      return story === source.story || !source.markdown ? { ...source, story } : { ...source, story, text: source.text.slice(0, source.bodyStart) + story.body };
    });
    const touched: { file: string; shown: string; before: string; after: string }[] = [];
    for (const source of sources) {
      const before = original.get(source.story.id) ?? '';
      if (source.markdown && source.text !== before) touched.push({ file: source.file, shown: source.shown, before, after: source.text });
    }
    for (const data of dataFiles) {
      if (data.text !== undefined && !notUtf8.has(data.file)) touched.push({ file: data.file, shown: data.shown, before: data.before, after: data.text });
    }
    if (notUtf8.size > 0) {
      const shown = [...new Set(sources.filter((source) => notUtf8.has(source.file)).map((source) => source.shown))];
      warn(`Not fixed: ${shown.join(', ')} hold${shown.length === 1 ? 's' : ''} bytes that are not UTF-8, which writing ${shown.length === 1 ? 'it' : 'them'} back would change.`);
    }
    const cannotRewrite = new Set(dataFiles.filter((data) => !notUtf8.has(data.file)).flatMap((data) => data.keptAsIs));
    const notInPlace = report.diagnostics.filter((d) => d.fix !== undefined && cannotRewrite.has(d.storyId)).length;
    if (notInPlace > 0) {
      const where = dataFiles.filter((data) => data.keptAsIs.length > 0 && !notUtf8.has(data.file)).map((data) => `${data.keptAsIs.join(', ')} (${data.shown})`);
      warn(
        `${notInPlace} fix${notInPlace === 1 ? '' : 'es'} not applied, in ${where.join(', ')}: a body that cannot be rewritten without changing more of its file (a folded block, an alias, or a file the YAML reader does not read back exactly, say).`,
      );
    }
    if (values['fix-dry-run'] === true) {
      const diff = touched.map((file) => unifiedDiff(file.before, file.after, { fromFile: `a/${diffPath(file.file)}`, toFile: `b/${diffPath(file.file)}` })).join('');
      if (values.output === undefined) print(diff);
      else writeOutput(values.output, diff);
      warn(
        `Would fix ${fixed} problem${fixed === 1 ? '' : 's'} in ${touched.length} file${touched.length === 1 ? '' : 's'}; ${report.diagnostics.length} would remain (${count(report.errorCount, 'error')}, ${count(report.warningCount, 'warning')}, ${count(report.infoCount, 'info')}).`,
      );
      return exitCode(report, maxWarnings);
    }
    for (const file of touched) {
      try {
        writeFileSync(file.file, file.after);
      } catch (error) {
        throw new CliError(`${file.shown}: cannot write the fixes: ${(error as Error).message}`, { cause: error });
      }
    }
    if (fixed > 0) warn(`Fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${touched.length} file${touched.length === 1 ? '' : 's'}.`);
  }

  let text: string;
  if (format === 'sarif') {
    // A story inside a JSON or YAML file has no lines of its own there: its results point at the file alone.
    const sarifFiles = Object.fromEntries(sources.map((source) => [source.story.id, { uri: fileUri(source.file), lineOffset: source.lineOffset, regions: source.markdown }]));
    text = `${JSON.stringify(toSarif(report, { files: sarifFiles, toolVersion: version() }), null, 2)}\n`;
  } else {
    // Positions in the files' own lines and offsets (a Markdown body starts after its front matter).
    const files = new Map(sources.map((source) => [source.story.id, { lineOffset: source.lineOffset, bodyStart: source.bodyStart }]));
    if (format === 'json') text = formatJson(report, { files });
    else {
      const storyNames = Object.fromEntries(sources.map((source) => [source.story.id, source.shared ? `${source.shown} (${source.story.id})` : source.shown]));
      text = formatStylish(report, { color: values.output === undefined && useColor(), storyNames, files });
    }
  }
  if (values.output === undefined) print(text);
  else writeOutput(values.output, text);
  return exitCode(report, maxWarnings);
}

/**
 * A JSON or YAML story file with fixed bodies: its text before, and after (undefined when no body could
 * be rewritten in place), and the stories whose bodies could not be (a folded block scalar, say).
 */
interface RewrittenDataFile {
  readonly file: string;
  readonly shown: string;
  readonly before: string;
  readonly text: string | undefined;
  readonly keptAsIs: readonly string[];
}

/** The JSON and YAML story files with a story whose body the fixes changed, each rewritten as far as it can be. */
function rewrittenDataFiles(sources: readonly Source[], fixed: readonly Story[]): RewrittenDataFile[] {
  const byFile = new Map<string, { source: Source; edits: (BodyEdit & { storyId: string })[] }>();
  sources.forEach((source, at) => {
    const story = fixed[at] as Story;
    if (source.markdown || story.body === source.story.body) return;
    const entry = byFile.get(source.file) ?? { source, edits: [] };
    entry.edits.push({ path: source.path, from: source.story.body, to: story.body, storyId: story.id });
    byFile.set(source.file, entry);
  });
  return [...byFile.values()].map(({ source, edits }) => {
    const before = readText(source.file);
    const rewritten = rewriteStoryBodies(before, /\.ya?ml$/i.test(source.file), edits);
    const kept = edits.filter((_, index) => rewritten.applied[index] !== true).map((edit) => edit.storyId);
    return { file: source.file, shown: source.shown, before, text: rewritten.text, keptAsIs: kept };
  });
}

/** `1 warning`, `2 warnings`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function exitCode(report: ConsistencyReport, maxWarnings: number | undefined): number {
  if (report.errorCount > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && report.warningCount > maxWarnings) {
    warn(`Too many warnings (${report.warningCount}, maximum ${maxWarnings}).`);
    return 1;
  }
  return 0;
}

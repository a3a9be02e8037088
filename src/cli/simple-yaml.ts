// A fast path for the front matter most stories have: flat `key: value` lines, one level of nested
// mapping, sequences (`[a, b]` or `- a` lines) of plain words. It reads only what it can read exactly
// as the `yaml` package does (YAML 1.2, core schema) and gives up on anything else, which then goes
// to `yaml`: parsing 2,000 front matters with `yaml` in a fresh process takes a few hundred
// milliseconds, most of a CI check's time. test/cli/simple-yaml.test.ts compares the two.

/** A plain scalar that YAML's core schema reads as this very string: starts with a letter, no `:`, `#`, quotes at the start, or flow indicators. */
const PLAIN = /^\p{L}[\p{L}\p{N} _.\/()'’!?+&%-]*$/u;
/** A date or date-time, which the core schema (unlike YAML 1.1) reads as a string. */
const DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
/** Plain scalars the core schema reads as null or a boolean. */
const RESERVED = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** A plain scalar read as a string, or undefined when it is not one this fast path knows to be a string. */
function plainString(text: string): string | undefined {
  if (text.endsWith(' ')) return undefined;
  if (DATE.test(text)) return text;
  return PLAIN.test(text) && !RESERVED.has(text) ? text : undefined;
}

/** A value after `key: `: a plain string or a flow sequence of them. */
function value(text: string): unknown {
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return undefined;
    const inner = text.slice(1, -1).replace(/^ +| +$/g, '');
    if (inner === '') return [];
    const items = inner.split(',').map((item) => item.replace(/^ +| +$/g, ''));
    if (items.at(-1) === '') items.pop(); // a trailing comma is allowed in a flow sequence
    const strings = items.map((item) => (item.includes('[') || item.includes(']') ? undefined : plainString(item)));
    return strings.every((item) => item !== undefined) ? strings : undefined;
  }
  return plainString(text);
}

interface Line {
  readonly indent: number;
  readonly text: string;
}

/** `key: value` or `key:` at the start of `text`, or undefined. */
function pair(text: string): { key: string; rest: string } | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0) return undefined;
  const key = text.slice(0, colon);
  const after = text.slice(colon + 1);
  if (!KEY.test(key) || (after !== '' && !after.startsWith(' '))) return undefined;
  return { key, rest: after.replace(/^ +| +$/g, '') };
}

/**
 * Reads simple YAML front matter exactly as `yaml` would, or says it cannot.
 *
 * @param text - the front matter, without its `---` lines
 * @returns the mapping, or undefined when the text is beyond this fast path (then use `yaml`)
 */
export function parseSimpleYaml(text: string): Record<string, unknown> | undefined {
  if (text.includes('\t') || text.includes('#') || text.includes('"') || text.includes('{')) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    // YAML's white space is spaces and tabs only (tabs are declined above): not String.prototype.trim's.
    if (/^ *$/.test(line)) continue;
    const indent = line.length - line.replace(/^ +/, '').length;
    lines.push({ indent, text: line.slice(indent) });
  }
  if (lines.length === 0) return undefined; // an empty document is null, not a mapping
  const root: Record<string, unknown> = {};
  let at = 0;
  while (at < lines.length) {
    const line = lines[at] as Line;
    const found = line.indent === 0 ? pair(line.text) : undefined;
    if (found === undefined || Object.hasOwn(root, found.key)) return undefined;
    at += 1;
    if (found.rest !== '') {
      const read = value(found.rest);
      if (read === undefined) return undefined;
      root[found.key] = read;
      continue;
    }
    // `key:` then a block: a sequence of `- item` lines (indented or not), or a mapping indented once.
    const block: Line[] = [];
    while (at < lines.length && ((lines[at] as Line).indent > 0 || (lines[at] as Line).text.startsWith('- '))) {
      block.push(lines[at] as Line);
      at += 1;
    }
    const first = block[0];
    if (first === undefined) return undefined; // `key:` alone is null: leave it to yaml
    if (block.some((item) => item.indent !== first.indent)) return undefined;
    if (first.text.startsWith('- ')) {
      const items = block.map((item) => (item.text.startsWith('- ') ? plainString(item.text.slice(2).replace(/^ +| +$/g, '')) : undefined));
      if (items.some((item) => item === undefined)) return undefined;
      root[found.key] = items;
      continue;
    }
    if (first.indent === 0) return undefined;
    const nested: Record<string, unknown> = {};
    for (const item of block) {
      const inner = pair(item.text);
      if (inner === undefined || inner.rest === '' || Object.hasOwn(nested, inner.key)) return undefined;
      const read = value(inner.rest);
      if (read === undefined) return undefined;
      nested[inner.key] = read;
    }
    root[found.key] = nested;
  }
  return root;
}

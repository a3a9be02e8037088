import { invalidArgument } from '../errors.js';

/** Options of {@link unifiedDiff}. */
export interface UnifiedDiffOptions {
  /** The name on the `---` line; `"a"` by default. A name with a space is followed by a tab, as git writes it, so GNU patch reads it whole. */
  readonly fromFile?: string | undefined;
  /** The name on the `+++` line; `fromFile` by default. */
  readonly toFile?: string | undefined;
  /** Unchanged lines shown around each change; 3 by default, as `diff -u`. */
  readonly context?: number | undefined;
}

type Op = readonly [' ' | '-' | '+', string];

/** Splits after each `\n` only, as `diff` does (a `\r` stays part of its line); each line keeps its `\n`, so a last line without one differs from the same text with one. */
function linesOf(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** The shortest edit script from `a` to `b` (Myers, O((N+M)·D)), after trimming the common head and tail. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const x0 = a.slice(head, a.length - tail);
  const y0 = b.slice(head, b.length - tail);
  const n = x0.length;
  const m = y0.length;
  const max = n + m;
  const v = new Map<number, number>([[1, 0]]);
  const trace: Map<number, number>[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d += 1) {
    trace.push(new Map(v));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v.get(k - 1) ?? -1) < (v.get(k + 1) ?? -1)) ? (v.get(k + 1) ?? 0) : (v.get(k - 1) ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && x0[x] === y0[y]) {
        x += 1;
        y += 1;
      }
      v.set(k, x);
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Walk the trace back from (n, m) to (0, 0).
  const middle: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d -= 1) {
    const before = trace[d] as Map<number, number>;
    const k = x - y;
    const prevK = k === -d || (k !== d && (before.get(k - 1) ?? -1) < (before.get(k + 1) ?? -1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : (before.get(prevK) ?? 0);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      middle.push([' ', x0[x - 1] as string]);
      x -= 1;
      y -= 1;
    }
    if (d > 0) {
      if (x === prevX) middle.push(['+', y0[y - 1] as string]);
      else middle.push(['-', x0[x - 1] as string]);
      x = prevX;
      y = prevY;
    }
  }
  middle.reverse();
  return [...a.slice(0, head).map((line): Op => [' ', line]), ...middle, ...a.slice(a.length - tail).map((line): Op => [' ', line])];
}

const range = (start: number, count: number): string => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`);

/**
 * Writes the difference between two texts as a unified diff, the format of
 * `diff -u` and `git diff` that `patch` and `git apply` read: a `---` and a
 * `+++` line naming the files, then one hunk per group of changed lines with
 * `context` unchanged lines around it. Lines are split on `\n` only (a `\r`
 * of a Windows line ending stays on its line), and a last line without a line
 * break is marked `\ No newline at end of file`. The edit script is the
 * shortest (Myers' algorithm). Equal texts give an empty string. What
 * `plumbline check --fix-dry-run` prints.
 *
 * @param before - the old text
 * @param after - the new text
 * @param options - the file names and the context size
 * @returns the diff, ending with a line break, or `''` when the texts are equal
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when a text is not a string or `context` is not a whole number >= 0
 *
 * @example
 * ```ts
 * import { unifiedDiff } from '@plumbline/core';
 *
 * unifiedDiff('one\nOur client\nthree\n', 'one\nOur customer\nthree\n', { fromFile: 'a/story.md', toFile: 'b/story.md', context: 1 }).split('\n');
 * // => ['--- a/story.md', '+++ b/story.md', '@@ -1,3 +1,3 @@', ' one', '-Our client', '+Our customer', ' three', '']
 * unifiedDiff('same', 'same'); // => ''
 * unifiedDiff('a', 'b', { context: -1 });
 * // throws PlumblineError INVALID_ARGUMENT
 * ```
 */
export function unifiedDiff(before: string, after: string, options?: UnifiedDiffOptions | undefined): string {
  if (typeof before !== 'string') throw invalidArgument('before', 'a string', before);
  if (typeof after !== 'string') throw invalidArgument('after', 'a string', after);
  const context = options?.context ?? 3;
  if (!Number.isInteger(context) || context < 0) throw invalidArgument('options.context', 'a whole number >= 0', context);
  if (before === after) return '';
  const fromFile = options?.fromFile ?? 'a';
  const toFile = options?.toFile ?? fromFile;
  const a = linesOf(before);
  const b = linesOf(after);
  const ops = editScript(a, b);
  // Where each op starts in a and in b.
  const at: (readonly [number, number])[] = [];
  let ai = 0;
  let bi = 0;
  for (const [kind] of ops) {
    at.push([ai, bi]);
    if (kind !== '+') ai += 1;
    if (kind !== '-') bi += 1;
  }
  // A name with a space ends in a tab, as git writes it, so that GNU patch reads the whole name.
  const header = (name: string): string => (name.includes(' ') ? `${name}\t` : name);
  const out = [`--- ${header(fromFile)}`, `+++ ${header(toFile)}`];
  let index = 0;
  while (index < ops.length) {
    if (ops[index]?.[0] === ' ') {
      index += 1;
      continue;
    }
    const start = Math.max(0, index - context);
    let end = index;
    // Grow the hunk while the next change is within 2 × context unchanged lines.
    for (;;) {
      while (end < ops.length && ops[end]?.[0] !== ' ') end += 1;
      let next = end;
      while (next < ops.length && ops[next]?.[0] === ' ') next += 1;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else break;
    }
    const stop = Math.min(ops.length, end + context);
    const lines: string[] = [];
    let aCount = 0;
    let bCount = 0;
    for (let op = start; op < stop; op += 1) {
      const [kind, line] = ops[op] as Op;
      const open = !line.endsWith('\n');
      lines.push(`${kind}${open ? line : line.slice(0, -1)}`);
      if (open) lines.push('\\ No newline at end of file');
      if (kind !== '+') aCount += 1;
      if (kind !== '-') bCount += 1;
    }
    const [aFirst, bFirst] = at[start] as readonly [number, number];
    out.push(`@@ -${range(aFirst + 1, aCount)} +${range(bFirst + 1, bCount)} @@`, ...lines);
    index = stop;
  }
  return `${out.join('\n')}\n`;
}

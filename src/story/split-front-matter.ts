import { invalidArgument } from '../errors.js';

/** A Markdown file cut into its front matter and its body, by {@link splitFrontMatter}. */
export interface FrontMatterSplit {
  /** The text between the opening and closing `---` lines (without them); undefined when the file has no front matter. */
  readonly frontMatter: string | undefined;
  /** The 1-based line of the file the front matter's first line is on (2, after the opening `---`); undefined without front matter. */
  readonly frontMatterLine: number | undefined;
  /** The text after the closing `---` line: the story's body. */
  readonly body: string;
  /** The UTF-16 offset in the file where `body` starts: `text.slice(bodyStart)` is the body, `text.slice(0, bodyStart)` the front matter with its fences. */
  readonly bodyStart: number;
  /** The number of lines before the body (the front matter and its two fences): add it to a body line to get the file line. */
  readonly lineOffset: number;
}

/** A fence line: `---` and nothing but trailing blanks. */
const FENCE = /^---[ \t]*$/;

/**
 * Cuts a Markdown file into its YAML front matter and its body, as static
 * site generators (Jekyll, Hugo, Astro) read it: the file opens with a `---`
 * line (after an optional byte-order mark), and the front matter runs to the
 * next line that is `---` alone. Lines may end in `\n`, `\r\n` or `\r`; the
 * body starts on the line after the closing fence, so a diagnostic's line in
 * the body plus `lineOffset` is its line in the file, and its column is
 * unchanged. A file that does not open with a fence, or never closes it, has
 * no front matter: the body is the whole text. The front matter itself is
 * returned as text, for a YAML parser to read.
 *
 * @param text - the file's text
 * @returns the front matter, the body, where the body starts and how many lines precede it
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `text` is not a string
 *
 * @example
 * ```ts
 * import { splitFrontMatter } from '@plumbline/core';
 *
 * const file = '---\nid: launch\ntitle: Launch\n---\nOur uptime is 99.9%.\n';
 * splitFrontMatter(file); // => { frontMatter: 'id: launch\ntitle: Launch', frontMatterLine: 2, body: 'Our uptime is 99.9%.\n', bodyStart: 33, lineOffset: 4 }
 * splitFrontMatter('---\r\nid: a\r\n---\r\nHello\r\n').lineOffset; // => 3
 * splitFrontMatter('No front matter.').body; // => 'No front matter.'
 * splitFrontMatter(42 as unknown as string);
 * // throws PlumblineError INVALID_ARGUMENT
 * ```
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  if (typeof text !== 'string') throw invalidArgument('text', 'a string', text);
  const none: FrontMatterSplit = { frontMatter: undefined, frontMatterLine: undefined, body: text, bodyStart: 0, lineOffset: 0 };
  const open = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Lines as [start, end of content, start of next line].
  let at = open;
  let line = 0;
  let contentStart = -1;
  while (at <= text.length) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end += 1;
    let next = end;
    if (next < text.length) next += text.charCodeAt(next) === 0x0d && text.charCodeAt(next + 1) === 0x0a ? 2 : 1;
    const content = text.slice(at, end);
    line += 1;
    if (line === 1) {
      if (!FENCE.test(content) || next === end) return none;
      contentStart = next;
    } else if (FENCE.test(content)) {
      const frontMatter = text.slice(contentStart, at).replace(/(\r\n|\r|\n)$/, '');
      return { frontMatter, frontMatterLine: 2, body: text.slice(next), bodyStart: next, lineOffset: line };
    }
    if (next === end) return none;
    at = next;
  }
  return none;
}

/**
 * Internal: masks everything in a Markdown body that is not prose, so that
 * phrase rules read only what a reader reads, while every offset still points
 * into the original body.
 *
 * The mask keeps the length (UTF-16) and every `\n` and `\r`: masked
 * characters become spaces, so offsets, lines and columns are the original's.
 *
 * Masked, as blocks (whole lines):
 * - YAML (`---` … `---` or `...`) or TOML (`+++` … `+++`) front matter at
 *   the very start, when it is closed and its first line is a key or a
 *   comment (so a body that opens with a `---` rule is prose);
 * - fenced code (three or more backticks or tildes, any indentation, also
 *   inside block quotes and after a list marker, info string included); an
 *   unclosed fence runs to the end;
 * - indented code: lines indented by 4 or more columns (a tab counts to the
 *   next multiple of 4) after a blank line, unless a list is open (a list item
 *   was seen and no unindented, non-list line has closed it since), and the
 *   indented lines that follow across blank lines;
 * - HTML blocks whose content is not prose: `<!--` comments that close on a
 *   later line, `<script>`, `<style>`, `<pre>` and `<textarea>` to their
 *   closing tag;
 * - reference definitions `[id]: url "title"` (not footnotes `[^1]: text`).
 *
 * Masked, inline (within a paragraph: a run of non-blank, unmasked lines):
 * - code spans (a backtick run to the next run of the same length), backticks included;
 * - link and image destinations: `[text](url "title")` masks `(url "title")`
 *   and keeps the text; `[text][ref]` masks `[ref]`;
 * - autolinks `<https://…>`, `<me@example.com>`; bare URLs (`http://`,
 *   `https://`, `ftp://`, `www.`) to the next white space, without trailing
 *   punctuation or an unbalanced `)`;
 * - HTML tags with their attributes (`<div class="x">`, `</span>`, `<br/>`),
 *   comments, declarations and processing instructions; the text between
 *   tags stays prose;
 * - e-mail addresses (ASCII) and file names with a known extension
 *   (`notes.yaml`, `docs/my-github.txt`, `archive.tar.gz`), unless switched off.
 *   Extensions that are often part of product names (`.js`, `.net`, `.io`,
 *   `.ai`, `.com`, `.app`, `.dev`) are not file-name extensions here, so
 *   `Node.js` and `.NET` stay prose.
 *
 * Not masked: emphasis markers, heading and list markers, block quote `>`,
 * table pipes, backslash escapes, HTML entities (`&amp;`), link text and
 * image alt text (prose), footnote labels, math. Setext and HTML blocks of
 * other kinds are read as paragraphs (their tags are masked inline). Lazy
 * continuation lines and nested containers are not tracked beyond the rules
 * above. Scanning is linear in the body: every search that can fail is
 * remembered, so no input makes it quadratic.
 *
 * @module
 * @internal
 */

import { describeValue, PlumblineError } from '../errors.js';
import type { ScanSigns } from './phrase-matcher.js';

/** Options of {@link maskMarkdown}. */
export interface MaskMarkdownOptions {
  /** Mask e-mail addresses; default true. */
  readonly emails?: boolean | undefined;
  /** Mask file names with a known extension; default true. */
  readonly fileNames?: boolean | undefined;
}

interface Line {
  readonly start: number;
  /** End of the line's content, before its line break. */
  readonly end: number;
}

const FILE_EXTENSIONS = new Set(
  (
    'yaml yml json jsonc json5 toml ini cfg conf env txt md mdx markdown rst adoc csv tsv xml html htm css scss sass less ' +
    'svg png jpg jpeg gif webp ico bmp tif tiff pdf doc docx xls xlsx ppt pptx odt ods odp rtf zip tar gz tgz bz2 xz 7z rar ' +
    'ts tsx mts cts jsx mjs cjs py rb go rs java kt swift c h cpp hpp cs php sh bash zsh ps1 bat sql lock log wasm ' +
    'exe dll dmg pkg deb rpm apk ipa mp3 mp4 mov wav avi mkv'
  ).split(' '),
);
/** The first line of YAML front matter: a key (`id: launch`, `"title":`) or a comment. */
const YAML_KEY_LINE = /^(?:[A-Za-z_][\w.-]*|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]|$)|^#/;
/** The first line of TOML front matter: a key (`id = "launch"`), a table (`[author]`) or a comment. */
const TOML_KEY_LINE = /^(?:[A-Za-z_][\w.-]*|"[^"]*")[ \t]*=|^\[|^#/;
const RAW_HTML_BLOCK = /^ {0,3}<(script|style|pre|textarea)(?=[\s>]|$)/i;
const COMMENT_BLOCK = /^ {0,3}<!--/;
const REFERENCE_DEFINITION = /^ {0,3}\[(?!\^)(?:[^\]\\]|\\.)+\]:[ \t]*\S/;
const FENCE_PREFIX = /^[ \t]*(?:>[ \t]*)*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?/;
const FENCE = /^(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^[ \t]{0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>|<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;
const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;
const ATTRIBUTE_NAME = /[^\s"'=<>`/]+/y;
const UNQUOTED_VALUE = /[^\s"'=<>`]+/y;
const URL_START = /(?:https?:\/\/|ftp:\/\/|www\.)(?=[^\s<>])/iy;

/** A quick test before the URL pattern: `h`/`f` then `t`, or `w` then `w`, in either case. */
function mayStartUrl(text: string, at: number): boolean {
  const first = text.charCodeAt(at) | 0x20;
  const second = text.charCodeAt(at + 1) | 0x20;
  return ((first === 0x68 || first === 0x66) && second === 0x74) || (first === 0x77 && second === 0x77);
}
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

function isBlank(body: string, line: Line): boolean {
  for (let index = line.start; index < line.end; index += 1) {
    const unit = body.charCodeAt(index);
    if (unit !== 0x20 && unit !== 0x09) return false;
  }
  return true;
}

function indentWidth(body: string, line: Line): number {
  let width = 0;
  for (let index = line.start; index < line.end; index += 1) {
    const unit = body.charCodeAt(index);
    if (unit === 0x20) width += 1;
    else if (unit === 0x09) width += 4 - (width % 4);
    else break;
  }
  return width;
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; index < body.length; index += 1) {
    const unit = body.charCodeAt(index);
    if (unit === 0x0a || unit === 0x0d) {
      lines.push({ start, end: index });
      if (unit === 0x0d && body.charCodeAt(index + 1) === 0x0a) index += 1;
      start = index + 1;
    }
  }
  lines.push({ start, end: body.length });
  return lines;
}

/** Masks the blocks that are not prose, line by line. */
function maskBlocks(body: string, lines: readonly Line[], mask: Uint8Array): void {
  const maskLine = (line: Line): void => {
    mask.fill(1, line.start, line.end);
  };
  const text = (line: Line): string => body.slice(line.start, line.end);
  let first = 0;

  // Front matter: only at the very start, only when closed.
  const opening = (lines[0] === undefined ? '' : text(lines[0])).replace(/^\uFEFF/, '').trimEnd();
  if (opening === '---' || opening === '+++') {
    let keyed = false;
    for (let at = 1; at < lines.length; at += 1) {
      const closing = text(lines[at] as Line).trimEnd();
      // Front matter holds keys: a `---` rule that opens a body and a later one around prose are not front matter.
      if (!keyed && closing !== opening && closing !== '') {
        if (!(opening === '---' ? YAML_KEY_LINE : TOML_KEY_LINE).test(closing)) break;
        keyed = true;
      }
      if (closing === opening || (opening === '---' && closing === '...')) {
        for (let line = 0; line <= at; line += 1) maskLine(lines[line] as Line);
        first = at + 1;
        break;
      }
    }
  }

  let fence: { readonly char: string; readonly length: number } | undefined;
  let rawHtmlEnd: RegExp | undefined;
  let previousBlank = true;
  let inIndentedCode = false;
  let listOpen = false;
  for (let at = first; at < lines.length; at += 1) {
    const line = lines[at] as Line;
    const content = text(line);
    if (fence !== undefined) {
      maskLine(line);
      const close = content.replace(FENCE_PREFIX, '');
      const run = close.match(/^(`+|~+)[ \t]*$/)?.[1];
      if (run !== undefined && run[0] === fence.char && run.length >= fence.length) fence = undefined;
      previousBlank = false;
      continue;
    }
    if (rawHtmlEnd !== undefined) {
      maskLine(line);
      if (rawHtmlEnd.test(content)) rawHtmlEnd = undefined;
      previousBlank = false;
      continue;
    }
    const blank = isBlank(body, line);
    if (blank) {
      previousBlank = true;
      continue;
    }
    const indent = indentWidth(body, line);
    if (indent >= 4 && (inIndentedCode || (previousBlank && !listOpen))) {
      maskLine(line);
      inIndentedCode = true;
      previousBlank = false;
      continue;
    }
    inIndentedCode = false;
    previousBlank = false;
    // Cheap guards first: most lines hold none of the characters a block needs.
    const opened = content.includes('`') || content.includes('~') ? FENCE.exec(content.replace(FENCE_PREFIX, '')) : null;
    if (opened !== null && opened[1] !== undefined && !(opened[1][0] === '`' && (opened[2] ?? '').includes('`'))) {
      maskLine(line);
      fence = { char: opened[1][0] as string, length: opened[1].length };
      continue;
    }
    const html = content.includes('<');
    const raw = html ? RAW_HTML_BLOCK.exec(content) : null;
    if (raw !== null) {
      maskLine(line);
      const end = new RegExp(`</${raw[1] as string}\\s*>`, 'i');
      if (!end.test(content)) rawHtmlEnd = end;
      continue;
    }
    if (html && COMMENT_BLOCK.test(content) && !content.includes('-->', content.indexOf('<!--') + 4)) {
      maskLine(line);
      rawHtmlEnd = /-->/;
      continue;
    }
    if (content.includes(']:') && REFERENCE_DEFINITION.test(content)) {
      maskLine(line);
      continue;
    }
    if (LIST_ITEM.test(content)) listOpen = true;
    else if (indent === 0) listOpen = false;
  }
}

/** Finds needles from ever-increasing positions, remembering answers so repeated misses cost nothing. */
class Finder {
  private readonly known = new Map<string, { from: number; at: number }>();

  constructor(private readonly text: string) {}

  next(needle: string, from: number): number {
    const known = this.known.get(needle);
    if (known !== undefined && from >= known.from && (known.at === -1 || known.at >= from)) return known.at;
    const at = this.text.indexOf(needle, from);
    this.known.set(needle, { from, at });
    return at;
  }
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const URL_STOP = /[\s<>`]/;
const URL_TRAILING = /[.,:;!?*_~'"]/;
const LOCAL_PART = /[A-Za-z0-9._%+-]/;
const FILE_NAME_CHAR = /[A-Za-z0-9_\-./~\\]/;
const FILE_NAME_TRAILING = /[.\-~\\/]/;
const DOMAIN = /[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/y;
const EXTENSION = /[A-Za-z0-9]+/y;
const SPACE_CHAR = /\s/;

/**
 * The next place where the inline scanner may have something to do: `\\`, a backtick, `<`, `[`,
 * `]`, `@`, a `.` before a letter or digit (a file extension), or the start of a URL. Everything
 * between is stepped over by one native search instead of a look at every unit.
 */
const INLINE_TRIGGER = /[\\`<[\]@]|\.[A-Za-z0-9]|(?:https?|ftp):\/\/|www\./gi;

/** Masks inline constructs in one paragraph, `body.slice(start, end)`: a class, so no closures are made per paragraph. */
class InlineMasker {
  private readonly text: string;
  private readonly length: number;
  private readonly find: Finder;
  /** Per backtick run length, the position from which no closing run exists. */
  private readonly noCloseFrom = new Map<number, number>();
  private failedDestinationUntil = -1;

  constructor(
    body: string,
    private readonly start: number,
    end: number,
    private readonly mask: Uint8Array,
    private readonly options: Required<MaskMarkdownOptions>,
  ) {
    this.text = body.slice(start, end);
    this.length = this.text.length;
    this.find = new Finder(this.text);
  }

  run(): void {
    const { text, length } = this;
    let brackets = 0;
    let at = 0;
    const { mask, start } = this;
    while (at < length) {
      // Skip to the next unit that may start something, and past it when it is masked already.
      INLINE_TRIGGER.lastIndex = at;
      const trigger = INLINE_TRIGGER.exec(text);
      if (trigger === null) return;
      at = trigger.index;
      if (mask[start + at] === 1) {
        at += 1;
        continue;
      }
      const unit = text.charCodeAt(at);
      switch (unit) {
        case 0x5c: // backslash
          at += ASCII_PUNCTUATION.test(text[at + 1] ?? '') ? 2 : 1;
          continue;
        case 0x60: {
          // `
          const run = this.backtickRun(at);
          const close = this.closingRun(run, at + run);
          if (close === -1) at += run;
          else {
            this.cover(at, close);
            at = close;
          }
          continue;
        }
        case 0x3c: {
          // <
          AUTOLINK.lastIndex = at;
          const end = AUTOLINK.exec(text) !== null ? AUTOLINK.lastIndex : this.tag(at);
          if (end === -1) at += 1;
          else {
            this.cover(at, end);
            at = end;
          }
          continue;
        }
        case 0x5b: // [
          brackets += 1;
          at += 1;
          continue;
        case 0x5d: {
          // ]
          if (brackets === 0) {
            at += 1;
            continue;
          }
          brackets -= 1;
          if (text[at + 1] === '(') {
            const end = this.destination(at + 1);
            if (end !== -1) {
              this.cover(at + 1, end);
              at = end;
              continue;
            }
          } else if (text[at + 1] === '[') {
            const close = text.slice(at + 2, at + 1002).search(/[[\]]/);
            if (close !== -1 && text[at + 2 + close] === ']') {
              this.cover(at + 1, at + 3 + close);
              at += 3 + close;
              continue;
            }
          }
          at += 1;
          continue;
        }
        case 0x40: // @
          at = this.options.emails ? this.email(at) : at + 1;
          continue;
        case 0x2e: // .
          at = this.options.fileNames ? this.fileName(at) : at + 1;
          continue;
        default:
          if (mayStartUrl(text, at) && !(at > 0 && WORD_CHAR.test(text[at - 1] as string))) {
            URL_START.lastIndex = at;
            if (URL_START.test(text)) {
              const end = this.urlEnd(at);
              this.cover(at, end);
              at = end;
              continue;
            }
          }
          at += 1;
      }
    }
  }

  private cover(from: number, to: number): void {
    this.mask.fill(1, this.start + from, this.start + to);
  }

  private masked(index: number): boolean {
    return this.mask[this.start + index] === 1;
  }

  private backtickRun(from: number): number {
    let to = from;
    while (to < this.length && this.text.charCodeAt(to) === 0x60) to += 1;
    return to - from;
  }

  /** The end of the closing backtick run of `size` after `from`, or -1. */
  private closingRun(size: number, from: number): number {
    const hopeless = this.noCloseFrom.get(size);
    if (hopeless !== undefined && from >= hopeless) return -1;
    let at = this.find.next('`', from);
    while (at !== -1) {
      const run = this.backtickRun(at);
      if (run === size) return at + run;
      at = this.find.next('`', at + run);
    }
    this.noCloseFrom.set(size, Math.min(hopeless ?? from, from));
    return -1;
  }

  /** Skips spaces, tabs and at most one line break. */
  private skipSpace(from: number): number {
    let at = from;
    let breaks = 0;
    while (at < this.length) {
      const unit = this.text.charCodeAt(at);
      if (unit === 0x0a || unit === 0x0d) {
        breaks += 1;
        if (breaks > 1) break;
      } else if (unit !== 0x20 && unit !== 0x09) break;
      at += 1;
    }
    return at;
  }

  /** Parses `(destination "title")` at `open`; returns the index after `)`, or -1. */
  private destination(open: number): number {
    const { text, length, find } = this;
    if (open < this.failedDestinationUntil) return -1;
    let at = this.skipSpace(open + 1);
    if (text[at] === '<') {
      const close = find.next('>', at + 1);
      const broken = Math.min(...['<', '\n', '\r'].map((needle) => find.next(needle, at + 1)).filter((found) => found !== -1));
      if (close === -1 || broken < close) return -1;
      at = close + 1;
    } else {
      let depth = 0;
      while (at < length) {
        const char = text[at] as string;
        if (char === '\\' && ASCII_PUNCTUATION.test(text[at + 1] ?? '')) {
          at += 2;
          continue;
        }
        if (char <= ' ') break;
        if (char === '(') depth += 1;
        else if (char === ')') {
          if (depth === 0) break;
          depth -= 1;
        }
        at += 1;
      }
      if (depth > 0) {
        this.failedDestinationUntil = at;
        return -1;
      }
    }
    const afterDestination = at;
    at = this.skipSpace(at);
    const quote = text[at];
    if (at > afterDestination && (quote === '"' || quote === "'" || quote === '(')) {
      // A paragraph holds no blank line, so a title found in it never crosses one.
      const close = find.next(quote === '(' ? ')' : quote, at + 1);
      if (close === -1) {
        this.failedDestinationUntil = at;
        return -1;
      }
      at = this.skipSpace(close + 1);
    }
    if (text[at] !== ')') {
      this.failedDestinationUntil = at;
      return -1;
    }
    return at + 1;
  }

  /** Parses an HTML tag, comment, declaration or processing instruction at `open`; returns its end, or -1. */
  private tag(open: number): number {
    const { text, length, find } = this;
    if (text.startsWith('<!--', open)) {
      const close = find.next('-->', open + 4);
      return close === -1 ? -1 : close + 3;
    }
    if (text.startsWith('<![CDATA[', open)) {
      const close = find.next(']]>', open + 9);
      return close === -1 ? -1 : close + 3;
    }
    if (text[open + 1] === '?') {
      const close = find.next('?>', open + 2);
      return close === -1 ? -1 : close + 2;
    }
    if (text[open + 1] === '!' && /[A-Za-z]/.test(text[open + 2] ?? '')) {
      const close = find.next('>', open + 2);
      return close === -1 ? -1 : close + 1;
    }
    let at = open + 1;
    const closing = text[at] === '/';
    if (closing) at += 1;
    TAG_NAME.lastIndex = at;
    const name = TAG_NAME.exec(text);
    if (name === null) return -1;
    at = TAG_NAME.lastIndex;
    for (;;) {
      const before = at;
      while (at < length && SPACE_CHAR.test(text[at] as string)) at += 1;
      if (text[at] === '>') break;
      if (!closing && text.startsWith('/>', at)) {
        at += 1;
        break;
      }
      if (closing || at === before) return -1;
      ATTRIBUTE_NAME.lastIndex = at;
      if (ATTRIBUTE_NAME.exec(text) === null) return -1;
      at = ATTRIBUTE_NAME.lastIndex;
      let space = at;
      while (space < length && SPACE_CHAR.test(text[space] as string)) space += 1;
      if (text[space] !== '=') continue;
      at = space + 1;
      while (at < length && SPACE_CHAR.test(text[at] as string)) at += 1;
      const quote = text[at];
      if (quote === '"' || quote === "'") {
        const close = find.next(quote, at + 1);
        if (close === -1) return -1;
        at = close + 1;
      } else {
        UNQUOTED_VALUE.lastIndex = at;
        if (UNQUOTED_VALUE.exec(text) === null) return -1;
        at = UNQUOTED_VALUE.lastIndex;
      }
    }
    let tagEnd = at + 1;
    const tagName = name[0].toLowerCase();
    if (!closing && (tagName === 'script' || tagName === 'style')) {
      const close = find.next(`</${tagName}`, tagEnd);
      if (close !== -1) {
        const closeEnd = find.next('>', close);
        tagEnd = closeEnd === -1 ? close : closeEnd + 1;
      }
    }
    return tagEnd;
  }

  /** The end of a bare URL starting at `from`, without trailing punctuation or unbalanced `)`. */
  private urlEnd(from: number): number {
    const { text, length } = this;
    let at = from;
    let balance = 0; // opening minus closing parentheses
    while (at < length && !URL_STOP.test(text[at] as string)) {
      if (text[at] === '(') balance += 1;
      else if (text[at] === ')') balance -= 1;
      at += 1;
    }
    for (;;) {
      const last = text[at - 1] ?? '';
      if (URL_TRAILING.test(last)) at -= 1;
      else if (last === ')' && balance < 0) {
        at -= 1;
        balance += 1;
      } else break;
    }
    return at;
  }

  /** Masks an e-mail address around the `@` at `at`; returns where to continue. */
  private email(at: number): number {
    const { text } = this;
    let from = at;
    while (from > 0 && !this.masked(from - 1) && LOCAL_PART.test(text[from - 1] as string)) from -= 1;
    if (from === at || text[from] === '.') return at + 1;
    DOMAIN.lastIndex = at + 1;
    if (DOMAIN.exec(text) === null) return at + 1;
    const end = DOMAIN.lastIndex;
    this.cover(from, end);
    return end;
  }

  /** Masks a file name whose extension starts after the `.` at `dot`; returns where to continue. */
  private fileName(dot: number): number {
    const { text, length } = this;
    EXTENSION.lastIndex = dot + 1;
    const match = EXTENSION.exec(text);
    if (match === null || !FILE_EXTENSIONS.has(match[0].toLowerCase())) return dot + 1;
    const extensionEnd = EXTENSION.lastIndex;
    if (LETTER_OR_DIGIT.test(text[extensionEnd] ?? '')) return dot + 1;
    let from = dot;
    while (from > 0 && !this.masked(from - 1) && FILE_NAME_CHAR.test(text[from - 1] as string)) from -= 1;
    if (from === dot) return dot + 1;
    let to = extensionEnd;
    while (to < length && FILE_NAME_CHAR.test(text[to] as string)) to += 1;
    while (to > extensionEnd && FILE_NAME_TRAILING.test(text[to - 1] as string)) to -= 1;
    this.cover(from, to);
    return to;
  }
}

/** Characters that start an inline construct or a block (fences, HTML, reference definitions). One character class: the fastest search there is. */
const MAY_START_CONSTRUCT = /[\\`~<[\]@]/;

// The readers below never read past the end of the body: V8 drops a function's optimised code the first
// time `charCodeAt` reads out of bounds (and most bodies end with a full stop).

/** Whether a letter or digit (ASCII) is at `at`: after a `.`, it makes a file extension or a domain. */
function isAsciiAlphanumericAt(body: string, at: number): boolean {
  if (at >= body.length) return false;
  const unit = body.charCodeAt(at);
  return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a);
}

/** Whether a `.` stands before a letter or digit (a file extension), found by native searches for the dots. */
function hasDotBeforeAlphanumeric(body: string): boolean {
  for (let at = body.indexOf('.'); at !== -1; at = body.indexOf('.', at + 1)) if (isAsciiAlphanumericAt(body, at + 1)) return true;
  return false;
}
const WWW = /www\./i;
const FRONT_MATTER_OPENING = /^\uFEFF?(?:---|\+\+\+)/;

/** Whether the line starting at `at` is indented by four columns or more (a tab counts to the next multiple of 4). */
function indentedFour(body: string, at: number): boolean {
  const end = Math.min(at + 4, body.length);
  for (let index = at; index < end; index += 1) {
    const unit = body.charCodeAt(index);
    if (unit === 0x09) return true;
    if (unit !== 0x20) return false;
  }
  return end === at + 4;
}

/**
 * Whether anything in a body could be masked: the inline triggers, a URL, front matter, or a line
 * indented four columns (indented code). Native searches only, and a look at each line start; a
 * body without any of them is returned as it is, and a false alarm only costs the full scan.
 *
 * @internal
 */
export function mayNeedMasking(body: string): boolean {
  if (MAY_START_CONSTRUCT.test(body) || hasDotBeforeAlphanumeric(body) || body.includes('://') || WWW.test(body) || FRONT_MATTER_OPENING.test(body)) return true;
  if (indentedFour(body, 0)) return true;
  for (let at = body.indexOf('\n'); at !== -1; at = body.indexOf('\n', at + 1)) if (indentedFour(body, at + 1)) return true;
  for (let at = body.indexOf('\r'); at !== -1; at = body.indexOf('\r', at + 1)) if (indentedFour(body, at + 1)) return true;
  return false;
}

/**
 * The question {@link mayNeedMasking} answers, put to a loop that reads every unit of an ASCII body
 * anyway (the matcher's scan), so that plain prose costs no searches of its own: `start(body)` looks
 * at the opening, `units` flags (1) the ASCII units where masking may start, and `at(body, index)`,
 * asked at each flagged unit, says whether it does. For an ASCII body, `start` or an `at` says so
 * exactly when {@link mayNeedMasking} does (a property test holds the two answers equal); a body
 * with a unit beyond ASCII (a `\uFEFF---` opening among them) leaves the scan before any of this.
 *
 * @internal
 */
export const MASKING_SIGNS: ScanSigns = {
  units: new Uint8Array(128).map((_, unit) => (MAY_START_CONSTRUCT.test(String.fromCharCode(unit)) || '.:wW\n\r'.includes(String.fromCharCode(unit)) ? 1 : 0)),
  start: (body) => FRONT_MATTER_OPENING.test(body) || indentedFour(body, 0),
  at(body, index) {
    const unit = body.charCodeAt(index);
    if (unit === 0x2e) return isAsciiAlphanumericAt(body, index + 1);
    if (unit === 0x3a) return body.startsWith('//', index + 1);
    if (unit === 0x0a || unit === 0x0d) return indentedFour(body, index + 1);
    // `www.` in any case (as WWW reads it).
    if ((unit | 0x20) === 0x77) return index + 3 < body.length && (body.charCodeAt(index + 1) | 0x20) === 0x77 && (body.charCodeAt(index + 2) | 0x20) === 0x77 && body.charCodeAt(index + 3) === 0x2e;
    return true;
  },
};

const SCRATCH_LIMIT = 1 << 16;
let scratchMask = new Uint8Array(4096);

/**
 * Masks a Markdown body for prose checks: every character that is not prose
 * becomes a space; line breaks stay, so the result has the same length,
 * lines and columns as the body.
 *
 * @param body - a Markdown (or plain text) body
 * @param options - whether to mask e-mail addresses and file names (both default true)
 * @returns the masked body, as long as `body`
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `body` is not a string
 */
export function maskMarkdown(body: string, options?: MaskMarkdownOptions | undefined): string {
  if (typeof body !== 'string') {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'body', expected: 'a string', received: describeValue(body) });
  }
  // Plain prose (most stories, most of the time) has nothing any rule below could mask: one native search says so.
  if (!mayNeedMasking(body)) return body;
  const settings: Required<MaskMarkdownOptions> = { emails: options?.emails ?? true, fileNames: options?.fileNames ?? true };
  // One scratch buffer for every ordinary body (masking is synchronous and never re-entered), cleared for this body;
  // a body longer than SCRATCH_LIMIT gets its own, so the scratch buffer stays small.
  let mask: Uint8Array;
  if (body.length > SCRATCH_LIMIT) mask = new Uint8Array(body.length);
  else {
    if (scratchMask.length < body.length) scratchMask = new Uint8Array(Math.min(SCRATCH_LIMIT, Math.max(body.length, scratchMask.length * 2)));
    mask = scratchMask.subarray(0, body.length);
    mask.fill(0);
  }
  const lines = splitLines(body);
  maskBlocks(body, lines, mask);

  // Paragraphs: runs of non-blank lines the block pass left alone.
  let paragraphStart = -1;
  let paragraphEnd = -1;
  for (const line of lines) {
    const prose = !isBlank(body, line) && mask[line.start] !== 1;
    if (prose) {
      if (paragraphStart === -1) paragraphStart = line.start;
      paragraphEnd = line.end;
    } else if (paragraphStart !== -1) {
      new InlineMasker(body, paragraphStart, paragraphEnd, mask, settings).run();
      paragraphStart = -1;
    }
  }
  if (paragraphStart !== -1) new InlineMasker(body, paragraphStart, paragraphEnd, mask, settings).run();

  // Same length, line breaks kept: prose runs copied, masked runs blanked.
  const parts: string[] = [];
  let at = 0;
  while (at < body.length) {
    const maskedFrom = mask.indexOf(1, at);
    if (maskedFrom === -1) {
      parts.push(body.slice(at));
      break;
    }
    const proseFrom = mask.indexOf(0, maskedFrom);
    const to = proseFrom === -1 ? body.length : proseFrom;
    parts.push(body.slice(at, maskedFrom), body.slice(maskedFrom, to).replace(/[^\r\n]/g, ' '));
    at = to;
  }
  return parts.join('');
}

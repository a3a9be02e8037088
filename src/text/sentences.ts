/**
 * Internal: splits prose into sentences, so that a rule can read what a
 * sentence states next to a term (the number stated with a claim term).
 *
 * A sentence ends:
 * - after `.`, `!`, `?`, `…` (a run of them, then closing quotes, brackets or
 *   emphasis markers) followed by white space or the end, except a single `.`
 *   after a known abbreviation (`e.g.`, `i.e.`, `vs.`, `approx.`, `Dr.`, …) or
 *   followed by a lower-case letter (`… approx. ten`); a `.` inside a number
 *   (`99.9%`) or a name (`Node.js`) is not followed by white space, so it never ends one;
 * - after `。`, `！`, `？` (full-width), whatever follows;
 * - at a line break before a blank line, a list item, a heading, a block
 *   quote, a table row or a code fence, after a heading or a table row, and
 *   before a line that does not start with a lower-case letter (a line that
 *   starts with one continues the sentence: wrapped prose);
 * - at the end of the text.
 *
 * Ranges exclude the white space around a sentence and the list, heading and
 * block quote markers at the start of its line. Works on plain text and on
 * Markdown masked by `maskMarkdown` (masked code is white space).
 *
 * @module
 * @internal
 */

import { describeValue, PlumblineError } from '../errors.js';
import { isSpaceUnit } from './chars.js';

/** A range of UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'cf', 'vs', 'al', 'approx', 'incl', 'excl', 'resp', 'fig', 'figs', 'nr', 'vol', 'pp', 'dr', 'mr', 'mrs', 'prof', 'jr', 'sr',
  'dept', 'ca', 'z.b', 'u.a', 'd.h', 'bzw', 'ggf', 'usw',
]);
const LINE_MARKER = /[ \t]*(?:>[ \t]*)*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+|#{1,6}[ \t]+)?/y;
// Read in place (sticky, at a line's start), not on a slice of the line: the end of a line is a line break or the end.
const STARTS_BLOCK = /[ \t]*(?:[-+*][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|(?=[\r\n]|$))|>|\||```|~~~)/y;
const IS_HEADING_OR_ROW = /[ \t]{0,3}(?:#{1,6}(?:[ \t]|(?=[\r\n]|$))|\|)/y;
/** White space within a line (what `trim` removes, but line breaks). */
const SPACE_IN_LINE = /[^\S\r\n]*/y;
const LOWER = /\p{Ll}/u;

const LETTER = /\p{L}/u;

/** The word (letters and inner dots) that ends just before `dot`, lower-cased. */
function wordBefore(text: string, dot: number): string {
  let from = dot;
  while (from > 0) {
    const unit = text.charCodeAt(from - 1);
    const isPart = unit < 0x80 ? unit === 0x2e || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) : LETTER.test(text[from - 1] as string);
    if (!isPart) break;
    from -= 1;
  }
  return text.slice(from, dot).toLowerCase();
}

/** Whether a UTF-16 unit is lower case (`\p{Ll}`, a lone surrogate never is). */
function isLowerUnit(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const unit = text.charCodeAt(at);
  if (unit < 0x80) return unit >= 0x61 && unit <= 0x7a;
  return LOWER.test(text[at] as string);
}

/** The units that may end a sentence or break a line (each one unit long). */
const STOP = /[.!?\n\r\u2026\u203c\u2047-\u2049\u3002\uff01\uff1f]/g;

/** ASCII units that are neither white space nor a terminator (`.`, `!`, `?`). */
const PLAIN_ASCII = new Uint8Array(128).fill(1);
for (const unit of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x2e, 0x21, 0x3f]) PLAIN_ASCII[unit] = 0;

function isTerminatorUnit(unit: number): boolean {
  return unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026 || unit === 0x203c || (unit >= 0x2047 && unit <= 0x2049);
}

function isFullWidthTerminatorUnit(unit: number): boolean {
  return unit === 0x3002 || unit === 0xff01 || unit === 0xff1f;
}

function isCloserUnit(unit: number): boolean {
  return unit === 0x22 || unit === 0x27 || unit === 0x29 || unit === 0x2a || unit === 0x5d || unit === 0x5f || unit === 0x7d || unit === 0xbb || unit === 0x2019 || unit === 0x201d;
}

/** Whether the line break ending the line that started at `lineStart` ends the sentence (the next line starts at `nextStart`). */
function breaksAtLine(text: string, lineStart: number, nextStart: number): boolean {
  if (nextStart >= text.length) return true;
  IS_HEADING_OR_ROW.lastIndex = lineStart;
  if (IS_HEADING_OR_ROW.test(text)) return true;
  STARTS_BLOCK.lastIndex = nextStart;
  if (STARTS_BLOCK.test(text)) return true;
  // A blank next line, or one that does not start with a lower-case letter.
  SPACE_IN_LINE.lastIndex = nextStart;
  SPACE_IN_LINE.test(text);
  const first = SPACE_IN_LINE.lastIndex;
  const unit = text.charCodeAt(first);
  return first >= text.length || unit === 0x0a || unit === 0x0d || !isLowerUnit(text, first);
}

/** Where a line's text starts after its list, heading or block quote marker (from `at`, the line's start). */
function afterMarker(text: string, at: number): number {
  LINE_MARKER.lastIndex = at;
  return LINE_MARKER.exec(text) === null ? at : LINE_MARKER.lastIndex;
}

/**
 * Splits a text into sentences.
 *
 * @param text - plain text or masked Markdown
 * @returns the sentences in order, each without surrounding white space
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `text` is not a string
 */
export function splitSentences(text: string): TextRange[] {
  if (typeof text !== 'string') {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'text', expected: 'a string', received: describeValue(text) });
  }
  const sentences: TextRange[] = [];
  const length = text.length;
  let start = -1;
  let end = -1;
  let lineStart = 0;
  let index = afterMarker(text, 0);
  while (index < length) {
    const unit = text.charCodeAt(index);
    if (unit === 0x0a || unit === 0x0d) {
      const next = unit === 0x0d && text.charCodeAt(index + 1) === 0x0a ? index + 2 : index + 1;
      if (start !== -1 && breaksAtLine(text, lineStart, next)) {
        sentences.push({ start, end });
        start = -1;
      }
      lineStart = next;
      index = next;
      if (start === -1) index = afterMarker(text, index);
      continue;
    }
    if (isSpaceUnit(unit)) {
      index += 1;
      continue;
    }
    if (start === -1) start = index;
    if (unit < 0x80 ? PLAIN_ASCII[unit] === 1 : !isTerminatorUnit(unit) && !isFullWidthTerminatorUnit(unit)) {
      // Up to the next terminator or line break nothing but the sentence's end can change: find it with
      // one native search, and end the sentence after the last unit before it that is not white space.
      STOP.lastIndex = index + 1;
      const stop = STOP.test(text) ? STOP.lastIndex - 1 : length;
      let last = stop;
      while (last > index + 1 && isSpaceUnit(text.charCodeAt(last - 1))) last -= 1;
      end = last;
      index = stop;
      continue;
    }
    if (isFullWidthTerminatorUnit(unit)) {
      let after = index + 1;
      while (after < length && (isFullWidthTerminatorUnit(text.charCodeAt(after)) || isCloserUnit(text.charCodeAt(after)))) after += 1;
      end = after;
      sentences.push({ start, end });
      start = -1;
      index = after;
      continue;
    }
    let after = index + 1;
    while (after < length && isTerminatorUnit(text.charCodeAt(after))) after += 1;
    const run = after - index;
    while (after < length && isCloserUnit(text.charCodeAt(after))) after += 1;
    end = after;
    if (after >= length || isSpaceUnit(text.charCodeAt(after))) {
      let next = after;
      while (next < length && isSpaceUnit(text.charCodeAt(next))) next += 1;
      const singleDot = unit === 0x2e && run === 1;
      const continues = singleDot && (isLowerUnit(text, next) || ABBREVIATIONS.has(wordBefore(text, index)));
      if (!continues) {
        sentences.push({ start, end });
        start = -1;
      }
    }
    index = after;
  }
  if (start !== -1) sentences.push({ start, end });
  return sentences;
}

/**
 * Finds the sentence that contains an offset, by binary search.
 *
 * @param sentences - the result of {@link splitSentences}
 * @param offset - a UTF-16 offset
 * @returns the sentence with `start <= offset < end`, or undefined between sentences
 */
export function findSentence(sentences: readonly TextRange[], offset: number): TextRange | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as TextRange;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

/**
 * The sentence of a text that contains an offset (splits the whole text; split
 * once with {@link splitSentences} and use {@link findSentence} for many lookups).
 *
 * @param text - plain text or masked Markdown
 * @param offset - a UTF-16 offset
 * @returns the sentence containing `offset`, or undefined between sentences
 */
export function sentenceAt(text: string, offset: number): TextRange | undefined {
  return findSentence(splitSentences(text), offset);
}

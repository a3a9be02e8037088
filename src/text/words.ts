/**
 * Internal: words, as the score counts them (runs of letters, marks and
 * digits, joined by `'`, `’`, `.`, `-`, `_`, `@` between two of them), one
 * definition for the count over any text and the count the matcher's scan of
 * ASCII text makes on its way.
 *
 * @module
 * @internal
 */
import type { AsciiWhiteSpace } from './normalize.js';

const WORD_UNIT = /[\p{L}\p{N}\p{M}]/u;
const OTHER = 0;
const WORD = 1;
const JOINER = 2;
const SPACE = 3;
const CONTROL_SPACE = 4;
/** ASCII units: letters and digits are word units; `'`, `.`, `-`, `_`, `@` join two words; white space is told apart for the fold. */
const ASCII_KIND = new Uint8Array(128);
for (let unit = 0; unit < 128; unit += 1) {
  ASCII_KIND[unit] = (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) ? WORD : OTHER;
}
for (const unit of [0x27, 0x2e, 0x2d, 0x5f, 0x40]) ASCII_KIND[unit] = JOINER;
ASCII_KIND[0x20] = SPACE;
for (let unit = 0x09; unit <= 0x0d; unit += 1) ASCII_KIND[unit] = CONTROL_SPACE;
/** The same kinds for a count one unit at a time with {@link WORD_STEPS}: 0 other (white space too), 1 word unit, 2 joiner. */
export const ASCII_WORD_KINDS: Uint8Array = ASCII_KIND.map((kind) => (kind === WORD ? 1 : kind === JOINER ? 2 : 0));

/**
 * The same count as a machine of three states, for a loop that reads every unit anyway (the
 * matcher's scan of ASCII text folds it into its own table): state 0, a word unit here starts a word;
 * 1, after a word unit; 2, after a joiner that follows a word unit. Entry `state * 4 + kind`
 * ({@link ASCII_WORD_KINDS}; a kind of 3 reads as other) is `next state << 1 | 1 when the unit starts
 * a word`: a word unit after neither a word unit nor a joiner that follows one, as {@link words} counts.
 */
export const WORD_STEPS: Uint8Array = new Uint8Array(12).map((_, entry) => {
  const state = entry >> 2;
  const kind = entry & 3;
  if (kind === 1) return (1 << 1) | (state === 0 ? 1 : 0);
  return (kind === 2 && state === 1 ? 2 : 0) << 1;
});

/**
 * What the last full count of {@link words} saw besides words (one module-level record rather than
 * an object per story; read it right after the count): whether the text is all ASCII, and what ASCII
 * white space it holds (what the fold would otherwise search for).
 */
export const lastShape: { ascii: boolean; whiteSpace: AsciiWhiteSpace } = { ascii: true, whiteSpace: 'single-spaces' };

/** Whether the code point at `at` (reading a surrogate pair as one) is a letter, mark or digit. */
function isWordAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const unit = text.charCodeAt(at);
  if (unit < 0x80) return ASCII_KIND[unit] === WORD;
  return WORD_UNIT.test(unit >= 0xd800 && unit <= 0xdbff ? text.slice(at, at + 2) : (text[at] as string));
}

/**
 * Finds words: runs of letters, marks and digits, joined by `'`, `’`, `.`, `-`, `_`, `@` between two
 * of them. Counts them all, or stops at the start of word number `stopAt` (0-based) and returns its offset.
 *
 * @param text - the masked body
 * @param stopAt - the word whose start to return, or -1 to count every word
 * @returns the number of words, or the offset of word `stopAt` (-1 when the text has fewer words)
 */
export function words(text: string, stopAt: number): number {
  let count = 0;
  let inWord = false;
  let ascii = true;
  let controls = false;
  let spaceRuns = false;
  let previousSpace = false;
  const length = text.length;
  for (let at = 0; at < length; at += 1) {
    const unit = text.charCodeAt(at);
    let kind: number;
    if (unit < 0x80) kind = ASCII_KIND[unit] as number;
    else {
      ascii = false;
      kind = unit === 0x2019 ? JOINER : unit >= 0xdc00 && unit <= 0xdfff ? (inWord ? WORD : OTHER) : isWordAt(text, at) ? WORD : OTHER;
    }
    if (kind === WORD) {
      if (!inWord) {
        if (count === stopAt) return at;
        count += 1;
        inWord = true;
      }
      previousSpace = false;
      // The rest of an ASCII word in one go.
      while (at + 1 < length) {
        const next = text.charCodeAt(at + 1);
        if (next >= 0x80 || ASCII_KIND[next] !== WORD) break;
        at += 1;
      }
      continue;
    }
    if (kind === SPACE) {
      if (previousSpace) spaceRuns = true;
      previousSpace = true;
      inWord = false;
      continue;
    }
    previousSpace = false;
    if (kind === CONTROL_SPACE) controls = true;
    if (!(kind === JOINER && inWord && isWordAt(text, at + 1))) inWord = false;
  }
  if (stopAt !== -1) return -1;
  lastShape.ascii = ascii;
  lastShape.whiteSpace = spaceRuns ? 'runs' : controls ? 'controls' : 'single-spaces';
  return count;
}

/**
 * The word count of a masked text with what the count saw besides words (for tests: the fold
 * trusts it to say where white space needs collapsing).
 *
 * @param text - a masked body
 * @returns the words, whether the text is ASCII, and its white space
 * @internal
 */
export function wordsAndShape(text: string): { readonly words: number; readonly ascii: boolean; readonly whiteSpace: AsciiWhiteSpace } {
  const count = words(text, -1);
  return { words: count, ascii: lastShape.ascii, whiteSpace: lastShape.whiteSpace };
}


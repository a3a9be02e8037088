/**
 * Internal: the character classes the text layer agrees on (white space, word
 * characters, word joiners, scripts written without spaces), so that folding,
 * matching and masking draw the same lines.
 *
 * @module
 * @internal
 */

const WORD = /[\p{L}\p{M}\p{N}]/u;
const MARK = /\p{M}/u;
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC]/u;
const SPACE = /\s/u;

// ASCII answers come from tables; other code points are classified once and remembered.
const asciiWord = new Uint8Array(128);
for (let code = 0; code < 128; code += 1) {
  asciiWord[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
}
const wordCache = new Map<number, boolean>();
const noSpaceCache = new Map<number, boolean>();

function remembered(cache: Map<number, boolean>, pattern: RegExp, codePoint: number): boolean {
  let known = cache.get(codePoint);
  if (known === undefined) {
    known = pattern.test(String.fromCodePoint(codePoint));
    if (cache.size > 4096) cache.clear();
    cache.set(codePoint, known);
  }
  return known;
}

/**
 * Tells whether a code point is a word character: a letter (`\p{L}`), a mark
 * (`\p{M}`) or a number (`\p{N}`), in any script. The underscore is not one: it
 * is a {@link isJoiner joiner}, so Markdown's `_emphasis_` keeps its words apart.
 *
 * @param codePoint - a Unicode code point, or -1 for "no character"
 * @returns true for a word character
 */
export function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0) return false;
  if (codePoint < 128) return asciiWord[codePoint] === 1;
  return remembered(wordCache, WORD, codePoint);
}

/**
 * Tells whether a code point belongs to a script written without spaces between
 * words (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar), where a word
 * boundary cannot be told from the characters alone and is therefore assumed.
 *
 * @param codePoint - a Unicode code point
 * @returns true for a character of such a script
 */
export function isNoSpaceScript(codePoint: number): boolean {
  if (codePoint < 0x0e00) return false;
  return remembered(noSpaceCache, NO_SPACE_SCRIPT, codePoint);
}

/**
 * Tells whether a UTF-16 code unit joins the words on either side of it into
 * one token: a hyphen (`github-action`), a dot (`notes.yaml`), an underscore
 * (`my_github`) or an at sign (`me@github`).
 *
 * @param unit - a UTF-16 code unit (of folded text: hyphen variants are already `-`)
 * @returns true for a joiner
 */
export function isJoiner(unit: number): boolean {
  return unit === 0x2d || unit === 0x2e || unit === 0x5f || unit === 0x40;
}

/**
 * Tells whether a UTF-16 code unit is white space: ASCII white space, the
 * Unicode `White_Space` characters JavaScript's `\s` knows, the byte order mark
 * and NEXT LINE (U+0085).
 *
 * @param unit - a UTF-16 code unit
 * @returns true for white space
 */
export function isSpaceUnit(unit: number): boolean {
  if (unit === 0x20 || (unit >= 0x09 && unit <= 0x0d)) return true;
  if (unit < 0x80) return false;
  return unit === 0x85 || SPACE.test(String.fromCharCode(unit));
}

/**
 * Tells whether a code point is a combining mark (`\p{M}`), which belongs to
 * the character before it.
 *
 * @param codePoint - a Unicode code point
 * @returns true for a mark
 */
export function isMarkCodePoint(codePoint: number): boolean {
  return codePoint >= 0x300 && MARK.test(String.fromCodePoint(codePoint));
}

/**
 * The code point that starts at a UTF-16 index, or -1 outside the string. A
 * lone surrogate is returned as itself.
 *
 * @param text - any string
 * @param index - a UTF-16 index
 * @returns the code point at `index`, or -1
 */
export function codePointAtIndex(text: string, index: number): number {
  if (index < 0 || index >= text.length) return -1;
  return text.codePointAt(index) ?? -1;
}

/**
 * The code point that ends just before a UTF-16 index (reading a surrogate
 * pair as one), or -1 at the start of the string.
 *
 * @param text - any string
 * @param index - a UTF-16 index
 * @returns the code point before `index`, or -1
 */
export function codePointBeforeIndex(text: string, index: number): number {
  if (index <= 0 || index > text.length) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The UTF-16 length of the code point that starts at `index` (1 or 2). */
export function codePointLength(text: string, index: number): number {
  const high = text.charCodeAt(index);
  if (high >= 0xd800 && high <= 0xdbff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

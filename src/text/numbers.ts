/**
 * Internal: finds the numbers a text states (percentages, durations, amounts
 * of money, multiples) with their ranges and a canonical value, so that a
 * claim checker can compare a claim's value (`"99.9%"`, `"10 days"`) with
 * what a sentence says next to the claim's term.
 *
 * Recognised:
 * - digits with a decimal point or comma and thousands separators: `99.9`,
 *   `99,9`, `1,200`, `1.200.000`, `1,200.50`, `1.200,50`, `1 200` (with a
 *   no-break, narrow no-break or thin space only). With one kind of
 *   separator, groups of exactly three digits after a 1-3 digit head are
 *   thousands (`1,200`, `1.200.000`) except a single `.`, which is always a
 *   decimal point (`1.200` is 1.2, as in English); a single `,` followed by
 *   other than three digits is a decimal comma (`99,9`). Anything else
 *   (`1.2.3`) is not a number;
 * - multipliers `k`/`K` (thousand), `M`, `mn`, `million`, `bn`, `B`, `billion`,
 *   `thousand`, applied exactly (`1.2k` is `1200`);
 * - units after the number (a space, a no-break space or, for durations, a
 *   hyphen may come between): `%`, `percent`, `per cent`, `pct`; durations
 *   (`ms`, `s`/`sec`/`second`, `min`/`minute`, `h`/`hr`/`hour`, `day`,
 *   `wk`/`week`, `mo`/`month`, `yr`/`year`, singular or plural; one-letter
 *   forms only when attached, `24h`); data sizes (`KB` … `PB`); multiples
 *   (`10x`, `10×`); currencies as a symbol or ISO code before or after the
 *   number (`€1,200`, `1 200 €`, `EUR 1,200`, `USD 5`);
 * - ratios of whole numbers: `24/7`;
 * - number words (`zero` … `ninety-nine`) when a duration or a percent follows
 *   (`five years`, `thirty-day`), since alone they are too often just words;
 *   a decimal spelled out (`ninety-nine point nine percent`) is not read, not
 *   even its last word (`nine percent` is not the number stated);
 * - a minus sign (`-`, `−`) directly before the number (or its currency)
 *   after white space, `(` or the start.
 *
 * Canonical values: the number without thousands separators, leading zeros
 * or trailing decimal zeros (`99.90` → `99.9`), then `%` (`99.9%`), a
 * duration in words (`10 days`, `1 day`), `x` (`10x`), a data size
 * (`5 GB`), or the currency code first (`EUR 1200`). A number inside a word
 * or code (`v2`, `COVID-19`, `A4`, `1.2.3`) is skipped. Digits are ASCII only.
 *
 * @module
 * @internal
 */

import { describeValue, PlumblineError } from '../errors.js';
import type { ScanSignal } from './phrase-matcher.js';

/** A number stated in a text. */
export interface NumberMention {
  /** UTF-16 offset of its first character (currency symbol or sign included). */
  readonly start: number;
  /** UTF-16 offset just past its last character (unit included). */
  readonly end: number;
  /** The original text, `text.slice(start, end)`. */
  readonly text: string;
  /** The canonical value: `'99.9%'`, `'10 days'`, `'EUR 1200'`, `'10x'`, `'24/7'`, `'1200'`. */
  readonly value: string;
  /** The canonical number alone: `'99.9'`, `'-5'`, `'1200'` (a ratio: `'24/7'`). */
  readonly number: string;
  /** The canonical unit: `'%'`, `'day'`, `'year'`, `'EUR'`, `'x'`, `'GB'`, `'ms'`; absent for a bare number. */
  readonly unit?: string;
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY' };
const CURRENCY_CODES = 'USD EUR GBP JPY CHF CAD AUD NZD CNY INR SEK NOK DKK PLN CZK HUF BRL MXN ZAR SGD HKD KRW';
const CURRENCY_CODE_SET = new Set(CURRENCY_CODES.split(' '));

const DURATIONS: readonly (readonly [unit: string, words: string, attachedOnly: string])[] = [
  ['millisecond', 'ms|msec|millisecond|milliseconds', ''],
  ['second', 'sec|secs|second|seconds', 's'],
  ['minute', 'min|mins|minute|minutes', ''],
  ['hour', 'hr|hrs|hour|hours', 'h'],
  ['day', 'day|days', 'd'],
  ['week', 'wk|wks|week|weeks', 'w'],
  ['month', 'mo|mos|month|months', ''],
  ['year', 'yr|yrs|year|years', 'y'],
];
const DURATION_OF = new Map<string, string>();
const ATTACHED_DURATION_OF = new Map<string, string>();
for (const [unit, words, attached] of DURATIONS) {
  for (const word of words.split('|')) DURATION_OF.set(word, unit);
  if (attached !== '') ATTACHED_DURATION_OF.set(attached, unit);
}

const MULTIPLIERS: Readonly<Record<string, number>> = { k: 3, K: 3, thousand: 3, M: 6, mn: 6, million: 6, bn: 9, B: 9, billion: 9 };
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const UNITS_WORD = 'one|two|three|four|five|six|seven|eight|nine';
const TENS_WORD = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
// The unit before the word is matched (not looked behind at), which the engine tests far faster; the
// word itself is group 1. From the start of the text (nothing before the word), and from inside it.
// Both need `u` (letters of any script around the word), and a `u` search over a whole range is slow
// (on a text with any unit beyond Latin-1, one curly quote, many times slower again). So a search
// without `u` finds where a number word may start, and the exact pattern is tried, anchored (`y`),
// there alone: a word start in ASCII terms (`\b`) is wherever a number word, all ASCII letters, can
// start after a unit that is not a letter, digit or `_` in any script; the exact pattern then rejects
// those after a letter beyond ASCII. `/iu` also reads `ſ` (long s) as `s`, which `\b` does not count
// as a word unit, and `i` without `u` never reads as `s`: a text that has one gets a candidate
// search without `\b` whose words spell each `s` as `[sſ]`.
const NUMBER_WORD_BODY = `((?:(${TENS_WORD})(?:[- ](${UNITS_WORD}))?|(zero|${UNITS_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)))(?![\\p{L}\\p{N}])`;
const NUMBER_WORD_AT_START_HERE = new RegExp(`(?:^|[^\\p{L}\\p{N}_])${NUMBER_WORD_BODY}`, 'yiu');
const NUMBER_WORD_INSIDE_HERE = new RegExp(`[^\\p{L}\\p{N}_]${NUMBER_WORD_BODY}`, 'yiu');
const NUMBER_WORD_LIST = `${TENS_WORD}|zero|${UNITS_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;
const NUMBER_WORD_CANDIDATE = new RegExp(`\\b(?:${NUMBER_WORD_LIST})`, 'gi');
const NUMBER_WORD_CANDIDATE_LONG_S = new RegExp(`(?:${NUMBER_WORD_LIST.replaceAll('s', '[s\u017f]')})`, 'gi');

/** The value of a number word as matched (any case; `ſ`, which the match reads as `s`, too). */
function numberWordValue(word: string): number {
  return NUMBER_WORDS[word.toLowerCase().replaceAll('\u017f', 's')] ?? 0;
}

// The digits of a decimal spelled out after its point (`ninety-nine point nine nine percent`, across a line
// break too) are not read: `nine percent` is not the number stated. A point after a number only: in "from
// that point five years passed", five years is.
const DIGIT_WORD = 'zero|one|two|three|four|five|six|seven|eight|nine';
const AFTER_POINT = new RegExp(`(?:[0-9]|(?:^|[^A-Za-z])(?:${TENS_WORD}|${DIGIT_WORD}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))\\s+point(?:\\s+(?:${DIGIT_WORD}))*\\s+$`, 'i');
const NEXT_DIGIT = /[0-9]/g;
const FIRST_DIGIT = /[0-9]/;
const DIGITS = /[0-9]+(?:[.,\u00a0\u202f\u2009][0-9]+)*/y;
const WORD_AFTER = /[A-Za-z]+/y;
const NOT_WORD_NEXT = /^(?![\p{L}\p{N}])/u;

/** Whether the character at `index` may follow a number or unit (not a letter or digit). */
function endsWord(text: string, index: number): boolean {
  return NOT_WORD_NEXT.test(text.slice(index, index + 2));
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}_]/u.test(char);
}

/**
 * Writes a decimal canonically: no leading zeros, no trailing decimal zeros,
 * the point moved right by `shift` places.
 */
function canonical(whole: string, fraction: string, shift: number, negative: boolean): string {
  let integer = whole;
  let decimals = fraction;
  if (shift > 0) {
    const moved = decimals.slice(0, shift).padEnd(shift, '0');
    integer += moved;
    decimals = decimals.slice(shift);
  }
  integer = integer.replace(/^0+(?=\d)/, '');
  decimals = decimals.replace(/0+$/, '');
  const digits = decimals === '' ? integer : `${integer}.${decimals}`;
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

interface Digits {
  readonly end: number;
  readonly whole: string;
  readonly fraction: string;
}

function isSpaceSeparator(char: string): boolean {
  return char === '\u00a0' || char === '\u202f' || char === '\u2009';
}

/** Whether every group from `from` to `to` (exclusive) has three digits, after a head of one to three. */
function groupsOfThree(groups: readonly string[], from: number, to: number): boolean {
  if ((groups[0] as string).length > 3) return false;
  for (let at = from; at < to; at += 1) if ((groups[at] as string).length !== 3) return false;
  return true;
}

/** Reads the digits token at `at`: its end and its whole and fractional digits, or undefined when it is not a number. */
function readDigits(text: string, at: number): Digits | undefined {
  DIGITS.lastIndex = at;
  const token = DIGITS.exec(text)?.[0];
  if (token === undefined) return undefined;
  const groups: string[] = [];
  const separators: string[] = [];
  let groupStart = 0;
  for (let index = 0; index < token.length; index += 1) {
    const char = token[index] as string;
    if (char < '0' || char > '9') {
      groups.push(token.slice(groupStart, index));
      separators.push(char);
      groupStart = index + 1;
    }
  }
  groups.push(token.slice(groupStart));
  const head = groups[0] as string;
  const count = separators.length;
  if (count === 0) return { end: at + token.length, whole: token, fraction: '' };
  const last = separators[count - 1] as string;
  let mixed = false;
  for (const separator of separators) if (separator !== last) mixed = true;
  if (!mixed) {
    if (isSpaceSeparator(last)) {
      return groupsOfThree(groups, 1, groups.length)
        ? { end: at + token.length, whole: groups.join(''), fraction: '' }
        : { end: at + head.length, whole: head, fraction: '' };
    }
    if (last === '.') {
      if (count === 1) return { end: at + token.length, whole: head, fraction: groups[1] as string };
      return groupsOfThree(groups, 1, groups.length) ? { end: at + token.length, whole: groups.join(''), fraction: '' } : undefined;
    }
    if (groupsOfThree(groups, 1, groups.length)) return { end: at + token.length, whole: groups.join(''), fraction: '' };
    if (count === 1) return { end: at + token.length, whole: head, fraction: groups[1] as string };
    return { end: at + head.length, whole: head, fraction: '' };
  }
  // Mixed: the last separator is the decimal mark, once; the others (one kind) group thousands.
  if (isSpaceSeparator(last)) return undefined;
  const grouping = separators[0] as string;
  for (let index = 0; index < count - 1; index += 1) if (separators[index] !== grouping) return undefined;
  if (!groupsOfThree(groups, 1, groups.length - 1)) return undefined;
  return { end: at + token.length, whole: groups.slice(0, -1).join(''), fraction: groups[groups.length - 1] as string };
}

interface Suffix {
  readonly end: number;
  readonly shift: number;
  readonly unit?: string;
  readonly currency?: string;
}

/** An ASCII letter (the first unit of a multiplier or unit word). */
function isAsciiLetter(unit: number): boolean {
  return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a;
}

/** A space that may stand between a number and its unit: space, no-break space, narrow no-break space. */
function isGapUnit(unit: number): boolean {
  return unit === 0x20 || unit === 0xa0 || unit === 0x202f;
}

/** Reads a multiplier and a unit after a number ending at `at`. */
function readSuffix(text: string, at: number, limit: number): Suffix {
  let end = at;
  let shift = 0;
  // Multiplier: attached (`1.2k`, `5bn`, `3M`) or a word after a space (`1.2 million`).
  // (Each pattern runs only where its first unit can match: most numbers are followed by a space and a plain word.)
  WORD_AFTER.lastIndex = end;
  const attached = isAsciiLetter(text.charCodeAt(end)) ? WORD_AFTER.exec(text)?.[0] : undefined;
  if (attached !== undefined && MULTIPLIERS[attached] !== undefined && end + attached.length <= limit) {
    shift = MULTIPLIERS[attached] as number;
    end += attached.length;
  } else {
    const gapUnit = text.charCodeAt(end);
    const gap = isGapUnit(gapUnit) || gapUnit === 0x2009 ? 1 : 0;
    WORD_AFTER.lastIndex = end + gap;
    const word = gap > 0 && isAsciiLetter(text.charCodeAt(end + gap)) ? WORD_AFTER.exec(text)?.[0] : undefined;
    if (word !== undefined && /^(?:thousand|million|billion)$/i.test(word) && end + gap + word.length <= limit) {
      shift = MULTIPLIERS[word.toLowerCase()] as number;
      end += gap + word.length;
    }
  }
  const rest = text.slice(end, Math.min(limit, end + 24));
  const unit = readUnit(rest, shift === 0);
  return unit === undefined ? { end, shift } : { ...unit, end: end + unit.length, shift };
}

/** Reads a unit at the start of `rest`; `attachedAllowed` permits `10x`, `24h`. */
function readUnit(rest: string, attachedAllowed: boolean): { length: number; unit?: string; currency?: string } | undefined {
  // Each pattern below runs only when the unit it must start with (after an optional gap) is there.
  const first = rest.charCodeAt(0);
  const lead = isGapUnit(first) ? rest.charCodeAt(1) : first;
  const percent = lead === 0x25 || lead === 0xff05 || (lead | 0x20) === 0x70 ? /^[ \u00a0\u202f]?(?:%|％|percent\b|per cent\b|pct\b)/i.exec(rest) : null;
  if (percent !== null) return { length: percent[0].length, unit: '%' };
  if (attachedAllowed && (first === 0x78 || first === 0xd7)) {
    const times = /^[x×](?![\p{L}\p{N}])/u.exec(rest);
    if (times !== null) return { length: 1, unit: 'x' };
  }
  const letterFirst = isAsciiLetter(first) || ((isGapUnit(first) || first === 0x2d) && isAsciiLetter(rest.charCodeAt(1)));
  const gapped = letterFirst ? /^([ \u00a0\u202f-]?)([A-Za-z]+)(?![\p{L}\p{N}])/u.exec(rest) : null;
  if (gapped !== null) {
    const [whole, gap = '', word = ''] = gapped;
    const lower = word.toLowerCase();
    const duration = DURATION_OF.get(lower) ?? (gap === '' ? ATTACHED_DURATION_OF.get(lower) : undefined);
    if (duration !== undefined && (lower !== 'ms' || word === 'ms')) return { length: whole.length, unit: duration === 'millisecond' ? 'ms' : duration };
    if (gap !== '-' && /^[KMGTP]B$/i.test(word)) return { length: whole.length, unit: word.toUpperCase() };
    if (gap !== '-' && CURRENCY_CODE_SET.has(word)) return { length: whole.length, currency: word };
  }
  const symbol = lead >= 0x24 && CURRENCY_SYMBOLS[String.fromCharCode(lead)] !== undefined ? /^[ \u00a0\u202f]?([€$£¥₹₩₽₺])/u.exec(rest) : null;
  if (symbol !== null) return { length: symbol[0].length, currency: CURRENCY_SYMBOLS[symbol[1] as string] as string };
  return undefined;
}

/** Reads a currency and a sign just before `at` (not before `limit`). */
function readPrefix(text: string, at: number, limit: number): { start: number; currency?: string; negative: boolean } {
  let start = at;
  let negative = false;
  const signBefore = (index: number): boolean =>
    index - 1 >= limit && (text[index - 1] === '-' || text[index - 1] === '−') && (index - 1 === 0 || /[\s(]/u.test(text[index - 2] as string));
  if (signBefore(start)) {
    start -= 1;
    negative = true;
  }
  let currency: string | undefined;
  let symbolAt = start - 1;
  if (symbolAt >= limit && /[ \u00a0\u202f]/.test(text[symbolAt] as string)) symbolAt -= 1;
  const symbol = text[symbolAt];
  if (symbolAt >= limit && symbol !== undefined && CURRENCY_SYMBOLS[symbol] !== undefined) {
    currency = CURRENCY_SYMBOLS[symbol];
    start = symbolAt;
  } else if (symbolAt - 2 >= limit && CURRENCY_CODE_SET.has(text.slice(symbolAt - 2, symbolAt + 1)) && !isWordChar(text[symbolAt - 3])) {
    currency = text.slice(symbolAt - 2, symbolAt + 1);
    start = symbolAt - 2;
  }
  if (currency !== undefined && !negative && signBefore(start)) {
    start -= 1;
    negative = true;
  }
  return currency === undefined ? { start, negative } : { start, currency, negative };
}

function mention(text: string, start: number, end: number, number: string, unit: string | undefined, currency: string | undefined): NumberMention {
  if (currency !== undefined) return { start, end, text: text.slice(start, end), value: `${currency} ${number}`, number, unit: currency };
  if (unit === undefined) return { start, end, text: text.slice(start, end), value: number, number };
  let value: string;
  if (unit === '%') value = `${number}%`;
  else if (unit === 'x') value = `${number}x`;
  else if (unit === 'ms' || /^[KMGTP]B$/.test(unit)) value = `${number} ${unit}`;
  else value = `${number} ${unit}${number === '1' ? '' : 's'}`;
  return { start, end, text: text.slice(start, end), value, number, unit };
}

/**
 * Whether a text may state a number at all: it holds an ASCII digit or a place where a number word
 * may start (the searches {@link findNumbers} starts from). When it says no, `findNumbers` finds
 * nothing in any range of the text, so a caller can skip the work that would bound its ranges.
 *
 * @param text - the text
 * @returns false only when no range of `text` states a number
 * @internal
 */
export function mayStateNumbers(text: string): boolean {
  if (FIRST_DIGIT.test(text)) return true;
  const candidates = text.includes('\u017f') ? NUMBER_WORD_CANDIDATE_LONG_S : NUMBER_WORD_CANDIDATE;
  candidates.lastIndex = 0;
  return candidates.test(text);
}

/**
 * What {@link mayStateNumbers} looks for, as signals for a phrase matcher's ASCII scan: any digit, and
 * a number word where `\b` puts a word start. The scan then tells what this function would, in the
 * same pass as the terms.
 *
 * @internal
 */
export const NUMBER_SIGNALS: readonly ScanSignal[] = Object.freeze([
  ...'0123456789'.split('').map((digit) => ({ phrase: digit, at: 'anywhere' as const })),
  ...NUMBER_WORD_LIST.split('|').map((word) => ({ phrase: word, at: 'word-start' as const })),
]);

/**
 * Finds the numbers stated in a range of a text.
 *
 * @param text - the whole text (offsets are into it)
 * @param start - where the range starts (default 0)
 * @param end - where the range ends, exclusive (default the end of the text)
 * @returns the numbers wholly inside the range, by start
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a non-string text or a range outside it
 */
export function findNumbers(text: string, start?: number | undefined, end?: number | undefined): NumberMention[] {
  if (typeof text !== 'string') throw new PlumblineError('INVALID_ARGUMENT', { argument: 'text', expected: 'a string', received: describeValue(text) });
  const from = start ?? 0;
  const to = end ?? text.length;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > text.length || from > to) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'range',
      expected: `whole numbers 0 <= start <= end <= ${text.length}`,
      received: `${describeValue(start)}..${describeValue(end)}`,
    });
  }
  const found: NumberMention[] = [];
  let at = from;
  // Digits are looked for in the range only (the text cut at `to`), so a range costs its own length.
  const range = to < text.length ? text.slice(0, to) : text;
  while (at < to) {
    // The next digit, by one native search rather than a look at every unit.
    NEXT_DIGIT.lastIndex = at;
    if (!NEXT_DIGIT.test(range)) break;
    at = NEXT_DIGIT.lastIndex - 1;
    const digits = readDigits(text, at);
    DIGITS.lastIndex = at;
    const tokenEnd = at + (DIGITS.exec(text)?.[0].length ?? 1);
    const before = text[at - 1];
    const insideWord =
      isWordChar(before) || before === '.' || before === ',' || before === '/' || (before === '-' && /[\p{L}_]/u.test(text[at - 2] ?? ''));
    if (digits === undefined || insideWord || digits.end > to) {
      at = tokenEnd;
      continue;
    }
    // A ratio of whole numbers (24/7); other slashed digits (dates, paths) are skipped.
    if (text[digits.end] === '/' && /[0-9]/.test(text[digits.end + 1] ?? '')) {
      const ratio = /^\/([0-9]+)(?![\p{L}\p{N}/]|[.,][0-9])/u.exec(text.slice(digits.end, Math.min(to, digits.end + 12)));
      const plainDigits = digits.fraction === '' && digits.end === tokenEnd && /^[0-9]+$/.test(text.slice(at, digits.end));
      if (ratio === null || !plainDigits) {
        let skip = digits.end;
        while (skip < text.length && /[0-9/.,]/.test(text[skip] as string)) skip += 1;
        at = skip;
        continue;
      }
      const ratioEnd = digits.end + ratio[0].length;
      const value = `${canonical(digits.whole, '', 0, false)}/${canonical(ratio[1] as string, '', 0, false)}`;
      found.push({ start: at, end: ratioEnd, text: text.slice(at, ratioEnd), value, number: value });
      at = ratioEnd;
      continue;
    }
    const prefix = readPrefix(text, at, Math.max(from, found.at(-1)?.end ?? 0));
    const suffix = readSuffix(text, digits.end, to);
    if (!endsWord(text, suffix.end) && suffix.end === digits.end) {
      at = tokenEnd; // digits run into a word: 4K, 3D, 5G
      continue;
    }
    const number = canonical(digits.whole, digits.fraction, suffix.shift, prefix.negative);
    const currency = prefix.currency ?? suffix.currency;
    found.push(mention(text, prefix.start, suffix.end, number, suffix.unit, currency));
    at = Math.max(suffix.end, digits.end);
  }

  // Number words, only with a duration or a percent after them.
  // The search reads at most a few units past a match that starts before `to` (the longest number word is 13
  // units, plus its lookahead), so it runs on the text cut 32 units past `to`: a range costs its own length, not the rest of the text.
  const subject = to + 32 < text.length ? text.slice(0, to + 32) : text;
  // A word at `from` or later: with a unit before it that is not a letter, digit or `_` (from `from - 1` on), or at the very start.
  const numberWord = from === 0 ? NUMBER_WORD_AT_START_HERE : NUMBER_WORD_INSIDE_HERE;
  const candidates = subject.includes('\u017f') ? NUMBER_WORD_CANDIDATE_LONG_S : NUMBER_WORD_CANDIDATE;
  // A match begins with the character before the word (or at the very start of the text). Where that
  // character is a surrogate pair, the anchored search is started at its second unit and, being `u`,
  // steps back to the pair's start, as a global search would have begun there.
  numberWord.lastIndex = Math.max(0, from - 1);
  candidates.lastIndex = numberWord.lastIndex;
  for (;;) {
    const match = nextAtCandidates(subject, numberWord, candidates);
    if (match === null) break;
    const [whole, word = '', tens, units, single] = match;
    const wordStart = match.index + whole.length - word.length;
    if (wordStart >= to) break;
    const value = numberWordValue(tens ?? single ?? '') + (units === undefined ? 0 : numberWordValue(units));
    const wordEnd = wordStart + word.length;
    if (wordEnd > to) break;
    const unit = readUnit(text.slice(wordEnd, Math.min(to, wordEnd + 24)), false);
    if (unit?.unit === undefined || unit.unit === 'x' || /B$/.test(unit.unit)) continue;
    if (unit.unit !== '%' && !/^[ \u00a0\u202f-]/.test(text.slice(wordEnd, wordEnd + 1))) continue;
    if (AFTER_POINT.test(text.slice(Math.max(0, wordStart - 160), wordStart))) continue;
    found.push(mention(text, wordStart, wordEnd + unit.length, String(value), unit.unit, undefined));
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The next match of an anchored number-word pattern at or after its `lastIndex`, tried only where a
 * candidate word starts: the same match as the global pattern's next one.
 *
 * @param subject - the text searched
 * @param numberWord - the anchored pattern; its `lastIndex` is where the search goes on, and is left past a match
 * @param candidates - the candidate search, with its `lastIndex` at or before the first word to try
 * @returns the match, or null when there is none
 */
function nextAtCandidates(subject: string, numberWord: RegExp, candidates: RegExp): RegExpExecArray | null {
  const next = numberWord.lastIndex;
  for (let candidate = candidates.exec(subject); candidate !== null; candidate = candidates.exec(subject)) {
    const wordAt = candidate.index;
    // A word may also start inside this candidate (after a hyphen or a space): look again one unit on.
    candidates.lastIndex = wordAt + 1;
    const matchAt = wordAt === 0 ? 0 : wordAt - 1;
    if (matchAt < next) continue;
    numberWord.lastIndex = matchAt;
    const match = numberWord.exec(subject);
    if (match !== null) return match;
  }
  return null;
}

/**
 * The canonical value of a text that states exactly one number and nothing
 * else (a claim's value such as `"99.9 %"` or `"€1,200"`), or undefined.
 *
 * @param value - the stated value
 * @returns its canonical form (`"99.9%"`, `"EUR 1200"`), or undefined when it is not exactly one number
 */
export function canonicalValue(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  const found = findNumbers(trimmed);
  const only = found[0];
  return found.length === 1 && only !== undefined && only.start === 0 && only.end === trimmed.length ? only.value : undefined;
}

/**
 * Internal: folds text for case-insensitive, Unicode-aware matching, keeping a
 * map from every folded UTF-16 unit back to the original offsets it came from.
 *
 * Folding works on segments: one code point with the combining marks that
 * follow it (and, for Hangul, the conjoining vowel and final jamo). Each
 * segment becomes `NFKC(lowercase(NFKC(segment)))` with a few extra mappings,
 * and every unit it yields points back to the whole segment. So NFD `e` +
 * U+0301 folds to `é`, `ﬁ` to `fi`, `Ｇ` to `g`, `①` to `1`, and a match never
 * starts or ends inside a segment's original text.
 *
 * Handled, beyond NFKC and `toLowerCase`:
 * - `İ` (U+0130) folds to `i` (not `i` + U+0307); `ς` to `σ`; `ß` and `ẞ` to
 *   `ss` (full case folding), so `STRASSE` and `Straße` meet;
 * - `’`, `‘` and `ʼ` fold to `'`; `‐` and `‑` (U+2010, U+2011) to `-`;
 * - soft hyphens, zero-width spaces, word joiners and byte order marks
 *   (U+00AD, U+200B, U+2060, U+FEFF) are dropped;
 * - with `collapseWhitespace` (the default), every run of white space,
 *   line breaks included, folds to one space that maps to the whole run.
 *
 * Not handled: accents are kept (`cafe` does not match `café`); Turkish
 * dotless `ı` stays itself; lower-casing is locale-independent; composition
 * across two starters other than Hangul jamo (rare, script-specific) is not
 * applied; a case mapping that depends on context (final sigma) is applied
 * per segment and then unified (`ς` → `σ`).
 *
 * @module
 * @internal
 */

import { isMarkCodePoint, isSpaceUnit } from './chars.js';

/** Text folded for matching, with the way back to the original. */
export interface FoldedText {
  /** The folded text. */
  readonly text: string;
  /** For each folded UTF-16 unit, the original offset where its source segment starts (read-only: maps may be shared between texts). */
  readonly starts: Int32Array;
  /** For each folded UTF-16 unit, the original offset just past its source segment. */
  readonly ends: Int32Array;
  /** The length of the original text. */
  readonly originalLength: number;
  /**
   * Whether every folded unit has a source segment of its own (ASCII text, or text whose every
   * segment folds to one unit or none), so that no range of folded units can start or end inside a
   * segment: a matcher need not check.
   */
  readonly unitSegments: boolean;
  /** `starts[index]` (without building the array where it is built only on demand). */
  startOf(index: number): number;
  /** `ends[index]` (without building the array where it is built only on demand). */
  endOf(index: number): number;
}

/** A fold with its maps as arrays: the general path, and ASCII text with nothing to collapse. */
class MappedFold implements FoldedText {
  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly originalLength: number,
    readonly unitSegments: boolean,
  ) {}

  startOf(index: number): number {
    return this.starts[index] as number;
  }

  endOf(index: number): number {
    return this.ends[index] as number;
  }
}

/**
 * A fold kept as its departures from the identity map: runs of folded units that come from one
 * source segment (a collapsed white space run; a character beyond ASCII with its marks), and between
 * them ASCII units that map one to one. A few numbers per run instead of two arrays as long as the
 * text; the arrays are built when first read.
 */
class PiecewiseFold implements FoldedText {
  private maps: { readonly starts: Int32Array; readonly ends: Int32Array } | undefined;

  /**
   * @param runs - per run, in folded order: the folded offset of its first unit, its number of folded
   *   units (0 for a segment that folds to nothing), and the original offsets where its segment starts
   *   and ends. Between runs, and before the first, folded units map one to one onto the original.
   */
  constructor(
    readonly text: string,
    readonly originalLength: number,
    private readonly runs: readonly number[],
    readonly unitSegments: boolean,
  ) {}

  /** The index in `runs` of the last run that starts at or before folded `index`, or a negative number. */
  private runAtOrBefore(index: number): number {
    const runs = this.runs;
    let low = 0;
    let high = runs.length / 4;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((runs[middle * 4] as number) <= index) low = middle + 1;
      else high = middle;
    }
    return (low - 1) * 4;
  }

  startOf(index: number): number {
    const run = this.runAtOrBefore(index);
    if (run < 0) return index;
    const first = this.runs[run] as number;
    const count = this.runs[run + 1] as number;
    return index < first + count ? (this.runs[run + 2] as number) : (this.runs[run + 3] as number) + index - first - count;
  }

  endOf(index: number): number {
    const run = this.runAtOrBefore(index);
    if (run < 0) return index + 1;
    const first = this.runs[run] as number;
    const count = this.runs[run + 1] as number;
    return (this.runs[run + 3] as number) + (index < first + count ? 0 : index - first - count + 1);
  }

  get starts(): Int32Array {
    return this.built().starts;
  }

  get ends(): Int32Array {
    return this.built().ends;
  }

  /** The arrays: the one-to-one stretches copied from the identity table in blocks (native copies), the runs filled. */
  private built(): { readonly starts: Int32Array; readonly ends: Int32Array } {
    if (this.maps !== undefined) return this.maps;
    const count = this.text.length;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const identity = identityTable(this.originalLength);
    const runs = this.runs;
    let out = 0;
    let original = 0;
    const copy = (until: number): void => {
      const gap = until - out;
      starts.set(identity.subarray(original, original + gap), out);
      ends.set(identity.subarray(original + 1, original + gap + 1), out);
      out = until;
    };
    for (let at = 0; at < runs.length; at += 4) {
      copy(runs[at] as number);
      const units = runs[at + 1] as number;
      starts.fill(runs[at + 2] as number, out, out + units);
      ends.fill(runs[at + 3] as number, out, out + units);
      out += units;
      original = runs[at + 3] as number;
    }
    copy(count);
    this.maps = { starts, ends };
    return this.maps;
  }
}

/** Options of {@link foldText}. */
export interface FoldOptions {
  /** Fold every run of white space (line breaks included) to one space; default true. */
  readonly collapseWhitespace?: boolean | undefined;
}

const EXTRA: Readonly<Record<string, string>> = {
  '\u03c2': '\u03c3', // final sigma
  '\u00df': 'ss',
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u00ad': '',
  '\u200b': '',
  '\u2060': '',
  '\ufeff': '',
};
const EXTRA_PATTERN = /[\u03c2\u00df\u2018\u2019\u02bc\u2010\u2011\u00ad\u200b\u2060\ufeff]/g;

const segmentCache = new Map<string, string>();

/**
 * Folds one segment (a code point and the marks that belong to it).
 *
 * @param segment - the original text of the segment
 * @returns its folded form, possibly empty or longer than the segment
 */
export function foldSegment(segment: string): string {
  const known = segmentCache.get(segment);
  if (known !== undefined) return known;
  let folded = segment.normalize('NFKC');
  if (folded.includes('\u0130')) folded = folded.replaceAll('\u0130', 'I');
  folded = folded.toLowerCase().replace(EXTRA_PATTERN, (char) => EXTRA[char] ?? char).normalize('NFKC');
  if (segmentCache.size >= 8192) segmentCache.clear();
  segmentCache.set(segment, folded);
  return folded;
}

/** Tells whether the code point at `index` continues the segment before it. */
function continuesSegment(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0x300) return false;
  if (unit >= 0x1160 && unit <= 0x11ff) return true; // Hangul vowel and final jamo compose with what precedes
  return isMarkCodePoint(text.codePointAt(index) ?? unit);
}

interface Buffer {
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

function newBuffer(capacity: number): Buffer {
  return { units: new Uint16Array(capacity), starts: new Int32Array(capacity), ends: new Int32Array(capacity) };
}

/** A buffer twice as large holding the first `count` entries of `buffer`. */
function grown(buffer: Buffer, count: number): Buffer {
  const larger = newBuffer(buffer.units.length * 2 + 16);
  larger.units.set(buffer.units.subarray(0, count));
  larger.starts.set(buffer.starts.subarray(0, count));
  larger.ends.set(buffer.ends.subarray(0, count));
  return larger;
}

/** Code units to a string, in chunks small enough for `String.fromCharCode`. */
function unitsToString(units: Uint16Array, length: number): string {
  let result = '';
  for (let at = 0; at < length; at += 8192) {
    // `apply` takes an array-like; it is several times faster than spreading.
    result += String.fromCharCode.apply(null, units.subarray(at, Math.min(length, at + 8192)) as unknown as number[]);
  }
  return result;
}

/**
 * Folds a text for matching: NFKC, lower case and the extra mappings above,
 * with white space runs collapsed to one space unless told otherwise.
 *
 * @param text - the original text
 * @param options - whether to collapse white space (default true)
 * @returns the folded text and, per folded unit, the original range it came from
 */
export function foldText(text: string, options?: FoldOptions | undefined): FoldedText {
  const collapse = options?.collapseWhitespace ?? true;
  if (typeof text === 'string' && !NON_ASCII.test(text)) return foldAscii(text, collapse);
  return (typeof text === 'string' ? foldMixed(text, collapse) : undefined) ?? foldGeneral(text, collapse);
}

const NON_ASCII = /[^\u0000-\u007f]/;
/** Runs of ASCII white space other than a single space (a single space folds to itself). */
const ASCII_SPACE_RUN = / [\t-\r ]+|[\t-\r][\t-\r ]*/g;


/** Texts up to this length share {@link identityTable}; longer ones get their own (so the table stays small). */
const SHARED_IDENTITY_LIMIT = 1 << 16;
let sharedIdentity = new Int32Array(0);

/**
 * A table with `table[i] === i` for `0 <= i <= length`. Up to {@link SHARED_IDENTITY_LIMIT}
 * it is one table shared by every folded text: maps are read-only, never written after folding.
 */
function identityTable(length: number): Int32Array {
  if (length + 1 > sharedIdentity.length) {
    const size = length < SHARED_IDENTITY_LIMIT ? Math.min(SHARED_IDENTITY_LIMIT + 1, Math.max(length + 1, sharedIdentity.length * 2, 1024)) : length + 1;
    const table = new Int32Array(size);
    for (let at = 0; at < size; at += 1) table[at] = at;
    if (length >= SHARED_IDENTITY_LIMIT) return table;
    sharedIdentity = table;
  }
  return sharedIdentity;
}

/**
 * What white space an ASCII text holds, as far as collapsing goes: only single spaces (nothing to
 * collapse), control white space (tabs, line breaks) but never two spaces in a row, or runs of spaces.
 */
export type AsciiWhiteSpace = 'single-spaces' | 'controls' | 'runs';

const CONTROL_SPACE = /[\t-\r]/g;

/** {@link AsciiWhiteSpace} of a text, by native searches (no loop over the units). */
function whiteSpaceOf(text: string): AsciiWhiteSpace {
  if (text.includes('  ')) return 'runs';
  CONTROL_SPACE.lastIndex = 0;
  return CONTROL_SPACE.test(text) ? 'controls' : 'single-spaces';
}

/** Whether an ASCII unit is white space. */
function isAsciiSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
}

/**
 * Folds the ASCII stretch `text[from, to)` as the general path would: lower case, white space runs
 * collapsed to one space (as `whiteSpace` says there are), each run noted in `runs` as a
 * {@link PiecewiseFold} run whose space lands at folded offset `foldedAt` plus its place in the stretch.
 *
 * @returns the folded stretch
 */
function foldAsciiStretch(text: string, from: number, to: number, foldedAt: number, runs: number[], whiteSpace: AsciiWhiteSpace): string {
  const lower = (from === 0 && to === text.length ? text : text.slice(from, to)).toLowerCase();
  if (whiteSpace === 'single-spaces') return lower;
  let removed = 0;
  if (whiteSpace === 'runs') {
    return lower.replace(ASCII_SPACE_RUN, (run: string, at: number) => {
      runs.push(foldedAt + at - removed, 1, from + at, from + at + run.length);
      removed += run.length - 1;
      return ' ';
    });
  }
  // Only control white space to find (rare units: one native search each), each run grown around it.
  const length = lower.length;
  let folded = '';
  let last = 0;
  CONTROL_SPACE.lastIndex = 0;
  while (CONTROL_SPACE.test(lower)) {
    let start = CONTROL_SPACE.lastIndex - 1;
    let end = start + 1;
    if (start > last && lower.charCodeAt(start - 1) === 0x20) start -= 1;
    while (end < length && isAsciiSpace(lower.charCodeAt(end))) end += 1;
    CONTROL_SPACE.lastIndex = end;
    folded += lower.slice(last, start);
    folded += ' ';
    runs.push(foldedAt + start - removed, 1, from + start, from + end);
    removed += end - start - 1;
    last = end;
  }
  return folded + lower.slice(last);
}

/**
 * The fast path of {@link foldText} for pure ASCII text, where no NFKC change
 * or extra mapping applies: lower-casing only, white space runs collapsed to one
 * space; the map is the identity with each collapsed run mapping to the run.
 * Equal to the general path on every ASCII text (tested).
 *
 * @param text - an ASCII-only text
 * @param collapse - whether to collapse white space runs
 * @param whiteSpace - what white space the text holds, when the caller knows (it is searched for otherwise)
 * @returns the folded text
 * @internal
 */
export function foldAscii(text: string, collapse: boolean, whiteSpace?: AsciiWhiteSpace | undefined): FoldedText {
  const length = text.length;
  const shape = collapse ? (whiteSpace ?? whiteSpaceOf(text)) : 'single-spaces';
  if (shape === 'single-spaces') {
    // Nothing to collapse: the identity map, as views of one shared table (no allocation per text).
    const table = identityTable(length);
    return new MappedFold(text.toLowerCase(), table.subarray(0, length), table.subarray(1, length + 1), length, true);
  }
  const runs: number[] = [];
  return new PiecewiseFold(foldAsciiStretch(text, 0, length, 0, runs, shape), length, runs, true);
}

const BEYOND_ASCII = /[^\u0000-\u007f]/g;

/**
 * The path of {@link foldText} for text that is mostly ASCII (prose with a curly quote, a dash, an
 * accent here and there): ASCII stretches are folded in bulk as {@link foldAscii} folds them, and
 * only the segments beyond ASCII one by one. Equal to the general path (tested); gives up, returning
 * undefined, on text dense with characters beyond ASCII, where the general path is faster.
 *
 * @param text - the original text
 * @param collapse - whether to collapse white space runs
 * @param whiteSpace - what ASCII white space the text holds, when the caller knows (else searched for
 *   once): used for every ASCII stretch, so it must be at least what each holds ('runs' is right for
 *   any text, 'controls' for text without two spaces in a row)
 * @returns the folded text, or undefined for dense text
 * @internal
 */
export function foldMixed(text: string, collapse: boolean, whiteSpace?: AsciiWhiteSpace | undefined): FoldedText | undefined {
  const length = text.length;
  const runs: number[] = [];
  let folded = '';
  let count = 0;
  // Collapsing: whether the last folded unit is a space that white space after it joins.
  let inSpace = false;
  let unitSegments = true;
  let segments = 0;
  /** Gives the last folded unit (a space) the original end `end`: white space after it joined it. */
  const extendLast = (end: number): void => {
    const last = count - 1;
    // Segments that folded to nothing after the space now lie inside its run.
    while (runs.length > 0 && (runs[runs.length - 4] as number) > last) runs.length -= 4;
    const run = runs.length - 4;
    if (run >= 0 && last < (runs[run] as number) + (runs[run + 1] as number)) {
      if (runs[run + 1] === 1) runs[run + 3] = end;
      else {
        // The last unit of a longer run: its own run now, with the segment's start. (No code point
        // folds to several units ending in white space today; this keeps the map right if one does.)
        runs[run + 1] = (runs[run + 1] as number) - 1;
        runs.push(last, 1, runs[run + 2] as number, end);
      }
      return;
    }
    const original = run < 0 ? last : (runs[run + 3] as number) + last - (runs[run] as number) - (runs[run + 1] as number);
    runs.push(last, 1, original, end);
  };
  // What the whole text holds is at least what each ASCII stretch of it holds.
  const stretchWhiteSpace = whiteSpace ?? (collapse ? whiteSpaceOf(text) : 'single-spaces');
  let from = 0;
  BEYOND_ASCII.lastIndex = 0;
  for (;;) {
    const found = BEYOND_ASCII.test(text);
    let segmentStart = found ? BEYOND_ASCII.lastIndex - 1 : length;
    // An ASCII unit with a mark after it belongs to the mark's segment.
    if (found && segmentStart > from && continuesSegment(text, segmentStart)) segmentStart -= 1;
    if (segmentStart > from) {
      let stretchStart = from;
      if (inSpace) {
        while (stretchStart < segmentStart && isAsciiSpace(text.charCodeAt(stretchStart))) stretchStart += 1;
        if (stretchStart > from) extendLast(stretchStart);
      }
      if (stretchStart < segmentStart) {
        const shape = collapse ? (whiteSpace ?? stretchWhiteSpace) : 'single-spaces';
        const stretch = foldAsciiStretch(text, stretchStart, segmentStart, count, runs, shape);
        folded += stretch;
        count += stretch.length;
        inSpace = collapse && isAsciiSpace(text.charCodeAt(segmentStart - 1));
      }
    }
    if (!found) break;
    // Past the first few segments, more than one segment in 16 units so far: dense text, which the
    // unit-by-unit path folds faster than stretch by stretch.
    segments += 1;
    if (segments > 64 && segments * 16 > segmentStart) return undefined;
    const unit = text.charCodeAt(segmentStart);
    let end = segmentStart + (unit >= 0xd800 && unit <= 0xdbff && segmentStart + 1 < length ? 2 : 1);
    while (end < length && continuesSegment(text, end)) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    const segment = foldSegment(text.slice(segmentStart, end));
    const first = count;
    for (let at = 0; at < segment.length; at += 1) {
      let foldedUnit = segment.charCodeAt(at);
      if (isSpaceUnit(foldedUnit)) {
        if (collapse && inSpace) {
          if (count === first) extendLast(end);
          continue;
        }
        inSpace = collapse;
        if (collapse) foldedUnit = 0x20;
      } else inSpace = false;
      folded += String.fromCharCode(foldedUnit);
      count += 1;
    }
    runs.push(first, count - first, segmentStart, end);
    if (count - first > 1) unitSegments = false;
    from = end;
    BEYOND_ASCII.lastIndex = end;
  }
  return new PiecewiseFold(folded, length, runs, unitSegments);
}

/**
 * The general path of {@link foldText}, segment by segment (any text).
 *
 * @param text - the original text
 * @param collapse - whether to collapse white space runs
 * @returns the folded text
 * @internal
 */
export function foldGeneral(text: string, collapse: boolean): FoldedText {
  const length = text.length;
  // Plain locals (no closure captures them), so that the hot loop keeps them in registers.
  let buffer = newBuffer(length + 16);
  let units = buffer.units;
  let starts = buffer.starts;
  let ends = buffer.ends;
  let capacity = units.length;
  let count = 0;
  let inSpace = false;
  let index = 0;
  while (index < length) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80 && !(index + 1 < length && text.charCodeAt(index + 1) >= 0x300 && continuesSegment(text, index + 1))) {
      if (unit === 0x20 || (unit >= 0x09 && unit <= 0x0d)) {
        if (collapse && inSpace) {
          ends[count - 1] = index + 1;
          index += 1;
          continue;
        }
        inSpace = collapse;
      } else inSpace = false;
      if (count === capacity) {
        buffer = grown({ units, starts, ends }, count);
        ({ units, starts, ends } = buffer);
        capacity = units.length;
      }
      units[count] = inSpace ? 0x20 : unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
      starts[count] = index;
      ends[count] = index + 1;
      count += 1;
      index += 1;
      continue;
    }
    let end = index + (unit >= 0xd800 && unit <= 0xdbff && index + 1 < length ? 2 : 1);
    while (end < length && continuesSegment(text, end)) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
    const folded = foldSegment(text.slice(index, end));
    for (let at = 0; at < folded.length; at += 1) {
      let foldedUnit = folded.charCodeAt(at);
      if (isSpaceUnit(foldedUnit)) {
        if (collapse && inSpace) {
          ends[count - 1] = end;
          continue;
        }
        inSpace = collapse;
        if (collapse) foldedUnit = 0x20;
      } else inSpace = false;
      if (count === capacity) {
        buffer = grown({ units, starts, ends }, count);
        ({ units, starts, ends } = buffer);
        capacity = units.length;
      }
      units[count] = foldedUnit;
      starts[count] = index;
      ends[count] = end;
      count += 1;
    }
    index = end;
  }
  return new MappedFold(unitsToString(units, count), starts.subarray(0, count), ends.subarray(0, count), length, false);
}

/**
 * Folds a term's phrase the way {@link foldText} folds a story, with white
 * space collapsed and trimmed, so that the two compare unit for unit.
 *
 * @param phrase - a literal phrase
 * @returns the folded phrase (empty when the phrase is only white space)
 */
export function foldPhrase(phrase: string): string {
  const known = phraseCache.get(phrase);
  if (known !== undefined) return known;
  const folded = foldText(phrase).text.trim();
  if (phraseCache.size >= 8192) phraseCache.clear();
  phraseCache.set(phrase, folded);
  return folded;
}

const phraseCache = new Map<string, string>();

/**
 * Maps a range of folded units `[start, end)` back to the original text.
 *
 * @param folded - the folded text with its map
 * @param start - first folded unit (inclusive)
 * @param end - folded unit just past the range (exclusive)
 * @returns the original `[start, end)` UTF-16 offsets
 */
export function originalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const count = folded.text.length;
  if (end <= start) {
    const at = start >= 0 && start < count ? folded.startOf(start) : folded.originalLength;
    return { start: at, end: at };
  }
  return {
    start: start >= 0 && start < count ? folded.startOf(start) : folded.originalLength,
    end: end - 1 >= 0 && end - 1 < count ? folded.endOf(end - 1) : folded.originalLength,
  };
}

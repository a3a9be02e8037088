/**
 * Internal: finds many literal phrases in a text in one pass.
 *
 * Terms are literal phrases, never regular expressions: `C++`, `.NET`,
 * `e-mail`, `(beta)` and `[a-z]*` match themselves. A matcher is compiled once
 * into an Aho-Corasick automaton over the folded forms of all terms (and their
 * inflections), then each text is folded ({@link foldText}) and scanned once,
 * in time linear in its length plus the number of candidate hits. No regular
 * expression runs over the text, so nothing can backtrack.
 *
 * Semantics of a match:
 * - case-insensitive after NFKC, as {@link foldText} folds;
 * - a run of white space in the text (line breaks included) matches one space
 *   in the phrase, and the phrase's own white space runs count as one space;
 * - word boundaries: a match may not start or end inside a word. Between the
 *   match's edge character and its neighbour in the text the boundary fails
 *   when both are word characters (letters, marks, numbers in any script),
 *   unless either belongs to a script written without spaces (Han, Kana, Thai,
 *   Lao, Khmer, Myanmar), where it is assumed to hold. A joiner (`-`, `.`,
 *   `_`, `@`) between two word characters joins them into one token, so a
 *   term whose edge is a word character does not match next to it:
 *   `github` matches none of `githubish`, `github-action`, `my-github.txt`,
 *   `my_github`, `me@github.com`; `yaml` does not match in `notes.yaml`. A term
 *   whose edge is punctuation needs nothing from its neighbour: `.NET`
 *   matches in `ASP.NET`, `(beta)` in `x(beta)`. An apostrophe does not join,
 *   so `GitHub` matches the first six characters of `GitHub's`;
 * - inflections, for a single-word term with `inflect: true` whose last
 *   character is a Latin letter (English rules): plural `-s` (not after s, x,
 *   z, ch, sh, nor consonant + y), `-es` (after s, x, z, ch, sh, o), `-ies`
 *   for consonant + y (`company` → `companies`), possessive `'s` / `’s`,
 *   `'` after a final `s` (`Kubernetes'`) and plural possessive `s'`
 *   (`companies'`, `githubs'`);
 * - per term, matches are leftmost-longest and do not overlap; matches of
 *   different terms may overlap and are all returned (the caller decides).
 *
 * @module
 * @internal
 */

import { invalidArgument } from '../errors.js';
import { codePointAtIndex, codePointBeforeIndex, isJoiner, isNoSpaceScript, isWordCodePoint } from './chars.js';
import { foldPhrase, foldText, type FoldedText } from './normalize.js';
import { WORD_STEPS } from './words.js';

/**
 * Where an ASCII scan gives up: `start(text)` at the opening, and at each unit flagged in `units`
 * where `at(text, index)` says so (the caller then reads the text another way).
 */
export interface ScanSigns {
  readonly units: Uint8Array;
  readonly start: (text: string) => boolean;
  readonly at: (text: string, index: number) => boolean;
}

/**
 * A literal whose presence the ASCII scan reports (`counted.signalled`) without returning it as a
 * match: where it is, and how often, does not matter, only whether any is there.
 */
export interface ScanSignal {
  /** The literal, ASCII (read in any case). */
  readonly phrase: string;
  /**
   * Where it counts: `'anywhere'`, or `'word-start'` where `\b` would put a word start before it in
   * ASCII (at the start of the text, or after a unit that is not a letter, digit or `_`; so such a
   * phrase must start with one of those). Its end needs no boundary: it is a prefix (`one` counts in
   * `onerous`).
   */
  readonly at: 'anywhere' | 'word-start';
}

/** What an ASCII scan counts besides its matches. */
export interface ScanCounts {
  /** Words, as {@link WORD_STEPS} reads them (and `words` in words.ts counts them). */
  words: number;
  /** Whether any of the matcher's signals is in the text. */
  signalled: boolean;
}

/** A term to look for. */
export interface PhraseTerm {
  /** The caller's id for the term; returned with every match. */
  readonly id: string;
  /** The literal phrase. */
  readonly phrase: string;
  /**
   * Also match plural and possessive forms: `true` for single-word terms only (a phrase of several
   * words is matched as written), `'last-word'` for the last word of a phrase too (`field crew` also
   * finds `field crews`, `field crew's`); default false.
   */
  readonly inflect?: boolean | 'last-word' | undefined;
}

/** One occurrence of a term in a text. */
export interface PhraseMatch {
  /** Index of the term in the list the matcher was compiled from. */
  readonly termIndex: number;
  /** The term's id. */
  readonly id: string;
  /** UTF-16 offset of the first character in the original text. */
  readonly start: number;
  /** UTF-16 offset just past the last character in the original text (exclusive). */
  readonly end: number;
  /** The original text of the match, `text.slice(start, end)`. */
  readonly text: string;
}

/** Terms compiled once, to scan any number of texts. */
export interface PhraseMatcher {
  /** The number of terms compiled. */
  readonly termCount: number;
  /**
   * Whether the ASCII scan reports the signals it was compiled with (false without any, and where they
   * were left out to keep the dense table within its limit).
   */
  readonly signals: boolean;
  /** The folded forms each term matches (its phrase first, then inflections). */
  readonly forms: readonly (readonly string[])[];
  /**
   * Finds every term in a text, sorted by start (then longest first, then by term index).
   *
   * @param text - the original text (plain text, or Markdown already masked)
   * @returns the matches, with offsets into `text`
   */
  scan(text: string): PhraseMatch[];
  /**
   * Like {@link PhraseMatcher.scan}, on a text already folded with {@link foldText}
   * (white space collapsed), so several matchers can share one fold.
   *
   * @param text - the original text
   * @param folded - `foldText(text)`, white space collapsed (the default): the automaton reads a run
   *   of spaces as one, so a fold that keeps runs would be misread
   * @returns the matches, with offsets into `text`
   */
  scanFolded(text: string, folded: FoldedText): PhraseMatch[];
  /**
   * Like {@link PhraseMatcher.scan}, on ASCII text as it is (no fold), counting its words on the way
   * (`wordKinds`: per ASCII unit 0 other, 1 word unit, 2 joiner, as {@link WORD_STEPS} reads them);
   * undefined for an automaton too large for a dense table. Its table is built for each pair of
   * `wordKinds` and `signs` and the last two pairs are kept, by identity: pass long-lived objects.
   *
   * @param text - the text
   * @param wordKinds - per ASCII unit, 0 (other), 1 (word unit) or 2 (joiner)
   * @param counted - receives the word count, and whether a signal was seen
   * @param signs - where to give up besides units beyond ASCII
   * @returns the matches, as {@link PhraseMatcher.scan} finds them; undefined when the text has a
   *   unit beyond ASCII or the signs say to give up, and for every text when the scan's table for
   *   these word kinds and signs would take more than twice the dense limit
   * @internal
   */
  readonly scanAscii: ((text: string, wordKinds: Uint8Array, counted: ScanCounts, signs?: ScanSigns | undefined) => PhraseMatch[] | undefined) | undefined;
}

/**
 * Adds a candidate (term, start, end) to the shared scratch list after its first `length` entries,
 * growing the list when full.
 *
 * @returns the list's new length
 */
function addCandidate(length: number, term: number, start: number, end: number): number {
  let found = scratch.found;
  if (length + 3 > found.length) {
    found = new Int32Array(found.length * 2);
    found.set(scratch.found);
    scratch.found = found;
  }
  found[length] = term;
  found[length + 1] = start;
  found[length + 2] = end;
  return length + 3;
}

/** A copy of an array in a larger one. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(size);
  copy.set(array);
  return copy;
}

/** ASCII white space: space, tab, line feed, vertical tab, form feed, carriage return. */
function isAsciiWhiteSpace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
}

/** A unit of `\w` in a regular expression without `u`: an ASCII letter, digit or `_` (where `\b` finds no word start after it). */
function isAsciiWordUnit(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || unit === 0x5f;
}

/** Kinds of ASCII units at a word boundary ({@link isWordCodePoint}, {@link isJoiner}). */
const OTHER = 0;
const WORD = 1;
const JOINER = 2;
/** In a unit's entry of the ASCII scan: stop there if the signs say so. */
const STOP = 1 << 4;
const BOUNDARY_KIND = new Uint8Array(128).map((_, unit) => (isWordCodePoint(unit) ? WORD : isJoiner(unit) ? JOINER : OTHER));

/**
 * The boundary kind of the unit at `at` (within the text) of a text scanned as ASCII. A unit beyond
 * ASCII, which ends the scan once reached, reads as other, and is never looked up past the table (V8
 * drops optimised code that reads a typed array out of bounds).
 */
function asciiKindAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  return unit < 0x80 ? (BOUNDARY_KIND[unit] as number) : OTHER;
}

/** Options of {@link compileMatcher}. */
export interface CompileMatcherOptions {
  /**
   * The largest dense transition table (states × distinct characters) to
   * build; beyond it the automaton follows failure links instead, which uses
   * far less memory and is still linear. Default 4,194,304 entries (16 MB).
   * The ASCII scan's own table (the dense one with its word count and signs
   * folded in) may take up to twice as many; beyond that, ASCII text is
   * scanned as any other.
   */
  readonly denseLimit?: number | undefined;
  /**
   * Literals the ASCII scan reports the presence of ({@link ScanCounts.signalled}), read in the same
   * pass as the terms: a caller that would otherwise search the whole text for them asks the scan.
   * Their states count against `denseLimit`; where they alone would push the table past it, they are
   * left out (`signalled` then stays false: a caller must not read "no signal" from the scan alone
   * unless {@link PhraseMatcher.signals} is true).
   */
  readonly signals?: readonly ScanSignal[] | undefined;
}

const DEFAULT_DENSE_LIMIT = 1 << 22;
/** Scratch buffers for candidates and their order, shared by every matcher: a scan runs to its end before another starts. */
const scratch = { found: new Int32Array(3 * 256), order: new Int32Array(256) };
/** The term of a signal's pattern: it counts anywhere, or at a word start. */
const SIGNAL_ANYWHERE = -1;
const SIGNAL_AT_WORD_START = -2;
/** Marks a dense-table entry whose state has output (the sign bit). */
const OUTPUT_FLAG = 1 << 31;
/** Marks an entry of the ASCII scan's table whose unit starts a word. */
const WORD_START_FLAG = 1 << 30;
/** The premultiplied next state in an entry of the ASCII scan's table. */
const STATE_BITS = WORD_START_FLAG - 1;
const LATIN_LETTER = /\p{Script=Latin}/u;
const VOWELS = 'aeiou';

const invalid = invalidArgument;

/**
 * The folded forms a term matches: the phrase itself, then its inflections.
 *
 * @param folded - the folded phrase
 * @param inflect - whether to add plural and possessive forms: of a single word (`true`), or of a
 *   phrase's last word as well (`'last-word'`)
 * @returns distinct forms, the phrase first
 */
export function termForms(folded: string, inflect: boolean | 'last-word'): string[] {
  const forms = [folded];
  const last = folded.at(-1) ?? '';
  if (inflect === false || (inflect === true && folded.includes(' ')) || !LATIN_LETTER.test(last)) return forms;
  const plurals: string[] = [];
  const beforeLast = folded.at(-2) ?? '';
  const sibilant = /(?:s|x|z|ch|sh)$/.test(folded);
  if (last === 'y' && beforeLast !== '' && LATIN_LETTER.test(beforeLast) && !VOWELS.includes(beforeLast)) {
    plurals.push(`${folded.slice(0, -1)}ies`);
  } else {
    if (!sibilant) plurals.push(`${folded}s`);
    if (sibilant || last === 'o') plurals.push(`${folded}es`);
  }
  forms.push(`${folded}'s`);
  if (last === 's') forms.push(`${folded}'`);
  for (const plural of plurals) forms.push(plural, `${plural}'`);
  return [...new Set(forms)];
}

/** Two word characters side by side, in scripts that separate words with spaces. */
function joined(left: number, right: number): boolean {
  return isWordCodePoint(left) && isWordCodePoint(right) && !isNoSpaceScript(left) && !isNoSpaceScript(right);
}

/** Whether a match ending at folded `end`, whose last character is `edge`, ends on a boundary. */
function endsOnBoundary(folded: string, end: number, edge: number): boolean {
  if (end >= folded.length) return true;
  const next = codePointAtIndex(folded, end);
  if (joined(edge, next)) return false;
  if (isWordCodePoint(edge) && isJoiner(folded.charCodeAt(end)) && isWordCodePoint(codePointAtIndex(folded, end + 1))) return false;
  return true;
}

/** Whether a match starting at folded `start`, whose first character is `edge`, starts on a boundary. */
function startsOnBoundary(folded: string, start: number, edge: number): boolean {
  if (start <= 0) return true;
  const previous = codePointBeforeIndex(folded, start);
  if (joined(previous, edge)) return false;
  if (isWordCodePoint(edge) && isJoiner(folded.charCodeAt(start - 1)) && isWordCodePoint(codePointBeforeIndex(folded, start - 1))) return false;
  return true;
}

/** The patterns of a matcher: every form of every term, then the signals (with a negative term). */
interface Patterns {
  /** Per term, its forms. */
  readonly forms: readonly (readonly string[])[];
  readonly patterns: readonly string[];
  /** Per pattern, its term, or SIGNAL_ANYWHERE or SIGNAL_AT_WORD_START. */
  readonly patternTerm: readonly number[];
  readonly patternLength: readonly number[];
  /** Per pattern, its first code point (a signal's first unit). */
  readonly patternFirst: readonly number[];
  /** How many patterns are terms' forms (the signals come after them). */
  readonly termPatternCount: number;
}

/** Reads and checks the terms and signals, into the patterns to look for. */
function patternsOf(terms: readonly PhraseTerm[], signals: readonly ScanSignal[]): Patterns {
  const forms: (readonly string[])[] = [];
  const patternTerm: number[] = [];
  const patternLength: number[] = [];
  const patternFirst: number[] = [];
  const patterns: string[] = [];
  terms.forEach((term, termIndex) => {
    if (typeof term !== 'object' || term === null || typeof term.id !== 'string') {
      throw invalid(`terms[${termIndex}]`, "a term { id: string, phrase: string, inflect?: boolean | 'last-word' }", term);
    }
    if (typeof term.phrase !== 'string') throw invalid(`terms[${termIndex}].phrase`, 'a string', term.phrase);
    const folded = foldPhrase(term.phrase);
    if (folded.length === 0) throw invalid(`terms[${termIndex}].phrase`, 'a phrase with at least one visible character', term.phrase);
    const variants = termForms(folded, term.inflect === true || term.inflect === 'last-word' ? term.inflect : false);
    forms.push(Object.freeze(variants));
    for (const form of variants) {
      patterns.push(form);
      patternTerm.push(termIndex);
      patternLength.push(form.length);
      patternFirst.push(form.codePointAt(0) ?? -1);
    }
  });
  const termPatternCount = patterns.length;
  if (!Array.isArray(signals)) throw invalid('options.signals', "an array of { phrase, at: 'anywhere' | 'word-start' }", signals);
  signals.forEach((signal: ScanSignal, index) => {
    const phrase = typeof signal === 'object' && signal !== null ? signal.phrase : undefined;
    if (typeof phrase !== 'string' || !/^[\x21-\x7e]+$/.test(phrase)) throw invalid(`options.signals[${index}].phrase`, 'ASCII without white space', phrase);
    if (signal.at !== 'anywhere' && signal.at !== 'word-start') throw invalid(`options.signals[${index}].at`, "'anywhere' or 'word-start'", signal.at);
    if (signal.at === 'word-start' && !isAsciiWordUnit(phrase.charCodeAt(0))) {
      throw invalid(`options.signals[${index}].phrase`, "a phrase that starts with a letter, digit or _ (a word start is found only before one)", phrase);
    }
    patterns.push(phrase.toLowerCase());
    patternTerm.push(signal.at === 'anywhere' ? SIGNAL_ANYWHERE : SIGNAL_AT_WORD_START);
    patternLength.push(phrase.length);
    patternFirst.push(phrase.charCodeAt(0));
  });
  return { forms, patterns, patternTerm, patternLength, patternFirst, termPatternCount };
}

/**
 * The alphabet: each distinct code unit of the patterns gets a class; class 0 is "any other". Also
 * the class count before the signals' units (all of them when there are no signals).
 */
function alphabetOf(patterns: readonly string[], termPatternCount: number): { classOf: Uint16Array; classCount: number; termClassCount: number } {
  const classOf = new Uint16Array(65536);
  let classCount = 1;
  let termClassCount = 1;
  for (let index = 0; index < patterns.length; index += 1) {
    if (index === termPatternCount) termClassCount = classCount;
    const pattern = patterns[index] as string;
    for (let at = 0; at < pattern.length; at += 1) {
      const unit = pattern.charCodeAt(at);
      if (classOf[unit] === 0) {
        classOf[unit] = classCount;
        classCount += 1;
      }
    }
  }
  return { classOf, classCount, termClassCount: termPatternCount === patterns.length ? classCount : termClassCount };
}

/** The trie of the patterns: per state its children by class, the patterns ending there, the class it is entered by. */
interface Trie {
  readonly children: readonly Map<number, number>[];
  readonly outputs: readonly number[][];
  /** The class each state is entered by (the root by none). */
  readonly incoming: readonly number[];
  /** How many states the terms' forms alone make (all of them when there are no signals). */
  readonly termStateCount: number;
}

function trieOf(patterns: readonly string[], classOf: Uint16Array, termPatternCount: number): Trie {
  const children: Map<number, number>[] = [new Map()];
  const outputs: number[][] = [[]];
  const incoming: number[] = [0];
  let termStateCount = 1;
  for (let patternIndex = 0; patternIndex < patterns.length; patternIndex += 1) {
    if (patternIndex === termPatternCount) termStateCount = children.length;
    const pattern = patterns[patternIndex] as string;
    let state = 0;
    for (let at = 0; at < pattern.length; at += 1) {
      const symbol = classOf[pattern.charCodeAt(at)] ?? 0;
      const node = children[state] as Map<number, number>;
      let next = node.get(symbol);
      if (next === undefined) {
        next = children.length;
        node.set(symbol, next);
        children.push(new Map());
        outputs.push([]);
        incoming.push(symbol);
      }
      state = next;
    }
    (outputs[state] as number[]).push(patternIndex);
  }
  return { children, outputs, incoming, termStateCount: termPatternCount === patterns.length ? children.length : termStateCount };
}

/** The trie's failure links and dictionary links, and the order its states were reached in, breadth first (the root's children first). */
interface Links {
  readonly fail: Int32Array;
  readonly dictionary: Int32Array;
  readonly order: readonly number[];
}

function linksOf({ children, outputs }: Trie): Links {
  const stateCount = children.length;
  const fail = new Int32Array(stateCount);
  const dictionary = new Int32Array(stateCount).fill(-1);
  const order: number[] = [];
  for (const child of (children[0] as Map<number, number>).values()) order.push(child);
  for (let head = 0; head < order.length; head += 1) {
    const state = order[head] as number;
    for (const [symbol, child] of children[state] as Map<number, number>) {
      let candidate = fail[state] as number;
      while (candidate !== 0 && !(children[candidate] as Map<number, number>).has(symbol)) candidate = fail[candidate] as number;
      const target = (children[candidate] as Map<number, number>).get(symbol);
      const link = target !== undefined && target !== child ? target : 0;
      fail[child] = link;
      dictionary[child] = (outputs[link] as number[]).length > 0 ? link : (dictionary[link] as number);
      order.push(child);
    }
  }
  return { fail, dictionary, order };
}

/**
 * Per state, every term's pattern ending there (its own, then those along its dictionary links), flat;
 * and apart, the signals' patterns.
 */
function outputListsOf(
  outputs: readonly number[][],
  dictionary: Int32Array,
  patternTerm: readonly number[],
): { outputFrom: Int32Array; outputPatterns: number[]; signalFrom: Int32Array; signalPatterns: number[] } {
  const stateCount = outputs.length;
  const outputFrom = new Int32Array(stateCount + 1);
  const outputPatterns: number[] = [];
  const signalFrom = new Int32Array(stateCount + 1);
  const signalPatterns: number[] = [];
  for (let state = 0; state < stateCount; state += 1) {
    outputFrom[state] = outputPatterns.length;
    signalFrom[state] = signalPatterns.length;
    for (let node = state; node >= 0; node = dictionary[node] as number) {
      for (const pattern of outputs[node] as number[]) ((patternTerm[pattern] as number) >= 0 ? outputPatterns : signalPatterns).push(pattern);
    }
  }
  outputFrom[stateCount] = outputPatterns.length;
  signalFrom[stateCount] = signalPatterns.length;
  return { outputFrom, outputPatterns, signalFrom, signalPatterns };
}

/**
 * The dense transition table, so that a step is one array read. Entries are the next state
 * premultiplied by the class count (no multiply per step), with the sign bit set when that state has
 * output (no second read per step). ASCII text is scanned with it as it is, unfolded: upper-case
 * letters read as their lower case, every white space unit as a space (see asciiClassesOf), and a run
 * of white space as one: a state entered by a space stays there on more (no pattern holds two spaces
 * in a row, so a folded text never takes that step).
 */
function denseTableOf({ children, outputs, incoming }: Trie, { fail, dictionary, order }: Links, classOf: Uint16Array, classCount: number): Int32Array {
  const stateCount = children.length;
  const dense = new Int32Array(stateCount * classCount);
  const entry = (child: number): number => (child * classCount) | ((outputs[child] as number[]).length > 0 || (dictionary[child] as number) >= 0 ? OUTPUT_FLAG : 0);
  for (const [symbol, child] of children[0] as Map<number, number>) dense[symbol] = entry(child);
  for (const state of order) {
    const base = state * classCount;
    const fallback = (fail[state] as number) * classCount;
    for (let symbol = 1; symbol < classCount; symbol += 1) dense[base + symbol] = dense[fallback + symbol] as number;
    for (const [symbol, child] of children[state] as Map<number, number>) dense[base + symbol] = entry(child);
  }
  const spaceClass = classOf[0x20] as number;
  if (spaceClass !== 0) {
    for (let state = 1; state < stateCount; state += 1) {
      if (incoming[state] === spaceClass) dense[state * classCount + spaceClass] = state * classCount;
    }
  }
  return dense;
}

/** Per ASCII unit, the class it is read as in unfolded text: upper case as lower case, white space as a space. */
function asciiClassesOf(classOf: Uint16Array): Uint16Array {
  const asciiClass = new Uint16Array(128);
  for (let unit = 0; unit < 128; unit += 1) {
    const read = unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : (unit >= 0x09 && unit <= 0x0d) ? 0x20 : unit;
    asciiClass[unit] = classOf[read] as number;
  }
  return asciiClass;
}

/**
 * Compiles terms into a matcher, once; scanning then costs one pass per text
 * for all terms together.
 *
 * @param terms - the terms, each a literal phrase with an id (ids need not be unique)
 * @param options - memory limit of the dense automaton, and signals for the ASCII scan
 * @returns a reusable matcher
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `terms` is not an
 *   array, or a term has no string id or a phrase that is empty after folding;
 *   naming `options.signals[i].phrase` or `.at` for a signal that is not ASCII
 *   without white space, or not at `'anywhere'` or `'word-start'`
 */
export function compileMatcher(terms: readonly PhraseTerm[], options?: CompileMatcherOptions | undefined): PhraseMatcher {
  if (!Array.isArray(terms)) throw invalid('terms', 'an array of { id, phrase, inflect? }', terms);
  const denseLimit = options?.denseLimit ?? DEFAULT_DENSE_LIMIT;
  // Its steps are functions of their own: as one 400-line function, a few calls made it hot enough for
  // V8 to optimise it whole, a job of about 50 ms that a short-lived process waited for at exit.

  const { forms, patterns, patternTerm, patternLength, patternFirst, termPatternCount } = patternsOf(terms, options?.signals ?? []);
  const { classOf, classCount, termClassCount } = alphabetOf(patterns, termPatternCount);
  const trie = trieOf(patterns, classOf, termPatternCount);
  const { children } = trie;
  const stateCount = children.length;
  // Signals are a convenience: where they alone would cost the terms their dense table, they are left out.
  if (stateCount * classCount > denseLimit && trie.termStateCount * termClassCount <= denseLimit) return compileMatcher(terms, { denseLimit });
  const links = linksOf(trie);
  const { fail } = links;
  const { outputFrom, outputPatterns, signalFrom, signalPatterns } = outputListsOf(trie.outputs, links.dictionary, patternTerm);
  const dense = stateCount * classCount <= denseLimit ? denseTableOf(trie, links, classOf, classCount) : undefined;
  // ASCII text can be scanned as it is, unfolded (see denseTableOf).
  const asciiClass = dense === undefined ? undefined : asciiClassesOf(classOf);
  // Per pattern, whether it holds a space (then its start in unfolded text is found by reading it backwards).
  const patternSpaced = patterns.map((pattern) => pattern.includes(' '));

  const termIds = terms.map((term) => term.id);

  function scanFolded(text: string, folded: FoldedText): PhraseMatch[] {
    const table = dense;
    const source = folded.text;
    // Only folds where one segment may yield several units need the segment checks (and their map).
    const starts = folded.unitSegments ? undefined : folded.starts;
    const length = source.length;
    // Candidates as flat triples: term, folded start, folded end.
    // Candidates as flat triples in a scratch buffer shared by every scan (scans never nest).
    let foundLength = 0;
    let state = 0;
    // Premultiplied state of the dense table (state × classCount).
    let offset = 0;
    for (let index = 0; index < length; index += 1) {
      if (table !== undefined) {
        // Dense: step while the automaton stays in states without output (one table read per unit).
        let entry = table[offset + (classOf[source.charCodeAt(index)] as number)] as number;
        while (entry >= 0 && index + 1 < length) {
          index += 1;
          entry = table[entry + (classOf[source.charCodeAt(index)] as number)] as number;
        }
        offset = entry & ~OUTPUT_FLAG;
        if (entry >= 0) continue;
        state = offset / classCount;
      } else {
        const symbol = classOf[source.charCodeAt(index)] as number;
        if (symbol === 0) {
          state = 0;
        } else {
          let next = (children[state] as Map<number, number>).get(symbol);
          while (next === undefined && state !== 0) {
            state = fail[state] as number;
            next = (children[state] as Map<number, number>).get(symbol);
          }
          state = next ?? 0;
        }
      }
      // No term ends here (no output, or only signals: the folded scan reports none).
      if (outputFrom[state] === outputFrom[state + 1]) continue;
      const end = index + 1;
      // Every pattern ending here ends with the same character, so the end boundary is checked once.
      if (starts !== undefined && end < length && starts[end] === starts[index]) continue; // would end inside a folded segment
      if (!endsOnBoundary(source, end, codePointBeforeIndex(source, end))) continue;
      const last = outputFrom[state + 1] as number;
      for (let at = outputFrom[state] as number; at < last; at += 1) {
        const pattern = outputPatterns[at] as number;
        const start = end - (patternLength[pattern] as number);
        if (starts !== undefined && start > 0 && starts[start] === starts[start - 1]) continue; // would start inside a folded segment
        if (!startsOnBoundary(source, start, patternFirst[pattern] as number)) continue;
        foundLength = addCandidate(foundLength, patternTerm[pattern] as number, start, end);
      }
    }
    return select(text, folded, scratch.found, foundLength / 3);
  }

  /** Where pattern `pattern`, ending at `end` of unfolded ASCII `text`, starts: its spaces may stand for runs of white space there. */
  function unfoldedStart(text: string, end: number, pattern: number): number {
    const form = patterns[pattern] as string;
    let at = end;
    for (let index = form.length - 1; index >= 0; index -= 1) {
      at -= 1;
      if (form.charCodeAt(index) === 0x20) while (at > 0 && isAsciiWhiteSpace(text.charCodeAt(at - 1))) at -= 1;
    }
    return at;
  }

  // Per pattern, whether its first character is a word character (then a word unit or a joined word
  // before it in the text breaks the start boundary).
  const patternStartsWord = Uint8Array.from(patternFirst, (first) => (isWordCodePoint(first) ? 1 : 0));
  /** What an ASCII scan reads with, for one pair of word kinds and signs. */
  interface AsciiScan {
    /** Per ASCII unit: column << 5 | stop << 4 | boundary kind << 2, in one entry (its word kind is in its column). */
    readonly info: Int32Array;
    /**
     * Steps of the automaton and of the word count together: per scan state (an automaton state and
     * what the last units say of the next word start), per column, the next scan state premultiplied by
     * the width, {@link WORD_START_FLAG} when the unit starts a word, and the output flag when the next
     * state has output or the unit is a sign.
     */
    readonly table: Int32Array;
    /** The table's row width (columns). */
    readonly width: number;
    /** Per scan state, its automaton state. */
    readonly automatonState: Int32Array;
    /**
     * The table once a signal has been seen: the same steps, flagged only where a term ends or at a
     * sign (so that a text full of digits leaves the fast path no more often than a matcher without
     * signals would). Built the first time a signal is seen.
     */
    quiet: Int32Array | undefined;
    /** Per column, whether it is a sign's. */
    readonly columnSign: readonly boolean[];
  }
  // Built per pair of word kinds and signs, and kept for the last two pairs (a caller scans with
  // signs, then without); undefined when the table would outgrow twice the dense limit.
  const asciiScans: { kinds: Uint8Array; signs: ScanSigns | undefined; scan: AsciiScan | undefined }[] = [];
  function asciiScanFor(kinds: Uint8Array, signs: ScanSigns | undefined): AsciiScan | undefined {
    for (const known of asciiScans) if (known.kinds === kinds && known.signs === signs) return known.scan;
    const scan = buildAsciiScan(kinds, signs);
    asciiScans.unshift({ kinds, signs, scan });
    asciiScans.length = Math.min(asciiScans.length, 2);
    return scan;
  }
  function buildAsciiScan(kinds: Uint8Array, signs: ScanSigns | undefined): AsciiScan | undefined {
    const base = dense as Int32Array;
    // Columns: units that step alike. A unit's automaton class and word kind, and a sign unit alone
    // (its entries all carry the output flag: the scan looks for a sign only where it already leaves
    // its fast path).
    const columnOf = new Int32Array(128);
    const columnClass: number[] = [];
    const columnKind: number[] = [];
    const columnSign: boolean[] = [];
    const keys = new Map<string, number>();
    for (let unit = 0; unit < 128; unit += 1) {
      const symbol = (asciiClass as Uint16Array)[unit] as number;
      const kind = (kinds[unit] as number) & 3;
      const sign = signs?.units[unit] === 1;
      const key = sign ? `sign ${unit}` : `${symbol} ${kind}`;
      let column = keys.get(key);
      if (column === undefined) {
        column = columnClass.length;
        keys.set(key, column);
        columnClass.push(symbol);
        columnKind.push(kind);
        columnSign.push(sign);
      }
      columnOf[unit] = column;
    }
    const width = columnClass.length;
    // Scan states: an automaton state with the word state of WORD_STEPS (0: a word unit here would
    // start a word; 1: after a word unit; 2: after a joiner that follows one).
    // By automaton state × 3 + word state, the scan state's id (-1: not reached yet); breadth first from the start.
    const ids = new Int32Array(stateCount * 3).fill(-1);
    ids[0] = 0;
    let automatonState = new Int32Array(stateCount + 16);
    let wordState = new Int32Array(stateCount + 16);
    let table = new Int32Array((stateCount + 16) * width);
    let count = 1;
    const limit = Math.min(2 * denseLimit, STATE_BITS);
    for (let id = 0; id < count; id += 1) {
      const state = automatonState[id] as number;
      const word = wordState[id] as number;
      const row = id * width;
      for (let column = 0; column < width; column += 1) {
        const entry = base[state * classCount + (columnClass[column] as number)] as number;
        const next = (entry & ~OUTPUT_FLAG) / classCount;
        const kind = columnKind[column] as number;
        const step = WORD_STEPS[word * 4 + kind] as number;
        const nextWord = step >> 1;
        let nextId = ids[next * 3 + nextWord] as number;
        if (nextId === -1) {
          nextId = count;
          count += 1;
          if (count * width > limit) return undefined;
          if (count > automatonState.length) {
            const size = automatonState.length * 2;
            automatonState = grown(automatonState, size);
            wordState = grown(wordState, size);
            table = grown(table, size * width);
          }
          ids[next * 3 + nextWord] = nextId;
          automatonState[nextId] = next;
          wordState[nextId] = nextWord;
        }
        const flags = (entry < 0 || columnSign[column] === true ? OUTPUT_FLAG : 0) | ((step & 1) === 1 ? WORD_START_FLAG : 0);
        table[row + column] = (nextId * width) | flags;
      }
    }
    const info = Int32Array.from(columnOf, (column, unit) => (column << 5) | (signs?.units[unit] === 1 ? STOP : 0) | ((BOUNDARY_KIND[unit] as number) << 2));
    return { info, table: table.slice(0, count * width), width, automatonState: automatonState.slice(0, count), quiet: undefined, columnSign };
  }
  function quietTable(scan: AsciiScan): Int32Array {
    if (scan.quiet !== undefined) return scan.quiet;
    const { table, width, automatonState, columnSign } = scan;
    const quiet = table.slice();
    for (let at = 0; at < quiet.length; at += 1) {
      const entry = quiet[at] as number;
      const next = automatonState[(entry & STATE_BITS) / width] as number;
      if (entry < 0 && columnSign[at % width] !== true && outputFrom[next] === outputFrom[next + 1]) quiet[at] = entry & ~OUTPUT_FLAG;
    }
    scan.quiet = quiet;
    return quiet;
  }
  function scanAscii(text: string, wordKinds: Uint8Array, counted: ScanCounts, signs?: ScanSigns | undefined): PhraseMatch[] | undefined {
    const scan = asciiScanFor(wordKinds, signs);
    if (scan === undefined || signs?.start(text) === true) return undefined;
    const { info, width, automatonState } = scan;
    let table = scan.table;
    const length = text.length;
    let foundLength = 0;
    let offset = 0;
    let words = 0;
    let signalled = false;
    for (let index = 0; index < length; index += 1) {
      const unit = text.charCodeAt(index);
      if (unit > 0x7f) return undefined;
      const read = info[unit] as number;
      const entry = table[offset + (read >> 5)] as number;
      words += (entry >> 30) & 1;
      offset = entry & STATE_BITS;
      if (entry >= 0) continue;
      // Flagged: the state has output, or the unit is a sign (then the state may have none).
      const state = automatonState[offset / width] as number;
      if ((read & STOP) !== 0 && (signs as ScanSigns).at(text, index)) return undefined;
      if (!signalled && signalFrom[state] !== signalFrom[state + 1] && signalEnds(text, index + 1, state)) {
        signalled = true;
        table = quietTable(scan);
      }
      // A sign where no term ends, or a state where only signals end (every digit): no candidates.
      if (outputFrom[state] === outputFrom[state + 1]) continue;
      foundLength = asciiCandidates(text, index + 1, state, (read >> 2) & 3, foundLength);
    }
    counted.words = words;
    counted.signalled = signalled;
    return select(text, undefined, scratch.found, foundLength / 3);
  }

  /** Whether a signal ending at `end` of ASCII `text` in state `state` counts there. */
  function signalEnds(text: string, end: number, state: number): boolean {
    const last = signalFrom[state + 1] as number;
    for (let at = signalFrom[state] as number; at < last; at += 1) {
      const pattern = signalPatterns[at] as number;
      if (patternTerm[pattern] === SIGNAL_ANYWHERE) return true;
      const start = end - (patternLength[pattern] as number);
      if (start === 0 || !isAsciiWordUnit(text.charCodeAt(start - 1))) return true;
    }
    return false;
  }

  /**
   * Adds the candidates of the patterns that end at `end` of ASCII `text` in state `state`, whose
   * last unit has boundary kind `edge` (the same for all: they end with the same character).
   */
  function asciiCandidates(text: string, end: number, state: number, edge: number, foundLength: number): number {
    const length = text.length;
    if (edge === WORD && end < length) {
      const next = asciiKindAt(text, end);
      if (next === WORD || (next === JOINER && end + 1 < length && asciiKindAt(text, end + 1) === WORD)) return foundLength;
    }
    const last = outputFrom[state + 1] as number;
    for (let at = outputFrom[state] as number; at < last; at += 1) {
      const pattern = outputPatterns[at] as number;
      const start = patternSpaced[pattern] === true ? unfoldedStart(text, end, pattern) : end - (patternLength[pattern] as number);
      if (start > 0 && patternStartsWord[pattern] === 1) {
        const before = asciiKindAt(text, start - 1);
        if (before === WORD || (before === JOINER && start > 1 && asciiKindAt(text, start - 2) === WORD)) continue;
      }
      foundLength = addCandidate(foundLength, patternTerm[pattern] as number, start, end);
    }
    return foundLength;
  }

  // Per term, where its last kept match ends; stamped with the scan that wrote it, so no reset per scan.
  const lastEnd = new Int32Array(terms.length);
  const lastEndScan = new Int32Array(terms.length);
  let scanNumber = 0;

  /** Whether candidate `a` comes before `b`: by start, then longest first, then by term. */
  function before(found: Int32Array, a: number, b: number): boolean {
    const startA = found[a * 3 + 1] as number;
    const startB = found[b * 3 + 1] as number;
    if (startA !== startB) return startA < startB;
    const endA = found[a * 3 + 2] as number;
    const endB = found[b * 3 + 2] as number;
    if (endA !== endB) return endA > endB;
    return (found[a * 3] as number) < (found[b * 3] as number);
  }

  /** Keeps, per term, the leftmost-longest non-overlapping candidates, sorted by start. */
  function select(text: string, folded: FoldedText | undefined, found: Int32Array, count: number): PhraseMatch[] {
    if (count === 0) return [];
    // Candidates arrive by end, so they are nearly sorted by start already: insertion sort moves
    // only the few that overlap (a long phrase found after a short one inside it); a full sort
    // takes over when many must move.
    if (scratch.order.length < count) scratch.order = new Int32Array(Math.max(count, scratch.order.length * 2));
    const order = scratch.order;
    let moves = 0;
    for (let at = 0; at < count; at += 1) {
      let to = at;
      while (to > 0 && before(found, at, order[to - 1] as number) && moves < count * 8) {
        order[to] = order[to - 1] as number;
        to -= 1;
        moves += 1;
      }
      order[to] = at;
      if (moves >= count * 8) {
        for (let index = 0; index < count; index += 1) order[index] = index;
        order.subarray(0, count).sort((a, b) => (before(found, a, b) ? -1 : before(found, b, a) ? 1 : 0));
        break;
      }
    }
    scanNumber += 1;
    if (scanNumber === 0x7fffffff) {
      lastEndScan.fill(0);
      scanNumber = 1;
    }
    const matches: PhraseMatch[] = [];
    for (let index = 0; index < count; index += 1) {
      const at = order[index] as number;
      const termIndex = found[at * 3] as number;
      const start = found[at * 3 + 1] as number;
      const end = found[at * 3 + 2] as number;
      if (lastEndScan[termIndex] === scanNumber && start < (lastEnd[termIndex] as number)) continue;
      lastEnd[termIndex] = end;
      lastEndScan[termIndex] = scanNumber;
      const originalStart = folded === undefined ? start : folded.startOf(start);
      const originalEnd = folded === undefined ? end : folded.endOf(end - 1);
      matches.push({
        termIndex,
        id: termIds[termIndex] as string,
        start: originalStart,
        end: originalEnd,
        text: text.slice(originalStart, originalEnd),
      });
    }
    return matches;
  }

  return {
    termCount: terms.length,
    signals: patterns.length > termPatternCount,
    forms: Object.freeze(forms),
    scan: (text: string) => {
      if (typeof text !== 'string') throw invalid('text', 'a string', text);
      return scanFolded(text, foldText(text));
    },
    scanFolded: (text: string, folded: FoldedText) => {
      if (typeof text !== 'string') throw invalid('text', 'a string', text);
      return scanFolded(text, folded);
    },
    scanAscii: dense === undefined ? undefined : scanAscii,
  };
}

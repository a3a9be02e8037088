/**
 * Internal: what a rule is (ESLint style: `meta` and a pure `check`) and what
 * it reads (one analysis per story, built once by the engine).
 *
 * @module
 * @internal
 */
import type { Relationship } from '../relationship/schema.js';
import type { Segment } from '../segment/schema.js';
import type { Story } from '../story/schema.js';
import type { LineIndex } from '../text/line-index.js';
import type { FoldedText } from '../text/normalize.js';
import type { PhraseMatch, PhraseMatcher, PhraseTerm } from '../text/phrase-matcher.js';
import type { TextRange } from '../text/sentences.js';
import type { CompiledPlumbLine, PlumbLineTerm } from './compile-plumb-line.js';
import type { DiagnosticFix, Severity } from './diagnostic.js';

/** One option of a rule: what it means, its default, and what it accepts (a whole number from `minimum`). */
export interface RuleOption {
  readonly description: string;
  readonly default: unknown;
  /** The least value: every option is a whole number, checked when the settings are read, before any story. */
  readonly minimum: number;
}

/** What a rule is, for people and for SARIF. */
export interface RuleMeta {
  /** The rule id, such as `'preferred-term'`. */
  readonly id: string;
  /** One sentence: what the rule finds. */
  readonly description: string;
  /** The severity unless the context says otherwise. */
  readonly defaultSeverity: Severity;
  /** Help: a short text and the anchor into docs/consistency.md. */
  readonly docs: string;
  /** Its options, described, with defaults. */
  readonly options: Readonly<Record<string, RuleOption>>;
}

/**
 * A finding before the engine adds the rule id, severity, story id and positions. Its `expected`
 * array and `fix` object become the diagnostic's as they are (not copied): build a fresh `fix` per
 * finding, and a fresh `expected` array or a frozen one (which diagnostics may share); never hand
 * out an array of the plumb line or the context.
 */
export interface RuleFinding {
  readonly message: string;
  readonly start?: number;
  readonly end?: number;
  readonly actual?: string;
  readonly expected?: readonly string[];
  readonly fix?: DiagnosticFix;
}

/** A finding of a rule that reads several stories at once. */
export interface StoriesFinding extends RuleFinding {
  readonly storyId: string;
}

/** What the engine knows about one story, built once and shared by all rules. */
export interface StoryAnalysis {
  readonly story: Story;
  /** The original body. */
  readonly body: string;
  /** The body with code, URLs and HTML masked (same length). */
  readonly masked: string;
  /** `foldText(masked)`. */
  readonly folded: FoldedText;
  readonly compiled: CompiledPlumbLine;
  /** Plumb-line term hits (never spanning masked text). */
  readonly hits: readonly PhraseMatch[];
  /** The hits of one kind of plumb-line term, in the order of {@link StoryAnalysis.hits} (grouped once for all rules). */
  hitsOf(kind: PlumbLineTerm['kind']): readonly PhraseMatch[];
  /** Indexes of the plumb line's themes that the story touches. */
  readonly touchedThemes: ReadonlySet<number>;
  /** Hits of the rules' own fixed phrase lists, by rule id (ids without the rule prefix). */
  readonly phraseHits: ReadonlyMap<string, readonly PhraseMatch[]>;
  readonly sentences: readonly TextRange[];
  readonly lines: LineIndex;
  /** The line index when a rule has asked for {@link StoryAnalysis.lines} already (not built otherwise). */
  readonly linesIfBuilt: LineIndex | undefined;
  /** The offset where word number `index` (0-based) of the prose starts, or undefined past the last word. */
  wordStart(index: number): number | undefined;
  /** The number of words of prose. */
  readonly wordCount: number;
  /** Whether the prose may state a number (as `mayStateNumbers` in text/numbers.ts says): told by the scan where it could read the prose as ASCII. */
  readonly mayStateNumbers: boolean;
  /** The story's segments the context holds (marketing), or undefined when the context holds no segments. */
  readonly segments: readonly Segment[] | undefined;
  /** Audience ids the context does not hold, when it holds that kind of record. */
  readonly unknownAudience: readonly string[];
  /** The story's relationship (sales), when the context holds it. */
  readonly relationship: Relationship | undefined;
  /** `asOf` in milliseconds since the epoch, when given. */
  readonly asOf: number | undefined;
  /** Scans the story's prose with another matcher (memoised per matcher). */
  scan(matcher: PhraseMatcher): readonly PhraseMatch[];
}

/** No findings: one shared, frozen empty list (a rule that finds nothing allocates nothing). */
export const NO_FINDINGS: readonly RuleFinding[] = Object.freeze([]);

/** What a cross-story rule kept of one story. */
export interface CollectedStory<Facts> {
  readonly storyId: string;
  readonly facts: Facts;
}

/**
 * A rule: metadata and a pure check over one story or, for cross-story rules, all of them. A
 * cross-story rule collects what it needs of each story while that story is analysed, so the
 * analysis (masked and folded text, hits) need not outlive its own rules.
 */
export interface Rule<Facts = unknown> {
  readonly meta: RuleMeta;
  /** Fixed phrases the rule looks for; compiled once, with every rule's, into one matcher. */
  readonly phrases?: readonly PhraseTerm[];
  /** Checks one story. */
  readonly check?: (analysis: StoryAnalysis, options: Readonly<Record<string, unknown>>) => readonly RuleFinding[];
  /** Cross-story rules: what to keep of one story for {@link Rule.checkStories}. */
  collect?(analysis: StoryAnalysis, options: Readonly<Record<string, unknown>>): Facts;
  /** Checks all stories together (checkStories only), from what {@link Rule.collect} kept, in the stories' order. */
  checkStories?(stories: readonly CollectedStory<Facts>[], compiled: CompiledPlumbLine, options: Readonly<Record<string, unknown>>): StoriesFinding[];
}

/**
 * A label as it reads inside a sentence: a first word written as a plain capitalised word of letters
 * (`Uptime`, `Time to live`) loses its capital; a name keeps its own (`TrackPro Edge battery life`,
 * `SLA response time`, `Q3 revenue`, and `Fieldkit battery life` when the plumb line names `Fieldkit`).
 *
 * @param label - a theme's or claim's label
 * @param names - the plumb line's names (`vocabulary.names`)
 * @returns the label for the middle of a sentence
 */
export function inSentence(label: string, names: readonly string[] = []): string {
  const first = /^\S+/u.exec(label)?.[0] ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return label;
  const lower = first.toLowerCase();
  if (names.some((name) => (/^\S+/u.exec(name)?.[0] ?? '').toLowerCase() === lower)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * Reads a whole-number option, already checked against the rule's {@link RuleOption} when the
 * settings were read.
 *
 * @param options - the rule's options, defaults merged
 * @param name - the option
 * @returns the value
 */
export function numberOption(options: Readonly<Record<string, unknown>>, name: string): number {
  return options[name] as number;
}

/**
 * What a rule works out once per plumb-line term and text matched (the same terms recur across stories,
 * in a few spellings), kept per term object and bounded per term.
 *
 * @param cache - the rule's cache
 * @param term - the plumb-line term matched
 * @param text - the text matched
 * @param make - works the value out, the first time, from the text, the term and `extra` (a function
 *   that captures nothing, so that a call allocates no closure: this runs once per hit)
 * @param extra - what else `make` needs
 * @returns the value
 */
export function perTermAndText<T, E>(
  cache: WeakMap<PlumbLineTerm, Map<string, T>>,
  term: PlumbLineTerm,
  text: string,
  make: (text: string, term: PlumbLineTerm, extra: E) => T,
  extra: E,
): T {
  let byText = cache.get(term);
  if (byText === undefined) {
    byText = new Map();
    cache.set(term, byText);
  }
  const known = byText.get(text);
  if (known !== undefined || byText.has(text)) return known as T;
  const value = make(text, term, extra);
  if (byText.size >= 1024) byText.clear();
  byText.set(text, value);
  return value;
}

const quoted = new Map<string, string>();

/** Quotes a piece of the story for a message, its white space runs as single spaces (remembered: the same terms recur). */
export function quote(text: string): string {
  let known = quoted.get(text);
  if (known === undefined) {
    known = `"${text.replace(/\s+/g, ' ')}"`;
    if (quoted.size >= 4096) quoted.clear();
    quoted.set(text, known);
  }
  return known;
}

/** Lists names for a message: `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

const STOP_WORDS = new Set(
  (
    'a an the and or but so to of in on at by for with from into over under than then that this these those we our us you your ' +
    'they their them it its is are was were be been being not no nor as if when while which who whom what where why how all ' +
    'any each every more most less fewer other some such only own same too very can will just should now keep keeps cut cuts ' +
    'raise stop stops make makes get gets set want wants need needs must would could may might one two three again also about ' +
    'after before between through during out off up down per via new last next first time times year years month months day ' +
    'days week weeks does did do done has have had there here stay stays back take takes want wants like again ever never'
  ).split(' '),
);

/**
 * The content words of a description (no stop words, two letters or more),
 * singular, as inflected phrase terms.
 *
 * @param text - a goal or risk description
 * @returns distinct keywords
 */
export function keywords(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    let word = match[0].replace(/['’]s$/, '');
    if (word.length < 3 || STOP_WORDS.has(word)) continue;
    if (word.length > 4 && /[^aeiou]ies$/.test(word)) word = `${word.slice(0, -3)}y`;
    else if (word.length > 4 && /[^su]s$/.test(word)) word = word.slice(0, -1);
    if (!STOP_WORDS.has(word)) found.add(word);
  }
  return [...found];
}

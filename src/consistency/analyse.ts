/**
 * Internal: reads one story once (mask, fold, scan, sentences, lines, words)
 * for every rule to share.
 *
 * @module
 * @internal
 */
import { invalidArgument } from '../errors.js';
import type { Relationship } from '../relationship/schema.js';
import type { Segment } from '../segment/schema.js';
import type { Story } from '../story/schema.js';
import { lineIndex, type LineIndex } from '../text/line-index.js';
import { maskMarkdown } from '../text/mask-markdown.js';
import { foldAscii, foldGeneral, foldMixed, type AsciiWhiteSpace, type FoldedText } from '../text/normalize.js';
import type { PhraseMatch, PhraseMatcher } from '../text/phrase-matcher.js';
import { splitSentences, type TextRange } from '../text/sentences.js';
import type { CompiledPlumbLine, PlumbLineTerm } from './compile-plumb-line.js';
import type { CheckContext } from './diagnostic.js';
import type { StoryAnalysis } from './rule.js';
import { FIXED_PHRASES } from './rules.js';

/** The context's records, indexed once per check. */
export interface Audience {
  readonly segments: ReadonlyMap<string, Segment> | undefined;
  readonly relationships: ReadonlyMap<string, Relationship> | undefined;
  readonly asOf: number | undefined;
}

function byId<T extends { readonly id: string }>(records: readonly T[] | undefined, path: string): ReadonlyMap<string, T> | undefined {
  if (records === undefined) return undefined;
  if (!Array.isArray(records)) throw invalidArgument(path, 'an array', records);
  const map = new Map<string, T>();
  records.forEach((record, index) => {
    if (typeof record !== 'object' || record === null || typeof record.id !== 'string') throw invalidArgument(`${path}[${index}]`, 'a record with a string id', record);
    map.set(record.id, record);
  });
  return map;
}

/**
 * Indexes the context's segments and relationships and reads `asOf`.
 *
 * @param context - the check context
 * @returns the audience
 */
export function readAudience(context: CheckContext | undefined): Audience {
  if (context !== undefined && (typeof context !== 'object' || context === null)) throw invalidArgument('context', 'an object', context);
  let asOf: number | undefined;
  const given = context?.asOf;
  if (given !== undefined) {
    asOf = given instanceof Date ? given.getTime() : typeof given === 'string' ? Date.parse(given) : Number.NaN;
    if (Number.isNaN(asOf)) throw invalidArgument('context.asOf', 'an ISO date or date-time, or a valid Date', given);
  }
  return { segments: byId(context?.segments, 'context.segments'), relationships: byId(context?.relationships, 'context.relationships'), asOf };
}

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

/**
 * What the last full count of {@link words} saw besides words (one module-level record rather than
 * an object per story): whether the text is all ASCII, and whether it has white space other than
 * single spaces (what the fold would otherwise search for).
 */
const shape: { ascii: boolean; whiteSpace: AsciiWhiteSpace } = { ascii: true, whiteSpace: 'single-spaces' };

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
function words(text: string, stopAt: number): number {
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
  shape.ascii = ascii;
  shape.whiteSpace = spaceRuns ? 'runs' : controls ? 'controls' : 'single-spaces';
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
  return { words: count, ascii: shape.ascii, whiteSpace: shape.whiteSpace };
}

/** Whether a hit in the masked text reads the same in the body (`body.slice(start, end) === text`, without the slice). */
function unmasked(body: string, hit: PhraseMatch): boolean {
  return hit.end - hit.start === hit.text.length && body.startsWith(hit.text, hit.start);
}

/**
 * Analyses one story for all rules.
 *
 * @param compiled - the compiled plumb line
 * @param story - the story
 * @param audience - the context's records
 * @param path - the story's path, for errors
 * @returns the analysis
 */
export function analyseStory(compiled: CompiledPlumbLine, story: Story, audience: Audience, path: string): StoryAnalysis {
  if (typeof story !== 'object' || story === null) throw invalidArgument(path, 'a story object', story);
  if (typeof story.id !== 'string') throw invalidArgument(`${path}.id`, 'a string', story.id);
  if (typeof story.body !== 'string') throw invalidArgument(`${path}.body`, 'a string', story.body);
  if (story.kind !== 'marketing' && story.kind !== 'sales') throw invalidArgument(`${path}.kind`, '"marketing" or "sales"', (story as { kind?: unknown }).kind);
  const body = story.body;
  const masked = maskMarkdown(body);
  // Counting the words reads every unit anyway: it also tells whether the prose is ASCII and has white
  // space to collapse, so the fold needs no searches of its own.
  const wordCount = words(masked, -1);
  const folded = shape.ascii ? foldAscii(masked, true, shape.whiteSpace) : (foldMixed(masked, true, shape.whiteSpace) ?? foldGeneral(masked, true));
  // One scan for the plumb line's terms and the rules' fixed phrases (appended after them).
  const terms = compiled.terms;
  const termCount = terms.length;
  const hits: PhraseMatch[] = [];
  const byKind: Partial<Record<PlumbLineTerm['kind'], PhraseMatch[]>> = {};
  const touchedThemes = new Set<number>();
  const phraseHits = new Map<string, PhraseMatch[]>();
  const found = compiled.matcher.scanFolded(masked, folded);
  for (let at = 0; at < found.length; at += 1) {
    const hit = found[at] as PhraseMatch;
    if (hit.termIndex < termCount) {
      if (masked !== body && !unmasked(body, hit)) continue;
      hits.push(hit);
      const term = terms[hit.termIndex] as PlumbLineTerm;
      const list = byKind[term.kind];
      if (list === undefined) byKind[term.kind] = [hit];
      else list.push(hit);
      if (term.kind === 'theme') touchedThemes.add(term.index);
      continue;
    }
    const ruleId = (FIXED_PHRASES[hit.termIndex - termCount] as (typeof FIXED_PHRASES)[number]).ruleId;
    const list = phraseHits.get(ruleId);
    if (list === undefined) phraseHits.set(ruleId, [hit]);
    else list.push(hit);
  }
  const unknownAudience: string[] = [];
  let segments: Segment[] | undefined;
  let relationship: Relationship | undefined;
  if (story.kind === 'marketing') {
    const ids = story.audience?.segmentIds;
    if (!Array.isArray(ids)) throw invalidArgument(`${path}.audience.segmentIds`, 'an array of segment ids', ids);
    if (audience.segments !== undefined) {
      segments = [];
      for (const id of ids) {
        const segment = audience.segments.get(id);
        if (segment === undefined) unknownAudience.push(id);
        else segments.push(segment);
      }
    }
  } else {
    const id = story.audience?.relationshipId;
    if (typeof id !== 'string') throw invalidArgument(`${path}.audience.relationshipId`, 'a relationship id', id);
    if (audience.relationships !== undefined) {
      relationship = audience.relationships.get(id);
      if (relationship === undefined) unknownAudience.push(id);
    }
  }
  return new Analysis(story, masked, folded, compiled, hits, byKind, touchedThemes, phraseHits, wordCount, segments, unknownAudience, relationship, audience.asOf);
}

const NO_HITS: readonly PhraseMatch[] = Object.freeze([]);

/** One story's analysis: a class, so its lazy parts and methods cost no closures per story. */
class Analysis implements StoryAnalysis {
  readonly body: string;
  private sentenceRanges: TextRange[] | undefined;
  private lineIndexBuilt: LineIndex | undefined;
  private scans: Map<PhraseMatcher, readonly PhraseMatch[]> | undefined;

  constructor(
    readonly story: Story,
    readonly masked: string,
    readonly folded: FoldedText,
    readonly compiled: CompiledPlumbLine,
    readonly hits: readonly PhraseMatch[],
    private readonly byKind: Partial<Record<PlumbLineTerm['kind'], readonly PhraseMatch[]>>,
    readonly touchedThemes: ReadonlySet<number>,
    readonly phraseHits: ReadonlyMap<string, readonly PhraseMatch[]>,
    readonly wordCount: number,
    readonly segments: readonly Segment[] | undefined,
    readonly unknownAudience: readonly string[],
    readonly relationship: Relationship | undefined,
    readonly asOf: number | undefined,
  ) {
    this.body = story.body;
  }

  hitsOf(kind: PlumbLineTerm['kind']): readonly PhraseMatch[] {
    return this.byKind[kind] ?? NO_HITS;
  }

  get sentences(): readonly TextRange[] {
    this.sentenceRanges ??= splitSentences(this.masked);
    return this.sentenceRanges;
  }

  get lines(): LineIndex {
    this.lineIndexBuilt ??= lineIndex(this.body);
    return this.lineIndexBuilt;
  }

  get linesIfBuilt(): LineIndex | undefined {
    return this.lineIndexBuilt;
  }

  wordStart(index: number): number | undefined {
    const at = words(this.masked, index);
    return at === -1 ? undefined : at;
  }

  scan(matcher: PhraseMatcher): readonly PhraseMatch[] {
    this.scans ??= new Map();
    let found = this.scans.get(matcher);
    if (found === undefined) {
      found = matcher.scanFolded(this.masked, this.folded).filter((hit) => unmasked(this.body, hit));
      this.scans.set(matcher, found);
    }
    return found;
  }
}

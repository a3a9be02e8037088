/**
 * Internal: reads one story once (mask, fold, scan, sentences, lines, words)
 * for every rule to share.
 *
 * @module
 * @internal
 */
import { parseInstant, readAsOf } from '../common/instant.js';
import { invalidArgument, isObject } from '../errors.js';
import type { Relationship } from '../relationship/schema.js';
import type { Segment } from '../segment/schema.js';
import type { Story } from '../story/schema.js';
import { lineIndex, type LineIndex } from '../text/line-index.js';
import { MASKING_SIGNS, maskMarkdown } from '../text/mask-markdown.js';
import { foldAscii, foldGeneral, foldMixed, foldText, type FoldedText } from '../text/normalize.js';
import { ASCII_WORD_KINDS, lastShape, words } from '../text/words.js';
import { mayStateNumbers } from '../text/numbers.js';
import type { PhraseMatch, PhraseMatcher, ScanCounts } from '../text/phrase-matcher.js';
import { splitSentences, type TextRange } from '../text/sentences.js';
import type { CompiledPlumbLine, PlumbLineTerm } from './compile-plumb-line.js';
import type { CheckContext } from './diagnostic.js';
import type { StoryAnalysis } from './rule.js';
import { FIXED_PHRASES } from './rules.js';

/** The context's records of one kind, by id, as given (`list` and `path` to name a record). */
interface Records<T> {
  readonly byId: ReadonlyMap<string, T>;
  readonly list: readonly T[];
  readonly path: string;
  /** Throws, naming the field (under `path()`, worked out only then), when the record lacks what the rules read. */
  readonly check: (record: T, path: () => string) => void;
  /** The records already checked, so each is checked once. */
  readonly checked: WeakSet<object>;
}

/** The context's records, indexed once per check. */
export interface Audience {
  readonly segments: Records<Segment> | undefined;
  readonly relationships: Records<Relationship> | undefined;
  readonly asOf: number | undefined;
}

// Records found sound, across checks: a CRM passes the same records again and again.
const checkedSegments = new WeakSet<object>();
const checkedRelationships = new WeakSet<object>();

/** Checks that `record[field]` is an array of objects whose `fields` have the types given. */
function checkList(record: Record<string, unknown>, field: string, at: () => string, shape: string, fields: Readonly<Record<string, 'string' | 'number'>>): void {
  const list = record[field];
  if (!Array.isArray(list)) throw invalidArgument(`${at()}.${field}`, `an array of ${shape}`, list);
  list.forEach((item: unknown, index) => {
    if (!isObject(item)) throw invalidArgument(`${at()}.${field}[${index}]`, shape, item);
    for (const [name, type] of Object.entries(fields)) {
      if (typeof item[name] !== type || (type === 'number' && !Number.isFinite(item[name]))) throw invalidArgument(`${at()}.${field}[${index}].${name}`, `a ${type}`, item[name]);
    }
  });
}

/** What the rules read of a relationship: the person's name, the organisation's, goals and risks. */
function checkRelationship(relationship: Relationship, at: () => string): void {
  const record = relationship as unknown as Record<string, unknown>;
  const person = record['person'];
  if (!isObject(person) || typeof person['name'] !== 'string') throw invalidArgument(`${at()}.person`, 'a person { name }', person);
  const organisation = record['organisation'];
  if (organisation !== undefined && (!isObject(organisation) || typeof organisation['name'] !== 'string')) {
    throw invalidArgument(`${at()}.organisation`, 'an organisation { name }, or none', organisation);
  }
  checkList(record, 'goals', at, 'goals { description, priority }', { description: 'string', priority: 'number' });
  checkList(record, 'risks', at, 'risks { kind, description, severity }', { kind: 'string', description: 'string', severity: 'number' });
}

/** What the rules read of a segment: its name and interests. */
function checkSegment(segment: Segment, at: () => string): void {
  const record = segment as unknown as Record<string, unknown>;
  if (typeof record['name'] !== 'string') throw invalidArgument(`${at()}.name`, 'a string', record['name']);
  const interests = record['interests'];
  if (!Array.isArray(interests) || interests.some((interest) => typeof interest !== 'string')) throw invalidArgument(`${at()}.interests`, 'an array of strings', interests);
}

function byId<T extends { readonly id: string }>(records: readonly T[] | undefined, path: string, check: (record: T, at: () => string) => void, checked: WeakSet<object>): Records<T> | undefined {
  if (records === undefined) return undefined;
  if (!Array.isArray(records)) throw invalidArgument(path, 'an array', records);
  const map = new Map<string, T>();
  records.forEach((record, index) => {
    if (typeof record !== 'object' || record === null || typeof record.id !== 'string') throw invalidArgument(`${path}[${index}]`, 'a record with a string id', record);
    map.set(record.id, record);
  });
  return { byId: map, list: records, path, check, checked };
}

/**
 * The record with id `id`, checked the first time a story reaches it for what the rules read of
 * it (only the records stories name are read, so a CRM may pass all its records without paying for
 * the rest). By hand, not by the models' schemas: this module must not need zod.
 *
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field (`context.relationships[3].goals`)
 */
function recordOf<T extends object>(records: Records<T>, id: string): T | undefined {
  const record = records.byId.get(id);
  if (record === undefined || records.checked.has(record)) return record;
  records.check(record, () => `${records.path}[${records.list.indexOf(record)}]`);
  records.checked.add(record);
  return record;
}

/**
 * Indexes the context's segments and relationships and reads `asOf`.
 *
 * @param context - the check context
 * @returns the audience
 */
export function readAudience(context: CheckContext | undefined): Audience {
  if (context !== undefined && (typeof context !== 'object' || context === null)) throw invalidArgument('context', 'an object', context);
  // Read as the models read dates (UTC, strict ISO), never by the machine's time zone or Date.parse's guesses.
  const asOf = context?.asOf === undefined ? undefined : readAsOf(context.asOf, 'context.asOf');
  return {
    segments: byId(context?.segments, 'context.segments', checkSegment, checkedSegments),
    relationships: byId(context?.relationships, 'context.relationships', checkRelationship, checkedRelationships),
    asOf,
  };
}

/** What an ASCII scan counts (one record rather than an object per story). */
const counted: ScanCounts = { words: 0, signalled: false };
const NON_ASCII = /[^\u0000-\u007f]/;

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
  for (const field of ['publishedAt', 'lastCirculatedAt'] as const) {
    const date = story[field];
    if (date !== undefined && (typeof date !== 'string' || parseInstant(date) === undefined)) {
      throw invalidArgument(`${path}.${field}`, 'an ISO date (YYYY-MM-DD) or date-time with Z or an offset', date);
    }
  }
  const body = story.body;
  // One scan for the plumb line's terms and the rules' fixed phrases (appended after them). Plain ASCII
  // prose is scanned as it is, its words counted on the way; the scan gives up at the first sign of
  // Markdown to mask or a unit beyond ASCII. Then the body is masked, and ASCII text is scanned again;
  // other text is folded first.
  let wordCount: number;
  // Whether the prose may state a number, when the scan tells (its signals are NUMBER_SIGNALS).
  let numbers: boolean | undefined;
  let folded: FoldedText | undefined;
  const scanAscii = compiled.matcher.scanAscii;
  let found = scanAscii?.(body, ASCII_WORD_KINDS, counted, MASKING_SIGNS);
  const masked = found === undefined ? maskMarkdown(body) : body;
  if (found === undefined && scanAscii !== undefined && !NON_ASCII.test(masked)) found = scanAscii(masked, ASCII_WORD_KINDS, counted);
  if (found !== undefined) {
    wordCount = counted.words;
    if (compiled.matcher.signals) numbers = counted.signalled;
  } else {
    // Counting the words reads every unit anyway: it also tells whether the prose is ASCII (here only
    // when the automaton, or the scan's table with the word count, is too large for an unfolded scan) and what white space it has to collapse,
    // so the fold needs no searches of its own.
    wordCount = words(masked, -1);
    folded = lastShape.ascii ? foldAscii(masked, true, lastShape.whiteSpace) : (foldMixed(masked, true, lastShape.whiteSpace) ?? foldGeneral(masked, true));
    found = compiled.matcher.scanFolded(masked, folded);
  }
  const terms = compiled.terms;
  const termCount = terms.length;
  const hits: PhraseMatch[] = [];
  const byKind: Partial<Record<PlumbLineTerm['kind'], PhraseMatch[]>> = {};
  const touchedThemes = new Set<number>();
  const phraseHits = new Map<string, PhraseMatch[]>();
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
        const segment = recordOf(audience.segments, id);
        if (segment === undefined) unknownAudience.push(id);
        else segments.push(segment);
      }
    }
  } else {
    const id = story.audience?.relationshipId;
    if (typeof id !== 'string') throw invalidArgument(`${path}.audience.relationshipId`, 'a relationship id', id);
    if (audience.relationships !== undefined) {
      relationship = recordOf(audience.relationships, id);
      if (relationship === undefined) unknownAudience.push(id);
    }
  }
  return new Analysis(story, masked, folded, compiled, hits, byKind, touchedThemes, phraseHits, wordCount, numbers, segments, unknownAudience, relationship, audience.asOf);
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
    private foldedText: FoldedText | undefined,
    readonly compiled: CompiledPlumbLine,
    readonly hits: readonly PhraseMatch[],
    private readonly byKind: Partial<Record<PlumbLineTerm['kind'], readonly PhraseMatch[]>>,
    readonly touchedThemes: ReadonlySet<number>,
    readonly phraseHits: ReadonlyMap<string, readonly PhraseMatch[]>,
    readonly wordCount: number,
    private numbers: boolean | undefined,
    readonly segments: readonly Segment[] | undefined,
    readonly unknownAudience: readonly string[],
    readonly relationship: Relationship | undefined,
    readonly asOf: number | undefined,
  ) {
    this.body = story.body;
  }

  /** The masked text folded: made when first needed, for an ASCII story scanned unfolded. */
  get folded(): FoldedText {
    this.foldedText ??= foldText(this.masked);
    return this.foldedText;
  }

  get mayStateNumbers(): boolean {
    this.numbers ??= mayStateNumbers(this.masked);
    return this.numbers;
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

import type { Relationship } from '../../relationship/schema.js';
import type { Segment } from '../../segment/schema.js';
import { foldPhrase } from '../../text/normalize.js';
import { compileMatcher, type PhraseMatcher, type PhraseTerm } from '../../text/phrase-matcher.js';
import type { CompiledPlumbLine } from '../compile-plumb-line.js';
import { keywords } from '../rule.js';

/** A relationship's words, compiled once per relationship object. */
export interface RelationshipTerms {
  /** Ids: `person`, `organisation`, `goal:<index>`, `risk:<index>`. */
  readonly matcher: PhraseMatcher;
  /** Per goal, its keyword count. */
  readonly goalKeywords: readonly number[];
  /** Per risk, its keyword count. */
  readonly riskKeywords: readonly number[];
  /**
   * The term indexes of the names (the person's, its parts, the organisation's) that start with a
   * capital: such a name counts only where the story writes that capital too, so that "we will
   * send" does not name Will Grant.
   */
  readonly capitalisedNames: ReadonlySet<number>;
}

const relationshipCache = new WeakMap<Relationship, RelationshipTerms>();
/** Per plumb line, per segment: which interests are themes depends on the plumb line, so both are the key. */
const segmentCache = new WeakMap<CompiledPlumbLine, WeakMap<Segment, PhraseMatcher>>();
const themeIndexCache = new WeakMap<CompiledPlumbLine, ReadonlyMap<string, number>>();

/**
 * The plumb line's theme ids with their indexes, built once per compiled plumb line.
 *
 * @param compiled - the compiled plumb line
 * @returns theme id to theme index
 */
export function themeIndexes(compiled: CompiledPlumbLine): ReadonlyMap<string, number> {
  let known = themeIndexCache.get(compiled);
  if (known === undefined) {
    known = new Map(compiled.plumbLine.themes.map((theme, index) => [theme.id, index]));
    themeIndexCache.set(compiled, known);
  }
  return known;
}

function usable(phrase: string): boolean {
  return foldPhrase(phrase).length > 0;
}

/**
 * Compiles the person's name (whole, and each part of two letters or more), the
 * organisation's name, and the keywords of every goal and risk description.
 *
 * @param relationship - the relationship
 * @returns its matcher, cached
 */
export function relationshipTerms(relationship: Relationship): RelationshipTerms {
  const known = relationshipCache.get(relationship);
  if (known !== undefined) return known;
  const terms: PhraseTerm[] = [];
  const name = relationship.person?.name ?? '';
  if (usable(name)) terms.push({ id: 'person', phrase: name, inflect: false });
  for (const part of name.split(/\s+/)) if (part.length >= 2 && usable(part)) terms.push({ id: 'person', phrase: part, inflect: true });
  const organisation = relationship.organisation?.name ?? '';
  if (usable(organisation)) terms.push({ id: 'organisation', phrase: organisation, inflect: true });
  const goalKeywords = (relationship.goals ?? []).map((goal, index) => {
    const words = keywords(goal.description ?? '');
    for (const word of words) terms.push({ id: `goal:${index}:${word}`, phrase: word, inflect: true });
    return words.length;
  });
  const riskKeywords = (relationship.risks ?? []).map((risk, index) => {
    const words = keywords(risk.description ?? '');
    for (const word of words) terms.push({ id: `risk:${index}:${word}`, phrase: word, inflect: true });
    return words.length;
  });
  const capitalisedNames = new Set<number>();
  terms.forEach((term, index) => {
    if ((term.id === 'person' || term.id === 'organisation') && /^\p{Lu}/u.test(term.phrase.trimStart())) capitalisedNames.add(index);
  });
  const compiled = { matcher: compileMatcher(terms), goalKeywords, riskKeywords, capitalisedNames };
  relationshipCache.set(relationship, compiled);
  return compiled;
}

/**
 * Compiles a segment's interests that are terms (not theme ids of the plumb line).
 *
 * @param segment - the segment
 * @param compiled - the compiled plumb line, whose theme ids are not terms
 * @returns a matcher of the interests that are not theme ids, cached per plumb line and segment
 */
export function segmentInterestMatcher(segment: Segment, compiled: CompiledPlumbLine): PhraseMatcher {
  let bySegment = segmentCache.get(compiled);
  if (bySegment === undefined) {
    bySegment = new WeakMap();
    segmentCache.set(compiled, bySegment);
  }
  const known = bySegment.get(segment);
  if (known !== undefined) return known;
  const themes = themeIndexes(compiled);
  const terms = (segment.interests ?? [])
    .filter((interest) => !themes.has(interest) && usable(interest))
    .map((interest) => ({ id: interest, phrase: interest, inflect: true }));
  const matcher = compileMatcher(terms);
  bySegment.set(segment, matcher);
  return matcher;
}

/**
 * Counts, per goal or risk index, the distinct keywords a story uses.
 *
 * @param ids - the ids of the matches
 * @param prefix - `goal` or `risk`
 * @returns keyword counts by index
 */
export function keywordCounts(ids: readonly string[], prefix: 'goal' | 'risk'): Map<number, number> {
  const seen = new Set<string>();
  const counts = new Map<number, number>();
  for (const id of ids) {
    if (!id.startsWith(`${prefix}:`) || seen.has(id)) continue;
    seen.add(id);
    const index = Number(id.split(':')[1]);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  return counts;
}

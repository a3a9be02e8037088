import { findNumbers, mayStateNumbers, type NumberMention } from '../../text/numbers.js';
import { findSentence } from '../../text/sentences.js';
import type { PhraseMatch } from '../../text/phrase-matcher.js';
import type { StoryAnalysis } from '../rule.js';

/** A claim stated in a story: its term, and the number stated with it. */
export interface ClaimStatement {
  readonly claimIndex: number;
  readonly hit: PhraseMatch;
  readonly mention: NumberMention;
}

const statementCache = new WeakMap<StoryAnalysis, readonly ClaimStatement[]>();
const unitCache = new Map<string, string | undefined>();

/** The unit of a canonical value (`'99.9%'` → `'%'`). */
function unitOf(value: string): string | undefined {
  if (!unitCache.has(value)) unitCache.set(value, findNumbers(value)[0]?.unit);
  return unitCache.get(value);
}

/** The mention nearest to `[start, end)` that does not overlap it (the earlier one on a tie). */
function nearest(numbers: readonly NumberMention[], start: number, end: number): NumberMention | undefined {
  let low = 0;
  let high = numbers.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((numbers[middle] as NumberMention).start < end) low = middle + 1;
    else high = middle;
  }
  const after = numbers[low];
  let before: NumberMention | undefined;
  for (let at = low - 1; at >= 0; at -= 1) {
    const mention = numbers[at] as NumberMention;
    if (mention.end <= start) {
      before = mention;
      break;
    }
  }
  if (before === undefined) return after;
  if (after === undefined) return before;
  return start - before.end <= after.start - end ? before : after;
}

/**
 * The claims a story states: each claim term with the nearest number in the
 * same sentence (of the claim's canonical unit, when the claim has a value).
 *
 * @param analysis - the story
 * @returns one statement per claim term that has a number beside it
 */
export function claimStatements(analysis: StoryAnalysis): readonly ClaimStatement[] {
  const known = statementCache.get(analysis);
  if (known !== undefined) return known;
  const statements: ClaimStatement[] = [];
  // A story that states no number anywhere states no claim: its sentences need not be found.
  const claimHits = analysis.hitsOf('claim');
  if (claimHits.length === 0 || !mayStateNumbers(analysis.masked)) {
    statementCache.set(analysis, statements);
    return statements;
  }
  // Per sentence and unit ('*' for any), the numbers stated, sorted and non-overlapping: the nearest is found by binary search.
  const numbersBySentence = new Map<string, NumberMention[]>();
  const seen = new Set<string>();
  for (const hit of claimHits) {
    const term = analysis.compiled.terms[hit.termIndex];
    if (term === undefined) continue;
    const sentence = findSentence(analysis.sentences, hit.start);
    if (sentence === undefined) continue;
    const canonical = analysis.compiled.claimValues[term.index];
    const unit = canonical === undefined ? '*' : (unitOf(canonical) ?? '');
    const key = `${sentence.start}:${unit}`;
    let numbers = numbersBySentence.get(key);
    if (numbers === undefined) {
      let all = numbersBySentence.get(`${sentence.start}:*`);
      if (all === undefined) {
        all = findNumbers(analysis.masked, sentence.start, sentence.end);
        numbersBySentence.set(`${sentence.start}:*`, all);
      }
      numbers = unit === '*' ? all : all.filter((mention) => (mention.unit ?? '') === unit);
      numbersBySentence.set(key, numbers);
    }
    const best = nearest(numbers, hit.start, hit.end);
    if (best === undefined) continue;
    const seenKey = `${term.index}:${best.start}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    statements.push({ claimIndex: term.index, hit, mention: best });
  }
  statementCache.set(analysis, statements);
  return statements;
}

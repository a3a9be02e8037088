import { findNumbers, type NumberMention } from '../../text/numbers.js';
import { findSentence } from '../../text/sentences.js';
import type { PhraseMatch } from '../../text/phrase-matcher.js';
import { inSentence, type StoryAnalysis } from '../rule.js';
import type { CompiledPlumbLine } from '../compile-plumb-line.js';

/** A claim stated in a story: its term, and the number stated with it. */
export interface ClaimStatement {
  readonly claimIndex: number;
  readonly hit: PhraseMatch;
  readonly mention: NumberMention;
}

const statementCache = new WeakMap<StoryAnalysis, readonly ClaimStatement[]>();
const labelCache = new WeakMap<CompiledPlumbLine, readonly string[]>();

/**
 * A claim's label as a message reads it mid-sentence ({@link inSentence}), worked out once per
 * plumb line: a story dense with claims has a diagnostic per number.
 *
 * @param compiled - the compiled plumb line
 * @param claimIndex - the claim
 * @returns the label
 */
export function claimLabel(compiled: CompiledPlumbLine, claimIndex: number): string {
  let labels = labelCache.get(compiled);
  if (labels === undefined) {
    const names = compiled.plumbLine.vocabulary?.names;
    labels = (compiled.plumbLine.claims ?? []).map((claim) => inSentence(claim.label, names));
    labelCache.set(compiled, labels);
  }
  return labels[claimIndex] ?? '';
}
const canonicalCache = new Map<string, NumberMention | undefined>();

/** A canonical value read as a number mention (`'10 days'` → number `10`, unit `day`). */
function mentionOf(value: string): NumberMention | undefined {
  if (!canonicalCache.has(value)) canonicalCache.set(value, findNumbers(value)[0]);
  return canonicalCache.get(value);
}

// Durations that convert exactly: by milliseconds up to a week, by months for months and years.
// A month is no fixed number of days, so `1 month` and `30 days` are different figures.
const MILLISECONDS: Readonly<Record<string, number>> = { ms: 1, second: 1e3, minute: 6e4, hour: 3.6e6, day: 8.64e7, week: 6.048e8 };
const MONTHS: Readonly<Record<string, number>> = { month: 1, year: 12 };

/**
 * The kind of a unit, for finding a claim's number: any duration, any currency, or the unit itself;
 * and, inside it, its group: durations that convert exactly into each other (up to weeks; months and
 * years), each currency, the unit itself.
 */
function unitKind(unit: string | undefined): [kind: string, group: string] {
  if (unit === undefined) return ['', ''];
  if (Object.hasOwn(MILLISECONDS, unit)) return ['duration', 'duration:ms'];
  if (Object.hasOwn(MONTHS, unit)) return ['duration', 'duration:month'];
  // Currencies are ISO codes; the other units of findNumbers are shorter (`%`, `x`, `ms`, `GB`).
  return /^[A-Z]{3}$/.test(unit) ? ['currency', unit] : [unit, unit];
}

/**
 * The figure a number states, as one key: its canonical value, or for a duration its length in the
 * base of its group (`2 weeks` and `14 days` are one figure; `1 month` and `30 days` are not).
 * claim-value and claim-conflict both compare figures by it.
 *
 * @param mention - the number stated
 * @returns the key
 */
export function figureOf(mention: NumberMention): string {
  const unit = mention.unit ?? '';
  // Rounded past float noise (0.1 week), never past a millisecond or a billionth of a month.
  if (Object.hasOwn(MILLISECONDS, unit)) return `ms:${Math.round(Number(mention.number) * (MILLISECONDS[unit] as number))}`;
  if (Object.hasOwn(MONTHS, unit)) return `month:${Number((Number(mention.number) * (MONTHS[unit] as number)).toFixed(9))}`;
  return mention.value;
}

/**
 * Whether a number stated with a claim is the claim's canonical value: the same figure
 * ({@link figureOf}), so the same duration in another unit where the two convert exactly counts.
 *
 * @param mention - the number stated
 * @param canonical - the claim's canonical value
 * @returns whether they are the same figure
 */
export function statesValue(mention: NumberMention, canonical: string): boolean {
  if (mention.value === canonical) return true;
  const expected = mentionOf(canonical);
  return expected !== undefined && figureOf(mention) === figureOf(expected);
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
 * same sentence (of the kind of the claim's canonical unit, when the claim has a value: the
 * same unit, any duration, or any currency).
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
  if (claimHits.length === 0 || !analysis.mayStateNumbers) {
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
    let all = numbersBySentence.get(`${sentence.start}:*`);
    if (all === undefined) {
      all = findNumbers(analysis.masked, sentence.start, sentence.end);
      numbersBySentence.set(`${sentence.start}:*`, all);
    }
    let best: NumberMention | undefined;
    if (canonical === undefined) best = nearest(all, hit.start, hit.end);
    else {
      // The nearest number of the value's group (`10 days` among days and weeks), else of its kind
      // (`3 months` for `10 days`): a year figure nearby does not hide the days stated.
      const [kind, group] = unitKind(mentionOf(canonical)?.unit);
      for (const [level, wanted] of [['group', group], ['kind', kind]] as const) {
        const key = `${sentence.start}:${level}:${wanted}`;
        let numbers = numbersBySentence.get(key);
        if (numbers === undefined) {
          numbers = all.filter((mention) => unitKind(mention.unit)[level === 'group' ? 1 : 0] === wanted);
          numbersBySentence.set(key, numbers);
        }
        best = nearest(numbers, hit.start, hit.end);
        if (best !== undefined) break;
      }
    }
    if (best === undefined) continue;
    const seenKey = `${term.index}:${best.start}`;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    statements.push({ claimIndex: term.index, hit, mention: best });
  }
  statementCache.set(analysis, statements);
  return statements;
}

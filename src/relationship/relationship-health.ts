import { invalidArgument } from '../errors.js';
import { formatDay, readAsOfEnd, utcDay } from '../common/instant.js';
import { DEFAULT_HEALTH_WEIGHTS, type HealthMeasureId, type HealthWeights, STAGE_HEALTH_SCORES } from './health-defaults.js';
import { interactionInstant, relationshipInteractions } from './interactions.js';
import type { Relationship } from './schema.js';

export type { HealthMeasureId, HealthWeights } from './health-defaults.js';

/** An interaction left out because it lies after `asOf`. */
export interface FutureInteraction {
  /** Its index in `relationship.interactions`. */
  readonly index: number;
  /** Its `at`, as given. */
  readonly at: string;
}

/** Options of {@link relationshipHealth}. */
export interface RelationshipHealthOptions {
  /**
   * The instant health is scored for: an ISO date (`YYYY-MM-DD`), an ISO
   * date-time with `Z` or an offset, or a Date. Required: there is no hidden
   * clock. An interaction counts when its instant is at or before `asOf`'s
   * (a date-only interaction is at the start of its UTC day); a date alone
   * means the end of that UTC day, so every interaction on it counts. Later
   * interactions, later the same day included, are listed in
   * `futureInteractions`. Ages and the window are in whole UTC days from
   * `asOf`'s UTC day.
   */
  readonly asOf: string | Date;
  /** Weights over the measures; those given replace the defaults ({@link DEFAULT_HEALTH_WEIGHTS}); 0 leaves a measure out. */
  readonly weights?: HealthWeights | undefined;
  /** The half-life of recency, in days (default 30): a touch this many days ago scores 50. */
  readonly halfLifeDays?: number | undefined;
  /** The window of frequency, balance and sentiment, in days (default 90): `asOf`'s day and the days before it. */
  readonly windowDays?: number | undefined;
  /** How many interactions in the window score 100 for frequency (default 6: about one a fortnight). */
  readonly frequencyTarget?: number | undefined;
}

/** `red` (0-50), `yellow` (51-75) or `green` (76-100). */
export type HealthBand = 'red' | 'yellow' | 'green';

/** One measure of a health score. */
export interface HealthMeasure {
  readonly id: HealthMeasureId;
  /** The weight it was given (before renormalisation). */
  readonly weight: number;
  /** Its score, 0 to 100, to one decimal; null when there is no data for it (then it is left out of the total). */
  readonly score: number | null;
  /** What it was computed from, in words and figures. */
  readonly detail: string;
}

/** How a relationship is doing, as a Gainsight-style weighted scorecard. */
export interface RelationshipHealth {
  readonly relationshipId: string;
  /** The UTC day health was scored for, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The weighted score, a whole number from 0 to 100. */
  readonly score: number;
  readonly band: HealthBand;
  /** Every measure, in the order recency, frequency, balance, sentiment, stage. */
  readonly measures: HealthMeasure[];
  /** Interactions after `asOf`'s instant (later the same day included): not counted, listed so that nothing is silently dropped. */
  readonly futureInteractions: FutureInteraction[];
}

const MEASURES: readonly HealthMeasureId[] = ['recency', 'frequency', 'balance', 'sentiment', 'stage'];

const invalid = invalidArgument;

function positive(value: unknown, field: string, fallback: number, expected: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) throw invalid(field, expected, value);
  return value;
}

function readWeights(weights: unknown): Record<HealthMeasureId, number> {
  const merged = { ...DEFAULT_HEALTH_WEIGHTS };
  if (weights === undefined) return merged;
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) {
    throw invalid('options.weights', 'an object of weights by measure: { recency, frequency, balance, sentiment, stage }', weights);
  }
  for (const [key, value] of Object.entries(weights)) {
    if (!MEASURES.includes(key as HealthMeasureId)) throw invalid(`options.weights.${key}`, `a measure: one of ${MEASURES.join(', ')}`, key);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(`options.weights.${key}`, 'a finite weight of 0 or more', value);
    merged[key as HealthMeasureId] = value;
  }
  if (MEASURES.every((id) => merged[id] === 0)) throw invalid('options.weights', 'at least one weight above 0', 'all zero');
  return merged;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;
const plain = (value: number): string => String(Number(value.toFixed(2)));
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The health of a relationship, as a Gainsight-style weighted scorecard:
 * each measure scores 0 to 100, and the overall score is
 * `sum(weight × score) / sum(weight)` over the measures that have data (a
 * measure without data is left out and the weights of the others renormalised),
 * rounded to a whole number and banded red (0-50), yellow (51-75) or green (76-100).
 *
 * An interaction counts when its instant is at or before `asOf`'s instant. A
 * date-only interaction (`YYYY-MM-DD`) is at the start of its UTC day; a
 * date-only `asOf` means the end of its UTC day, so every interaction on
 * that day counts. Interactions after `asOf` (later the same day included,
 * when `asOf` has a time) are not counted; they are listed in
 * `futureInteractions`. Days are whole UTC calendar days: an interaction's
 * age is `asOf`'s UTC day minus its own, and the window is `asOf`'s day and
 * the `windowDays - 1` days before it (ages 0 to 89 by default).
 *
 * | Measure | Score (0-100) | No data when |
 * |---|---|---|
 * | `recency` | `100 × 0.5^(days since the last interaction / halfLifeDays)` | there is no interaction |
 * | `frequency` | `100 × min(1, interactions in the window / frequencyTarget)` | never (0 interactions score 0) |
 * | `balance` | `100 × min(1, 2 × inbound / (inbound + outbound))` in the window: full marks once the person reaches out at least as often as we do | no interaction in the window |
 * | `sentiment` | `100 × (mean sentiment + 1) / 2` over the window's interactions that have one | no sentiment in the window |
 * | `stage` | {@link STAGE_HEALTH_SCORES}: prospect 40, qualified 55, proposal 65, negotiation 70, customer 85, churned 0 | never |
 *
 * Defaults: weights {@link DEFAULT_HEALTH_WEIGHTS} (recency 30, frequency
 * 20, balance 15, sentiment 25, stage 10), `halfLifeDays` 30, `windowDays`
 * 90, `frequencyTarget` 6. Each measure's score is rounded to one decimal
 * first, and the overall score is computed from those, so it can be checked
 * by hand from `measures`.
 *
 * The score stays in 0-100, and adding an inbound interaction on `asOf`'s
 * day, at or before `asOf`, whose sentiment is at least every other
 * sentiment in the window (such as 1) never lowers it: every measure stays
 * or rises. Adding one after `asOf` changes nothing but `futureInteractions`.
 *
 * @param relationship - the relationship
 * @param options - `asOf` (required), `weights`, `halfLifeDays`, `windowDays`, `frequencyTarget`
 * @returns a new health report
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for a
 *   missing or invalid `options.asOf`, an unknown or negative weight
 *   (`options.weights.recency`), weights that are all zero, a half-life,
 *   window or target that is not a positive number, no measure with both
 *   data and weight, and an interaction with an invalid `at`, `direction` or
 *   `sentiment` (`relationship.interactions[3].at`) or an unknown `relationship.stage`
 *
 * @example
 * ```ts
 * import { relationshipHealth } from '@plumbline/core';
 * import type { Relationship } from '@plumbline/core';
 *
 * const relationship: Relationship = {
 *   id: 'rel-ana', person: { name: 'Ana Okafor' }, stage: 'proposal', goals: [], risks: [],
 *   interactions: [
 *     { at: '2026-11-01', channel: 'call', direction: 'inbound', sentiment: 0.6 },
 *     { at: '2026-10-02', channel: 'email', direction: 'outbound', sentiment: 0.2 },
 *     { at: '2026-09-15', channel: 'meeting', direction: 'outbound' },
 *     { at: '2027-01-10', channel: 'meeting', direction: 'outbound' },
 *   ],
 * };
 * const health = relationshipHealth(relationship, { asOf: '2026-12-01' });
 * health.measures.map((measure) => [measure.id, measure.score]);
 * // => [['recency', 50], ['frequency', 50], ['balance', 66.7], ['sentiment', 70], ['stage', 65]]
 * health.score; // => 59 ((30 × 50 + 20 × 50 + 15 × 66.7 + 25 × 70 + 10 × 65) / 100 = 59.005)
 * health.band; // => 'yellow'
 * health.futureInteractions; // => [{ index: 3, at: '2027-01-10' }]
 * health.measures[0]?.detail; // => '30 days since the last interaction (2026-11-01); half-life 30 days'
 * relationshipHealth(relationship, { asOf: '2026-12-01', weights: { stage: 0, sentiment: 0 } }).score; // => 54
 * relationshipHealth(relationship, {}); // throws PlumblineError INVALID_ARGUMENT (options.asOf)
 * // An asOf with a time is an instant: a touch later that day is in the future; a date alone is the end of its day.
 * const later = { ...relationship, interactions: [{ at: '2026-12-01T18:00:00Z', channel: 'call', direction: 'inbound' as const }] };
 * relationshipHealth(later, { asOf: '2026-12-01T10:00:00Z' }).futureInteractions; // => [{ index: 0, at: '2026-12-01T18:00:00Z' }]
 * relationshipHealth(later, { asOf: '2026-12-01' }).futureInteractions; // => []
 * ```
 */
export function relationshipHealth(relationship: Relationship, options: RelationshipHealthOptions): RelationshipHealth {
  if (typeof options !== 'object' || options === null) throw invalid('options', 'an object with asOf (there is no hidden clock)', options);
  // The last instant counted: asOf's own, or the end of its UTC day for a date alone.
  const asOfEnd = readAsOfEnd(options.asOf, 'options.asOf');
  const asOfDay = utcDay(asOfEnd);
  const weights = readWeights(options.weights);
  const halfLifeDays = positive(options.halfLifeDays, 'options.halfLifeDays', 30, 'a positive number of days');
  const windowDays = positive(options.windowDays, 'options.windowDays', 90, 'a positive number of days');
  const frequencyTarget = positive(options.frequencyTarget, 'options.frequencyTarget', 6, 'a positive number of interactions');
  const interactions = relationshipInteractions(relationship, 'relationship');
  const stageScore: unknown = Object.hasOwn(STAGE_HEALTH_SCORES, relationship.stage) ? STAGE_HEALTH_SCORES[relationship.stage] : undefined;
  if (typeof stageScore !== 'number') {
    throw invalid('relationship.stage', 'one of prospect, qualified, proposal, negotiation, customer, churned', relationship.stage);
  }

  let lastDay = -Infinity;
  let lastAt = '';
  let inWindow = 0;
  let inbound = 0;
  let sentimentSum = 0;
  let sentimentCount = 0;
  const futureInteractions: FutureInteraction[] = [];
  for (let index = 0; index < interactions.length; index += 1) {
    const interaction = interactions[index] as Relationship['interactions'][number];
    const ms = interactionInstant(interaction, index);
    if (ms > asOfEnd) {
      futureInteractions.push({ index, at: interaction.at });
      continue;
    }
    const day = utcDay(ms);
    if (day > lastDay) {
      lastDay = day;
      lastAt = interaction.at;
    }
    if (asOfDay - day < windowDays) {
      inWindow += 1;
      if (interaction.direction === 'inbound') inbound += 1;
      if (interaction.sentiment !== undefined) {
        sentimentSum += interaction.sentiment;
        sentimentCount += 1;
      }
    }
  }

  const window = `in the last ${plain(windowDays)} days`;
  const measures: HealthMeasure[] = [];
  const add = (id: HealthMeasureId, score: number | null, detail: string): void => {
    measures.push({ id, weight: weights[id], score: score === null ? null : round1(score), detail });
  };
  if (lastDay === -Infinity) add('recency', null, 'no interaction yet');
  else {
    const days = asOfDay - lastDay;
    add('recency', 100 * 0.5 ** (days / halfLifeDays), `${plural(days, 'day')} since the last interaction (${lastAt}); half-life ${plain(halfLifeDays)} days`);
  }
  add('frequency', 100 * Math.min(1, inWindow / frequencyTarget), `${plural(inWindow, 'interaction')} ${window}; target ${plain(frequencyTarget)}`);
  if (inWindow === 0) add('balance', null, `no interaction ${window}`);
  else add('balance', 100 * Math.min(1, (2 * inbound) / inWindow), `${inbound} inbound, ${inWindow - inbound} outbound ${window}`);
  if (sentimentCount === 0) add('sentiment', null, `no sentiment recorded ${window}`);
  else {
    const mean = sentimentSum / sentimentCount;
    add('sentiment', (100 * (mean + 1)) / 2, `average sentiment ${plain(mean)} over ${plural(sentimentCount, 'interaction')} ${window}`);
  }
  add('stage', stageScore, `stage ${relationship.stage}`);

  let weighted = 0;
  let totalWeight = 0;
  for (const measure of measures) {
    if (measure.score === null || measure.weight === 0) continue;
    weighted += measure.weight * measure.score;
    totalWeight += measure.weight;
  }
  if (totalWeight === 0) {
    throw invalid('options.weights', 'a weight above 0 on at least one measure with data (frequency and stage always have data)', 'weight only on measures without data');
  }
  const score = Math.min(100, Math.max(0, Math.round(weighted / totalWeight)));
  return {
    relationshipId: relationship.id,
    asOf: formatDay(asOfDay),
    score,
    band: score <= 50 ? 'red' : score <= 75 ? 'yellow' : 'green',
    measures,
    futureInteractions,
  };
}

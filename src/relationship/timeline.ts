import { invalidArgument } from '../errors.js';
import { formatDay, readAsOfEnd, utcDay } from '../common/instant.js';
import { interactionInstant, relationshipInteractions } from './interactions.js';
import type { FutureInteraction } from './relationship-health.js';
import type { Interaction, Relationship } from './schema.js';

/** Options of {@link timeline}. */
export interface TimelineOptions {
  /**
   * When given (an ISO date, an ISO date-time with `Z` or an offset, or a
   * Date), interactions after its instant are left out and listed in
   * `futureInteractions`, and `daysUntilDue` is computed from its UTC day. A
   * date-only interaction is at the start of its UTC day; a date alone as
   * `asOf` means the end of that UTC day, so every interaction on it is kept.
   */
  readonly asOf?: string | Date | undefined;
  /** The cadence to plan the next touch with, in whole days; by default the relationship's own (the median gap). */
  readonly cadenceDays?: number | undefined;
}

/** One interaction on a timeline: a copy of it, with where it was and how long after the one before. */
export interface TimelineEntry extends Interaction {
  /** Its index in `relationship.interactions`. */
  readonly index: number;
  /** Its UTC calendar day, `YYYY-MM-DD`. */
  readonly date: string;
  /** UTC calendar days since the entry before (0: the same day), or null for the first. */
  readonly gapDays: number | null;
}

/** A relationship's interactions in order, with the gaps between them and when the next touch is due. */
export interface Timeline {
  readonly relationshipId: string;
  /** The interactions counted, oldest first (same instant: in input order). */
  readonly entries: TimelineEntry[];
  /** The cadence used: `options.cadenceDays`, or the median gap rounded to whole days (at least 1); null with fewer than two entries. */
  readonly cadenceDays: number | null;
  /** The largest gap in days, or null with fewer than two entries. */
  readonly longestGapDays: number | null;
  /** The day of the last entry, or null without entries. */
  readonly lastDate: string | null;
  /** The last entry's day plus the cadence, `YYYY-MM-DD`, or null when either is unknown. */
  readonly nextTouchDue: string | null;
  /** With `asOf`: days from `asOf` to `nextTouchDue` (negative when overdue); otherwise null. */
  readonly daysUntilDue: number | null;
  /** With `asOf`: interactions after its instant (later the same day included), left out of `entries`. */
  readonly futureInteractions: FutureInteraction[];
}

const invalid = invalidArgument;

/**
 * A relationship's interactions in time order, with the gap before each, the
 * relationship's own cadence, and when the next touch is due.
 *
 * Days are UTC calendar days. The cadence is the median gap between
 * consecutive interactions (the mean of the middle two for an even count),
 * rounded to a whole number of days, halves up, and at least 1, unless
 * `options.cadenceDays` sets it; `nextTouchDue` is the last interaction's day
 * plus the cadence. With `options.asOf`, interactions after its instant are
 * left out and listed in `futureInteractions` (a date-only interaction is at
 * the start of its UTC day; a date-only `asOf` means the end of its UTC day,
 * so that day's interactions are kept), and `daysUntilDue` says how far off
 * (or, negative, how overdue) the next touch is, in whole UTC days from
 * `asOf`'s day.
 *
 * @param relationship - the relationship
 * @param options - `asOf`, `cadenceDays`
 * @returns a new timeline; entries are copies of the interactions
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for an
 *   invalid `options.asOf`, a `cadenceDays` that is not a whole number of
 *   days of 1 or more, or an interaction with an invalid `at`, `direction`
 *   or `sentiment` (`relationship.interactions[3].at`)
 *
 * @example
 * ```ts
 * import { timeline } from '@plumbline/core';
 * import type { Relationship } from '@plumbline/core';
 *
 * const relationship: Relationship = {
 *   id: 'rel-ana', person: { name: 'Ana Okafor' }, stage: 'proposal', goals: [], risks: [],
 *   interactions: [
 *     { at: '2026-11-01', channel: 'call', direction: 'inbound', sentiment: 0.6 },
 *     { at: '2026-09-15', channel: 'meeting', direction: 'outbound' },
 *     { at: '2026-10-02T16:30:00+02:00', channel: 'email', direction: 'outbound' },
 *     { at: '2027-01-10', channel: 'meeting', direction: 'outbound' },
 *   ],
 * };
 * const view = timeline(relationship, { asOf: '2026-12-01' });
 * view.entries.map((entry) => [entry.date, entry.gapDays]);
 * // => [['2026-09-15', null], ['2026-10-02', 17], ['2026-11-01', 30]]
 * view.cadenceDays; // => 24 (the median of 17 and 30 is 23.5)
 * view.nextTouchDue; // => '2026-11-25'
 * view.daysUntilDue; // => -6 (six days overdue)
 * view.futureInteractions; // => [{ index: 3, at: '2027-01-10' }]
 * ```
 */
export function timeline(relationship: Relationship, options?: TimelineOptions | undefined): Timeline {
  const given: { asOf?: unknown; cadenceDays?: unknown } = typeof options === 'object' && options !== null ? options : {};
  // The last instant kept: asOf's own, or the end of its UTC day for a date alone.
  const asOfEnd = given.asOf === undefined ? undefined : readAsOfEnd(given.asOf, 'options.asOf');
  const asOfDay = asOfEnd === undefined ? undefined : utcDay(asOfEnd);
  const fixedCadence = given.cadenceDays;
  if (fixedCadence !== undefined && (typeof fixedCadence !== 'number' || !Number.isSafeInteger(fixedCadence) || fixedCadence < 1)) {
    throw invalid('options.cadenceDays', 'a whole number of days, 1 or more', fixedCadence);
  }
  const interactions = relationshipInteractions(relationship, 'relationship');

  const dated: { index: number; ms: number; day: number }[] = [];
  const futureInteractions: FutureInteraction[] = [];
  interactions.forEach((interaction, index) => {
    const ms = interactionInstant(interaction, index);
    const day = utcDay(ms);
    if (asOfEnd !== undefined && ms > asOfEnd) futureInteractions.push({ index, at: interaction.at });
    else dated.push({ index, ms, day });
  });
  dated.sort((a, b) => a.ms - b.ms || a.index - b.index);

  const gaps: number[] = [];
  const entries = dated.map(({ index, day }, position): TimelineEntry => {
    const before = dated[position - 1];
    const gapDays = before === undefined ? null : day - before.day;
    if (gapDays !== null) gaps.push(gapDays);
    return { ...(interactions[index] as Interaction), index, date: formatDay(day), gapDays };
  });

  let cadenceDays: number | null = typeof fixedCadence === 'number' ? fixedCadence : null;
  if (cadenceDays === null && gaps.length > 0) {
    const sorted = [...gaps].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
    cadenceDays = Math.max(1, Math.round(median));
  }
  const last = dated[dated.length - 1];
  const dueDay = last === undefined || cadenceDays === null ? null : last.day + cadenceDays;
  return {
    relationshipId: relationship.id,
    entries,
    cadenceDays,
    longestGapDays: gaps.length === 0 ? null : gaps.reduce((longest, gap) => Math.max(longest, gap), 0),
    lastDate: last === undefined ? null : formatDay(last.day),
    nextTouchDue: dueDay === null ? null : formatDay(dueDay),
    daysUntilDue: dueDay === null || asOfDay === undefined ? null : dueDay - asOfDay,
    futureInteractions,
  };
}

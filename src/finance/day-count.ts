/**
 * Calendar dates for XNPV and XIRR: ISO strings or `Date` objects turned into
 * whole UTC day numbers, then into actual/365 year fractions from the first date.
 *
 * Strings are read by the same parser as every other date in Plumbline
 * (`parseInstant`), so they are accepted exactly when the models'
 * `IsoDateOrDateTime` accepts them: `YYYY-MM-DD`, or a date-time with `Z` or
 * an offset (a date-time without one names no instant and is rejected). As
 * DESIGN says, calendar math is UTC: a date-time counts by the UTC calendar
 * day of its instant (`'2026-03-01T23:30:00-05:00'` is 2 March UTC), and a
 * `Date` by its UTC calendar date. The time of day is then ignored, as Excel
 * truncates date serial numbers to whole days. No time zone of the machine
 * is ever consulted.
 *
 * @module
 */

import { parseInstant, utcDay } from '../common/instant.js';
import { describeValue, PlumblineError } from '../errors.js';

const EXPECTED_DATE =
  'a real calendar date: an ISO string (YYYY-MM-DD or an ISO date-time with Z or an offset) or a valid Date';

function invalidDate(value: unknown, argument: string, received = describeValue(value)): PlumblineError<'INVALID_ARGUMENT'> {
  return new PlumblineError('INVALID_ARGUMENT', { argument, expected: EXPECTED_DATE, received });
}

/**
 * The UTC day number (days since 1970-01-01) of a date argument.
 *
 * @param value - an ISO date, an ISO date-time with `Z` or an offset, or a `Date`
 * @param argument - the argument's name for the error (`dates[3]`)
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for anything else, a
 *   date-time without `Z` or an offset included, for a date that does not
 *   exist (`'2026-02-30'`) and for an invalid `Date`
 */
export function dayNumber(value: unknown, argument: string): number {
  if (typeof value === 'string') {
    const ms = parseInstant(value);
    if (ms === undefined) throw invalidDate(value, argument);
    return utcDay(ms);
  }
  // Object.prototype.toString also recognises Dates from other realms (iframes, vm contexts).
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const time = Date.prototype.getTime.call(value);
    if (!Number.isFinite(time)) throw invalidDate(value, argument, 'an invalid Date');
    return utcDay(time);
  }
  throw invalidDate(value, argument);
}

/**
 * Year fractions on the actual/365 basis, counted from the first date:
 * `(dates[i] - dates[0]) / 365`, one per value.
 *
 * @param dates - the caller's dates
 * @param count - how many dates there must be (one per value)
 * @returns the year fraction of each date, the first being 0
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming `dates` (not an
 *   array, or the wrong length) or `dates[i]` (not a date, or before `dates[0]`)
 */
export function yearFractions(dates: unknown, count: number): number[] {
  if (!Array.isArray(dates) || dates.length !== count) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'dates',
      expected: `an array of ${count} date${count === 1 ? '' : 's'}, one per value`,
      received: describeValue(dates),
    });
  }
  const first = dayNumber(dates[0], 'dates[0]');
  const fractions = new Array<number>(count);
  fractions[0] = 0;
  for (let index = 1; index < count; index += 1) {
    const value: unknown = dates[index];
    const days = dayNumber(value, `dates[${index}]`) - first;
    if (days < 0) {
      throw new PlumblineError('INVALID_ARGUMENT', {
        argument: `dates[${index}]`,
        expected: 'a date on or after dates[0] (the first date starts the schedule, as in Excel)',
        received: value instanceof Date ? value.toISOString() : describeValue(value),
      });
    }
    fractions[index] = days / 365;
  }
  return fractions;
}

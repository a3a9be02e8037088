/**
 * Calendar dates for XNPV and XIRR: ISO strings or `Date` objects turned into
 * whole day numbers, then into actual/365 year fractions from the first date.
 *
 * Only the calendar date counts. A string's date is read as written
 * (`'2026-03-01T23:30:00-05:00'` is 1 March, whatever the offset); a `Date`
 * counts by its UTC calendar date. The time of day is ignored, as Excel
 * truncates date serial numbers to whole days. No time zone of the machine
 * is ever consulted.
 *
 * @module
 */

import { daysFromCivil, daysInMonth } from '../common/calendar.js';
import { describeValue, PlumblineError } from '../errors.js';

const MS_PER_DAY = 86_400_000;

// YYYY-MM-DD, optionally followed by a time (HH:MM, HH:MM:SS, fractions) and Z or an offset.
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?)?$/;

const EXPECTED_DATE =
  'a real calendar date: an ISO string (YYYY-MM-DD or an ISO date-time) or a valid Date';

function invalidDate(value: unknown, argument: string, received = describeValue(value)): PlumblineError<'INVALID_ARGUMENT'> {
  return new PlumblineError('INVALID_ARGUMENT', { argument, expected: EXPECTED_DATE, received });
}

/**
 * The day number (days since 1970-01-01) of a date argument's calendar date.
 *
 * @param value - an ISO date or date-time string, or a `Date`
 * @param argument - the argument's name for the error (`dates[3]`)
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for anything else, for a
 *   date that does not exist (`'2026-02-30'`) and for an invalid `Date`
 */
export function dayNumber(value: unknown, argument: string): number {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match === null) throw invalidDate(value, argument);
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const timeIsValid =
      (match[4] === undefined || Number(match[4]) <= 23) &&
      (match[5] === undefined || Number(match[5]) <= 59) &&
      (match[6] === undefined || Number(match[6]) <= 60) && // 60: a leap second
      (match[7] === undefined || Number(match[7]) <= 23) &&
      (match[8] === undefined || Number(match[8]) <= 59);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || !timeIsValid) {
      throw invalidDate(value, argument);
    }
    return daysFromCivil(year, month, day);
  }
  // Object.prototype.toString also recognises Dates from other realms (iframes, vm contexts).
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const time = Date.prototype.getTime.call(value);
    if (!Number.isFinite(time)) throw invalidDate(value, argument, 'an invalid Date');
    return Math.floor(time / MS_PER_DAY);
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

/**
 * Internal: ISO dates and date-times to instants and UTC calendar days, fast
 * enough for millions of interactions and transactions, and strict: a date
 * that does not exist (`2026-02-30`) or a date-time without `Z` or an offset
 * is rejected, exactly as the models' `IsoDateOrDateTime` rejects it.
 *
 * Shared by the segment functions (rule dates, RFM), the relationship
 * functions (interactions, `asOf`) and the day counts of XNPV and XIRR.
 *
 * @module
 * @internal
 */

import { describeValue, PlumblineError } from '../errors.js';
import { daysFromCivil, daysInMonth } from './calendar.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

const FRACTION_MS = [100, 10, 1];

/** The value of `length` ASCII digits of `text` from `at`, or -1 when one is not a digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let index = at; index < at + length; index += 1) {
    const code = text.charCodeAt(index) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/**
 * Parses `YYYY-MM-DD` (UTC midnight) or `YYYY-MM-DDTHH:MM:SS[.fff...](Z|±HH:MM)`,
 * the two forms of the models' `IsoDateOrDateTime`, to milliseconds since
 * the epoch; undefined for anything else. A valid text is a date alone
 * exactly when it is 10 characters long.
 */
export function parseInstant(text: string): number | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const monthDays = daysInMonth(year, month);
  if (day > monthDays) return undefined;
  const days = daysFromCivil(year, month, day);
  if (length === 10) return days * DAY_MS;
  // THH:MM:SS
  if (length < 20 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return undefined;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  let at = 19;
  let millis = 0;
  if (text.charCodeAt(at) === 46) {
    // A fraction of a second: at least one digit; milliseconds keep the first three.
    at += 1;
    const start = at;
    while (at < length) {
      const code = text.charCodeAt(at) - 48;
      if (code < 0 || code > 9) break;
      if (at - start < 3) millis += code * (FRACTION_MS[at - start] ?? 0);
      at += 1;
    }
    if (at === start) return undefined;
  }
  let offsetMinutes = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 && at + 1 === length) {
    offsetMinutes = 0;
  } else if ((sign === 43 || sign === 45) && at + 6 === length && text.charCodeAt(at + 3) === 58) {
    const offsetHours = digits(text, at + 1, 2);
    const offsetMins = digits(text, at + 4, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMins < 0 || offsetMins > 59) return undefined;
    offsetMinutes = (sign === 43 ? 1 : -1) * (offsetHours * 60 + offsetMins);
  } else {
    return undefined;
  }
  return days * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millis;
}

/** The UTC calendar day (days since 1970-01-01) of an instant in milliseconds. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

const pad2 = (value: number): string => (value < 10 ? `0${value}` : `${value}`);

/** A UTC calendar day as `YYYY-MM-DD` (Howard Hinnant's civil_from_days, in integer math; years 0 to 9999). */
export function formatDay(day: number): string {
  const shifted = day + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/**
 * Reads an `asOf` option: an ISO date or date-time string (as the models
 * accept) or a valid `Date`. Anything else, missing included, is an
 * `INVALID_ARGUMENT` naming `field`: the functions that take `asOf` have no
 * hidden clock.
 */
export function readAsOf(value: unknown, field: string): number {
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isFinite(ms)) return ms;
  } else if (typeof value === 'string') {
    const ms = parseInstant(value);
    if (ms !== undefined) return ms;
  }
  throw new PlumblineError('INVALID_ARGUMENT', {
    argument: field,
    expected: 'an ISO date (YYYY-MM-DD), an ISO date-time with Z or an offset, or a valid Date (there is no hidden clock)',
    received: value instanceof Date ? 'an invalid Date' : describeValue(value),
  });
}

/**
 * Reads an `asOf` option, as {@link readAsOf} does, as the last instant it
 * covers: a date-time or a `Date` is its own instant; a date alone
 * (`YYYY-MM-DD`) means the end of that UTC day (its last millisecond), so
 * that everything on that day is at or before it. Its UTC day is always the
 * day of `asOf`.
 */
export function readAsOfEnd(value: unknown, field: string): number {
  const ms = readAsOf(value, field);
  // parseInstant accepted it, so a 10-character string is a date alone.
  return typeof value === 'string' && value.length === 10 ? ms + DAY_MS - 1 : ms;
}

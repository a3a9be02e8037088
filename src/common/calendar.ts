/**
 * Internal: proleptic Gregorian calendar arithmetic in integers, shared by
 * every module that counts days (finance's XNPV day counts, the instants of
 * interactions, transactions and segment rules), so that all of them agree
 * and none consults the machine's time zone.
 *
 * @module
 * @internal
 */

/** True for years with 29 February in the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
 * days_from_civil): the same number as `Date.UTC(year, month - 1, day) / 86400000`,
 * computed in integers so that years 0-99 are not shifted to 1900-1999 as
 * `Date.UTC` shifts them.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * A calendar date plus whole months, clamped to the end of the month (31
 * January plus one month is 28 or 29 February), as date-fns' `addMonths`
 * does, but on the date alone: no `Date`, so no time zone (local or UTC) can
 * shift the result, and nothing to load.
 */
export function addMonthsToDate(year: number, month: number, day: number, months: number): [year: number, month: number, day: number] {
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return [targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth))];
}

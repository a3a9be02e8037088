/**
 * Internal: the calendar of a TCO, computed once per start date and horizon
 * and reused by every function and every TCO that shares them (a CRM comparing
 * 10,000 quotes that start on one date builds it once).
 *
 * @module
 * @internal
 */

import { addMonthsToDate, daysFromCivil } from '../common/calendar.js';
import { describeValue, PlumblineError } from '../errors.js';
import { dayNumber } from '../finance/day-count.js';

/** Month `m` of a TCO: its date (`YYYY-MM-DD`) and its day offset from the start. */
export interface MonthGrid {
  readonly startDate: string;
  /** `dates[m]`: the ISO date of month `m`. */
  readonly dates: readonly string[];
  /** `days[m]`: whole days from the start date to month `m` (actual days, for actual/365). */
  readonly days: readonly number[];
  /** Discount factors by annual rate, made on first use. */
  readonly discountFactors: Map<number, readonly number[]>;
}

const grids = new Map<string, MonthGrid>();
// Bounded, so a long-running process that sees many start dates does not grow without limit.
const MAX_GRIDS = 64;
const MAX_RATES_PER_GRID = 16;

/**
 * The month grid of a start date and horizon: month `m` falls on the start
 * date plus `m` calendar months, clamped to the month's end as date-fns'
 * `addMonths` does (a 31 January start gives 28 or 29 February, never 3
 * March), computed on the calendar date alone so no time zone can shift it.
 */
export function monthGrid(startDate: string, horizonMonths: number, field = 'startDate'): MonthGrid {
  const key = `${startDate}|${horizonMonths}`;
  const cached = grids.get(key);
  if (cached !== undefined) return cached;
  if (typeof startDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(startDate)) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: field, expected: 'a real calendar date as YYYY-MM-DD', received: describeValue(startDate) });
  }
  // The same day count as XNPV's, so present values here and there agree.
  const start = dayNumber(startDate, field);
  const dates: string[] = [];
  const days: number[] = [];
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  for (let offset = 0; offset < horizonMonths; offset += 1) {
    // Always from the start date, never month to month, so 31 January gives 28 February then 31 March.
    const [y, m, d] = addMonthsToDate(year, month, day, offset);
    dates.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    days.push(daysFromCivil(y, m, d) - start);
  }
  Object.freeze(dates);
  Object.freeze(days);
  const grid: MonthGrid = { startDate, dates, days, discountFactors: new Map() };
  if (grids.size >= MAX_GRIDS) grids.delete(grids.keys().next().value as string);
  grids.set(key, grid);
  return grid;
}

/**
 * Discount factors of a grid at an annual rate: `(1 + rate)^(-days / 365)`,
 * the XNPV convention (actual/365 from the start date).
 */
export function discountFactors(grid: MonthGrid, annualRate: number): readonly number[] {
  let factors = grid.discountFactors.get(annualRate);
  if (factors === undefined) {
    // Exactly XNPV's expression, so summarizeTco and xnpv give the same present value.
    const logGrowth = Math.log1p(annualRate);
    factors = Object.freeze(grid.days.map((days) => Math.exp(-(days / 365) * logGrowth)));
    if (grid.discountFactors.size >= MAX_RATES_PER_GRID) grid.discountFactors.delete(grid.discountFactors.keys().next().value as number);
    grid.discountFactors.set(annualRate, factors);
  }
  return factors;
}

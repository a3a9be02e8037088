/**
 * Internal: the calendar of a TCO, computed once per start date and horizon
 * and reused by every function and every TCO that shares them (a CRM comparing
 * 10,000 quotes that start on one date builds it once).
 *
 * @module
 * @internal
 */

import { utc } from '@date-fns/utc';
import { addMonths } from 'date-fns/addMonths';
import { describeValue, PlumblineError } from '../errors.js';

const DAY_MS = 86_400_000;

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
const MAX_GRIDS = 64;

/** Parses `YYYY-MM-DD` as a UTC midnight, or undefined when it is not a real calendar date. */
export function parseIsoDate(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC maps years 0-99 to 1900-1999; setting the full year keeps them as written.
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.getTime() : undefined;
}

/**
 * The month grid of a start date and horizon: month `m` falls on the start
 * date plus `m` calendar months (date-fns `addMonths`, in UTC, so a 31 January
 * start gives 28 or 29 February, never 3 March, whatever the host's time zone).
 */
export function monthGrid(startDate: string, horizonMonths: number, field = 'startDate'): MonthGrid {
  const key = `${startDate}|${horizonMonths}`;
  const cached = grids.get(key);
  if (cached !== undefined) return cached;
  const start = parseIsoDate(startDate);
  if (start === undefined) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: field, expected: 'a real calendar date as YYYY-MM-DD', received: describeValue(startDate) });
  }
  const dates: string[] = [];
  const days: number[] = [];
  const origin = new Date(start);
  for (let month = 0; month < horizonMonths; month += 1) {
    // Always from the start date, never month to month, so 31 January gives 28 February then 31 March.
    const date = addMonths(origin, month, { in: utc });
    dates.push(date.toISOString().slice(0, 10));
    days.push(Math.round((date.getTime() - start) / DAY_MS));
  }
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
    const base = 1 + annualRate;
    factors = grid.days.map((days) => base ** (-days / 365));
    grid.discountFactors.set(annualRate, factors);
  }
  return factors;
}

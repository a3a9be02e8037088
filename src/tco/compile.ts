/**
 * Internal: the cash-flow engine. Turns anything with an amount, a schedule
 * and an optional escalation (cost items now, offer benefits later) into the
 * months it is paid in and its exact amount per payment, validating as it
 * goes so that unvalidated input gets a clear error, never garbage.
 *
 * @module
 * @internal
 */

import { invalidArgument, PlumblineError } from '../errors.js';
import { currencyExponent } from '../money/currencies.js';
import { divideHalfEven, parseDecimal } from '../money/decimal.js';
import { toMinorUnits } from '../money/minor-units.js';
import type { Money } from '../money/schema.js';
import { COST_CATEGORIES } from './categories.js';
import { MAX_HORIZON_MONTHS } from './limits.js';
import { monthGrid, type MonthGrid } from './month-grid.js';
import type { CostCategory, Schedule, TotalCostOfOwnership } from './schema.js';

const STEP = { month: 1, quarter: 3, year: 12 } as const;

/** Something paid on a schedule: a cost item or a benefit. */
export interface ScheduledAmount {
  readonly id: string;
  readonly amount: Money;
  readonly schedule: Schedule;
  readonly escalation?: number | undefined;
}

/** A scheduled amount, compiled: the months it pays in and the exact minor units of each payment. */
export interface CompiledStream {
  readonly id: string;
  /** Months (0-based, ascending) in which a payment falls. */
  readonly months: readonly number[];
  /** Minor units paid in a month of year `k` (months 12k to 12k+11), escalation applied and rounded. */
  readonly minorByYear: readonly number[];
}

/** A cost item, compiled. */
export interface CompiledItem extends CompiledStream {
  readonly category: CostCategory;
  readonly categoryIndex: number;
}

/** A TCO, compiled once and shared by cashFlows, summarizeTco and compareTco. */
export interface CompiledTco {
  readonly id: string;
  readonly currency: string;
  readonly exponent: number;
  readonly horizonMonths: number;
  readonly discountRate: number;
  readonly grid: MonthGrid;
  readonly items: readonly CompiledItem[];
}

const invalid = invalidArgument;

function wholeNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `a whole number from ${min} to ${max}`, value);
  }
  return value;
}

/** A rate above -100%, or the error naming its field. */
export function checkRate(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= -1 || value > 10) {
    throw invalid(field, 'a rate above -1 (-100%) and at most 10 (1000%)', value);
  }
  return value;
}

/** The months a schedule pays in, inside the horizon; a schedule that never pays there is an error. */
export function scheduledMonths(schedule: Schedule, horizonMonths: number, field: string): number[] {
  if (typeof schedule !== 'object' || schedule === null) throw invalid(field, 'a schedule { type: "once" | "recurring" }', schedule);
  if (schedule.type === 'once') {
    const at = wholeNumber(schedule.atMonth ?? 0, `${field}.atMonth`, 0, horizonMonths - 1);
    return [at];
  }
  if (schedule.type !== 'recurring') throw invalid(`${field}.type`, '"once" or "recurring"', (schedule as { type?: unknown }).type);
  if (!Object.hasOwn(STEP, schedule.every)) throw invalid(`${field}.every`, '"month", "quarter" or "year"', schedule.every);
  const step = STEP[schedule.every];
  const from = wholeNumber(schedule.fromMonth ?? 0, `${field}.fromMonth`, 0, horizonMonths - 1);
  const until = Math.min(wholeNumber(schedule.untilMonth ?? horizonMonths, `${field}.untilMonth`, from + 1, MAX_HORIZON_MONTHS), horizonMonths);
  const months: number[] = [];
  for (let month = from; month < until; month += step) months.push(month);
  return months;
}

// (1 + escalation)^k as floats, by escalation, for the fast path of escalatedMinor.
const powers = new Map<number, number[]>();

/**
 * `minor × (1 + escalation)^year`, rounded half to even, exactly: the float
 * product is used when it is provably far from a rounding tie; otherwise the
 * product is recomputed in exact decimal arithmetic.
 */
function escalatedMinor(minor: number, escalation: number, year: number): number {
  if (escalation === 0 || year === 0 || minor === 0) return minor;
  let table = powers.get(escalation);
  if (table === undefined) {
    table = [1];
    // Bounded: a process that sees many distinct escalation rates does not grow without limit.
    if (powers.size >= 256) powers.delete(powers.keys().next().value as number);
    powers.set(escalation, table);
  }
  while (table.length <= year) table.push((table[table.length - 1] ?? 1) * (1 + escalation));
  const product = minor * (table[year] ?? 1);
  const fraction = Math.abs(product - Math.trunc(product));
  // The float error of the product is far below 1e-6 of a minor unit for any safe amount and horizon.
  if (Math.abs(fraction - 0.5) > 1e-6 + Math.abs(product) * 1e-13 && Number.isSafeInteger(Math.round(product))) {
    return Math.round(product) || 0;
  }
  const rate = parseDecimal(escalation);
  if (rate === undefined) throw invalid('escalation', 'a finite rate', escalation);
  const scale = 10n ** BigInt(rate.scale);
  const base = scale + (rate.negative ? -rate.digits : rate.digits);
  const exact = divideHalfEven(BigInt(minor) * base ** BigInt(year), scale ** BigInt(year));
  if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new PlumblineError('AMOUNT_OUT_OF_RANGE', { amount: `${minor} minor units escalated for ${year} years`, currency: 'the TCO currency' });
  }
  return Number(exact);
}

/** Compiles one scheduled amount over a horizon, in the given currency. */
export function compileStream(entry: ScheduledAmount, horizonMonths: number, currency: string, field: string): CompiledStream {
  if (typeof entry !== 'object' || entry === null) throw invalid(field, 'an object with amount and schedule', entry);
  if (typeof entry.amount !== 'object' || entry.amount === null) throw invalid(`${field}.amount`, 'a Money value { amount, currency }', entry.amount);
  if (entry.amount.currency !== currency) {
    throw new PlumblineError('CURRENCY_MISMATCH', { operation: `schedule ${field} with`, currencies: [entry.amount.currency, currency] });
  }
  const minor = toMinorUnits(entry.amount);
  const escalation = entry.escalation === undefined ? 0 : checkRate(entry.escalation, `${field}.escalation`);
  const months = scheduledMonths(entry.schedule, horizonMonths, `${field}.schedule`);
  const years = Math.ceil(horizonMonths / 12);
  const minorByYear: number[] = [];
  for (let year = 0; year < years; year += 1) minorByYear.push(escalatedMinor(minor, escalation, year));
  return { id: entry.id, months, minorByYear };
}

const categoryIndex = new Map<string, number>(COST_CATEGORIES.map((category, index) => [category, index]));

/**
 * Compiles a TCO: validates what would otherwise give garbage (horizon, rates,
 * schedules, currencies, amounts), builds the month grid (shared across TCOs
 * with the same start and horizon), and the exact payment of every item.
 */
export function compileTco(tco: TotalCostOfOwnership, field = 'tco'): CompiledTco {
  if (typeof tco !== 'object' || tco === null) throw invalid(field, 'a TotalCostOfOwnership object', tco);
  const horizonMonths = wholeNumber(tco.horizonMonths, `${field}.horizonMonths`, 1, MAX_HORIZON_MONTHS);
  const discountRate = checkRate(tco.discountRate, `${field}.discountRate`);
  const exponent = currencyExponent(tco.currency);
  const grid = monthGrid(tco.startDate, horizonMonths, `${field}.startDate`);
  if (!Array.isArray(tco.items) || tco.items.length === 0) throw invalid(`${field}.items`, 'at least one cost item', tco.items);
  const items = tco.items.map((item, index): CompiledItem => {
    const itemField = `${field}.items[${index}]`;
    const category = categoryIndex.get(item?.category);
    if (category === undefined) throw invalid(`${itemField}.category`, `one of ${COST_CATEGORIES.join(', ')}`, item?.category);
    return { ...compileStream(item, horizonMonths, tco.currency, itemField), category: item.category, categoryIndex: category };
  });
  return { id: tco.id, currency: tco.currency, exponent, horizonMonths, discountRate, grid, items };
}

/** Nominal payments of a compiled TCO by month, in minor units: what cumulative-cost curves add up. */
export function monthlyNominal(compiled: CompiledTco): number[] {
  const monthly = new Array<number>(compiled.horizonMonths).fill(0);
  for (const item of compiled.items) {
    for (const month of item.months) monthly[month] = (monthly[month] ?? 0) + (item.minorByYear[(month / 12) | 0] ?? 0);
  }
  return monthly;
}

/**
 * Rounds float parts (minor units) so that they sum to the rounded whole:
 * each part is rounded toward zero, then the leftover units go to the largest
 * remainders (as allocateMoney does), so a table of present values adds up.
 */
export function roundParts(parts: readonly number[]): number[] {
  const total = roundHalfEven(parts.reduce((sum, part) => sum + part, 0));
  const floors = parts.map((part) => Math.floor(part));
  let leftover = total - floors.reduce((sum, part) => sum + part, 0);
  const order = parts.map((part, index) => ({ index, remainder: part - Math.floor(part) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const rounded = [...floors];
  for (let i = 0; leftover > 0 && order.length > 0; i = (i + 1) % order.length, leftover -= 1) {
    const target = order[i];
    if (target !== undefined) rounded[target.index] = (rounded[target.index] ?? 0) + 1;
  }
  return rounded.map((value) => value || 0);
}

/** Rounds a float to the nearest integer, ties to even. */
export function roundHalfEven(value: number): number {
  const rounded = Math.round(value);
  return (Math.abs(value % 1) === 0.5 && rounded % 2 !== 0 ? rounded - 1 : rounded) || 0;
}

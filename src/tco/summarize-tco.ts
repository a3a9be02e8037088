import { formatMinor } from '../money/minor-units.js';
import type { ExactMoney } from '../money/schema.js';
import { COST_CATEGORIES } from './categories.js';
import { type CompiledTco, compileTco, roundParts } from './compile.js';
import { discountFactors } from './month-grid.js';
import type { CostCategory, TotalCostOfOwnership } from './schema.js';

/** What one category of cost adds up to. */
export interface TcoCategorySummary {
  readonly category: CostCategory;
  readonly nominal: ExactMoney;
  readonly presentValue: ExactMoney;
  /** The category's share of the nominal total (0 to 1), or null when the total is zero. */
  readonly share: number | null;
}

/** What one year of ownership costs (year 1 is months 0 to 11). */
export interface TcoYearSummary {
  readonly year: number;
  /** The date the year starts on. */
  readonly startDate: string;
  readonly nominal: ExactMoney;
  readonly presentValue: ExactMoney;
}

/** The totals of a TCO: what the buyer really pays, and how little of it the price tag shows. */
export interface TcoSummary {
  readonly id: string;
  readonly currency: string;
  readonly horizonMonths: number;
  /** Every payment added up, exactly. */
  readonly nominal: ExactMoney;
  /** Every payment discounted to the start date at the TCO's rate, actual/365, rounded half-even once. */
  readonly presentValue: ExactMoney;
  /** The price category alone, nominal. */
  readonly price: ExactMoney;
  /** Categories with at least one payment, in CostCategory order. */
  readonly byCategory: readonly TcoCategorySummary[];
  readonly byYear: readonly TcoYearSummary[];
  /** Price over nominal total: how much of the real cost the price tag shows; null when the total is zero. */
  readonly priceShare: number | null;
}

/** Internal: the totals of a compiled TCO in minor units, shared with compareTco. */
export interface TcoTotals {
  readonly nominalByCategory: number[];
  readonly presentByCategory: number[];
  readonly nominalByYear: number[];
  readonly presentByYear: number[];
  readonly paidByCategory: boolean[];
  readonly nominal: number;
  readonly present: number;
}

/** Internal: one pass over every payment of a compiled TCO. */
export function tcoTotals(compiled: CompiledTco, discountRate = compiled.discountRate): TcoTotals {
  const factors = discountFactors(compiled.grid, discountRate);
  const years = Math.ceil(compiled.horizonMonths / 12);
  const nominalByCategory = new Array<number>(COST_CATEGORIES.length).fill(0);
  const presentByCategory = new Array<number>(COST_CATEGORIES.length).fill(0);
  const paidByCategory = new Array<boolean>(COST_CATEGORIES.length).fill(false);
  const nominalByYear = new Array<number>(years).fill(0);
  const presentByYear = new Array<number>(years).fill(0);
  let nominal = 0;
  for (const item of compiled.items) {
    let itemNominal = 0;
    let itemPresent = 0;
    for (const month of item.months) {
      const year = (month / 12) | 0;
      const minor = item.minorByYear[year] ?? 0;
      const present = minor * (factors[month] ?? 1);
      itemNominal += minor;
      itemPresent += present;
      nominalByYear[year] = (nominalByYear[year] ?? 0) + minor;
      presentByYear[year] = (presentByYear[year] ?? 0) + present;
    }
    const category = item.categoryIndex;
    nominalByCategory[category] = (nominalByCategory[category] ?? 0) + itemNominal;
    presentByCategory[category] = (presentByCategory[category] ?? 0) + itemPresent;
    paidByCategory[category] = true;
    nominal += itemNominal;
  }
  const present = presentByCategory.reduce((sum, value) => sum + value, 0);
  return { nominalByCategory, presentByCategory, nominalByYear, presentByYear, paidByCategory, nominal, present };
}

/**
 * Sums up a TCO: the nominal total (exact), the present value, the totals by
 * category and by year, and the price share, the part of the real cost that
 * the price tag shows.
 *
 * Present values discount each dated payment from `startDate` at
 * `discountRate`, actual/365: `amount / (1 + rate)^(days / 365)`, as Excel's
 * XNPV does, so a spreadsheet gives the same figure. They are summed unrounded
 * and rounded half-even once; the parts by category and by year are rounded
 * so that they add up to that total exactly.
 *
 * @param tco - the total cost of ownership
 * @returns a new summary
 * @throws {@link PlumblineError} as {@link cashFlows}
 *
 * @example
 * ```ts
 * import { summarizeTco } from '@plumbline/core';
 *
 * const summary = summarizeTco({
 *   id: 'trackpro', currency: 'EUR', startDate: '2027-01-01', horizonMonths: 24, discountRate: 0.1,
 *   items: [
 *     { id: 'licence', label: 'Licence', category: 'price', amount: { amount: '1000', currency: 'EUR' }, schedule: { type: 'once' } },
 *     { id: 'support', label: 'Support', category: 'support', amount: { amount: '1100', currency: 'EUR' }, schedule: { type: 'recurring', every: 'year' } },
 *   ],
 * });
 * summary.nominal; // => { amount: '3200.00', currency: 'EUR' }
 * summary.presentValue; // => { amount: '3100.00', currency: 'EUR' } (1000 + 1100 + 1100 / 1.1)
 * summary.priceShare; // => 0.3125
 * summary.byYear.map((year) => year.nominal.amount); // => ['2100.00', '1100.00']
 * ```
 */
export function summarizeTco(tco: TotalCostOfOwnership): TcoSummary {
  const compiled = compileTco(tco);
  const totals = tcoTotals(compiled);
  const { exponent, currency } = compiled;
  const money = (minor: number): ExactMoney => ({ amount: formatMinor(minor, exponent), currency });
  const presentByCategory = roundParts(totals.presentByCategory);
  const presentByYear = roundParts(totals.presentByYear);
  const presentTotal = presentByCategory.reduce((sum, value) => sum + value, 0);
  const share = (part: number): number | null => (totals.nominal === 0 ? null : part / totals.nominal);
  const byCategory: TcoCategorySummary[] = [];
  COST_CATEGORIES.forEach((category, index) => {
    if (totals.paidByCategory[index] !== true) return;
    const nominal = totals.nominalByCategory[index] ?? 0;
    byCategory.push({ category, nominal: money(nominal), presentValue: money(presentByCategory[index] ?? 0), share: share(nominal) });
  });
  const byYear = totals.nominalByYear.map(
    (nominal, year): TcoYearSummary => ({
      year: year + 1,
      startDate: compiled.grid.dates[year * 12] ?? '',
      nominal: money(nominal),
      presentValue: money(presentByYear[year] ?? 0),
    }),
  );
  const price = totals.nominalByCategory[0] ?? 0;
  return {
    id: compiled.id,
    currency,
    horizonMonths: compiled.horizonMonths,
    nominal: money(totals.nominal),
    presentValue: money(presentTotal),
    price: money(price),
    byCategory,
    byYear,
    priceShare: share(price),
  };
}

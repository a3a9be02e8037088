import { formatMinor } from '../money/minor-units.js';
import type { ExactMoney } from '../money/schema.js';
import { compileTco } from './compile.js';
import type { CostCategory, TotalCostOfOwnership } from './schema.js';

/** One dated payment of a TCO. */
export interface CashFlow {
  /** The month of the TCO it falls in, from 0. */
  readonly month: number;
  /** Its date: the start date plus `month` calendar months, `YYYY-MM-DD`. */
  readonly date: string;
  /** The cost item it pays for. */
  readonly itemId: string;
  /** The cost item's category. */
  readonly category: CostCategory;
  /** What is paid, escalation applied, exact. */
  readonly amount: ExactMoney;
}

/**
 * Every dated payment of a TCO, in date order (items in their listed order
 * within a month).
 *
 * Conventions: month `m` falls on `startDate` plus `m` calendar months (a calendar date, in no time zone;
 * a 31 January start pays on 28 or 29 February). A `once` item is paid at
 * `atMonth` (default 0); a `recurring` item at the start of each period, in
 * months `fromMonth` (default 0), `fromMonth + step`, ... while below
 * `untilMonth` (default the horizon), with step 1, 3 or 12. With an
 * `escalation`, the payment in month `m` is `amount × (1 + escalation)^floor(m / 12)`,
 * rounded half to even to the minor unit.
 *
 * @param tco - the total cost of ownership
 * @returns new CashFlow objects, one per payment
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for a
 *   horizon, rate, date or schedule that is out of range (a schedule that
 *   never pays inside the horizon included), `CURRENCY_MISMATCH` for an item
 *   in another currency, and the Money errors for a bad amount
 *
 * @example
 * ```ts
 * import { cashFlows } from '@plumbline/core';
 *
 * const flows = cashFlows({
 *   id: 'lease', currency: 'EUR', startDate: '2027-01-31', horizonMonths: 3, discountRate: 0.08,
 *   items: [{ id: 'fee', label: 'Monthly fee', category: 'price', amount: { amount: '100', currency: 'EUR' }, schedule: { type: 'recurring', every: 'month' } }],
 * });
 * flows.map((flow) => flow.date); // => ['2027-01-31', '2027-02-28', '2027-03-31']
 * flows[1]?.amount; // => { amount: '100.00', currency: 'EUR' }
 * ```
 */
export function cashFlows(tco: TotalCostOfOwnership): CashFlow[] {
  const compiled = compileTco(tco);
  const { grid, exponent, currency } = compiled;
  // Bucket by month (a counting sort): date order without a comparison sort.
  const byMonth: { itemIndex: number; minor: number }[][] = Array.from({ length: compiled.horizonMonths }, () => []);
  compiled.items.forEach((item, itemIndex) => {
    for (const month of item.months) byMonth[month]?.push({ itemIndex, minor: item.minorByYear[Math.floor(month / 12)] ?? 0 });
  });
  const flows: CashFlow[] = [];
  byMonth.forEach((payments, month) => {
    for (const { itemIndex, minor } of payments) {
      const item = compiled.items[itemIndex];
      if (item === undefined) continue;
      flows.push({
        month,
        date: grid.dates[month] ?? '',
        itemId: item.id,
        category: item.category,
        amount: { amount: formatMinor(minor, exponent), currency },
      });
    }
  });
  return flows;
}

import { commonCurrency, toMinorUnits } from './minor-units.js';
import type { Money } from './schema.js';

/**
 * Compares two amounts of the same currency, for sorting.
 *
 * @param left - the first amount
 * @param right - the second amount
 * @returns -1 when `left` is less, 0 when equal (`"1.5"` equals `"1.50"`), 1 when greater
 * @throws {@link PlumblineError} `CURRENCY_MISMATCH` for different currencies
 *
 * @example
 * ```ts
 * import { compareMoney } from '@plumbline/core';
 *
 * compareMoney({ amount: '1.5', currency: 'EUR' }, { amount: 1.5, currency: 'EUR' }); // => 0
 * const prices = [{ amount: '30', currency: 'EUR' }, { amount: '4.99', currency: 'EUR' }];
 * prices.sort(compareMoney); // => [{ amount: '4.99', ... }, { amount: '30', ... }]
 * ```
 */
export function compareMoney(left: Money, right: Money): -1 | 0 | 1 {
  commonCurrency('compare', [left, right]);
  const difference = toMinorUnits(left) - toMinorUnits(right);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

import { currencyExponent } from './currencies.js';
import { toMinorUnits } from './minor-units.js';
import type { Money } from './schema.js';

/**
 * The amount in major units as a JavaScript number, for charts and ratios.
 * Exact for every amount a currency can hold in a double (`"1999.99"` becomes
 * 1999.99); do arithmetic with the Money functions, not on this number.
 *
 * @param money - the amount
 * @returns the amount in major units
 * @throws {@link PlumblineError} as {@link toMinorUnits}
 *
 * @example
 * ```ts
 * import { moneyToNumber } from '@plumbline/core';
 *
 * moneyToNumber({ amount: '1999.99', currency: 'EUR' }); // => 1999.99
 * moneyToNumber({ amount: '-0.005', currency: 'KWD' }); // => -0.005
 * ```
 */
export function moneyToNumber(money: Money): number {
  // One division of an exact integer by a power of ten is correctly rounded.
  return toMinorUnits(money) / 10 ** currencyExponent(money.currency);
}

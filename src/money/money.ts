import type { ExactMoney, Money } from './schema.js';
import { fromMinorUnits, toMinorUnits } from './minor-units.js';

/**
 * Creates a {@link Money} value, validated and written in canonical form: the
 * exact decimal string with all of the currency's decimals.
 *
 * @param amount - the amount in major units: a decimal string (exact) or a number
 * @param currency - an ISO 4217 code
 * @returns a new, canonical Money value
 * @throws {@link PlumblineError} `UNKNOWN_CURRENCY`, `INVALID_AMOUNT` (not a
 *   decimal, or too many decimals: `"1.005"` EUR) or `AMOUNT_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { money } from '@plumbline/core';
 *
 * money('1999.9', 'EUR'); // => { amount: '1999.90', currency: 'EUR' }
 * money(1500, 'JPY'); // => { amount: '1500', currency: 'JPY' }
 * money('2', 'KWD'); // => { amount: '2.000', currency: 'KWD' }
 * ```
 */
export function money(amount: string | number, currency: string): ExactMoney {
  return fromMinorUnits(toMinorUnits({ amount, currency }), currency);
}

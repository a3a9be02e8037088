import type { ExactMoney, Money } from './schema.js';
import { commonCurrency, fromMinorUnits, toMinorUnits } from './minor-units.js';

/**
 * Subtracts one amount from another of the same currency, exactly.
 *
 * @param minuend - the amount to subtract from
 * @param subtrahend - the amount to subtract
 * @returns a new Money value: `minuend - subtrahend` (may be negative)
 * @throws {@link PlumblineError} `CURRENCY_MISMATCH` for different currencies,
 *   `AMOUNT_OUT_OF_RANGE` when the difference leaves the safe-integer range
 *
 * @example
 * ```ts
 * import { subtractMoney } from '@plumbline/core';
 *
 * subtractMoney({ amount: '100', currency: 'USD' }, { amount: '120.50', currency: 'USD' });
 * // => { amount: '-20.50', currency: 'USD' }
 * ```
 */
export function subtractMoney(minuend: Money, subtrahend: Money): ExactMoney {
  const currency = commonCurrency('subtract', [minuend, subtrahend]);
  return fromMinorUnits(toMinorUnits(minuend) - toMinorUnits(subtrahend), currency);
}

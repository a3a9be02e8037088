import type { ExactMoney, Money } from './schema.js';
import { commonCurrency, fromMinorUnits, toMinorUnits } from './minor-units.js';

/**
 * Adds two amounts of the same currency, exactly, in minor units.
 *
 * @param augend - the first amount
 * @param addend - the amount to add
 * @returns a new Money value: `augend + addend`
 * @throws {@link PlumblineError} `CURRENCY_MISMATCH` for different currencies,
 *   `AMOUNT_OUT_OF_RANGE` when the sum leaves the safe-integer range
 *
 * @example
 * ```ts
 * import { addMoney } from '@plumbline/core';
 *
 * addMoney({ amount: '0.10', currency: 'EUR' }, { amount: '0.20', currency: 'EUR' });
 * // => { amount: '0.30', currency: 'EUR' } (never 0.30000000000000004)
 * ```
 */
export function addMoney(augend: Money, addend: Money): ExactMoney {
  const currency = commonCurrency('add', [augend, addend]);
  return fromMinorUnits(toMinorUnits(augend) + toMinorUnits(addend), currency);
}

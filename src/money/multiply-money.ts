import { describeValue, PlumblineError } from '../errors.js';
import { divideHalfEven, parseDecimal } from './decimal.js';
import { fromMinorUnits, toMinorUnits } from './minor-units.js';
import type { ExactMoney, Money } from './schema.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Multiplies an amount by a factor (a rate, a quantity, an escalation), then
 * rounds to the currency's minor unit **half to even** (banker's rounding:
 * 0.125 EUR becomes 0.12, 0.135 EUR becomes 0.14), so rounding does not drift
 * upwards over many payments.
 *
 * The product is exact before rounding: a number factor counts as the decimal
 * it prints as (`0.1` is one tenth, not the binary fraction near it), and a
 * string factor as written (`"1.0609"`).
 *
 * @param money - the amount to multiply
 * @param factor - a finite number or a decimal string
 * @returns a new Money value, rounded half-even to the minor unit
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a non-finite or
 *   non-decimal factor, `AMOUNT_OUT_OF_RANGE` when the result leaves the
 *   safe-integer range
 *
 * @example
 * ```ts
 * import { multiplyMoney } from '@plumbline/core';
 *
 * multiplyMoney({ amount: '1000', currency: 'EUR' }, 1.03 ** 2); // => { amount: '1060.90', currency: 'EUR' }
 * multiplyMoney({ amount: '0.25', currency: 'EUR' }, 0.5); // => { amount: '0.12', currency: 'EUR' } (half to even)
 * multiplyMoney({ amount: '0.35', currency: 'EUR' }, '0.5'); // => { amount: '0.18', currency: 'EUR' }
 * ```
 */
export function multiplyMoney(money: Money, factor: number | string): ExactMoney {
  const decimal = typeof factor === 'number' || typeof factor === 'string' ? parseDecimal(factor) : undefined;
  if (decimal === undefined) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'factor',
      expected: 'a finite number or a decimal string such as "1.05"',
      received: describeValue(factor),
    });
  }
  const product = BigInt(toMinorUnits(money)) * (decimal.negative ? -decimal.digits : decimal.digits);
  const rounded = divideHalfEven(product, 10n ** BigInt(decimal.scale));
  if (rounded > MAX_SAFE || rounded < -MAX_SAFE) {
    throw new PlumblineError('AMOUNT_OUT_OF_RANGE', { amount: `${String(money.amount)} × ${String(factor)}`, currency: money.currency });
  }
  return fromMinorUnits(Number(rounded), money.currency);
}

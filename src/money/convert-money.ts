import { describeValue, PlumblineError } from '../errors.js';
import { currencyExponent } from './currencies.js';
import { divideHalfEven, parseDecimal } from './decimal.js';
import { fromMinorUnits, toMinorUnits } from './minor-units.js';
import type { ExactMoney, Money } from './schema.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Converts an amount into another currency at an explicit rate, the only way
 * Plumbline lets two currencies meet. The product is exact, then rounded half
 * to even to the target currency's minor unit (JPY to KWD and back included).
 *
 * @param money - the amount to convert
 * @param currency - the target ISO 4217 code
 * @param rate - units of `currency` per one unit of `money.currency`
 *   (`0.92` converts USD to EUR when 1 USD = 0.92 EUR), a positive finite
 *   number or decimal string
 * @returns a new Money value in `currency`
 * @throws {@link PlumblineError} `UNKNOWN_CURRENCY`, `INVALID_ARGUMENT` for a
 *   rate that is not a positive decimal, `AMOUNT_OUT_OF_RANGE`
 *
 * @example
 * ```ts
 * import { convertMoney } from '@plumbline/core';
 *
 * convertMoney({ amount: '100', currency: 'USD' }, 'EUR', 0.92); // => { amount: '92.00', currency: 'EUR' }
 * convertMoney({ amount: '1000', currency: 'JPY' }, 'EUR', '0.0061'); // => { amount: '6.10', currency: 'EUR' }
 * convertMoney({ amount: '10.005', currency: 'KWD' }, 'KWD', 1); // => { amount: '10.005', currency: 'KWD' }
 * ```
 */
export function convertMoney(money: Money, currency: string, rate: number | string): ExactMoney {
  const minor = toMinorUnits(money);
  const decimal = typeof rate === 'number' || typeof rate === 'string' ? parseDecimal(rate) : undefined;
  if (decimal === undefined || decimal.negative || decimal.digits === 0n) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: `rate ${money.currency}=${currency}`,
      expected: 'a positive, finite exchange rate such as 0.92',
      received: describeValue(rate),
    });
  }
  const fromExponent = currencyExponent(money.currency);
  const toExponent = currencyExponent(currency);
  // minor_to = minor_from × rate × 10^(toExponent - fromExponent), exactly, then rounded once.
  const shift = toExponent - fromExponent;
  let numerator = BigInt(minor) * decimal.digits;
  let denominator = 10n ** BigInt(decimal.scale);
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator *= 10n ** BigInt(-shift);
  const converted = divideHalfEven(numerator, denominator);
  if (converted > MAX_SAFE || converted < -MAX_SAFE) {
    throw new PlumblineError('AMOUNT_OUT_OF_RANGE', { amount: `${String(money.amount)} ${money.currency} at ${String(rate)}`, currency });
  }
  return fromMinorUnits(Number(converted), currency);
}

import { describeValue, invalidArgument, PlumblineError } from '../errors.js';
import { currencyExponent } from './currencies.js';
import { parseDecimal } from './decimal.js';
import type { ExactMoney, Money } from './schema.js';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The exact amount of a {@link Money} value in integer minor units of its
 * currency (cents for EUR, yen for JPY, fils for KWD).
 *
 * @param money - an amount in major units with its ISO 4217 currency
 * @returns the amount in minor units, a safe integer
 * @throws {@link PlumblineError} `UNKNOWN_CURRENCY` for an unknown code,
 *   `INVALID_AMOUNT` for a non-decimal amount or one with more decimals than
 *   the currency has (`"1.005"` EUR), `AMOUNT_OUT_OF_RANGE` beyond
 *   `Number.MAX_SAFE_INTEGER` minor units
 *
 * @example
 * ```ts
 * import { toMinorUnits } from '@plumbline/core';
 *
 * toMinorUnits({ amount: '1999.99', currency: 'EUR' }); // => 199999
 * toMinorUnits({ amount: 1500, currency: 'JPY' }); // => 1500
 * toMinorUnits({ amount: '1.5', currency: 'KWD' }); // => 1500
 * ```
 */
export function toMinorUnits(money: Money): number {
  if (typeof money !== 'object' || money === null) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'money',
      expected: 'an object { amount, currency }',
      received: describeValue(money),
    });
  }
  const { amount, currency } = money;
  const exponent = currencyExponent(currency);
  const decimal = typeof amount === 'string' || typeof amount === 'number' ? parseDecimal(amount) : undefined;
  if (decimal === undefined) {
    throw new PlumblineError('INVALID_AMOUNT', {
      amount: typeof amount === 'string' ? amount : describeValue(amount),
      currency,
      expected: 'a decimal number in major units, such as "1999.99"',
    });
  }
  let { digits } = decimal;
  if (decimal.scale > exponent) {
    // Trailing zeros beyond the minor unit lose nothing ("1.000" EUR is 1.00); other digits would.
    const excess = 10n ** BigInt(decimal.scale - exponent);
    if (digits % excess !== 0n) {
      throw new PlumblineError('INVALID_AMOUNT', {
        amount: String(amount),
        currency,
        expected: `at most ${exponent} decimal${exponent === 1 ? '' : 's'} (the minor unit of ${currency})`,
      });
    }
    digits /= excess;
  } else {
    digits *= 10n ** BigInt(exponent - decimal.scale);
  }
  if (digits > MAX_SAFE) throw new PlumblineError('AMOUNT_OUT_OF_RANGE', { amount: String(amount), currency });
  const minor = Number(digits);
  return decimal.negative ? -minor : minor;
}

/**
 * Builds a {@link Money} value from integer minor units, with the amount as an
 * exact decimal string carrying all of the currency's decimals.
 *
 * @param minor - the amount in minor units (cents, yen, fils), a safe integer
 * @param currency - an ISO 4217 code
 * @returns a new Money value in major units
 * @throws {@link PlumblineError} `UNKNOWN_CURRENCY`, or `AMOUNT_OUT_OF_RANGE`
 *   when `minor` is not a safe integer
 *
 * @example
 * ```ts
 * import { fromMinorUnits } from '@plumbline/core';
 *
 * fromMinorUnits(199999, 'EUR'); // => { amount: '1999.99', currency: 'EUR' }
 * fromMinorUnits(-5, 'KWD'); // => { amount: '-0.005', currency: 'KWD' }
 * ```
 */
export function fromMinorUnits(minor: number, currency: string): ExactMoney {
  const exponent = currencyExponent(currency);
  if (!Number.isSafeInteger(minor)) {
    throw new PlumblineError('AMOUNT_OUT_OF_RANGE', { amount: `${describeValue(minor)} (in minor units)`, currency });
  }
  return { amount: formatMinor(minor, exponent), currency };
}

/** Writes minor units as a plain decimal string with `exponent` decimals. */
export function formatMinor(minor: number, exponent: number): string {
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = exponent === 0 ? text : `${text.slice(0, -exponent)}.${text.slice(-exponent)}`;
  return negative ? `-${whole}` : whole;
}

/**
 * Internal: the one currency of several Money values, or `CURRENCY_MISMATCH`
 * naming the operation, so no function ever sums across currencies silently.
 */
export function commonCurrency(operation: string, monies: readonly Money[]): string {
  monies.forEach((money, index) => {
    if (typeof money !== 'object' || money === null || typeof money.currency !== 'string') {
      throw invalidArgument(monies.length === 1 ? 'money' : `amount ${index + 1} to ${operation}`, 'a Money value { amount, currency }', money);
    }
  });
  const first = monies[0]?.currency;
  if (first === undefined) throw invalidArgument('monies', 'at least one amount', []);
  for (const money of monies) {
    if (money.currency !== first) {
      throw new PlumblineError('CURRENCY_MISMATCH', { operation, currencies: [first, money.currency] });
    }
  }
  return first;
}

import { describeValue, PlumblineError } from '../errors.js';
import { currencyExponent } from './currencies.js';
import { commonCurrency, fromMinorUnits, toMinorUnits } from './minor-units.js';
import type { ExactMoney, Money } from './schema.js';

/**
 * Sums amounts of one currency exactly, in one pass.
 *
 * @param monies - the amounts to sum, all in one currency
 * @param currency - the currency of the result; required when `monies` may be
 *   empty (the sum is then zero), and checked against the amounts otherwise
 * @returns a new Money value
 * @throws {@link PlumblineError} `CURRENCY_MISMATCH` when the amounts (or
 *   `currency`) differ, `INVALID_ARGUMENT` for an empty list without
 *   `currency`, `AMOUNT_OUT_OF_RANGE` when a running total leaves the
 *   safe-integer range (checked at every step, so precision is never lost)
 *
 * @example
 * ```ts
 * import { sumMoney } from '@plumbline/core';
 *
 * sumMoney([
 *   { amount: '1200', currency: 'EUR' },
 *   { amount: '99.99', currency: 'EUR' },
 *   { amount: 0.01, currency: 'EUR' },
 * ]); // => { amount: '1300.00', currency: 'EUR' }
 * sumMoney([], 'JPY'); // => { amount: '0', currency: 'JPY' }
 * ```
 */
export function sumMoney(monies: readonly Money[], currency?: string | undefined): ExactMoney {
  if (!Array.isArray(monies)) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'monies', expected: 'an array of Money', received: describeValue(monies) });
  }
  if (monies.length === 0) {
    if (currency === undefined) {
      throw new PlumblineError('INVALID_ARGUMENT', {
        argument: 'currency',
        expected: 'a currency code when the list of amounts is empty',
        received: 'none',
      });
    }
    currencyExponent(currency);
    return fromMinorUnits(0, currency);
  }
  const resultCurrency = commonCurrency('sum', monies);
  if (currency !== undefined && currency !== resultCurrency) {
    throw new PlumblineError('CURRENCY_MISMATCH', { operation: 'sum', currencies: [resultCurrency, currency] });
  }
  let total = 0;
  for (const item of monies) {
    total += toMinorUnits(item);
    if (!Number.isSafeInteger(total)) {
      throw new PlumblineError('AMOUNT_OUT_OF_RANGE', { amount: `the sum of ${monies.length} amounts`, currency: resultCurrency });
    }
  }
  return fromMinorUnits(total, resultCurrency);
}

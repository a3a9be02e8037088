import { describeValue, PlumblineError } from '../errors.js';
import { parseDecimal } from './decimal.js';
import { fromMinorUnits, toMinorUnits } from './minor-units.js';
import type { ExactMoney, Money } from './schema.js';

/**
 * Splits an amount by ratios with no minor unit lost or created: the parts
 * always sum to the original amount.
 *
 * Each part first gets its exact share rounded toward zero; the minor units
 * left over go one each to the parts with the largest remainders (the
 * largest-remainder method), earlier parts first on ties. A negative amount is
 * split as its magnitude, then negated.
 *
 * @param money - the amount to split
 * @param ratios - non-negative numbers or decimal strings, at least one above zero
 * @returns one new Money value per ratio, in order
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for an empty list, a
 *   negative or non-finite ratio, or ratios that are all zero
 *
 * @example
 * ```ts
 * import { allocateMoney } from '@plumbline/core';
 *
 * allocateMoney({ amount: '100', currency: 'EUR' }, [1, 1, 1]);
 * // => [{ amount: '33.34', currency: 'EUR' }, { amount: '33.33', currency: 'EUR' }, { amount: '33.33', currency: 'EUR' }]
 * allocateMoney({ amount: '10', currency: 'JPY' }, [70, 30]);
 * // => [{ amount: '7', currency: 'JPY' }, { amount: '3', currency: 'JPY' }]
 * ```
 */
export function allocateMoney(money: Money, ratios: readonly (number | string)[]): ExactMoney[] {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'ratios',
      expected: 'a non-empty array of non-negative ratios',
      received: describeValue(ratios),
    });
  }
  const decimals = ratios.map((ratio, index) => {
    const decimal = typeof ratio === 'number' || typeof ratio === 'string' ? parseDecimal(ratio) : undefined;
    if (decimal === undefined || decimal.negative) {
      throw new PlumblineError('INVALID_ARGUMENT', {
        argument: `ratios[${index}]`,
        expected: 'a finite, non-negative number or decimal string',
        received: describeValue(ratio),
      });
    }
    return decimal;
  });
  // Bring every ratio to one scale so they become exact integer weights.
  const scale = decimals.reduce((largest, decimal) => Math.max(largest, decimal.scale), 0);
  const weights = decimals.map((decimal) => decimal.digits * 10n ** BigInt(scale - decimal.scale));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0n);
  if (totalWeight === 0n) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'ratios', expected: 'at least one ratio above zero', received: 'all zero' });
  }
  const minor = toMinorUnits(money);
  const magnitude = BigInt(Math.abs(minor));
  const shares = weights.map((weight) => (magnitude * weight) / totalWeight);
  let leftover = magnitude - shares.reduce((sum, share) => sum + share, 0n);
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (magnitude * weight) % totalWeight }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  const sign = minor < 0 ? -1 : 1;
  return shares.map((share) => fromMinorUnits(sign * Number(share) || 0, money.currency));
}

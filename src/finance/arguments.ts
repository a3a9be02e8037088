/**
 * Argument checks shared by the finance functions, so that every bad input
 * becomes one `INVALID_ARGUMENT` error naming the exact field
 * (`values[2]`, `rate`, `options.convention`), never a `TypeError` or a `NaN`.
 *
 * @module
 */

import { describeValue, PlumblineError } from '../errors.js';

/**
 * Returns `value` when it is a finite number; throws `INVALID_ARGUMENT` otherwise.
 *
 * @param value - what the caller passed
 * @param argument - the name of the argument, as the error should show it
 * @param expected - what the argument accepts, for the message
 */
export function finiteNumber(value: unknown, argument: string, expected = 'a finite number'): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument, expected, received: describeValue(value) });
  }
  return value;
}

/**
 * Returns `value` when it is a finite rate above -1 (-100 %), where every
 * discount factor `(1 + rate)^t` is positive and defined; throws otherwise.
 *
 * @param value - what the caller passed
 * @param argument - the name of the argument (`rate`, `guess`)
 */
export function rateAboveMinusOne(value: unknown, argument: string): number {
  const rate = finiteNumber(value, argument, 'a finite rate above -1 (-100%)');
  if (rate <= -1) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument,
      expected: 'a finite rate above -1 (-100%): at -1 the discount factor divides by zero',
      received: describeValue(value),
    });
  }
  return rate;
}

/**
 * Returns `values` when it is a non-empty array of finite numbers; throws
 * `INVALID_ARGUMENT` naming `values` or the first bad `values[i]` otherwise.
 *
 * @param values - what the caller passed
 * @param argument - the name of the argument
 */
export function cashFlowValues(values: unknown, argument = 'values'): readonly number[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument,
      expected: 'a non-empty array of finite numbers (the cash flows)',
      received: describeValue(values),
    });
  }
  for (let index = 0; index < values.length; index += 1) {
    const value: unknown = values[index];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new PlumblineError('INVALID_ARGUMENT', {
        argument: `${argument}[${index}]`,
        expected: 'a finite number',
        received: describeValue(value),
      });
    }
  }
  return values as readonly number[];
}

/**
 * Returns `result` when it is finite. A non-finite result can only come from
 * floating-point overflow (a rate close to -1 over many periods, or amounts
 * near `Number.MAX_VALUE`), which is reported against the rate rather than
 * returned as `Infinity` or `NaN`.
 *
 * @param result - the computed value
 * @param rate - the rate the caller passed
 */
export function finiteResult(result: number, rate: number): number {
  if (!Number.isFinite(result)) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'rate',
      expected: 'a rate at which the result stays within the floating-point range (this one overflows)',
      received: describeValue(rate),
    });
  }
  return result;
}

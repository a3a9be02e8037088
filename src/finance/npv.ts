import { describeValue, PlumblineError } from '../errors.js';
import { cashFlowValues, finiteResult, rateAboveMinusOne } from './arguments.js';

/** Options of {@link npv}. */
export interface NpvOptions {
  /**
   * When the first value falls.
   *
   * - `'excel'` (the default): as Excel's `NPV`, every value at the end of
   *   its period, so the first is discounted one period:
   *   `sum(values[i] / (1 + rate)^(i + 1))`.
   * - `'tei'`: as numpy-financial's `npv` and Forrester TEI, the first value
   *   at time 0, undiscounted: `sum(values[i] / (1 + rate)^i)`. This is the
   *   sum that {@link irr} makes zero.
   */
  readonly convention?: 'excel' | 'tei' | undefined;
}

/**
 * The net present value of equally spaced cash flows at a discount rate per
 * period, with Excel's `NPV(rate, value1, value2, ...)` semantics: each value
 * falls at the end of its period, so the first value is discounted by one
 * full period: `sum(values[i] / (1 + rate)^(i + 1))`.
 *
 * With Excel, an investment paid today is added outside the function
 * (`=NPV(8%, B3:B7) + B2`); with `{ convention: 'tei' }` it goes first in
 * `values` and stays undiscounted, as in numpy-financial and Forrester TEI
 * models: `sum(values[i] / (1 + rate)^i)`, which is the Excel result times
 * `1 + rate`.
 *
 * @param rate - the discount rate per period, above -1 (`0.1` for 10%)
 * @param values - the cash flows, one per period, in order (payments negative, income positive)
 * @param options - `convention`: `'excel'` (default) or `'tei'`
 * @returns the net present value, in the unit of `values`
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a rate that is not a
 *   finite number above -1, an empty `values`, a non-finite `values[i]`, an
 *   unknown `options.convention`, or a result beyond the floating-point range
 *
 * @example
 * ```ts
 * import { npv } from '@plumbline/core';
 *
 * // Microsoft's example: 10% a year, -10,000 paid at the end of year 1, then 3,000, 4,200, 6,800.
 * npv(0.1, [-10000, 3000, 4200, 6800]).toFixed(2); // => '1188.44'
 * // The same flows with -10,000 paid today (numpy-financial, Forrester TEI): 1,188.44 × 1.1.
 * npv(0.1, [-10000, 3000, 4200, 6800], { convention: 'tei' }).toFixed(2); // => '1307.29'
 * // By hand: -100/1.1 + 60/1.1² + 60/1.1³, then -100 + 60/1.1 + 60/1.1².
 * npv(0.1, [-100, 60, 60]).toFixed(4); // => '3.7566'
 * npv(0.1, [-100, 60, 60], { convention: 'tei' }).toFixed(4); // => '4.1322'
 * npv(-1, [100]); // throws PlumblineError INVALID_ARGUMENT (rate)
 * ```
 */
export function npv(rate: number, values: readonly number[], options?: NpvOptions | undefined): number {
  const discountRate = rateAboveMinusOne(rate, 'rate');
  const flows = cashFlowValues(values);
  const convention: unknown = options === undefined || options === null ? undefined : (options as { convention?: unknown }).convention;
  if (convention !== undefined && convention !== 'excel' && convention !== 'tei') {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'options.convention',
      expected: "'excel' or 'tei'",
      received: describeValue(convention),
    });
  }
  // Horner's scheme from the last value: (((v_n-1 / x + v_n-2) / x + ...) + v_0), x = 1 + rate.
  const growth = 1 + discountRate;
  let sum = 0;
  for (let index = flows.length - 1; index >= 1; index -= 1) {
    sum = (sum + (flows[index] ?? 0)) / growth;
  }
  sum += flows[0] ?? 0;
  return finiteResult(convention === 'tei' ? sum : sum / growth, rate);
}

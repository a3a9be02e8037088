import { cashFlowValues, rateAboveMinusOne } from './arguments.js';
import { solveRate } from './solve.js';

/**
 * The internal rate of return of equally spaced cash flows, with Excel's
 * `IRR(values, [guess])` semantics: the rate per period at which
 * `sum(values[i] / (1 + rate)^i)` is zero, the first value falling at time 0
 * (the `'tei'` convention of {@link npv}, not its Excel default).
 *
 * Like Excel, it starts Newton's method from `guess` (10% when left out);
 * once the root is bracketed, steps that stray become bisections. Where
 * Excel gives up after 20 steps with `#NUM!`, it falls back to a scan of
 * rates from just above -100% upwards and Brent's method, so it converges
 * wherever the scan sees the net present value change sign. With several
 * roots (flows that change sign more than once) it returns the one Newton's
 * method reaches from the guess, or else the one nearest the guess.
 *
 * @param values - the cash flows, one per period, in order, with at least one negative and one positive
 * @param guess - where the search starts, above -1; default `0.1`
 * @returns the internal rate of return per period (`0.0866` for 8.66%)
 * @throws {@link PlumblineError} `NO_SOLUTION` (`method: 'IRR'`) when the values
 *   are all of one sign or no rate makes the net present value zero;
 *   `INVALID_ARGUMENT` for an empty `values`, a non-finite `values[i]` or a
 *   guess that is not a finite number above -1
 *
 * @example
 * ```ts
 * import { irr } from '@plumbline/core';
 *
 * // Microsoft's example: -70,000 invested, then five years of income.
 * irr([-70000, 12000, 15000, 18000, 21000, 26000]).toFixed(4); // => '0.0866'
 * irr([-70000, 12000, 15000, 18000, 21000]).toFixed(4); // => '-0.0212'
 * irr([-70000, 12000, 15000], -0.1).toFixed(4); // => '-0.4435'
 * irr([-100, 0, 121]).toFixed(6); // => '0.100000' (-100 + 121 / 1.1² = 0)
 * irr([100, 50]); // throws PlumblineError NO_SOLUTION (the values never change sign)
 * ```
 */
export function irr(values: readonly number[], guess?: number | undefined): number {
  const flows = cashFlowValues(values);
  const start = guess === undefined ? 0.1 : rateAboveMinusOne(guess, 'guess');
  return solveRate({ values: flows, times: flows.map((_, index) => index), horizon: flows.length - 1, periodic: true }, start, 'IRR');
}

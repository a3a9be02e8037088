import { describeValue, PlumblineError } from '../errors.js';
import { finiteNumber, finiteResult, rateAboveMinusOne } from './arguments.js';

/**
 * The constant payment per period of a loan or annuity, with Excel's
 * `PMT(rate, nper, pv, [fv], [type])` semantics and signs: money paid out is
 * negative, so a loan received (`pv` positive) has negative payments.
 *
 * The payment solves `pv·(1 + rate)^nper + pmt·(1 + rate·type)·((1 + rate)^nper - 1) / rate + fv = 0`;
 * at `rate = 0` it is `-(pv + fv) / nper`. It is computed with `log1p` and
 * `expm1`, so that tiny rates and long terms lose no precision.
 *
 * @param rate - the interest rate per period, above -1 (`0.08 / 12` for 8% a year paid monthly)
 * @param nper - the number of payments, above 0 (need not be whole, as in Excel)
 * @param pv - the present value (the amount borrowed: positive)
 * @param fv - the future value left after the last payment; default 0
 * @param type - `0` (default) for payments at the end of each period, `1` for the beginning
 * @returns the payment per period (negative when paid out)
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a rate that is not a
 *   finite number above -1, an `nper` that is not a finite number above 0, a
 *   non-finite `pv` or `fv`, a `type` other than 0 or 1, or a result beyond
 *   the floating-point range
 *
 * @example
 * ```ts
 * import { pmt } from '@plumbline/core';
 *
 * // Microsoft's examples: 10,000 borrowed at 8% a year over 10 months...
 * pmt(0.08 / 12, 10, 10000).toFixed(2); // => '-1037.03'
 * pmt(0.08 / 12, 10, 10000, 0, 1).toFixed(2); // => '-1030.16'
 * // ...and saving 50,000 over 18 years at 6% a year.
 * pmt(0.06 / 12, 18 * 12, 0, 50000).toFixed(2); // => '-129.08'
 * pmt(0, 10, 1000); // => -100
 * pmt(0.05, 0, 1000); // throws PlumblineError INVALID_ARGUMENT (nper)
 * ```
 */
export function pmt(rate: number, nper: number, pv: number, fv = 0, type: 0 | 1 = 0): number {
  const r = rateAboveMinusOne(rate, 'rate');
  const n = finiteNumber(nper, 'nper', 'a finite number of periods above 0');
  if (n <= 0) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'nper', expected: 'a finite number of periods above 0', received: describeValue(nper) });
  }
  const present = finiteNumber(pv, 'pv');
  const future = finiteNumber(fv, 'fv');
  if (type !== 0 && type !== 1) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'type',
      expected: '0 (payments at the end of each period) or 1 (at the beginning)',
      received: describeValue(type),
    });
  }
  const logGrowth = n * Math.log1p(r); // ln((1 + r)^n)
  let payment: number;
  if (r > 0 && logGrowth > 0) {
    // (1 + r)^-n <= 1: divide through by (1 + r)^n so that nothing overflows on long terms.
    const shrink = Math.exp(-logGrowth);
    const annuity = -Math.expm1(-logGrowth); // 1 - (1 + r)^-n
    payment = (-r * (present + future * shrink)) / annuity;
  } else if (r < 0 && logGrowth < 0) {
    const growth = Math.exp(logGrowth); // (1 + r)^n < 1
    payment = (-r * (present * growth + future)) / Math.expm1(logGrowth);
  } else {
    // rate 0, or so small that (1 + r)^n rounds to 1: the limit is a straight split.
    payment = -(present + future) / n;
  }
  if (type === 1 && r !== 0) payment /= 1 + r;
  return finiteResult(payment, rate) + 0; // + 0 turns -0 into 0
}

import { cashFlowValues, finiteResult, rateAboveMinusOne } from './arguments.js';
import { yearFractions } from './day-count.js';

/**
 * The net present value of cash flows on given dates, with Excel's
 * `XNPV(rate, values, dates)` semantics: each value is discounted at the
 * annual `rate` over the days since the **first** date, counted actual/365:
 * `sum(values[i] / (1 + rate)^((dates[i] - dates[0]) / 365))`. The first value
 * is not discounted.
 *
 * Dates are ISO strings, as the models accept them (`'2026-03-01'`, or a
 * date-time with `Z` or an offset, which counts by its UTC calendar day:
 * `'2026-03-01T23:30:00-05:00'` is 2 March), or `Date` objects (their UTC
 * calendar date). Only the UTC calendar day counts, never the time of day,
 * and the machine's time zone is never consulted. As in Excel, the later
 * dates may come in any order but none may precede the first.
 *
 * @param rate - the annual discount rate, above -1 (`0.09` for 9%)
 * @param values - the cash flows (payments negative, income positive)
 * @param dates - one date per value; the first starts the schedule
 * @returns the net present value as of the first date, in the unit of `values`
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a rate that is not a
 *   finite number above -1, an empty `values` or a non-finite `values[i]`,
 *   `dates` of another length than `values`, a `dates[i]` that is not a real
 *   calendar date (`'2026-02-30'`) or an ISO date-time with `Z` or an offset,
 *   or that falls before `dates[0]`, or a result
 *   beyond the floating-point range
 *
 * @example
 * ```ts
 * import { xnpv } from '@plumbline/core';
 *
 * // Microsoft's example: 9% a year.
 * xnpv(
 *   0.09,
 *   [-10000, 2750, 4250, 3250, 2750],
 *   ['2008-01-01', '2008-03-01', '2008-10-30', '2009-02-15', '2009-04-01'],
 * ).toFixed(2); // => '2086.65'
 * // One year of 366 days (2028 is a leap year) counts as 366/365 years.
 * xnpv(0.1, [-100, 110], ['2028-01-01', '2029-01-01']).toFixed(4); // => '-0.0261'
 * xnpv(0.1, [-100, 110], ['2026-01-01', '2026-02-30']); // throws PlumblineError INVALID_ARGUMENT (dates[1])
 * xnpv(0.1, [-100, 110], ['2026-01-01', '2027-01-01T09:00']); // throws PlumblineError INVALID_ARGUMENT (dates[1]: no offset)
 * ```
 */
export function xnpv(rate: number, values: readonly number[], dates: readonly (string | Date)[]): number {
  const discountRate = rateAboveMinusOne(rate, 'rate');
  const flows = cashFlowValues(values);
  const years = yearFractions(dates, flows.length);
  const logGrowth = Math.log1p(discountRate);
  let sum = 0;
  for (let index = 0; index < flows.length; index += 1) {
    sum += (flows[index] ?? 0) * Math.exp(-(years[index] ?? 0) * logGrowth);
  }
  return finiteResult(sum, rate);
}

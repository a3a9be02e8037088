import { cashFlowValues, rateAboveMinusOne } from './arguments.js';
import { yearFractions } from './day-count.js';
import { solveRate } from './solve.js';

/**
 * The internal rate of return of cash flows on given dates, with Excel's
 * `XIRR(values, dates, [guess])` semantics: the annual rate at which
 * {@link xnpv} is zero, `sum(values[i] / (1 + rate)^((dates[i] - dates[0]) / 365))`,
 * days counted actual/365 from the first date.
 *
 * Dates are read as in {@link xnpv}: ISO dates, ISO date-times with `Z` or
 * an offset, or `Date` objects, by their UTC calendar day only, none before
 * the first. Like Excel, it starts Newton's method from `guess` (10% when
 * left out), with bisection once the root is bracketed; where that fails it
 * falls back to a scan of rates from just above -100% upwards and Brent's
 * method, so it converges wherever the scan sees the net present value
 * change sign.
 *
 * @param values - the cash flows, with at least one negative and one positive
 * @param dates - one date per value; the first starts the schedule
 * @param guess - where the search starts, above -1; default `0.1`
 * @returns the annual internal rate of return (`0.3734` for 37.34%)
 * @throws {@link PlumblineError} `NO_SOLUTION` (`method: 'XIRR'`) when the
 *   values are all of one sign or no rate makes the net present value zero;
 *   `INVALID_ARGUMENT` for an empty `values`, a non-finite `values[i]`,
 *   `dates` of another length, a `dates[i]` that is not a real calendar date
 *   or an ISO date-time with `Z` or an offset, or falls before `dates[0]`,
 *   or a guess that is not a finite number above -1
 *
 * @example
 * ```ts
 * import { xirr } from '@plumbline/core';
 *
 * // Microsoft's example (Excel shows 0.373362535, or 37.34%).
 * xirr(
 *   [-10000, 2750, 4250, 3250, 2750],
 *   ['2008-01-01', '2008-03-01', '2008-10-30', '2009-02-15', '2009-04-01'],
 * ).toFixed(4); // => '0.3734'
 * // 365 days: 10% a year; the leap year 2028 makes it 366 days and slightly less.
 * xirr([-100, 110], ['2026-01-01', '2027-01-01']).toFixed(6); // => '0.100000'
 * xirr([-100, 110], ['2028-01-01', '2029-01-01']).toFixed(6); // => '0.099714'
 * xirr([-100, -10], ['2026-01-01', '2027-01-01']); // throws PlumblineError NO_SOLUTION
 * ```
 */
export function xirr(values: readonly number[], dates: readonly (string | Date)[], guess?: number | undefined): number {
  const flows = cashFlowValues(values);
  const times = yearFractions(dates, flows.length);
  const start = guess === undefined ? 0.1 : rateAboveMinusOne(guess, 'guess');
  let horizon = 0;
  for (const time of times) if (time > horizon) horizon = time;
  return solveRate({ values: flows, times, horizon, periodic: false }, start, 'XIRR');
}

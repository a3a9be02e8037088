// Shared helpers for the finance tests (not a test file itself).
import fc from 'fast-check';
import { expect } from 'vitest';
import type { PlumblineError } from '@plumbline/core';
import { errorOf } from '../support.js';

/** One fixed seed for every property test, so that each run checks the same cases. */
export const SEED = 20_261_126;

/** fast-check settings: the fixed seed and `numRuns` runs. */
export const runs = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns });

/** Expects `INVALID_ARGUMENT` naming exactly `argument`, in the details and the message. */
export function expectInvalidArgument(run: () => unknown, argument: string): PlumblineError {
  const error = errorOf(run);
  expect(error.code).toBe('INVALID_ARGUMENT');
  expect(error.details).toMatchObject({ argument });
  expect(error.message).toContain(`Invalid ${argument}:`);
  return error;
}

/** Expects `NO_SOLUTION` from `method`, named in the details and the message. */
export function expectNoSolution(run: () => unknown, method: 'IRR' | 'XIRR'): PlumblineError {
  const error = errorOf(run);
  expect(error.code).toBe('NO_SOLUTION');
  expect(error.details).toMatchObject({ method });
  expect(error.message.startsWith(`${method} has no solution:`)).toBe(true);
  return error;
}

/** A number from formulajs, or undefined when it returned an Error object, NaN or an infinity. */
export function formulaNumber(result: unknown): number | undefined {
  return typeof result === 'number' && Number.isFinite(result) ? result : undefined;
}

/** Present value of flows at times (periods or years) at `rate`: the tei convention, in plain Math.pow. */
export function presentValue(rate: number, values: readonly number[], times: readonly number[]): { value: number; size: number } {
  let value = 0;
  let size = 0;
  values.forEach((flow, index) => {
    const factor = (1 + rate) ** -(times[index] ?? 0);
    value += flow * factor;
    size += Math.abs(flow) * factor;
  });
  return { value, size };
}

/** Money in cents, as spreadsheets hold it: integers of cents, shown in major units. */
export const cents = (min: number, max: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((value) => value / 100);

/** A conventional investment: one outlay first, then non-negative flows with at least one positive. */
export const conventionalInvestment = (maxLength: number): fc.Arbitrary<number[]> =>
  fc
    .tuple(cents(100, 1_000_000), fc.array(cents(0, 400_000), { minLength: 1, maxLength: maxLength - 1 }))
    .filter(([, later]) => later.some((flow) => flow > 0))
    .map(([outlay, later]) => [-outlay, ...later]);

/**
 * A realistic investment, as in the agreement tests: an outlay of 1,000 to 1,000,000, then
 * non-negative flows of up to 60% of it each, returning at least `minReturned` of it in total.
 */
export const realisticInvestment = (maxLength: number, minReturned = 0.3): fc.Arbitrary<number[]> =>
  fc
    .tuple(cents(1000, 1_000_000), fc.array(fc.double({ min: 0, max: 0.6, noNaN: true }), { minLength: 1, maxLength: maxLength - 1 }))
    .map(([outlay, shares]) => [-outlay, ...shares.map((share) => Math.round(share * outlay * 100) / 100)])
    .filter(([outlay = 0, ...later]) => later.reduce((sum, flow) => sum + flow, 0) >= -minReturned * outlay);

/** Days since 1970-01-01 to an ISO date. */
export const isoDate = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Days since 1970-01-01 of 2000-01-01 and 2040-12-31. */
export const DAY_2000 = Date.UTC(2000, 0, 1) / 86_400_000;
export const DAY_2040 = Date.UTC(2040, 11, 31) / 86_400_000;

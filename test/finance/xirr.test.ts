import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xirr } from '@plumbline/core';
import { xnpv } from '@plumbline/core';
import { cents, DAY_2000, DAY_2040, expectInvalidArgument, expectNoSolution, formulaNumber, isoDate, presentValue, realisticInvestment, runs } from './support.js';

const MS_VALUES = [-10000, 2750, 4250, 3250, 2750];
const MS_DATES = ['2008-01-01', '2008-03-01', '2008-10-30', '2009-02-15', '2009-04-01'];

/** A realistic dated investment: at least 80% returned, flows 30 to 400 days apart, from 2000 to 2040. */
const dated = fc
  .tuple(fc.integer({ min: DAY_2000, max: DAY_2040 - 6000 }), realisticInvestment(16, 0.8))
  .chain(([start, values]) =>
    fc
      .array(fc.integer({ min: 1, max: 400 }), { minLength: values.length - 1, maxLength: values.length - 1 })
      .map((gaps) => {
        const days = [0];
        for (const gap of gaps) days.push((days[days.length - 1] ?? 0) + gap);
        return { values, days, dates: days.map((day) => isoDate(start + day)) };
      }),
  );

/** |XNPV| at `rate` relative to the flows' discounted size. */
const residual = (rate: number, values: readonly number[], days: readonly number[]): number => {
  const { value, size } = presentValue(rate, values, days.map((day) => day / 365));
  return Math.abs(value) / size;
};

describe('xirr: Microsoft example (Excel XIRR function page)', () => {
  it('XIRR(values, dates, 0.1) is 0.373362535 (37.34%)', () => {
    expect(xirr(MS_VALUES, MS_DATES, 0.1)).toBeCloseTo(0.373362535, 8);
    expect(xirr(MS_VALUES, MS_DATES)).toBeCloseTo(0.3734, 4);
  });

  it('Excel stops at 0.000001%; the exact root is 0.37336253351883', () => {
    expect(xirr(MS_VALUES, MS_DATES)).toBeCloseTo(0.37336253351883, 13);
  });

  it('gives the same with Date objects at any time of day, and with date-times', () => {
    const expected = xirr(MS_VALUES, MS_DATES);
    expect(xirr(MS_VALUES, MS_DATES.map((date) => new Date(`${date}T00:00:00Z`)))).toBe(expected);
    expect(xirr(MS_VALUES, MS_DATES.map((date) => new Date(`${date}T23:59:59.999Z`)))).toBe(expected);
    expect(xirr(MS_VALUES, MS_DATES.map((date) => `${date}T18:45:00+14:00`))).toBe(expected);
  });

  it('is the rate at which XNPV is zero', () => {
    expect(Math.abs(xnpv(xirr(MS_VALUES, MS_DATES), MS_VALUES, MS_DATES))).toBeLessThan(1e-9);
  });
});

describe('xirr: leap years and year boundaries', () => {
  it('a 365-day year at 10% is 10%; a 366-day one (through 29 February 2028) is 1.1^(365/366) - 1', () => {
    expect(xirr([-100, 110], ['2026-03-01', '2027-03-01'])).toBeCloseTo(0.1, 14);
    expect(xirr([-100, 110], ['2027-03-01', '2028-03-01'])).toBeCloseTo(1.1 ** (365 / 366) - 1, 14);
    expect(xirr([-100, 110], ['2028-02-29', '2029-02-28'])).toBeCloseTo(0.1, 14);
  });

  it('counts one day from 31 December to 1 January', () => {
    // 1% in one day: 1.01^365 - 1 a year
    expect(xirr([-100, 101], ['2026-12-31', '2027-01-01'])).toBeCloseTo(1.01 ** 365 - 1, 10);
    expect(xirr([-100, 101], ['2027-12-31T22:00:00Z', new Date('2028-01-01T01:00:00Z')])).toBeCloseTo(1.01 ** 365 - 1, 10);
    // 31 December 20:00 at -05:00 is 1 January 01:00 UTC: the same UTC day, no time between them.
    expectNoSolution(() => xirr([-100, 101], ['2027-12-31T20:00:00-05:00', '2028-01-01']), 'XIRR');
    expect(xirr([-100, 101], ['2027-12-30T20:00:00-05:00', '2028-01-01T10:00:00+09:00'])).toBeCloseTo(1.01 ** 365 - 1, 10);
  });

  it('accepts later dates in any order', () => {
    const rate = xirr([-1000, 300, 400, 500], ['2026-01-01', '2026-06-01', '2027-01-01', '2027-06-01']);
    expect(xirr([-1000, 500, 300, 400], ['2026-01-01', '2027-06-01', '2026-06-01', '2027-01-01'])).toBeCloseTo(rate, 12);
  });
});

describe('xirr: agreement with @formulajs/formulajs XIRR', () => {
  // formulajs reads 'YYYY-MM-DD' as local midnight and counts days in local time; Plumbline counts UTC
  // calendar dates. They agree where local midnights keep their calendar day, UTC included.
  it('matches XIRR(values, dates) to 1e-9 relative on 500 seeded dated investments', () => {
    let compared = 0;
    fc.assert(
      fc.property(dated, ({ values, dates }) => {
        const expected = formulaNumber(formulajs.XIRR(values, dates));
        if (expected === undefined) return;
        compared += 1;
        expect(Math.abs(xirr(values, dates) - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));
      }),
      runs(500),
    );
    expect(compared).toBe(500);
  });

  it('solves where formulajs returns Infinity: a -90% year', () => {
    expect(formulajs.XIRR([-1000, 100], ['2026-01-01', '2027-01-01'])).toBe(Number.POSITIVE_INFINITY);
    expect(xirr([-1000, 100], ['2026-01-01', '2027-01-01'])).toBeCloseTo(-0.9, 12);
  });
});

describe('xirr: properties', () => {
  it('xnpv(xirr(values, dates), values, dates) ≈ 0', () => {
    fc.assert(
      fc.property(dated, ({ values, days, dates }) => {
        const rate = xirr(values, dates);
        expect(rate).toBeGreaterThan(-1);
        expect(Math.abs(xnpv(rate, values, dates))).toBeLessThanOrEqual(1e-9 * presentValue(rate, values, days.map((day) => day / 365)).size);
        expect(residual(rate, values, days)).toBeLessThan(1e-12 * Math.max(1, 1 / (1 + rate)));
      }),
      runs(500),
    );
  });

  it('finds the same root from any guess', () => {
    fc.assert(
      fc.property(dated, fc.double({ min: -0.99, max: 20, noNaN: true }), ({ values, dates }, guess) => {
        const root = xirr(values, dates);
        expect(Math.abs(xirr(values, dates, guess) - root)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(root)));
      }),
      runs(500),
    );
  });

  it('on any flows either returns a root or throws NO_SOLUTION, never NaN or another error', () => {
    const anyFlows = fc
      .array(fc.tuple(cents(-1e5, 1e5), fc.integer({ min: 0, max: 3000 })), { minLength: 1, maxLength: 10 })
      .map((flows) => ({ values: flows.map(([value]) => value), days: [0, ...flows.slice(1).map(([, day]) => day)] }));
    fc.assert(
      fc.property(anyFlows, ({ values, days }) => {
        const dates = days.map((day) => isoDate(DAY_2000 + day));
        let rate: number;
        try {
          rate = xirr(values, dates);
        } catch (error) {
          expect(error).toMatchObject({ name: 'PlumblineError', code: 'NO_SOLUTION', details: { method: 'XIRR' } });
          return;
        }
        expect(Number.isFinite(rate) && rate > -1).toBe(true);
        expect(residual(rate, values, days)).toBeLessThan(1e-9 * Math.max(1, 1 / (1 + rate)));
      }),
      runs(500),
    );
  });

  it('never mutates its inputs', () => {
    const values = Object.freeze([...MS_VALUES]);
    const dates = Object.freeze(MS_DATES.map((date) => new Date(`${date}T06:00:00Z`)));
    const before = dates.map((date) => date.getTime());
    expect(xirr(values, dates)).toBeCloseTo(0.3734, 4);
    expect(values).toEqual(MS_VALUES);
    expect(dates.map((date) => date.getTime())).toEqual(before);
  });
});

describe('xirr: hard cases converge where plain Newton from 0.1 does not', () => {
  it('a -90% year; halving in a month (-99.98% a year)', () => {
    expect(xirr([-1000, 100], ['2026-01-01', '2027-01-01'])).toBeCloseTo(-0.9, 12);
    expect(xirr([-1000, 500], ['2026-01-01', '2026-01-31'])).toBeCloseTo(0.5 ** (365 / 30) - 1, 12);
  });

  it('doubling in 14 days: 2^(365/14) - 1, about 7e7 (7,051,508,236%)', () => {
    const rate = xirr([-100, 200], ['2026-01-01', '2026-01-15']);
    expect(Math.abs(rate / (2 ** (365 / 14) - 1) - 1)).toBeLessThan(1e-12);
  });

  it('with two roots, takes the one Newton reaches from the guess', () => {
    const dates = ['2026-01-01', '2027-01-01', '2028-01-01'];
    expect(xirr([-1, 10, -1], dates)).toBeCloseTo(8.898979485566356, 6);
    expect(xirr([-1, 10, -1], dates, -0.95)).toBeCloseTo(-0.898979485566356, 6);
  });
});

describe('xirr: NO_SOLUTION', () => {
  it.each([
    ['all positive', [100, 50]],
    ['all negative', [-100, -50]],
    ['all zero', [0, 0]],
    ['one value', [-100]],
  ])('values %s', (_, values) => {
    const dates = ['2026-01-01', '2026-07-01'].slice(0, values.length);
    const error = expectNoSolution(() => xirr(values, dates), 'XIRR');
    expect(error.message).toContain('XIRR needs at least one negative and one positive value');
  });

  it('all flows on one day that do not cancel', () => {
    expectNoSolution(() => xirr([-100, 50], ['2026-01-01', '2026-01-01']), 'XIRR');
  });

  it('a root that no double above -1 can hold: 1 + rate would be 5e-24', () => {
    expectNoSolution(() => xirr([-310594.98, 82747.5], ['2020-01-01', '2020-01-10']), 'XIRR');
  });
});

describe('xirr: invalid arguments name the field', () => {
  it('values, dates and guess', () => {
    expectInvalidArgument(() => xirr([], []), 'values');
    expectInvalidArgument(() => xirr([-100, Number.POSITIVE_INFINITY], ['2026-01-01', '2027-01-01']), 'values[1]');
    expectInvalidArgument(() => xirr([-100, 110], ['2026-01-01']), 'dates');
    expectInvalidArgument(() => xirr([-100, 110], ['2026-01-01', '2027-02-29']), 'dates[1]');
    expectInvalidArgument(() => xirr([-100, 110], ['2026-01-01', '2027-01-01T09:00:00']), 'dates[1]');
    expectInvalidArgument(() => xirr([-100, 110], ['2026-01-01T12:00', '2027-01-01']), 'dates[0]');
    expectInvalidArgument(() => xirr([-100, 110], ['2026-01-01', '2025-12-31']), 'dates[1]');
    expectInvalidArgument(() => xirr([-100, 110], [new Date(Number.NaN), '2027-01-01']), 'dates[0]');
    expectInvalidArgument(() => xirr([-100, 110], ['2026-01-01', '2027-01-01'], -1), 'guess');
    expectInvalidArgument(() => xirr([-100, 110], ['2026-01-01', '2027-01-01'], Number.NaN), 'guess');
  });
});

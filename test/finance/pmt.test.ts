import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pmt } from '@plumbline/core';
import { cents, expectInvalidArgument, formulaNumber, runs } from './support.js';

/** Excel's PMT equation, which the payment must solve: pv·g + pmt·(1 + rate·type)·(g - 1)/rate + fv = 0. */
function balance(rate: number, nper: number, pv: number, payment: number, fv: number, type: 0 | 1): number {
  if (rate === 0) return pv + payment * nper + fv;
  const growth = (1 + rate) ** nper;
  return pv * growth + (payment * (1 + rate * type) * (growth - 1)) / rate + fv;
}

describe('pmt: Microsoft examples (Excel PMT function page)', () => {
  it('PMT(8%/12, 10, 10000) is -1,037.03', () => {
    expect(pmt(0.08 / 12, 10, 10000)).toBeCloseTo(-1037.03, 2);
  });

  it('PMT(8%/12, 10, 10000, 0, 1) is -1,030.16 (payments at the beginning of each period)', () => {
    expect(pmt(0.08 / 12, 10, 10000, 0, 1)).toBeCloseTo(-1030.16, 2);
  });

  it('PMT(6%/12, 18*12, 0, 50000) is -129.08 (saving 50,000 over 18 years)', () => {
    expect(pmt(0.06 / 12, 18 * 12, 0, 50000)).toBeCloseTo(-129.08, 2);
  });
});

describe('pmt: rate 0 and limits', () => {
  it('at rate 0 is -(pv + fv) / nper, whatever the type', () => {
    expect(pmt(0, 10, 1000)).toBe(-100);
    expect(pmt(0, 12, 1000, 200)).toBe(-100);
    expect(pmt(0, 12, 1000, 200, 1)).toBe(-100);
    expect(pmt(0, 4, -1000)).toBe(250);
    expect(Object.is(pmt(0, 10, 0), 0)).toBe(true);
  });

  it('keeps its precision at tiny rates, where (1 + rate)^nper - 1 cancels', () => {
    // pmt ≈ -(pv / n)(1 + rate (n + 1) / 2) to first order in the rate
    const rate = 1e-12;
    expect(pmt(rate, 360, 100000)).toBeCloseTo(-(100000 / 360) * (1 + (rate * 361) / 2), 12);
    expect(pmt(1e-300, 360, 100000)).toBe(-100000 / 360);
  });

  it('handles long terms without overflow: interest only, or nothing left to pay', () => {
    expect(pmt(0.05, 100000, 1000)).toBeCloseTo(-50, 12);
    expect(pmt(-0.5, 10000, 1000, 0)).toBe(0);
    expect(pmt(0.05, 1e6, 1000, 0, 1)).toBeCloseTo(-50 / 1.05, 12);
  });

  it('accepts a fractional nper, as Excel does', () => {
    const payment = pmt(0.01, 10.5, 1000);
    expect(Math.abs(balance(0.01, 10.5, 1000, payment, 0, 0))).toBeLessThan(1e-9);
  });
});

describe('pmt: agreement with @formulajs/formulajs PMT', () => {
  it('matches PMT(rate, nper, pv, fv, type) to 1e-9 relative on 500 seeded random loans and savings', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }).map((basisPoints) => basisPoints / 10000),
        fc.oneof(fc.integer({ min: 1, max: 600 }), fc.double({ min: 0.25, max: 600, noNaN: true })),
        cents(-1e7, 1e7),
        cents(-1e7, 1e7),
        fc.constantFrom<0 | 1>(0, 1),
        (rate, nper, pv, fv, type) => {
          const expected = formulaNumber(formulajs.PMT(rate, nper, pv, fv, type));
          if (expected === undefined) return;
          compared += 1;
          const actual = pmt(rate, nper, pv, fv, type);
          // 1e-9 relative; plus 1e-12 of the amounts, for pv and fv that nearly cancel.
          expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-12 * (Math.abs(pv) + Math.abs(fv)));
        },
      ),
      runs(500),
    );
    expect(compared).toBe(500);
  });
});

describe('pmt: properties', () => {
  it('the payment solves Excel’s annuity equation', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }).map((basisPoints) => basisPoints / 10000),
        fc.integer({ min: 1, max: 480 }),
        cents(-1e6, 1e6),
        cents(-1e6, 1e6),
        fc.constantFrom<0 | 1>(0, 1),
        (rate, nper, pv, fv, type) => {
          const payment = pmt(rate, nper, pv, fv, type);
          const growth = (1 + rate) ** nper;
          const scale = Math.abs(pv) * Math.max(1, growth) + Math.abs(fv) + Math.abs(payment) * nper * Math.max(1, growth);
          expect(Math.abs(balance(rate, nper, pv, payment, fv, type))).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
      runs(500),
    );
  });

  it('is linear and odd in (pv, fv): borrowing more pays more, lending is the mirror image', () => {
    expect(pmt(0.01, 24, -5000)).toBeCloseTo(-pmt(0.01, 24, 5000), 12);
    expect(pmt(0.01, 24, 5000, 1000)).toBeCloseTo(pmt(0.01, 24, 5000) + pmt(0.01, 24, 0, 1000), 12);
  });
});

describe('pmt: invalid arguments name the field', () => {
  it.each([
    ['-1', -1],
    ['below -1', -1.01],
    ['NaN', Number.NaN],
    ['a string', '8%'],
  ])('rate %s', (_, rate) => {
    expectInvalidArgument(() => pmt(rate as number, 10, 1000), 'rate');
  });

  it.each([
    ['0', 0],
    ['negative', -12],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '12'],
  ])('nper %s', (_, nper) => {
    expectInvalidArgument(() => pmt(0.01, nper as number, 1000), 'nper');
  });

  it('pv and fv', () => {
    expectInvalidArgument(() => pmt(0.01, 12, Number.NaN), 'pv');
    expectInvalidArgument(() => pmt(0.01, 12, '1000' as unknown as number), 'pv');
    expectInvalidArgument(() => pmt(0.01, 12, 1000, Number.NEGATIVE_INFINITY), 'fv');
    expectInvalidArgument(() => pmt(0.01, 12, 1000, null as unknown as number), 'fv');
  });

  it.each([
    ['2', 2],
    ['-1', -1],
    ['0.5', 0.5],
    ['true', true],
    ['"1"', '1'],
    ['null', null],
  ])('type %s', (_, type) => {
    expectInvalidArgument(() => pmt(0.01, 12, 1000, 0, type as 0 | 1), 'type');
  });

  it('undefined fv and type take the defaults, as when left out', () => {
    expect(pmt(0.01, 12, 1000, undefined, undefined)).toBe(pmt(0.01, 12, 1000));
  });
});

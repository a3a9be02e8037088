import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr, npv } from '@plumbline/core';
import { cents, conventionalInvestment, expectInvalidArgument, expectNoSolution, formulaNumber, presentValue, realisticInvestment, runs } from './support.js';

const periods = (values: readonly number[]): number[] => values.map((_, index) => index);

/** |NPV| at `rate` relative to the flows' discounted size: ~1e-16 at an exact root. */
const residual = (rate: number, values: readonly number[]): number => {
  const { value, size } = presentValue(rate, values, periods(values));
  return Math.abs(value) / size;
};

/** Newton's method as textbooks (and Excel) write it: no damping, no fallback; NaN when it fails. */
function plainNewton(values: readonly number[], guess: number, steps: number): number {
  let rate = guess;
  for (let step = 0; step < steps; step += 1) {
    let value = 0;
    let slope = 0;
    values.forEach((flow, index) => {
      value += flow / (1 + rate) ** index;
      slope -= (index * flow) / (1 + rate) ** (index + 1);
    });
    const next = rate - value / slope;
    if (!Number.isFinite(next)) return Number.NaN;
    if (Math.abs(next - rate) < 1e-12 * (1 + Math.abs(rate))) return next;
    rate = next;
  }
  return Number.NaN;
}

describe('irr: Microsoft examples (Excel IRR function page)', () => {
  const flows = [-70000, 12000, 15000, 18000, 21000, 26000];

  it('after four years: -2.1% (-2.12%)', () => {
    expect(irr(flows.slice(0, 5))).toBeCloseTo(-0.0212, 4);
  });

  it('after five years: 8.7% (8.66%)', () => {
    expect(irr(flows)).toBeCloseTo(0.0866, 4);
  });

  it('after two years, with a guess of -10%: -44.4% (-44.35%)', () => {
    expect(irr(flows.slice(0, 3), -0.1)).toBeCloseTo(-0.4435, 4);
  });

  it('NPV(IRR(values), values) is zero, under either convention (Excel shows 1.79E-09)', () => {
    const rate = irr(flows);
    expect(Math.abs(npv(rate, flows))).toBeLessThan(1e-9);
    expect(Math.abs(npv(rate, flows, { convention: 'tei' }))).toBeLessThan(1e-9);
  });

  it('is exact to the last digits (checked against a 50-digit bisection)', () => {
    expect(irr(flows)).toBeCloseTo(0.086630948036531614, 15);
    expect(irr(flows.slice(0, 5))).toBeCloseTo(-0.021244848273410991, 15);
    expect(irr(flows.slice(0, 3), -0.1)).toBeCloseTo(-0.44350694133474054, 15);
  });
});

describe('irr: agreement with @formulajs/formulajs IRR', () => {
  it('matches IRR(values) on 500 seeded conventional investments', () => {
    let compared = 0;
    let strictlyRelative = 0;
    fc.assert(
      fc.property(realisticInvestment(40), (values) => {
        const expected = formulaNumber(formulajs.IRR(values));
        if (expected === undefined) return;
        compared += 1;
        const actual = irr(values);
        const difference = Math.abs(actual - expected);
        // formulajs stops at about 1e-10 absolute (a finite-difference slope, rates cached by
        // rounding to 1e-10), so for rates near 0 its own error exceeds 1e-9 relative: the bound is
        // 1e-9 relative or 2e-10 absolute, and beyond 1e-9 relative ours must be the better root.
        expect(difference).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(expected), 2e-10));
        if (difference <= 1e-9 * Math.abs(expected)) strictlyRelative += 1;
        else expect(residual(actual, values)).toBeLessThanOrEqual(residual(expected, values));
      }),
      runs(500),
    );
    expect(compared).toBe(500);
    expect(strictlyRelative).toBeGreaterThan(350);
  });

  it('matches IRR(values, guess) on the Microsoft example with a guess', () => {
    const expected = formulaNumber(formulajs.IRR([-70000, 12000, 15000], -0.1)) ?? Number.NaN;
    expect(irr([-70000, 12000, 15000], -0.1)).toBeCloseTo(expected, 9);
  });
});

describe('irr: properties', () => {
  it('makes the tei NPV zero: npv(irr(values), values, tei) ≈ 0', () => {
    fc.assert(
      fc.property(conventionalInvestment(60), (values) => {
        const rate = irr(values);
        expect(rate).toBeGreaterThan(-1);
        // Near -1, the double nearest the root is itself only 1.1e-16 / (1 + rate) accurate, relatively.
        expect(residual(rate, values)).toBeLessThan(1e-12 * Math.max(1, 1 / (1 + rate)));
      }),
      runs(500),
    );
  });

  it('finds the one root of a conventional investment from any guess', () => {
    fc.assert(
      fc.property(conventionalInvestment(30), fc.double({ min: -0.99, max: 50, noNaN: true }), (values, guess) => {
        const root = irr(values);
        expect(Math.abs(irr(values, guess) - root)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(root)));
      }),
      runs(500),
    );
  });

  it('on any flows either returns a root or throws NO_SOLUTION, never NaN or another error', () => {
    fc.assert(
      fc.property(fc.array(cents(-1e5, 1e5), { minLength: 1, maxLength: 12 }), fc.option(fc.double({ min: -0.99, max: 10, noNaN: true }), { nil: undefined }), (values, guess) => {
        let rate: number;
        try {
          rate = irr(values, guess);
        } catch (error) {
          expect(error).toMatchObject({ name: 'PlumblineError', code: 'NO_SOLUTION', details: { method: 'IRR' } });
          return;
        }
        expect(rate).toBeGreaterThan(-1);
        expect(Number.isFinite(rate)).toBe(true);
        expect(residual(rate, values)).toBeLessThan(1e-9);
      }),
      runs(500),
    );
  });

  it('never mutates its inputs', () => {
    const values = Object.freeze([-70000, 12000, 15000, 18000, 21000, 26000]);
    expect(irr(values)).toBeCloseTo(0.0866, 4);
    expect(values).toEqual([-70000, 12000, 15000, 18000, 21000, 26000]);
  });
});

describe('irr: hard cases converge where plain Newton from 0.1 does not', () => {
  it('a root at -90%: Newton from 0.1 jumps below -100% and diverges', () => {
    expect(plainNewton([-100, 10], 0.1, 100)).toBeNaN();
    expect(irr([-100, 10])).toBeCloseTo(-0.9, 12);
    expect(irr([10, -1])).toBeCloseTo(-0.9, 12);
  });

  it('a root at -99%, and one at -99.99999999% (1 + rate = 1e-10)', () => {
    expect(irr([-100, 0, 0.01])).toBeCloseTo(-0.99, 12);
    expect(irr([-1, 0, 0, 1e-30])).toBeCloseTo(-1 + 1e-10, 15);
  });

  it('roots above 500%, where Newton from 0.1 diverges or needs more than the 20 steps Excel allows', () => {
    expect(plainNewton([13, -97, 53], 0.1, 100)).toBeNaN();
    expect(irr([13, -97, 53])).toBeCloseTo(5.867920163754662, 9);
    expect(plainNewton([-3, 93, -49, -14, 9], 0.1, 100)).toBeNaN();
    expect(residual(irr([-3, 93, -49, -14, 9]), [-3, 93, -49, -14, 9])).toBeLessThan(1e-12);
    const tenfoldBillion = [-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1e9];
    expect(plainNewton(tenfoldBillion, 0.1, 20)).toBeNaN();
    expect(irr(tenfoldBillion)).toBeCloseTo(1e9 ** 0.1 - 1, 12);
  });

  it('a huge rate: 1,000,000% in one period', () => {
    expect(irr([-1, 10001])).toBeCloseTo(10000, 6);
  });

  it('with two roots, takes the one Newton reaches from the guess', () => {
    // -1 + 10y - y² = 0, y = 1/(1+r): r = 8.899 or r = -0.899
    expect(irr([-1, 10, -1])).toBeCloseTo(8.898979485566356, 9);
    expect(irr([-1, 10, -1], -0.95)).toBeCloseTo(-0.898979485566356, 9);
  });
});

describe('irr: NO_SOLUTION', () => {
  it.each([
    ['all positive', [100, 50, 25]],
    ['all negative', [-100, -50]],
    ['all zero', [0, 0, 0]],
    ['one value', [-100]],
    ['positive and zeros', [0, 10, 0]],
  ])('values %s: no sign change', (_, values) => {
    const error = expectNoSolution(() => irr(values), 'IRR');
    expect(error.message).toContain('IRR needs at least one negative and one positive value');
  });

  it('values that change sign but have no real root (1 - 3y + 3y² > 0)', () => {
    const error = expectNoSolution(() => irr([1, -3, 3]), 'IRR');
    expect(error.message).toContain('no rate above -100% was found');
  });
});

describe('irr: invalid arguments name the field', () => {
  it('values', () => {
    expectInvalidArgument(() => irr([]), 'values');
    expectInvalidArgument(() => irr(null as unknown as number[]), 'values');
    expectInvalidArgument(() => irr([-100, 50, Number.NaN]), 'values[2]');
    expectInvalidArgument(() => irr([-100, '50' as unknown as number]), 'values[1]');
  });

  it.each([
    ['-1', -1],
    ['below -1', -3],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '0.1'],
    ['null', null],
  ])('guess %s', (_, guess) => {
    expectInvalidArgument(() => irr([-100, 110], guess as number), 'guess');
  });

  it('guess undefined means 0.1, as in Excel', () => {
    expect(irr([-100, 110], undefined)).toBe(irr([-100, 110], 0.1));
  });
});

import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npv } from '@plumbline/core';
import { cents, conventionalInvestment, expectInvalidArgument, formulaNumber, runs } from './support.js';

describe('npv: Microsoft examples (Excel NPV function page)', () => {
  it('NPV(10%, -10000, 3000, 4200, 6800) is 1,188.44', () => {
    expect(npv(0.1, [-10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
  });

  it('NPV(8%, 8000, 9200, 10000, 12000, 14500) + -40000 is 1,922.06', () => {
    expect(npv(0.08, [8000, 9200, 10000, 12000, 14500]) - 40000).toBeCloseTo(1922.06, 2);
  });

  it('NPV(8%, 8000, 9200, 10000, 12000, 14500, -9000) + -40000 is -3,749.47', () => {
    expect(npv(0.08, [8000, 9200, 10000, 12000, 14500, -9000]) - 40000).toBeCloseTo(-3749.47, 2);
  });
});

describe("npv: the 'excel' and 'tei' conventions", () => {
  it('discounts the first value one period under excel, not at all under tei (checkable by hand)', () => {
    // -100/1.1 + 60/1.21 + 60/1.331 = -90.9091 + 49.5868 + 45.0789
    expect(npv(0.1, [-100, 60, 60])).toBeCloseTo(3.756574, 6);
    // -100 + 60/1.1 + 60/1.21 = -100 + 54.5455 + 49.5868
    expect(npv(0.1, [-100, 60, 60], { convention: 'tei' })).toBeCloseTo(4.132231, 6);
  });

  it("with tei, Microsoft's outlay goes inside the values and gives the same 1,922.06", () => {
    expect(npv(0.08, [-40000, 8000, 9200, 10000, 12000, 14500], { convention: 'tei' })).toBeCloseTo(1922.06, 2);
  });

  it("defaults to 'excel', and accepts it (and undefined) explicitly", () => {
    const values = [-10000, 3000, 4200, 6800];
    expect(npv(0.1, values, { convention: 'excel' })).toBe(npv(0.1, values));
    expect(npv(0.1, values, { convention: undefined })).toBe(npv(0.1, values));
    expect(npv(0.1, values, {})).toBe(npv(0.1, values));
  });

  it('tei is excel times (1 + rate)', () => {
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 2, noNaN: true }), fc.array(cents(-1e6, 1e6), { minLength: 1, maxLength: 40 }), (rate, values) => {
        const excel = npv(rate, values);
        const tei = npv(rate, values, { convention: 'tei' });
        const size = values.reduce((sum, value, index) => sum + Math.abs(value) / (1 + rate) ** index, 0);
        expect(Math.abs(tei - excel * (1 + rate))).toBeLessThanOrEqual(1e-12 * size);
      }),
      runs(500),
    );
  });

  it('at rate 0 is the plain sum; one value is simply discounted once (excel) or kept (tei)', () => {
    expect(npv(0, [-100, 30, 80])).toBe(10);
    expect(npv(0.1, [110])).toBeCloseTo(100, 12);
    expect(npv(0.1, [110], { convention: 'tei' })).toBe(110);
  });
});

describe('npv: agreement with @formulajs/formulajs NPV', () => {
  it('matches NPV(rate, ...values) to 1e-9 relative on 500 seeded random cases', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.double({ min: -0.95, max: 2, noNaN: true }), fc.array(cents(-1e6, 1e6), { minLength: 1, maxLength: 60 }), (rate, values) => {
        const expected = formulaNumber(formulajs.NPV(rate, ...values));
        if (expected === undefined) return;
        compared += 1;
        const actual = npv(rate, values);
        // 1e-9 relative; plus 1e-12 of the flows' discounted size, for results that cancel to near zero.
        const size = values.reduce((sum, value, index) => sum + Math.abs(value) / (1 + rate) ** (index + 1), 0);
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-12 * size);
      }),
      runs(500),
    );
    expect(compared).toBe(500);
  });
});

describe('npv: properties', () => {
  it('(tei) is decreasing in the rate for a conventional investment', () => {
    fc.assert(
      fc.property(
        conventionalInvestment(20).filter((values) => values.slice(1).some((value) => value >= 1000)),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (values, low, gap) => {
          expect(npv(low, values, { convention: 'tei' })).toBeGreaterThan(npv(low + gap, values, { convention: 'tei' }));
        },
      ),
      runs(500),
    );
  });

  it('(excel) need not be: the outlay is discounted too, and discounting it more raises the NPV', () => {
    // -100/(1+r) + 1/(1+r)^2 rises with r: only npv × (1 + rate), the tei value, is monotone.
    expect(npv(0.1, [-100, 1])).toBeGreaterThan(npv(0, [-100, 1]));
  });

  it('never mutates its inputs (frozen arrays and options are accepted)', () => {
    const values = Object.freeze([-10000, 3000, 4200, 6800]);
    const options = Object.freeze({ convention: 'tei' as const });
    expect(npv(0.1, values, options)).toBeCloseTo(1307.29, 2);
    expect(values).toEqual([-10000, 3000, 4200, 6800]);
  });

  it('returns a finite number or throws a PlumblineError, for any finite rate and values', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 30 }), (rate, values) => {
        try {
          expect(Number.isFinite(npv(rate, values))).toBe(true);
        } catch (error) {
          expect(error).toMatchObject({ name: 'PlumblineError', code: 'INVALID_ARGUMENT' });
        }
      }),
      runs(500),
    );
  });
});

describe('npv: invalid arguments name the field', () => {
  it.each([
    ['-1 (divides by zero)', -1],
    ['below -1', -2],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a string', '0.1'],
    ['undefined', undefined],
  ])('rate %s', (_, rate) => {
    expectInvalidArgument(() => npv(rate as number, [1, 2]), 'rate');
  });

  it.each([
    ['empty', []],
    ['not an array', 5],
    ['null', null],
    ['a string', '1,2,3'],
  ])('values %s', (_, values) => {
    expectInvalidArgument(() => npv(0.1, values as number[]), 'values');
  });

  it.each([
    [[1, Number.NaN, 3], 'values[1]'],
    [[1, 2, Number.NEGATIVE_INFINITY], 'values[2]'],
    [[1, '2', 3], 'values[1]'],
    [[null], 'values[0]'],
    // eslint-disable-next-line no-sparse-arrays
    [[1, , 3], 'values[1]'],
  ])('%j names %s', (values, argument) => {
    const error = expectInvalidArgument(() => npv(0.1, values as number[]), argument);
    expect(error.details).toMatchObject({ expected: 'a finite number' });
  });

  it('an unknown convention names options.convention', () => {
    expectInvalidArgument(() => npv(0.1, [1], { convention: 'numpy' as 'tei' }), 'options.convention');
  });

  it('a result beyond the floating-point range is an error on the rate, never Infinity or NaN', () => {
    expectInvalidArgument(() => npv(-0.999999, new Array<number>(200).fill(1e300)), 'rate');
  });
});

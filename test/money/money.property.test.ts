import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocateMoney,
  compareMoney,
  currencyExponent,
  fromMinorUnits,
  isPlumblineError,
  money,
  multiplyMoney,
  subtractMoney,
  sumMoney,
  toMinorUnits,
} from '@plumbline/core';

const currency = fc.constantFrom('JPY', 'EUR', 'USD', 'KWD', 'CLF');
// Minor units small enough that sums of a few stay safe.
const minor = fc.integer({ min: -1e12, max: 1e12 });
const amountIn = (code: string) => minor.map((units) => fromMinorUnits(units, code));

describe('money properties', () => {
  it('round-trips minor units through the canonical string', () => {
    fc.assert(
      fc.property(currency, fc.maxSafeInteger(), (code, units) => {
        const value = fromMinorUnits(units, code);
        expect(toMinorUnits(value)).toBe(units);
        expect(money(value.amount, code)).toEqual(value);
        expect(value.amount.split('.')[1]?.length ?? 0).toBe(currencyExponent(code));
      }),
    );
  });

  it('adds and subtracts exactly, as integers do', () => {
    fc.assert(
      fc.property(currency.chain((code) => fc.tuple(amountIn(code), amountIn(code))), ([a, b]) => {
        expect(toMinorUnits(addMoney(a, b))).toBe(toMinorUnits(a) + toMinorUnits(b));
        expect(subtractMoney(addMoney(a, b), b)).toEqual(a);
        expect(compareMoney(a, b)).toBe(Math.sign(toMinorUnits(a) - toMinorUnits(b)));
      }),
    );
  });

  it('sums in any order to the same total', () => {
    fc.assert(
      fc.property(currency.chain((code) => fc.tuple(fc.constant(code), fc.array(amountIn(code), { maxLength: 30 }))), ([code, items]) => {
        const total = sumMoney(items, code);
        expect(sumMoney([...items].reverse(), code)).toEqual(total);
        expect(toMinorUnits(total)).toBe(items.reduce((sum, item) => sum + toMinorUnits(item), 0));
      }),
    );
  });

  it('allocates so that parts sum to the whole, each within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(
        currency.chain((code) => amountIn(code)),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((ratios) => ratios.some((r) => r > 0)),
        (whole, ratios) => {
          const parts = allocateMoney(whole, ratios);
          expect(parts).toHaveLength(ratios.length);
          expect(sumMoney(parts, whole.currency)).toEqual(fromMinorUnits(toMinorUnits(whole), whole.currency));
          const totalRatio = ratios.reduce((a, b) => a + b, 0);
          parts.forEach((part, index) => {
            const exact = (toMinorUnits(whole) * (ratios[index] ?? 0)) / totalRatio;
            expect(Math.abs(toMinorUnits(part) - exact)).toBeLessThan(1 + 1e-6);
          });
        },
      ),
    );
  });

  it('multiplies by one as the identity and by an integer as repeated addition', () => {
    fc.assert(
      fc.property(currency.chain((code) => amountIn(code)), fc.integer({ min: -50, max: 50 }), (value, times) => {
        expect(multiplyMoney(value, 1)).toEqual(value);
        expect(toMinorUnits(multiplyMoney(value, times))).toBe(toMinorUnits(value) * times || 0);
      }),
    );
  });

  it('either returns canonical money or throws a PlumblineError, for any string or number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.stringMatching(/^-?\d{1,20}(\.\d{0,6})?$/)), currency, (amount, code) => {
        try {
          const value = money(amount, code);
          expect(money(value.amount, code)).toEqual(value);
        } catch (error) {
          expect(isPlumblineError(error)).toBe(true);
        }
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocateMoney,
  compareMoney,
  currencyExponent,
  formatMoney,
  fromMinorUnits,
  isCurrencyCode,
  isPlumblineError,
  money,
  moneyToNumber,
  multiplyMoney,
  PlumblineError,
  subtractMoney,
  sumMoney,
  toMinorUnits,
} from '@plumbline/core';
import type { Money, PlumblineErrorCode } from '@plumbline/core';
import { errorOf } from '../support.js';

const eur = (amount: string | number): Money => ({ amount, currency: 'EUR' });


function expectCode(fn: () => unknown, code: PlumblineErrorCode): PlumblineError {
  const error = errorOf(fn);
  expect(error.code).toBe(code);
  return error;
}

describe('currencies', () => {
  it('knows the ISO 4217 exponents', () => {
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('EUR')).toBe(2);
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('BHD')).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
  });

  it('rejects unknown, lower-case and minor-unit-less codes', () => {
    for (const code of ['XYZ', 'eur', 'EURO', '', 'XAU', 'XXX']) {
      expect(isCurrencyCode(code)).toBe(false);
      const error = expectCode(() => currencyExponent(code), 'UNKNOWN_CURRENCY');
      expect(error.message).toContain(JSON.stringify(code));
    }
  });
});

describe('money', () => {
  it('writes the canonical decimal string with all of the currency decimals', () => {
    expect(money('1999.9', 'EUR')).toEqual({ amount: '1999.90', currency: 'EUR' });
    expect(money(1999.99, 'EUR')).toEqual({ amount: '1999.99', currency: 'EUR' });
    expect(money(0.1, 'EUR')).toEqual({ amount: '0.10', currency: 'EUR' });
    expect(money(1500, 'JPY')).toEqual({ amount: '1500', currency: 'JPY' });
    expect(money('2', 'KWD')).toEqual({ amount: '2.000', currency: 'KWD' });
    expect(money('-0.005', 'KWD')).toEqual({ amount: '-0.005', currency: 'KWD' });
    expect(money('-0', 'EUR')).toEqual({ amount: '0.00', currency: 'EUR' });
    expect(money('007.50', 'EUR')).toEqual({ amount: '7.50', currency: 'EUR' });
  });

  it('accepts zeros beyond the minor unit, which lose nothing', () => {
    expect(money('1.000', 'EUR')).toEqual({ amount: '1.00', currency: 'EUR' });
    expect(money('12.0', 'JPY')).toEqual({ amount: '12', currency: 'JPY' });
  });

  it('rejects an amount with more decimals than its currency, naming both', () => {
    const error = expectCode(() => money('1.005', 'EUR'), 'INVALID_AMOUNT');
    expect(error.message).toBe('Invalid amount "1.005" for EUR: expected at most 2 decimals (the minor unit of EUR).');
    expect(error.details).toEqual({ amount: '1.005', currency: 'EUR', expected: 'at most 2 decimals (the minor unit of EUR)' });
    expectCode(() => money(1.5, 'JPY'), 'INVALID_AMOUNT');
    expectCode(() => money('0.0001', 'KWD'), 'INVALID_AMOUNT');
    // A binary-fraction artefact is garbage, not money.
    expectCode(() => money(0.1 + 0.2, 'EUR'), 'INVALID_AMOUNT');
  });

  it('rejects text that is not a plain decimal', () => {
    for (const amount of ['', 'abc', '1,000.00', '1e3', '+1', '1.', '.5', ' 1', '0x10', 'NaN']) {
      expectCode(() => money(amount, 'EUR'), 'INVALID_AMOUNT');
    }
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expectCode(() => money(amount, 'EUR'), 'INVALID_AMOUNT');
    }
  });

  it('rejects unknown currencies', () => {
    expectCode(() => money('1', 'ABC'), 'UNKNOWN_CURRENCY');
  });

  it('holds amounts up to Number.MAX_SAFE_INTEGER minor units exactly, and no further', () => {
    expect(money('90071992547409.91', 'EUR')).toEqual({ amount: '90071992547409.91', currency: 'EUR' });
    expect(money('9007199254740991', 'JPY').amount).toBe('9007199254740991');
    const error = expectCode(() => money('90071992547409.92', 'EUR'), 'AMOUNT_OUT_OF_RANGE');
    expect(error.message).toContain('90071992547409.92');
    expectCode(() => money('-9007199254740992', 'JPY'), 'AMOUNT_OUT_OF_RANGE');
    expectCode(() => money(1e21, 'EUR'), 'AMOUNT_OUT_OF_RANGE');
  });
});

describe('toMinorUnits and fromMinorUnits', () => {
  it('convert with the currency exponent', () => {
    expect(toMinorUnits(eur('1999.99'))).toBe(199999);
    expect(toMinorUnits({ amount: '1.5', currency: 'KWD' })).toBe(1500);
    expect(toMinorUnits({ amount: 1500, currency: 'JPY' })).toBe(1500);
    expect(toMinorUnits(eur('-0.01'))).toBe(-1);
    expect(fromMinorUnits(199999, 'EUR')).toEqual(eur('1999.99'));
    expect(fromMinorUnits(5, 'EUR')).toEqual(eur('0.05'));
    expect(fromMinorUnits(-5, 'KWD')).toEqual({ amount: '-0.005', currency: 'KWD' });
  });

  it('reject non-integer or unsafe minor units', () => {
    expectCode(() => fromMinorUnits(1.5, 'EUR'), 'AMOUNT_OUT_OF_RANGE');
    expectCode(() => fromMinorUnits(2 ** 53, 'EUR'), 'AMOUNT_OUT_OF_RANGE');
  });

  it('reject null or a non-object in every money function with a clear error, not a TypeError', () => {
    const one = eur(1);
    const calls: [string, () => unknown][] = [
      ['add', () => addMoney(null as unknown as Money, one)],
      ['subtract', () => subtractMoney(one, null as unknown as Money)],
      ['compare', () => compareMoney('1 EUR' as unknown as Money, one)],
      ['sum', () => sumMoney([null as unknown as Money], 'EUR')],
      ['multiply', () => multiplyMoney(null as unknown as Money, 2)],
      ['allocate', () => allocateMoney(null as unknown as Money, [1])],
      ['format', () => formatMoney(null as unknown as Money)],
      ['toNumber', () => moneyToNumber(undefined as unknown as Money)],
    ];
    for (const [name, call] of calls) expect(errorOf(call).code, name).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => sumMoney([null as unknown as Money], 'EUR')).message).toBe(
      'Invalid money: expected a Money value { amount, currency }, received null.',
    );
  });

  it('reject a value that is not a Money object with a clear error, not a TypeError', () => {
    expectCode(() => toMinorUnits(null as unknown as Money), 'INVALID_ARGUMENT');
    expectCode(() => toMinorUnits({ amount: {}, currency: 'EUR' } as unknown as Money), 'INVALID_AMOUNT');
  });
});

describe('addMoney, subtractMoney and sumMoney', () => {
  it('are exact where floating point is not', () => {
    expect(addMoney(eur('0.10'), eur('0.20'))).toEqual(eur('0.30'));
    expect(subtractMoney(eur(100), eur('120.50'))).toEqual(eur('-20.50'));
    expect(sumMoney([eur('1200'), eur('99.99'), eur(0.01)])).toEqual(eur('1300.00'));
    expect(sumMoney(Array.from({ length: 10 }, () => eur('0.1')))).toEqual(eur('1.00'));
  });

  it('refuse to mix currencies, naming both', () => {
    const error = expectCode(() => addMoney(eur(1), { amount: 1, currency: 'USD' }), 'CURRENCY_MISMATCH');
    expect(error.message).toBe('Cannot add amounts in EUR and USD: convert them to one currency with an explicit rate first.');
    expectCode(() => subtractMoney(eur(1), { amount: 1, currency: 'JPY' }), 'CURRENCY_MISMATCH');
    expectCode(() => sumMoney([eur(1), { amount: 1, currency: 'USD' }]), 'CURRENCY_MISMATCH');
    expectCode(() => sumMoney([eur(1)], 'USD'), 'CURRENCY_MISMATCH');
  });

  it('sum an empty list to zero only when told the currency', () => {
    expect(sumMoney([], 'JPY')).toEqual({ amount: '0', currency: 'JPY' });
    expectCode(() => sumMoney([]), 'INVALID_ARGUMENT');
    expectCode(() => sumMoney([], 'NOPE'), 'UNKNOWN_CURRENCY');
    expectCode(() => sumMoney('EUR 1' as unknown as Money[]), 'INVALID_ARGUMENT');
  });

  it('never lose precision past the safe-integer range, even in a running total', () => {
    const big = { amount: '9007199254740991', currency: 'JPY' };
    expectCode(() => addMoney(big, { amount: 1, currency: 'JPY' }), 'AMOUNT_OUT_OF_RANGE');
    expectCode(() => sumMoney([big, { amount: 1, currency: 'JPY' }, { amount: -5, currency: 'JPY' }]), 'AMOUNT_OUT_OF_RANGE');
  });
});

describe('multiplyMoney', () => {
  it('rounds half to even on the exact product', () => {
    expect(multiplyMoney(eur('0.25'), 0.5)).toEqual(eur('0.12'));
    expect(multiplyMoney(eur('0.35'), 0.5)).toEqual(eur('0.18'));
    expect(multiplyMoney(eur('-0.25'), 0.5)).toEqual(eur('-0.12'));
    expect(multiplyMoney(eur('0.05'), '0.5')).toEqual(eur('0.02'));
    expect(multiplyMoney(eur('0.07'), '0.5')).toEqual(eur('0.04'));
    expect(multiplyMoney(eur('0.01'), '0.51')).toEqual(eur('0.01'));
  });

  it('treats a number factor as the decimal it prints as', () => {
    // 1.15 is 1.149999... in binary; as written it is 1.15, and 10.10 x 1.15 = 11.615 -> 11.62 (half-even).
    expect(multiplyMoney(eur('10.10'), 1.15)).toEqual(eur('11.62'));
    expect(multiplyMoney(eur('1000'), 1.03 ** 2)).toEqual(eur('1060.90'));
    expect(multiplyMoney({ amount: 1000, currency: 'JPY' }, 1e-7)).toEqual({ amount: '0', currency: 'JPY' });
  });

  it('rejects factors that are not finite decimals', () => {
    for (const factor of [Number.NaN, Number.POSITIVE_INFINITY, 'abc', '1e3', '']) {
      expectCode(() => multiplyMoney(eur(1), factor), 'INVALID_ARGUMENT');
    }
    expectCode(() => multiplyMoney({ amount: '9007199254740991', currency: 'JPY' }, 2), 'AMOUNT_OUT_OF_RANGE');
    expectCode(() => multiplyMoney({ amount: 3, currency: 'JPY' }, 1e21), 'AMOUNT_OUT_OF_RANGE');
  });
});

describe('allocateMoney', () => {
  it('splits with no cent lost, largest remainders first', () => {
    expect(allocateMoney(eur(100), [1, 1, 1])).toEqual([eur('33.34'), eur('33.33'), eur('33.33')]);
    expect(allocateMoney(eur('0.05'), [1, 1])).toEqual([eur('0.03'), eur('0.02')]);
    expect(allocateMoney({ amount: 10, currency: 'JPY' }, [70, 30])).toEqual([
      { amount: '7', currency: 'JPY' },
      { amount: '3', currency: 'JPY' },
    ]);
    // 1.00 by 1:2 is 0.333.. and 0.666..; the larger remainder (0.666) gets the extra cent.
    expect(allocateMoney(eur(1), [1, 2])).toEqual([eur('0.33'), eur('0.67')]);
    expect(allocateMoney(eur(1), ['0.25', 0.75, 0])).toEqual([eur('0.25'), eur('0.75'), eur('0.00')]);
  });

  it('splits a negative amount as its magnitude', () => {
    expect(allocateMoney(eur(-100), [1, 1, 1])).toEqual([eur('-33.34'), eur('-33.33'), eur('-33.33')]);
  });

  it('rejects empty, negative, non-finite and all-zero ratios', () => {
    expectCode(() => allocateMoney(eur(1), []), 'INVALID_ARGUMENT');
    const error = expectCode(() => allocateMoney(eur(1), [1, -1]), 'INVALID_ARGUMENT');
    expect(error.message).toContain('ratios[1]');
    expectCode(() => allocateMoney(eur(1), [Number.NaN]), 'INVALID_ARGUMENT');
    expectCode(() => allocateMoney(eur(1), [0, 0]), 'INVALID_ARGUMENT');
  });
});

describe('compareMoney and moneyToNumber', () => {
  it('compare by value, not by text', () => {
    expect(compareMoney(eur('1.5'), eur(1.5))).toBe(0);
    expect(compareMoney(eur('4.99'), eur('30'))).toBe(-1);
    expect(compareMoney(eur('30'), eur('4.99'))).toBe(1);
    expect([eur('30'), eur('-1'), eur('4.99')].sort(compareMoney).map((m) => m.amount)).toEqual(['-1', '4.99', '30']);
    expectCode(() => compareMoney(eur(1), { amount: 1, currency: 'GBP' }), 'CURRENCY_MISMATCH');
  });

  it('give the major-unit number', () => {
    expect(moneyToNumber(eur('1999.99'))).toBe(1999.99);
    expect(moneyToNumber({ amount: '-0.005', currency: 'KWD' })).toBe(-0.005);
    expect(moneyToNumber({ amount: '1500', currency: 'JPY' })).toBe(1500);
  });
});

describe('formatMoney', () => {
  it('formats with Intl and the ISO 4217 decimals', () => {
    expect(formatMoney(eur('1999.99'), { locale: 'en-US' })).toBe('€1,999.99');
    expect(formatMoney(eur('1999.99'), { locale: 'de-DE' })).toBe('1.999,99\u00a0€');
    expect(formatMoney({ amount: 1500, currency: 'JPY' }, { locale: 'en-US', currencyDisplay: 'code' })).toBe('JPY\u00a01,500');
    expect(formatMoney({ amount: '1.5', currency: 'KWD' }, { locale: 'en-US', currencyDisplay: 'code' })).toBe('KWD\u00a01.500');
    expect(formatMoney(eur('-20.5'), { locale: 'en-US' })).toBe('-€20.50');
  });

  it('formats the exact decimal, not a rounded double', () => {
    expect(formatMoney(eur('90071992547409.91'), { locale: 'en-US' })).toBe('€90,071,992,547,409.91');
  });
});

describe('isPlumblineError', () => {
  it('recognises Plumbline errors by class or by shape', () => {
    const error = errorOf(() => money('1.005', 'EUR'));
    expect(isPlumblineError(error)).toBe(true);
    expect(isPlumblineError(error, 'INVALID_AMOUNT')).toBe(true);
    expect(isPlumblineError(error, 'CURRENCY_MISMATCH')).toBe(false);
    expect(isPlumblineError({ name: 'PlumblineError', code: 'NO_SOLUTION', message: '' }, 'NO_SOLUTION')).toBe(true);
    expect(isPlumblineError({ name: 'PlumblineError', code: 'MADE_UP' })).toBe(false);
    expect(isPlumblineError(new Error('x'))).toBe(false);
    expect(isPlumblineError(null)).toBe(false);
  });
});

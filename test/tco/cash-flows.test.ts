import { addMonths } from 'date-fns/addMonths';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashFlows } from '@plumbline/core';
import type { TotalCostOfOwnership } from '@plumbline/core';
import { deepFreeze, item, tco } from './helpers.js';
import { errorOf } from '../support.js';

const amounts = (value: TotalCostOfOwnership) => cashFlows(value).map((flow) => `${flow.month}:${flow.itemId}:${flow.amount.amount}`);


describe('cashFlows', () => {
  it('dates month m as the start plus m calendar months, clamping to the month end', () => {
    const flows = cashFlows(tco('t', [item('fee', 'price', 100, { type: 'recurring', every: 'month' })], { startDate: '2027-01-31', horizonMonths: 14 }));
    expect(flows.map((flow) => flow.date)).toEqual([
      '2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31',
      '2027-08-31', '2027-09-30', '2027-10-31', '2027-11-30', '2027-12-31', '2028-01-31', '2028-02-29',
    ]);
  });

  it('pays once at atMonth (0 by default) and recurring at the start of each period', () => {
    const value = tco('t', [
      item('licence', 'price', '1000', { type: 'once' }),
      item('install', 'installation', '500', { type: 'once', atMonth: 2 }),
      item('service', 'maintenance', '90', { type: 'recurring', every: 'quarter', fromMonth: 1, untilMonth: 10 }),
      item('audit', 'other', '300', { type: 'recurring', every: 'year', fromMonth: 6 }),
    ], { horizonMonths: 24 });
    expect(amounts(value)).toEqual([
      '0:licence:1000.00',
      '1:service:90.00',
      '2:install:500.00',
      '4:service:90.00',
      '6:audit:300.00',
      '7:service:90.00',
      '18:audit:300.00',
    ]);
  });

  it('stops recurring payments at the horizon when untilMonth goes past it', () => {
    const value = tco('t', [item('fee', 'support', 10, { type: 'recurring', every: 'year', untilMonth: 120 })], { horizonMonths: 30 });
    expect(amounts(value)).toEqual(['0:fee:10.00', '12:fee:10.00', '24:fee:10.00']);
  });

  it('escalates on each anniversary, rounding half to even per payment', () => {
    const support = item('support', 'support', '400', { type: 'recurring', every: 'year' }, 0.03);
    expect(amounts(tco('t', [support]))).toEqual(['0:support:400.00', '12:support:412.00', '24:support:424.36']);
    // 0.50 x 1.05 = 0.525 -> 0.52; 0.10 x 1.15 = 0.115 -> 0.12 (a float gives 0.11499999...; the exact product is a tie).
    const ties = tco('t', [
      item('a', 'other', '0.50', { type: 'once', atMonth: 12 }, 0.05),
      item('b', 'other', '0.10', { type: 'once', atMonth: 12 }, 0.15),
      item('c', 'other', '0.70', { type: 'once', atMonth: 12 }, 0.05),
    ]);
    expect(amounts(ties)).toEqual(['12:a:0.52', '12:b:0.12', '12:c:0.74']);
    // A falling price (negative escalation) compounds too: 1000 x 0.9^2.
    expect(amounts(tco('t', [item('d', 'price', 1000, { type: 'once', atMonth: 24 }, -0.1)]))).toEqual(['24:d:810.00']);
  });

  it('works in the currency exponent: JPY has no decimals, KWD three', () => {
    const jpy = cashFlows({ ...tco('t', []), currency: 'JPY', items: [{ ...item('x', 'price', 0, { type: 'once', atMonth: 12 }, 0.035), amount: { amount: 1000, currency: 'JPY' } }] });
    expect(jpy[0]?.amount).toEqual({ amount: '1035', currency: 'JPY' });
    const kwd = cashFlows({ ...tco('t', []), currency: 'KWD', items: [{ ...item('x', 'price', 0, { type: 'once', atMonth: 12 }, 0.0015), amount: { amount: '1.5', currency: 'KWD' } }] });
    expect(kwd[0]?.amount).toEqual({ amount: '1.502', currency: 'KWD' });
  });

  it('computes dates in UTC whatever the host time zone', () => {
    const before = process.env['TZ'];
    try {
      for (const zone of ['America/New_York', 'Pacific/Kiritimati', 'Asia/Kolkata']) {
        process.env['TZ'] = zone;
        const startDate = `20${29 + ['America/New_York', 'Pacific/Kiritimati', 'Asia/Kolkata'].indexOf(zone)}-01-31`;
        const flows = cashFlows(tco('t', [item('fee', 'price', 1, { type: 'recurring', every: 'month' })], { startDate, horizonMonths: 2 }));
        expect(flows.map((flow) => flow.date.slice(5))).toEqual(['01-31', '02-28']);
      }
      // Samoa skipped 30 December 2011 altogether: a local-time Date cannot even hold that day.
      process.env['TZ'] = 'Pacific/Apia';
      const skipped = cashFlows(tco('t', [item('fee', 'price', 1, { type: 'recurring', every: 'month' })], { startDate: '2011-12-30', horizonMonths: 3 }));
      expect(skipped.map((flow) => flow.date)).toEqual(['2011-12-30', '2012-01-30', '2012-02-29']);
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('adds months as date-fns addMonths does, for any start date and offset', () => {
    const before = process.env['TZ'];
    process.env['TZ'] = 'UTC';
    try {
      fc.assert(
        fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 1199 }), (date, offset) => {
          const startDate = date.toISOString().slice(0, 10);
          const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
          const expected = addMonths(new Date(year, month - 1, day), offset);
          const grid = cashFlows(tco('t', [item('fee', 'price', 1, { type: 'once', atMonth: offset })], { startDate, horizonMonths: offset + 1 }));
          expect(grid[0]?.date).toBe(
            `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`,
          );
        }),
      );
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });

  it('names the field of input that skipped validation, never returning garbage', () => {
    const base = tco('t', [item('fee', 'price', 1, { type: 'recurring', every: 'month', fromMonth: 3, untilMonth: 12 })], { horizonMonths: 12 });
    const cases: [TotalCostOfOwnership, string][] = [
      [{ ...base, horizonMonths: -12 }, 'tco.horizonMonths'],
      [{ ...base, horizonMonths: 1201 }, 'tco.horizonMonths'],
      [{ ...base, discountRate: -1 }, 'tco.discountRate'],
      [{ ...base, startDate: '2027-02-30' }, 'tco.startDate'],
      [{ ...base, items: [] }, 'tco.items'],
      [{ ...base, items: [item('fee', 'price', 1, { type: 'recurring', every: 'month', fromMonth: 12 })] }, 'tco.items[0].schedule.fromMonth'],
      [{ ...base, items: [item('fee', 'price', 1, { type: 'recurring', every: 'month', fromMonth: 5, untilMonth: 4 })] }, 'tco.items[0].schedule.untilMonth'],
      [{ ...base, items: [item('fee', 'price', 1, { type: 'once', atMonth: 12 })] }, 'tco.items[0].schedule.atMonth'],
      [{ ...base, items: [item('fee', 'price', 1, { type: 'once' }, -1.5)] }, 'tco.items[0].escalation'],
      [{ ...base, items: [{ ...item('fee', 'price', 1, { type: 'once' }), category: 'lunch' as 'price' }] }, 'tco.items[0].category'],
      [{ ...base, items: [item('fee', 'price', 1, { type: 'recurring', every: 'toString' as 'month' })] }, 'tco.items[0].schedule.every'],
    ];
    for (const [value, field] of cases) {
      const error = errorOf(() => cashFlows(value));
      expect(error.code, field).toBe('INVALID_ARGUMENT');
      expect(error.message, field).toContain(`Invalid ${field}:`);
    }
    expect(errorOf(() => cashFlows({ ...base, items: [{ ...item('x', 'price', 1, { type: 'once' }), amount: { amount: 1, currency: 'USD' } }] })).code).toBe('CURRENCY_MISMATCH');
    expect(errorOf(() => cashFlows({ ...base, items: [item('x', 'price', '1.005', { type: 'once' })] })).code).toBe('INVALID_AMOUNT');
    expect(errorOf(() => cashFlows(null as unknown as TotalCostOfOwnership)).code).toBe('INVALID_ARGUMENT');
  });

  it('never mutates its input', () => {
    const value = deepFreeze(tco('t', [item('fee', 'price', 1, { type: 'recurring', every: 'month' }, 0.02)]));
    expect(cashFlows(value)).toHaveLength(36);
  });
});

import { describe, expect, it } from 'vitest';
import { cashFlows, moneyToNumber, summarizeTco, sumMoney, toMinorUnits, xnpv } from '@plumbline/core';
import { deepFreeze, item, tco } from './helpers.js';

const DAY = 86_400_000;

describe('summarizeTco', () => {
  const value = deepFreeze(
    tco('trackpro', [
      item('licence', 'price', '24000', { type: 'once' }),
      item('install', 'installation', '3500', { type: 'once', atMonth: 1 }),
      item('support', 'support', '400', { type: 'recurring', every: 'month' }, 0.03),
      item('training', 'training', '1200', { type: 'recurring', every: 'year' }),
      item('disposal', 'disposal', '-800', { type: 'once', atMonth: 35 }),
    ]),
  );
  const summary = summarizeTco(value);

  it('adds every payment exactly, by category and by year', () => {
    // support: 12 x 400 + 12 x 412 + 12 x 424.36 = 14836.32
    expect(summary.nominal).toEqual({ amount: '45136.32', currency: 'EUR' });
    expect(summary.byCategory.map((part) => [part.category, part.nominal.amount])).toEqual([
      ['price', '24000.00'],
      ['installation', '3500.00'],
      ['training', '3600.00'],
      ['support', '14836.32'],
      ['disposal', '-800.00'],
    ]);
    expect(summary.byYear.map((year) => [year.year, year.startDate, year.nominal.amount])).toEqual([
      [1, '2027-01-01', '33500.00'],
      [2, '2028-01-01', '6144.00'],
      [3, '2029-01-01', '5492.32'],
    ]);
    expect(sumMoney(summary.byCategory.map((part) => part.nominal))).toEqual(summary.nominal);
    expect(sumMoney(summary.byYear.map((year) => year.nominal))).toEqual(summary.nominal);
  });

  it('shows how little of the real cost the price tag shows', () => {
    expect(summary.price).toEqual({ amount: '24000.00', currency: 'EUR' });
    expect(summary.priceShare).toBeCloseTo(24000 / 45136.32, 12);
    expect(summary.byCategory[0]?.share).toBe(summary.priceShare);
  });

  it('discounts each dated payment actual/365 from the start date, as XNPV does', () => {
    const start = Date.parse('2027-01-01');
    const expected = cashFlows(value).reduce(
      (sum, flow) => sum + moneyToNumber(flow.amount) / 1.08 ** ((Date.parse(flow.date) - start) / DAY / 365),
      0,
    );
    expect(moneyToNumber(summary.presentValue)).toBeCloseTo(expected, 2);
    expect(Math.abs(moneyToNumber(summary.presentValue) - expected)).toBeLessThanOrEqual(0.005);
  });

  it('agrees with xnpv over the same dated payments, to the cent', () => {
    const flows = cashFlows(value);
    const viaXnpv = xnpv(0.08, [0, ...flows.map((flow) => moneyToNumber(flow.amount))], ['2027-01-01', ...flows.map((flow) => flow.date)]);
    expect(summary.presentValue.amount).toBe(viaXnpv.toFixed(2));
  });

  it('rounds present values by part so that they add up to the total exactly', () => {
    expect(sumMoney(summary.byCategory.map((part) => part.presentValue))).toEqual(summary.presentValue);
    expect(sumMoney(summary.byYear.map((year) => year.presentValue))).toEqual(summary.presentValue);
  });

  it('gives the worked example of docs/tco.md', () => {
    const worked = tco(
      'worked',
      [
        item('licence', 'price', '1000', { type: 'once' }),
        item('support', 'support', '1100', { type: 'recurring', every: 'year' }, 0.1),
        item('training', 'training', '300', { type: 'once', atMonth: 1 }),
      ],
      { startDate: '2027-01-31', horizonMonths: 24, discountRate: 0.1 },
    );
    expect(cashFlows(worked).map((flow) => `${flow.month} ${flow.date} ${flow.itemId} ${flow.amount.amount}`)).toEqual([
      '0 2027-01-31 licence 1000.00',
      '0 2027-01-31 support 1100.00',
      '1 2027-02-28 training 300.00',
      '12 2028-01-31 support 1210.00',
    ]);
    const summary = summarizeTco(worked);
    expect(summary.nominal.amount).toBe('3610.00');
    expect(summary.presentValue.amount).toBe('3497.81');
    expect(summary.priceShare).toBeCloseTo(1000 / 3610, 12);
    expect(summary.byYear.map((year) => year.nominal.amount)).toEqual(['2400.00', '1210.00']);
    expect(summary.byCategory.map((part) => `${part.category} ${part.nominal.amount} ${part.presentValue.amount}`)).toEqual([
      'price 1000.00 1000.00',
      'training 300.00 297.81',
      'support 2310.00 2200.00',
    ]);
  });

  it('has no price share when nothing is paid in total', () => {
    const nothing = summarizeTco(tco('zero', [item('a', 'price', 100, { type: 'once' }), item('b', 'disposal', -100, { type: 'once', atMonth: 1 })]));
    expect(nothing.nominal.amount).toBe('0.00');
    expect(nothing.priceShare).toBeNull();
  });

  it('counts a partial last year', () => {
    const short = summarizeTco(tco('s', [item('fee', 'support', 10, { type: 'recurring', every: 'month' })], { horizonMonths: 15 }));
    expect(short.byYear.map((year) => year.nominal.amount)).toEqual(['120.00', '30.00']);
    expect(toMinorUnits(short.nominal)).toBe(15_000);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cashFlows, compareTco, Offer, parseModel, summarizeTco } from '@plumbline/core';
import type { TotalCostOfOwnership } from '@plumbline/core';
import { deepFreeze, item, tco } from './helpers.js';
import { errorOf } from '../support.js';

const offers = (JSON.parse(readFileSync(new URL('../../examples/data/offers.json', import.meta.url), 'utf8')) as unknown[]).map((offer) =>
  parseModel(Offer, offer),
);


const cheap = tco('cheap', [item('p', 'price', 1000, { type: 'once' }), item('s', 'support', 300, { type: 'recurring', every: 'month' })], {
  horizonMonths: 12,
  discountRate: 0,
});
const solid = tco('solid', [item('p', 'price', 3000, { type: 'once' }), item('s', 'support', 50, { type: 'recurring', every: 'month' })], {
  horizonMonths: 12,
  discountRate: 0,
});

describe('compareTco', () => {
  it('shows that the lowest price is not the lowest cost, on the sample offers', () => {
    const comparison = compareTco(offers.map((offer) => offer.tco));
    const byId = Object.fromEntries(comparison.rows.map((row) => [row.id, row]));
    expect(comparison.priceMisleads).toBe(true);
    expect(comparison.cheapestByTco).not.toBe(comparison.cheapestByPrice);
    for (const offer of offers) {
      const summary = summarizeTco(offer.tco);
      expect(byId[offer.tco.id]?.nominal).toEqual(summary.nominal);
      expect(byId[offer.tco.id]?.presentValue).toEqual(summary.presentValue);
      expect(byId[offer.tco.id]?.price).toEqual(summary.price);
    }
  });

  it('ranks, measures the distance to the best, and finds the break-even', () => {
    const comparison = compareTco(deepFreeze([cheap, solid]));
    expect(comparison.rows.map((row) => [row.id, row.nominal.amount, row.price.amount, row.rankByTco, row.rankByPrice, row.deltaToBest.amount])).toEqual([
      ['cheap', '4600.00', '1000.00', 2, 1, '1000.00'],
      ['solid', '3600.00', '3000.00', 1, 2, '0.00'],
    ]);
    // Cumulative: cheap 1000 + 300(m+1), solid 3000 + 50(m+1): equal at month 7, solid cheaper from month 8.
    expect(comparison.rows[0]?.cumulative[7]).toEqual(comparison.rows[1]?.cumulative[7]);
    expect(comparison.breakEvens).toEqual([{ from: 'cheap', to: 'solid', month: 8, date: '2027-09-01' }]);
    expect(comparison.priceMisleads).toBe(true);
    expect(comparison.dates).toHaveLength(12);
  });

  it('gives ties the same rank and says price does not mislead when the cheapest price is also the cheapest TCO', () => {
    const twin = { ...cheap, id: 'twin' };
    const comparison = compareTco([cheap, twin], { basis: 'nominal' });
    expect(comparison.rows.map((row) => [row.rankByTco, row.rankByPrice])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(comparison.priceMisleads).toBe(false);
    expect(comparison.breakEvens).toEqual([]);
  });

  it('converts currencies only at explicit rates', () => {
    const dollars: TotalCostOfOwnership = {
      ...solid,
      id: 'dollars',
      currency: 'USD',
      items: solid.items.map((entry) => ({ ...entry, amount: { ...entry.amount, currency: 'USD' } })),
    };
    expect(errorOf(() => compareTco([cheap, dollars])).code).toBe('CURRENCY_MISMATCH');
    const comparison = compareTco([cheap, dollars], { rates: { USD: 0.5 } });
    expect(comparison.currency).toBe('EUR');
    expect(comparison.rows[1]?.nominal.amount).toBe('1800.00');
    const inDollars = compareTco([cheap, dollars], { currency: 'USD', rates: { EUR: '2' } });
    expect(inDollars.rows.map((row) => row.nominal.amount)).toEqual(['9200.00', '3600.00']);
  });

  it('returns arrays the caller may change without touching later results', () => {
    const comparison = compareTco([cheap, solid]);
    (comparison.dates as string[]).reverse();
    expect(compareTco([cheap, solid]).dates[0]).toBe('2027-01-01');
    expect(cashFlows(cheap)[0]?.date).toBe('2027-01-01');
  });

  it('compares like with like: same start, same horizon, one discount rate', () => {
    expect(errorOf(() => compareTco([cheap, { ...solid, horizonMonths: 24 }])).message).toContain('Invalid tcos[1].horizonMonths');
    expect(errorOf(() => compareTco([cheap, { ...solid, startDate: '2027-02-01' }])).message).toContain('Invalid tcos[1].startDate');
    expect(errorOf(() => compareTco([cheap, { ...solid, discountRate: 0.1 }])).message).toContain('Invalid tcos[1].discountRate');
    expect(compareTco([cheap, { ...solid, discountRate: 0.1 }], { discountRate: 0.05 }).discountRate).toBe(0.05);
    expect(errorOf(() => compareTco([cheap, cheap])).message).toContain('Invalid tcos[1].id');
    expect(errorOf(() => compareTco([])).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => compareTco([cheap], { basis: 'price' as 'nominal' })).message).toContain('options.basis');
  });
});

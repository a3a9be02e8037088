import { describe, expect, it } from 'vitest';
import { isPlumblineError, PlumblineError } from '@plumbline/core';
import { rfmScores } from '../../src/segment/rfm-scores.js';
import type { RfmTransaction } from '../../src/segment/rfm-scores.js';
import { RFM_SEGMENTS } from '../../src/segment/rfm-segments.js';
import { deepFreeze, thrown } from './helpers.js';

const argumentOf = (run: () => unknown): string => {
  const error = thrown(run);
  expect(isPlumblineError(error, 'INVALID_ARGUMENT')).toBe(true);
  return (error as PlumblineError<'INVALID_ARGUMENT'>).details.argument;
};

describe('rfmScores', () => {
  // Ten customers, each with distinct values: scores are 1 + floor(5 × worse / 10), so 1,1,2,2,3,3,4,4,5,5.
  const transactions: RfmTransaction[] = [];
  for (let customer = 0; customer < 10; customer += 1) {
    // Customer c: last bought 10 × c days before asOf, bought c + 1 times, 100 × (c + 1) each.
    for (let purchase = 0; purchase <= customer; purchase += 1) {
      transactions.push({ customerId: `c${customer}`, date: new Date(Date.UTC(2026, 11, 1) - (10 * customer + purchase) * 86_400_000), amount: 100 * (customer + 1) });
    }
  }
  deepFreeze(transactions);

  it('computes recency, frequency and monetary value, and quintile scores by hand', () => {
    const scores = rfmScores(transactions, { asOf: '2026-12-01' });
    expect(scores.map((score) => score.customerId)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']);
    expect(scores.map((score) => score.recencyDays)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(scores.map((score) => score.frequency)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scores.map((score) => score.monetary)).toEqual([100, 400, 900, 1600, 2500, 3600, 4900, 6400, 8100, 10_000]);
    expect(scores.map((score) => score.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(scores.map((score) => score.f)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(scores.map((score) => score.m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(scores.map((score) => score.code)).toEqual(['511', '511', '422', '422', '333', '333', '244', '244', '155', '155']);
    expect(scores.map((score) => score.segment)).toEqual([
      'New Customers', 'New Customers', 'Potential Loyalist', 'Potential Loyalist', 'Need Attention', 'Need Attention',
      'At Risk', 'At Risk', "Can't Lose Them", "Can't Lose Them",
    ]);
  });

  it('keeps ties together: equal values share the score where their group starts', () => {
    const once = (customerId: string, date: string, amount: number): RfmTransaction => ({ customerId, date, amount });
    // Six of ten bought once: worse = 0 for all six, so f = 1; the two who bought twice have worse = 6: 1 + floor(30 / 10) = 4.
    const scores = rfmScores(
      [
        ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => once(id, '2026-11-01', 50)),
        once('g', '2026-11-01', 50), once('g', '2026-11-02', 50),
        once('h', '2026-11-01', 50), once('h', '2026-11-02', 50),
        once('i', '2026-11-01', 50), once('i', '2026-11-02', 50), once('i', '2026-11-03', 50),
        once('j', '2026-11-01', 50), once('j', '2026-11-02', 50), once('j', '2026-11-03', 50), once('j', '2026-11-04', 50),
      ],
      { asOf: '2026-12-01' },
    );
    expect(scores.map((score) => score.f)).toEqual([1, 1, 1, 1, 1, 1, 4, 4, 5, 5]);
    // Everyone with the same recency shares r.
    expect(new Set(scores.slice(0, 6).map((score) => score.r)).size).toBe(1);
  });

  it('rounds monetary sums so float noise does not split a tie', () => {
    const scores = rfmScores(
      [
        { customerId: 'a', date: '2026-11-01', amount: 0.1 },
        { customerId: 'a', date: '2026-11-01', amount: 0.2 },
        { customerId: 'b', date: '2026-11-01', amount: 0.3 },
      ],
      { asOf: '2026-12-01' },
    );
    expect(scores.map((score) => [score.monetary, score.m])).toEqual([[0.3, 1], [0.3, 1]]);
  });

  it('counts nothing after asOf (by UTC day), and accepts date-times with offsets', () => {
    const scores = rfmScores(
      [
        { customerId: 'a', date: '2026-12-01T23:30:00-02:00', amount: 10 }, // 2 December UTC: later
        { customerId: 'a', date: '2026-11-30T23:30:00-02:00', amount: 20 }, // 1 December UTC: that day
        { customerId: 'b', date: '2027-01-05', amount: 99 },
      ],
      { asOf: '2026-12-01' },
    );
    expect(scores).toEqual([{ customerId: 'a', recencyDays: 0, frequency: 1, monetary: 20, r: 1, f: 1, m: 1, code: '111', segment: 'Lost' }]);
  });

  it('scores with other bins, without naming segments', () => {
    const scores = rfmScores(transactions, { asOf: new Date('2026-12-01T12:00:00Z'), bins: 2 });
    expect(scores.map((score) => score.r)).toEqual([2, 2, 2, 2, 2, 1, 1, 1, 1, 1]);
    expect(scores.every((score) => score.segment === null)).toBe(true);
  });

  it('reaches every named segment of the table, and Others for the gaps', () => {
    const names = new Set<string>();
    // Every score combination, through the segment table the function uses.
    for (let r = 1; r <= 5; r += 1) {
      for (let f = 1; f <= 5; f += 1) {
        for (let m = 1; m <= 5; m += 1) {
          const row = RFM_SEGMENTS.find((candidate) => r >= candidate.r[0] && r <= candidate.r[1] && f >= candidate.f[0] && f <= candidate.f[1] && m >= candidate.m[0] && m <= candidate.m[1]);
          names.add(row?.name ?? 'Others');
        }
      }
    }
    expect([...names].sort()).toEqual([
      'About To Sleep', 'At Risk', "Can't Lose Them", 'Champions', 'Lost', 'Loyal Customers', 'Need Attention', 'New Customers', 'Others', 'Potential Loyalist', 'Promising',
    ]);
  });

  it('is O(n log n): 100,000 customers in well under two seconds', () => {
    const many: RfmTransaction[] = Array.from({ length: 200_000 }, (_, index) => ({
      customerId: `c${index % 100_000}`,
      date: `2026-${String(1 + (index % 11)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
      amount: (index * 37) % 1000,
    }));
    const started = performance.now();
    const scores = rfmScores(many, { asOf: '2026-12-01' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(scores).toHaveLength(100_000);
  });

  it('names bad arguments', () => {
    expect(argumentOf(() => rfmScores([], {} as never))).toBe('options.asOf');
    expect(argumentOf(() => rfmScores([], undefined as never))).toBe('options');
    expect(argumentOf(() => rfmScores([], { asOf: '2026-02-30' }))).toBe('options.asOf');
    expect(argumentOf(() => rfmScores([], { asOf: '2026-12-01', bins: 10 }))).toBe('options.bins');
    expect(argumentOf(() => rfmScores({} as never, { asOf: '2026-12-01' }))).toBe('transactions');
    expect(argumentOf(() => rfmScores([{ customerId: '', date: '2026-01-01', amount: 1 }], { asOf: '2026-12-01' }))).toBe('transactions[0].customerId');
    expect(argumentOf(() => rfmScores([{ customerId: 'a', date: '2026-01-01T10:00:00', amount: 1 }], { asOf: '2026-12-01' }))).toBe('transactions[0].date');
    expect(argumentOf(() => rfmScores([{ customerId: 'a', date: '2026-01-01', amount: 1 }, { customerId: 'a', date: '2026-01-01', amount: Number.NaN }], { asOf: '2026-12-01' }))).toBe(
      'transactions[1].amount',
    );
  });
});

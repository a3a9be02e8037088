import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cashFlows, compareTco, COST_CATEGORIES, fromMinorUnits, summarizeTco, sumMoney, toMinorUnits } from '@plumbline/core';
import type { CostItem, TotalCostOfOwnership } from '@plumbline/core';
import { deepFreeze } from './helpers.js';

const DAY = 86_400_000;

const tcoArbitrary = fc.integer({ min: 1, max: 120 }).chain((horizonMonths) =>
  fc.record({
    id: fc.constant('t'),
    currency: fc.constant('EUR'),
    startDate: fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    horizonMonths: fc.constant(horizonMonths),
    discountRate: fc.double({ min: -0.5, max: 1, noNaN: true }),
    items: fc.array(
      fc.record({
        category: fc.constantFrom(...COST_CATEGORIES),
        minor: fc.integer({ min: -1_000_000, max: 100_000_000 }),
        schedule: fc.oneof(
          fc.record({ type: fc.constant('once' as const), atMonth: fc.integer({ min: 0, max: horizonMonths - 1 }) }),
          fc
            .record({
              type: fc.constant('recurring' as const),
              every: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
              fromMonth: fc.integer({ min: 0, max: horizonMonths - 1 }),
              length: fc.integer({ min: 1, max: 200 }),
            })
            .map(({ length, ...schedule }) => ({ ...schedule, untilMonth: schedule.fromMonth + length })),
        ),
        escalation: fc.option(fc.integer({ min: -5000, max: 5000 }).map((basisPoints) => basisPoints / 10_000), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  }).map(({ items, ...rest }): TotalCostOfOwnership => ({
    ...rest,
    items: items.map(({ minor, escalation, ...entry }, index): CostItem => ({
      id: `item-${index}`,
      label: `Item ${index}`,
      amount: fromMinorUnits(minor, 'EUR'),
      ...entry,
      ...(escalation === undefined ? {} : { escalation }),
    })),
  })),
);

describe('TCO properties', () => {
  it('cash flows, the summary and a one-option comparison agree, inside the horizon, in date order', () => {
    fc.assert(
      fc.property(tcoArbitrary, (raw) => {
        const tco = deepFreeze(raw);
        const flows = cashFlows(tco);
        const summary = summarizeTco(tco);
        expect(sumMoney(flows.map((flow) => flow.amount), 'EUR')).toEqual(summary.nominal);
        expect(sumMoney(summary.byCategory.map((part) => part.nominal), 'EUR')).toEqual(summary.nominal);
        expect(sumMoney(summary.byYear.map((part) => part.nominal), 'EUR')).toEqual(summary.nominal);
        expect(sumMoney(summary.byCategory.map((part) => part.presentValue), 'EUR')).toEqual(summary.presentValue);
        expect(sumMoney(summary.byYear.map((part) => part.presentValue), 'EUR')).toEqual(summary.presentValue);
        for (let index = 1; index < flows.length; index += 1) expect((flows[index - 1]?.date ?? '') <= (flows[index]?.date ?? '')).toBe(true);
        for (const flow of flows) expect(flow.month).toBeLessThan(tco.horizonMonths);
        const [row] = compareTco([tco]).rows;
        expect(row?.nominal).toEqual(summary.nominal);
        expect(row?.presentValue).toEqual(summary.presentValue);
        expect(row?.cumulative[tco.horizonMonths - 1]).toEqual(summary.nominal);
      }),
      { numRuns: 200 },
    );
  });

  it('present value matches the per-payment XNPV formula to the minor unit', () => {
    fc.assert(
      fc.property(tcoArbitrary, (tco) => {
        const start = Date.parse(tco.startDate);
        const reference = cashFlows(tco).reduce(
          (sum, flow) => sum + toMinorUnits(flow.amount) / (1 + tco.discountRate) ** ((Date.parse(flow.date) - start) / DAY / 365),
          0,
        );
        expect(Math.abs(toMinorUnits(summarizeTco(tco).presentValue) - reference)).toBeLessThanOrEqual(0.5 + Math.abs(reference) * 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('discounting at a positive rate never raises the cost of paying', () => {
    fc.assert(
      fc.property(tcoArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), (tco, rate) => {
        const payingOnly = { ...tco, discountRate: rate, items: tco.items.map((entry) => ({ ...entry, amount: fromMinorUnits(Math.abs(toMinorUnits(entry.amount)), 'EUR') })) };
        const summary = summarizeTco(payingOnly);
        expect(toMinorUnits(summary.presentValue)).toBeLessThanOrEqual(toMinorUnits(summary.nominal));
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinorUnits, rankOffers, RiskKind as RiskKindSchema, scoreOffer, toMinorUnits } from '@plumbline/core';
import type { Benefit, CostItem, Offer, Relationship, RiskKind, ScoringContext } from '@plumbline/core';
import { benefit, offer, person, segment } from './fixtures.js';
import { deepFreeze } from '../support.js';

const KINDS = RiskKindSchema.options;
const DRIVERS = ['revenue', 'cost', 'productivity', 'risk', 'experience'] as const;


const costItem = fc.record({
  category: fc.constantFrom('price' as const, 'support' as const, 'training' as const, 'downtime' as const),
  minor: fc.integer({ min: 1, max: 5_000_000 }),
  monthly: fc.boolean(),
});
const benefitArbitrary = fc.record({
  driver: fc.constantFrom(...DRIVERS),
  minor: fc.integer({ min: 0, max: 1_000_000 }),
  confidence: fc.double({ min: 0, max: 1, noNaN: true }),
  fromMonth: fc.integer({ min: 0, max: 23 }),
});
const offerArbitrary = fc
  .record({
    items: fc.array(costItem, { minLength: 1, maxLength: 4 }),
    benefits: fc.array(benefitArbitrary, { maxLength: 4 }),
    covers: fc.subarray([...KINDS]),
    discount: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
  })
  .map(
    ({ items, benefits, covers, discount }): Offer => ({
      id: 'o',
      name: 'Offer',
      tco: {
        id: 't',
        currency: 'EUR',
        startDate: '2027-01-01',
        horizonMonths: 24,
        discountRate: 0.08,
        items: items.map(
          (entry, index): CostItem => ({
            id: `c${index}`,
            label: entry.category,
            category: entry.category,
            amount: fromMinorUnits(entry.minor, 'EUR'),
            schedule: entry.monthly ? { type: 'recurring', every: 'month' } : { type: 'once' },
          }),
        ),
      },
      benefits: benefits.map(
        (entry, index): Benefit => ({
          id: `b${index}`,
          label: entry.driver,
          driver: entry.driver,
          amount: fromMinorUnits(entry.minor, 'EUR'),
          schedule: { type: 'recurring', every: 'month', fromMonth: entry.fromMonth },
          confidence: entry.confidence,
        }),
      ),
      riskReducers: covers.length === 0 ? [] : [{ id: 'r', kind: 'guarantee', covers }],
      ...(discount === undefined ? {} : { discount: { percent: discount } }),
    }),
  );
const relationshipArbitrary = fc
  .record({
    goals: fc.array(fc.record({ driver: fc.constantFrom(...DRIVERS), priority: fc.integer({ min: 1, max: 5 }) }), { maxLength: 4 }),
    risks: fc.array(fc.record({ kind: fc.constantFrom(...KINDS), severity: fc.integer({ min: 1, max: 5 }) }), { maxLength: 4 }),
  })
  .map(({ goals, risks }): Relationship =>
    person(
      goals.map((goal, index) => ({ id: `g${index}`, description: 'goal', ...goal })),
      risks.map((risk, index) => ({ id: `r${index}`, description: 'risk', ...risk })),
    ),
  );
const contextArbitrary: fc.Arbitrary<ScoringContext> = fc.oneof(
  relationshipArbitrary.map((relationship) => ({ relationship })),
  fc
    .record({ weights: fc.dictionary(fc.constantFrom(...DRIVERS), fc.integer({ min: 0, max: 100 })), risks: fc.subarray([...KINDS]) })
    .map(({ weights, risks }) => ({ segment: segment(weights, risks) })),
);

const score = (value: Offer, context: ScoringContext): number => scoreOffer(value, context).score;

describe('offer scoring properties', () => {
  it('stays within 0-100, is deterministic, and never mutates its inputs', () => {
    fc.assert(
      fc.property(offerArbitrary, contextArbitrary, (rawOffer, rawContext) => {
        const frozenOffer = deepFreeze(rawOffer);
        const context = deepFreeze(rawContext);
        const first = scoreOffer(frozenOffer, context);
        expect(first.score).toBeGreaterThanOrEqual(0);
        expect(first.score).toBeLessThanOrEqual(100);
        expect(scoreOffer(structuredClone(rawOffer), structuredClone(rawContext))).toEqual(first);
        for (const component of Object.values(first.components)) {
          if (component !== null) expect(component.score).toBeGreaterThanOrEqual(0);
          if (component !== null) expect(component.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never scores lower for a risk reducer that covers one of the buyer risks', () => {
    fc.assert(
      fc.property(offerArbitrary, relationshipArbitrary, fc.nat(), (value, relationship, pick) => {
        fc.pre(relationship.risks.length > 0);
        const kind = relationship.risks[pick % relationship.risks.length]?.kind as RiskKind;
        const covered: Offer = { ...value, riskReducers: [...value.riskReducers, { id: 'extra', kind: 'warranty', covers: [kind] }] };
        expect(score(covered, { relationship })).toBeGreaterThanOrEqual(score(value, { relationship }));
      }),
      { numRuns: 300 },
    );
  });

  it('never scores lower when a benefit is more certain or larger', () => {
    fc.assert(
      fc.property(offerArbitrary, contextArbitrary, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 1_000_000 }), (value, context, pick, more, extra) => {
        fc.pre(value.benefits.length > 0);
        const index = pick % value.benefits.length;
        const target = value.benefits[index] as Benefit;
        const surer = { ...target, confidence: target.confidence + (1 - target.confidence) * more };
        const larger = { ...target, amount: fromMinorUnits(toMinorUnits(target.amount) + extra, 'EUR') };
        const base = score(value, context);
        expect(score({ ...value, benefits: value.benefits.map((entry, at) => (at === index ? surer : entry)) }, context)).toBeGreaterThanOrEqual(base);
        expect(score({ ...value, benefits: value.benefits.map((entry, at) => (at === index ? larger : entry)) }, context)).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 300 },
    );
  });

  it('never scores higher when any cost rises', () => {
    fc.assert(
      fc.property(offerArbitrary, contextArbitrary, fc.nat(), fc.integer({ min: 1, max: 5_000_000 }), (value, context, pick, extra) => {
        const index = pick % value.tco.items.length;
        const items = value.tco.items.map((entry, at) => (at === index ? { ...entry, amount: fromMinorUnits(toMinorUnits(entry.amount) + extra, 'EUR') } : entry));
        expect(score({ ...value, tco: { ...value.tco, items } }, context)).toBeLessThanOrEqual(score(value, context));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks for the individual, not the average: cost for a cost-first buyer, productivity for a productivity segment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 50_000 }),
        fc.integer({ min: 100, max: 5_000 }),
        fc.double({ min: 0.1, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        (price, monthly, confidence, otherPriority) => {
          const saving = offer('saving', String(price), [benefit('b', 'cost', String(monthly), confidence)]);
          const speed = offer('speed', String(price), [benefit('b', 'productivity', String(monthly), confidence)]);
          const costFirst = person(
            [
              { id: 'a', description: 'Cut cost', driver: 'cost', priority: 5 },
              { id: 'b', description: 'Go faster', driver: 'productivity', priority: otherPriority },
            ],
            [],
          );
          expect(rankOffers([speed, saving], { relationship: costFirst }).map((result) => result.offerId)).toEqual(['saving', 'speed']);
          const productivitySegment = segment({ productivity: 60, cost: 40 }, []);
          expect(rankOffers([saving, speed], { segment: productivitySegment }).map((result) => result.offerId)).toEqual(['speed', 'saving']);
        },
      ),
    );
  });

  it('prefers a delivery guarantee to a 10% discount for a buyer with a severe delivery risk', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 100_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...DRIVERS),
        (price, monthly, confidence, driver) => {
          const benefits = [benefit('b', driver, String(monthly), confidence)];
          const guaranteed = offer('guaranteed', String(price), benefits, [{ id: 'g', kind: 'guarantee', covers: ['delivery'], months: 12 }]);
          const discounted = offer('discounted', (price * 0.9).toFixed(2), benefits, [], { discount: { percent: 10 } });
          const fearsDelivery = person([{ id: 'g', description: 'Save', driver, priority: 3 }], [
            { id: 'd', kind: 'delivery', description: 'Late again', severity: 5 },
          ]);
          expect(rankOffers([discounted, guaranteed], { relationship: fearsDelivery })[0]?.offerId).toBe('guaranteed');
        },
      ),
    );
  });
});

// Properties of relationshipHealth: the score stays a whole number in 0-100 in
// its band, a recent positive inbound touch never lowers it, and touches after
// asOf (later the same day included) never change it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Interaction, Relationship } from '@plumbline/core';
import { relationshipHealth } from '../../src/relationship/relationship-health.js';
import type { HealthWeights } from '../../src/relationship/relationship-health.js';

const ASOF = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;

const interactionArbitrary: fc.Arbitrary<Interaction> = fc
  .record({
    daysBefore: fc.integer({ min: -30, max: 400 }),
    minutes: fc.integer({ min: 0, max: 1439 }),
    dateOnly: fc.boolean(),
    direction: fc.constantFrom('inbound' as const, 'outbound' as const),
    sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
  })
  .map(({ daysBefore, minutes, dateOnly, direction, sentiment }) => {
    const iso = new Date(ASOF - daysBefore * DAY + minutes * 60_000).toISOString();
    const at = dateOnly ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
    return sentiment === undefined ? { at, channel: 'email', direction } : { at, channel: 'email', direction, sentiment };
  });

const relationshipArbitrary: fc.Arbitrary<Relationship> = fc.record({
  id: fc.constant('rel'),
  person: fc.constant({ name: 'Ana' }),
  stage: fc.constantFrom('prospect' as const, 'qualified' as const, 'proposal' as const, 'negotiation' as const, 'customer' as const, 'churned' as const),
  goals: fc.constant([]),
  risks: fc.constant([]),
  interactions: fc.array(interactionArbitrary, { maxLength: 30 }),
});

const weightsArbitrary: fc.Arbitrary<HealthWeights> = fc.record(
  { recency: fc.integer({ min: 0, max: 50 }), frequency: fc.integer({ min: 0, max: 50 }), balance: fc.integer({ min: 0, max: 50 }), sentiment: fc.integer({ min: 0, max: 50 }), stage: fc.integer({ min: 1, max: 50 }) },
  { requiredKeys: ['stage'] },
);
const optionsArbitrary = fc.record({
  weights: weightsArbitrary,
  halfLifeDays: fc.integer({ min: 1, max: 120 }),
  windowDays: fc.integer({ min: 1, max: 365 }),
  frequencyTarget: fc.integer({ min: 1, max: 20 }),
});

describe('relationshipHealth properties', () => {
  it('stays a whole number from 0 to 100, in its band', () => {
    fc.assert(
      fc.property(relationshipArbitrary, optionsArbitrary, (relationship, options) => {
        const health = relationshipHealth(relationship, { asOf: '2026-12-01', ...options });
        expect(Number.isInteger(health.score)).toBe(true);
        expect(health.score).toBeGreaterThanOrEqual(0);
        expect(health.score).toBeLessThanOrEqual(100);
        expect(health.band).toBe(health.score <= 50 ? 'red' : health.score <= 75 ? 'yellow' : 'green');
        for (const measure of health.measures) if (measure.score !== null) expect(measure.score >= 0 && measure.score <= 100).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never drops when a recent positive touch is added (inbound, on asOf\'s day, sentiment 1)', () => {
    fc.assert(
      fc.property(relationshipArbitrary, optionsArbitrary, fc.integer({ min: 0, max: 1439 }), fc.boolean(), (relationship, options, minutes, withSentiment) => {
        const before = relationshipHealth(relationship, { asOf: '2026-12-01', ...options });
        const at = new Date(ASOF + minutes * 60_000).toISOString().replace('.000Z', 'Z');
        // Without a sentiment, the touch only helps recency, frequency and balance; with one, it is the best there is.
        const touch: Interaction = withSentiment ? { at, channel: 'call', direction: 'inbound', sentiment: 1 } : { at, channel: 'call', direction: 'inbound' };
        const after = relationshipHealth({ ...relationship, interactions: [...relationship.interactions, touch] }, { asOf: '2026-12-01', ...options });
        expect(after.score).toBeGreaterThanOrEqual(before.score);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores touches after asOf, later the same day included', () => {
    // asOf: 1 December as a date alone (the end of that UTC day), or an instant on it.
    const asOfArbitrary = fc.option(fc.integer({ min: 0, max: DAY - 1 }), { nil: undefined });
    // A touch after asOf: a date-time 1 ms to 50 days later (often later the same day), written in
    // UTC or with an offset, or a date alone on a later day (a date alone is the start of its day).
    const laterArbitrary = fc.record({
      afterMs: fc.oneof(fc.integer({ min: 1, max: 3_600_000 }), fc.integer({ min: 1, max: DAY }), fc.integer({ min: 1, max: 50 * DAY })),
      offsetMinutes: fc.constantFrom(0, -300, 330, 840, -720),
      dateOnly: fc.boolean(),
      direction: fc.constantFrom('inbound' as const, 'outbound' as const),
      sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: undefined }),
    });
    const pad = (value: number): string => String(value).padStart(2, '0');
    const write = (ms: number, offsetMinutes: number): string => {
      if (offsetMinutes === 0) return new Date(ms).toISOString();
      const wall = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
      const size = Math.abs(offsetMinutes);
      return `${wall}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
    };
    fc.assert(
      fc.property(relationshipArbitrary, asOfArbitrary, fc.array(laterArbitrary, { maxLength: 5 }), (relationship, asOfTime, later) => {
        const asOf = asOfTime === undefined ? '2026-12-01' : new Date(ASOF + asOfTime).toISOString();
        const last = asOfTime === undefined ? ASOF + DAY - 1 : ASOF + asOfTime; // the last instant counted
        const future: Interaction[] = later.map(({ afterMs, offsetMinutes, dateOnly, direction, sentiment }) => {
          const at = dateOnly
            ? new Date(ASOF + DAY * (1 + (afterMs % 50))).toISOString().slice(0, 10)
            : write(last + afterMs, offsetMinutes);
          return sentiment === undefined ? { at, channel: 'email', direction } : { at, channel: 'email', direction, sentiment };
        });
        const before = relationshipHealth(relationship, { asOf });
        const after = relationshipHealth({ ...relationship, interactions: [...relationship.interactions, ...future] }, { asOf });
        expect(after.score).toBe(before.score);
        expect(after.measures).toEqual(before.measures);
        expect(after.futureInteractions).toEqual([
          ...before.futureInteractions,
          ...future.map((interaction, offset) => ({ index: relationship.interactions.length + offset, at: interaction.at })),
        ]);
      }),
      { numRuns: 300 },
    );
  });
});

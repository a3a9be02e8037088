// Properties of the segment functions: `not` is the exact negation, assignSegments
// agrees with matchesSegment, and k-means recovers well-separated groups whatever
// the seed, and the same seed always gives the same result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SegmentRule } from '@plumbline/core';
import { assignSegments } from '../../src/segment/assign-segments.js';
import { clusterCustomers } from '../../src/segment/cluster-customers.js';
import { matchesSegment } from '../../src/segment/matches-segment.js';
import { blobs, samePartition, segment } from './helpers.js';

// Records whose fields each hold one type (or are missing or null), and
// rules that compare each field as its type allows, so no comparison throws.
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> => fc.oneof(arbitrary, fc.constant(null), fc.constant(undefined));
const word = fc.constantFrom('water', 'Water', 'freight', 'plant hire', 'rental', '');
const day = fc.integer({ min: 0, max: 2000 }).map((offset) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const recordArbitrary = fc
  .record({ n: maybe(fc.integer({ min: -5, max: 5 })), s: maybe(word), tags: maybe(fc.array(word, { maxLength: 3 })), d: maybe(day), nested: maybe(fc.record({ x: maybe(fc.integer({ min: 0, max: 3 })) })) })
  .map((record) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)));

const conditionArbitrary: fc.Arbitrary<SegmentRule> = fc.oneof(
  fc.record({ field: fc.constantFrom('n', 'nested.x'), op: fc.constantFrom('eq', 'neq', 'gt', 'gte', 'lt', 'lte'), value: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ field: fc.constantFrom('n', 's', 'tags', 'nested.x'), op: fc.constantFrom('in', 'nin'), value: fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), word, fc.constant(null)), { minLength: 1, maxLength: 3 }) }),
  fc.record({ field: fc.constantFrom('n', 'nested.x'), op: fc.constant('between'), value: fc.tuple(fc.integer({ min: -5, max: 0 }), fc.integer({ min: 0, max: 5 })) }),
  fc.record({ field: fc.constant('d'), op: fc.constantFrom('gt', 'gte', 'lt', 'lte'), value: day }),
  fc.record({ field: fc.constantFrom('s', 'tags'), op: fc.constant('contains'), value: word }),
  fc.record({ field: fc.constantFrom('n', 's', 'tags', 'd', 'nested', 'nested.x', 'missing.path'), op: fc.constant('exists'), value: fc.option(fc.boolean(), { nil: undefined }) }).map(
    ({ value, ...rest }) => (value === undefined ? rest : { ...rest, value }),
  ),
) as fc.Arbitrary<SegmentRule>;

const ruleArbitrary: fc.Arbitrary<SegmentRule> = fc.letrec<{ rule: SegmentRule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    conditionArbitrary,
    fc.record({ all: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ not: tie('rule') }),
  ),
})).rule;

describe('segment properties', () => {
  it('not is the exact negation, and all/any of one rule is that rule', () => {
    fc.assert(
      fc.property(recordArbitrary, ruleArbitrary, (record, rule) => {
        const matched = matchesSegment(record, segment('s', rule));
        expect(matchesSegment(record, segment('s', { not: rule }))).toBe(!matched);
        expect(matchesSegment(record, segment('s', { all: [rule] }))).toBe(matched);
        expect(matchesSegment(record, segment('s', { any: [rule] }))).toBe(matched);
      }),
      { numRuns: 500 },
    );
  });

  it('assignSegments agrees with matchesSegment', () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { maxLength: 10 }), fc.array(ruleArbitrary, { maxLength: 5 }), (records, rules) => {
        const segments = rules.map((rule, index) => segment(`s${index}`, rule));
        const assigned = assignSegments(records, segments);
        records.forEach((record, index) => {
          expect(assigned[index]).toEqual(segments.filter((candidate) => matchesSegment(record, candidate)).map((candidate) => candidate.id));
        });
      }),
    );
  });

  it('k-means recovers well-separated groups, whatever the seed and scaling', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 3, max: 30 }),
        fc.constantFrom('none' as const, 'standard' as const, 'minmax' as const),
        fc.integer({ min: 0, max: 1000 }),
        (seed, k, dimensions, perGroup, scale, dataSeed) => {
          // Group g sits at 100 × g on every axis, points within 1 of it.
          const centres = Array.from({ length: k }, (_, group) => Array.from({ length: dimensions }, (__, axis) => 100 * group * (axis + 1)));
          const { points, labels } = blobs(centres, perGroup, 1, dataSeed);
          const result = clusterCustomers(points, k, { seed, scale });
          expect(samePartition(result.assignments, labels)).toBe(true);
          expect(result.converged).toBe(true);
          expect([...result.sizes].sort()).toEqual(new Array<number>(k).fill(perGroup));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the same seed always gives the same result; k-means never raises inertia above the one-cluster total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }).map((value) => value / 1000), { minLength: 2, maxLength: 2 }), { minLength: 3, maxLength: 60 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (points, seed) => {
          const distinct = new Set(points.map((point) => point.join(','))).size;
          const k = Math.min(3, distinct);
          const first = clusterCustomers(points, k, { seed });
          expect(clusterCustomers(points, k, { seed })).toEqual(first);
          const all = clusterCustomers(points, 1, { seed });
          expect(first.inertia).toBeLessThanOrEqual(all.inertia * (1 + 1e-9) + 1e-9);
          expect(first.sizes.every((size) => size > 0)).toBe(true);
        },
      ),
    );
  });
});

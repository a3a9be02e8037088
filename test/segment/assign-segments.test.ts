import { describe, expect, it } from 'vitest';
import { isPlumblineError, PlumblineError } from '@plumbline/core';
import type { Segment } from '@plumbline/core';
import { assignSegments } from '../../src/segment/assign-segments.js';
import { matchesSegment } from '../../src/segment/matches-segment.js';
import { deepFreeze, segment, thrown } from './helpers.js';

const argumentOf = (run: () => unknown): string => {
  const error = thrown(run);
  expect(isPlumblineError(error, 'INVALID_ARGUMENT')).toBe(true);
  return (error as PlumblineError<'INVALID_ARGUMENT'>).details.argument;
};

describe('assignSegments', () => {
  const segments = deepFreeze([
    segment('utilities', { field: 'company.industry', op: 'eq', value: 'utilities' }),
    segment('large', { field: 'company.employees', op: 'gte', value: 1000 }),
    segment('nordic', { field: 'company.address.country', op: 'in', value: ['DK', 'SE', 'NO'] }),
  ]);
  const records = deepFreeze([
    { company: { industry: 'utilities', employees: 1400, address: { country: 'GB' } } },
    { company: { industry: 'logistics', employees: 620, address: { country: 'DK' } } },
    { company: { industry: 'utilities', employees: 3000, address: { country: 'SE' } } },
    {},
  ]);

  it('lists, per record, the ids of the segments it matches, in segment order', () => {
    expect(assignSegments(records, segments)).toEqual([['utilities', 'large'], ['nordic'], ['utilities', 'large', 'nordic'], []]);
  });

  it('agrees with matchesSegment record by record', () => {
    const assigned = assignSegments(records, segments);
    records.forEach((record, index) => {
      expect(assigned[index]).toEqual(segments.filter((candidate) => matchesSegment(record, candidate)).map((candidate) => candidate.id));
    });
  });

  it('handles no records and no segments', () => {
    expect(assignSegments([], segments)).toEqual([]);
    expect(assignSegments(records, [])).toEqual([[], [], [], []]);
  });

  it('names the record and the segment in its errors', () => {
    expect(argumentOf(() => assignSegments([records[0] as object, { company: { employees: '2000' } }], segments))).toBe('records[1].company.employees');
    expect(argumentOf(() => assignSegments([records[0] as object, null as never], segments))).toBe('records[1]');
    expect(argumentOf(() => assignSegments(records, [segments[0] as Segment, segment('bad', { any: [{ field: 'x', op: 'like' } as never] })]))).toBe(
      'segments[1].rules.any[0].op',
    );
    expect(argumentOf(() => assignSegments(records, [segments[0] as Segment, segments[0] as Segment]))).toBe('segments[1].id');
    expect(argumentOf(() => assignSegments('x' as never, segments))).toBe('records');
    expect(argumentOf(() => assignSegments(records, {} as never))).toBe('segments');
  });

  it('scales linearly: 20,000 records against 20 segments in well under a second', () => {
    const many = Array.from({ length: 20_000 }, (_, index) => ({
      company: { industry: index % 3 === 0 ? 'utilities' : 'logistics', employees: index % 5000, address: { country: index % 2 === 0 ? 'DK' : 'GB' } },
    }));
    const twenty = Array.from({ length: 20 }, (_, index) =>
      segment(`s${index}`, { all: [{ field: 'company.employees', op: 'gte', value: index * 200 }, { field: 'company.address.country', op: 'in', value: ['DK', 'SE'] }] }),
    );
    const started = performance.now();
    const assigned = assignSegments(many, twenty);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(assigned[0]).toEqual(['s0']);
    expect(assigned[4400]).toEqual(['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 's12', 's13', 's14', 's15', 's16', 's17', 's18', 's19']);
  });
});

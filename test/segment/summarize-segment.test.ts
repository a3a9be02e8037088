import { describe, expect, it } from 'vitest';
import { isPlumblineError, PlumblineError, SegmentMetrics } from '@plumbline/core';
import { summarizeSegment } from '../../src/segment/summarize-segment.js';
import { deepFreeze, segment, thrown } from './helpers.js';

describe('summarizeSegment', () => {
  const utilities = deepFreeze(segment('utilities', { field: 'company.industry', op: 'eq', value: 'utilities' }));
  const employees = [120, 300, 450, 800, 950, 1100, 1400, 2200, 2600, 3000];
  const records = deepFreeze([
    ...employees.map((count, index) => ({ company: { industry: 'utilities', employees: count, crews: index % 2 === 0 ? index : 'n/a' } })),
    { company: { industry: 'logistics', employees: 99_999, crews: 500 } },
  ]);

  it('gives size, share, mean, median and p90 checked by hand', () => {
    const summary = summarizeSegment(records, utilities, { fields: ['company.employees', 'company.crews', 'company.revenue'] });
    expect(summary.segmentId).toBe('utilities');
    expect(summary.total).toBe(11);
    expect(summary.size).toBe(10);
    expect(summary.share).toBeCloseTo(10 / 11, 15);
    // Mean: 12,920 / 10. Median: (950 + 1100) / 2. p90: h = 9 × 0.9 = 8.1, so 2600 + 0.1 × (3000 - 2600) = 2640.
    expect(summary.fields[0]).toEqual({ field: 'company.employees', count: 10, mean: 1292, median: 1025, p90: expect.closeTo(2640, 9) as number, min: 120, max: 3000 });
    // Crews on even indexes only: 0, 2, 4, 6, 8. p90: h = 4 × 0.9 = 3.6: 6 + 0.6 × 2 = 7.2.
    expect(summary.fields[1]).toEqual({ field: 'company.crews', count: 5, mean: 4, median: 4, p90: expect.closeTo(7.2, 12) as number, min: 0, max: 8 });
    expect(summary.fields[2]).toEqual({ field: 'company.revenue', count: 0, mean: null, median: null, p90: null, min: null, max: null });
    expect(summary.averages).toEqual({ 'company.employees': 1292, 'company.crews': 4 });
    expect(SegmentMetrics.safeParse({ size: summary.size, averages: summary.averages }).success).toBe(true);
  });

  it('summarises every record without a segment, and finds the numeric fields itself', () => {
    const summary = summarizeSegment(records);
    expect(summary.segmentId).toBeNull();
    expect(summary.size).toBe(11);
    expect(summary.share).toBe(1);
    expect(summary.fields.map((field) => [field.field, field.count])).toEqual([
      ['company.crews', 6],
      ['company.employees', 11],
    ]);
    expect(summary.averages['company.employees']).toBeCloseTo((12_920 + 99_999) / 11, 9);
  });

  it('handles one member, an even count, and nothing at all', () => {
    expect(summarizeSegment([{ x: 7 }]).fields[0]).toEqual({ field: 'x', count: 1, mean: 7, median: 7, p90: 7, min: 7, max: 7 });
    expect(summarizeSegment([{ x: 1 }, { x: 4 }]).fields[0]).toEqual({ field: 'x', count: 2, mean: 2.5, median: 2.5, p90: expect.closeTo(3.7, 12) as number, min: 1, max: 4 });
    expect(summarizeSegment([], utilities)).toEqual({ segmentId: 'utilities', total: 0, size: 0, share: 0, averages: {}, fields: [] });
  });

  it('names bad arguments', () => {
    const argumentOf = (run: () => unknown): string => {
      const error = thrown(run);
      expect(isPlumblineError(error, 'INVALID_ARGUMENT')).toBe(true);
      return (error as PlumblineError<'INVALID_ARGUMENT'>).details.argument;
    };
    expect(argumentOf(() => summarizeSegment('x' as never))).toBe('records');
    expect(argumentOf(() => summarizeSegment([{}, 3 as never]))).toBe('records[1]');
    expect(argumentOf(() => summarizeSegment(records, undefined, { fields: ['ok', 'bad..path'] }))).toBe('options.fields[1]');
    expect(argumentOf(() => summarizeSegment(records, undefined, { fields: 'company.employees' as never }))).toBe('options.fields');
    expect(argumentOf(() => summarizeSegment([{ company: { industry: 7 } }], segment('s', { field: 'company.industry', op: 'gt', value: '2026-01-01' })))).toBe(
      'records[0].company.industry',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { isPlumblineError, PlumblineError, Segment } from '@plumbline/core';
import { clusterCustomers } from '../../src/segment/cluster-customers.js';
import { matchesSegment } from '../../src/segment/matches-segment.js';
import { proposeSegments } from '../../src/segment/propose-segments.js';
import { blobs, deepFreeze, thrown } from './helpers.js';

const argumentOf = (run: () => unknown): string => {
  const error = thrown(run);
  expect(isPlumblineError(error, 'INVALID_ARGUMENT')).toBe(true);
  return (error as PlumblineError<'INVALID_ARGUMENT'>).details.argument;
};

describe('proposeSegments', () => {
  // Three kinds of company: small single-site, mid-sized, large multi-site.
  const { points } = blobs([[50, 1], [800, 6], [3000, 40]], 40, 0.2, 3);
  const records = deepFreeze(
    points.map(([employees = 0, sites = 0], index) => ({
      id: `c${index}`,
      company: { employees: Math.round(employees * (1 + ((index % 7) - 3) / 50)), sites: Math.max(1, Math.round(sites)) },
    })),
  );
  const fields = ['company.employees', 'company.sites'];

  it('turns each cluster into a Segment draft that passes the schema', () => {
    const { segments, clustering } = proposeSegments(records, 3, { fields, seed: 8 });
    expect(segments).toHaveLength(3);
    for (const draft of segments) expect(Segment.safeParse(draft).success, JSON.stringify(draft)).toBe(true);
    expect(segments.map((draft) => draft.id)).toEqual(['cluster-1', 'cluster-2', 'cluster-3']);
    expect(segments.map((draft) => draft.name)).toEqual(['Cluster 1', 'Cluster 2', 'Cluster 3']);
    expect(segments.map((draft) => draft.metrics?.size)).toEqual(clustering.sizes);
    expect([...clustering.sizes].sort()).toEqual([40, 40, 40]);
    expect(segments[0]?.description).toContain('cluster 1 of 3 (seed 8, scale standard), 40 of 120 records');
  });

  it('gives each draft its members\' averages and a between box every member matches', () => {
    const { segments, clustering } = proposeSegments(records, 3, { fields, seed: 8 });
    segments.forEach((draft, cluster) => {
      const members = records.filter((_, index) => clustering.assignments[index] === cluster);
      const mean = (pick: (record: (typeof records)[number]) => number): number => members.reduce((sum, record) => sum + pick(record), 0) / members.length;
      expect(draft.metrics?.averages?.['company.employees']).toBeCloseTo(mean((record) => record.company.employees), 9);
      expect(draft.metrics?.averages?.['company.sites']).toBeCloseTo(mean((record) => record.company.sites), 9);
      const employees = members.map((record) => record.company.employees);
      expect(draft.rules).toEqual({
        all: [
          { field: 'company.employees', op: 'between', value: [Math.min(...employees), Math.max(...employees)] },
          { field: 'company.sites', op: 'between', value: [Math.min(...members.map((record) => record.company.sites)), Math.max(...members.map((record) => record.company.sites))] },
        ],
      });
      for (const member of members) expect(matchesSegment(member, draft)).toBe(true);
    });
  });

  it('clusters what clusterCustomers would, scaled (standard by default)', () => {
    const { clustering } = proposeSegments(records, 3, { fields, seed: 8 });
    const direct = clusterCustomers(records.map((record) => [record.company.employees, record.company.sites]), 3, { seed: 8, scale: 'standard' });
    expect(clustering).toEqual(direct);
    const unscaled = proposeSegments(records, 3, { fields, seed: 8, scale: 'none', idPrefix: 'size', namePrefix: 'Size band' });
    expect(unscaled.segments[0]?.id).toBe('size-1');
    expect(unscaled.segments[0]?.name).toBe('Size band 1');
  });

  it('names what is missing or malformed', () => {
    expect(argumentOf(() => proposeSegments([], 1, { fields, seed: 1 }))).toBe('records');
    expect(argumentOf(() => proposeSegments(records, 1, { fields: [], seed: 1 }))).toBe('options.fields');
    expect(argumentOf(() => proposeSegments(records, 1, { fields: ['company..x'], seed: 1 }))).toBe('options.fields[0]');
    expect(argumentOf(() => proposeSegments([...records, { company: { employees: 10 } }], 2, { fields, seed: 1 }))).toBe('records[120].company.sites');
    expect(argumentOf(() => proposeSegments([{ company: { employees: '10', sites: 1 } }], 1, { fields, seed: 1 }))).toBe('records[0].company.employees');
    expect(argumentOf(() => proposeSegments(records, 121, { fields, seed: 1 }))).toBe('k');
    expect(argumentOf(() => proposeSegments(records, 2, { fields, seed: Number.NaN }))).toBe('options.seed');
    expect(argumentOf(() => proposeSegments(records, 2, { fields, seed: 1, idPrefix: ' ' }))).toBe('options.idPrefix');
  });
});

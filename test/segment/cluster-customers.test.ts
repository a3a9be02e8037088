import { kmeans } from 'ml-kmeans';
import { describe, expect, it } from 'vitest';
import { isPlumblineError, PlumblineError } from '@plumbline/core';
import { clusterCustomers } from '../../src/segment/cluster-customers.js';
import { mulberry32 } from '../../src/segment/kmeans.js';
import { blobs, deepFreeze, samePartition, thrown } from './helpers.js';

const argumentOf = (run: () => unknown): string => {
  const error = thrown(run);
  expect(isPlumblineError(error, 'INVALID_ARGUMENT')).toBe(true);
  return (error as PlumblineError<'INVALID_ARGUMENT'>).details.argument;
};

describe('mulberry32', () => {
  it('gives the reference generator\'s sequence (the widely copied snippet), in [0, 1)', () => {
    // The original, verbatim in spirit: state kept as a growing float, which is exact for these few steps.
    function reference(seed: number): () => number {
      let a = seed;
      return () => {
        let t = (a += 0x6d2b79f5);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    for (const seed of [0, 1, 42, 123_456_789, 4_294_967_295]) {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let index = 0; index < 1000; index += 1) {
        const value = ours();
        expect(value).toBe(theirs());
        expect(value >= 0 && value < 1).toBe(true);
      }
    }
    // Pinned, so that a change of generator cannot pass unnoticed.
    const pinned = mulberry32(42);
    expect([pinned(), pinned(), pinned()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  });
});

describe('clusterCustomers', () => {
  it('finds the two obvious groups and their means, checked by hand', () => {
    const points = deepFreeze([[1, 1], [2, 1], [1, 2], [10, 10], [11, 10], [10, 11]]);
    const result = clusterCustomers(points, 2, { seed: 3 });
    const small = result.assignments[0] as number;
    expect(result.assignments).toEqual([small, small, small, 1 - small, 1 - small, 1 - small]);
    expect(result.centroids[small]).toEqual([4 / 3, 4 / 3]);
    expect(result.centroids[1 - small]).toEqual([31 / 3, 31 / 3]);
    expect(result.sizes).toEqual([3, 3]);
    expect(result.converged).toBe(true);
    // Each group: one point at squared distance 1/9 + 1/9 from its mean and two at 4/9 + 1/9: 2/9 + 10/9 = 4/3.
    expect(result.inertia).toBeCloseTo(8 / 3, 12);
    expect(result.iterations).toBe(2);
  });

  it('gives one cluster the mean of everything, and k = n one point each', () => {
    const points = [[0, 0], [2, 0], [4, 3]];
    const one = clusterCustomers(points, 1, { seed: 0 });
    expect(one.centroids).toEqual([[2, 1]]);
    expect(one.assignments).toEqual([0, 0, 0]);
    const each = clusterCustomers(points, 3, { seed: 0 });
    expect([...each.sizes]).toEqual([1, 1, 1]);
    expect(each.inertia).toBe(0);
  });

  it('agrees with ml-kmeans on the same data: the same partition up to label names', () => {
    const { points, labels } = blobs([[0, 0, 0], [40, 5, 0], [0, 40, 10], [35, 35, 35], [-30, 10, 40]], 200, 6, 11);
    const ours = clusterCustomers(points, 5, { seed: 7 });
    const theirs = kmeans(points, 5, { seed: 7, initialization: 'kmeans++' });
    expect(samePartition(ours.assignments, theirs.clusters)).toBe(true);
    expect(samePartition(ours.assignments, labels)).toBe(true);
    // Same centres, once matched by label.
    for (let cluster = 0; cluster < 5; cluster += 1) {
      const index = ours.assignments.indexOf(cluster);
      const centre = theirs.centroids[theirs.clusters[index] as number] as number[];
      (ours.centroids[cluster] as number[]).forEach((value, dimension) => expect(value).toBeCloseTo(centre[dimension] as number, 9));
    }
  });

  it('is reproducible: the same seed gives the same result, bit for bit; pinned for this data', () => {
    const { points } = blobs([[0, 0], [3, 1], [1, 4], [5, 5]], 50, 2.5, 99);
    const first = clusterCustomers(points, 4, { seed: 2024 });
    expect(clusterCustomers(points, 4, { seed: 2024 })).toEqual(first);
    const checksum = first.assignments.reduce((sum, cluster, index) => (sum * 31 + cluster * (index + 1)) % 1_000_000_007, 7);
    expect({ iterations: first.iterations, sizes: first.sizes, checksum, inertia: first.inertia }).toMatchInlineSnapshot(`
      {
        "checksum": 128179653,
        "inertia": 640.4558299643246,
        "iterations": 16,
        "sizes": [
          51,
          51,
          60,
          38,
        ],
      }
    `);
  });

  it('scales features on request, so one in thousands does not drown one in units', () => {
    // Two groups differ only in sites (about 1 against about 9); employees vary as widely inside both.
    const points = [
      [1000, 1], [2000, 1.2], [3000, 0.8], [4000, 1],
      [1000, 9], [2000, 9.2], [3000, 8.8], [4000, 9],
    ];
    const raw = clusterCustomers(points, 2, { seed: 1 });
    expect(samePartition(raw.assignments, [0, 0, 0, 0, 1, 1, 1, 1])).toBe(false);
    for (const scale of ['standard', 'minmax'] as const) {
      const scaled = clusterCustomers(points, 2, { seed: 1, scale });
      expect(samePartition(scaled.assignments, [0, 0, 0, 0, 1, 1, 1, 1]), scale).toBe(true);
      // Centroids stay in the points' own units.
      const sitesOfFirst = scaled.centroids[scaled.assignments[0] as number]?.[1];
      expect(sitesOfFirst).toBeCloseTo(1, 12);
    }
    // A constant feature scales to 0 instead of dividing by zero.
    expect(clusterCustomers([[1, 5], [2, 5], [9, 5]], 2, { seed: 1, scale: 'standard' }).sizes.sort()).toEqual([1, 2]);
  });

  it('stops at maxIterations and says it did not converge', () => {
    const { points } = blobs([[0, 0], [1, 1], [2, 0]], 100, 1.5, 5);
    const capped = clusterCustomers(points, 3, { seed: 9, maxIterations: 1 });
    expect(capped.iterations).toBe(1);
    expect(capped.converged).toBe(false);
    expect(capped.sizes.reduce((sum, size) => sum + size, 0)).toBe(300);
  });

  it('rejects k out of range, ragged or non-finite points, and bad options, naming the field', () => {
    const points = [[1, 2], [3, 4], [5, 6]];
    expect(argumentOf(() => clusterCustomers([], 1, { seed: 1 }))).toBe('points');
    expect(argumentOf(() => clusterCustomers([[]], 1, { seed: 1 }))).toBe('points[0]');
    expect(argumentOf(() => clusterCustomers([[1, 2], [3]], 1, { seed: 1 }))).toBe('points[1]');
    expect(argumentOf(() => clusterCustomers([[1, 2], [3, Number.POSITIVE_INFINITY]], 1, { seed: 1 }))).toBe('points[1][1]');
    expect(argumentOf(() => clusterCustomers([[1, 2], [3, Number.NaN]], 1, { seed: 1 }))).toBe('points[1][1]');
    expect(argumentOf(() => clusterCustomers([[1, '2' as unknown as number]], 1, { seed: 1 }))).toBe('points[0][1]');
    expect(argumentOf(() => clusterCustomers(points, 0, { seed: 1 }))).toBe('k');
    expect(argumentOf(() => clusterCustomers(points, 4, { seed: 1 }))).toBe('k');
    expect(argumentOf(() => clusterCustomers(points, 1.5, { seed: 1 }))).toBe('k');
    // More clusters than distinct points.
    expect(argumentOf(() => clusterCustomers([[1, 1], [1, 1], [2, 2]], 3, { seed: 1 }))).toBe('k');
    expect(argumentOf(() => clusterCustomers(points, 2, {} as never))).toBe('options.seed');
    expect(argumentOf(() => clusterCustomers(points, 2, { seed: 0.5 }))).toBe('options.seed');
    expect(argumentOf(() => clusterCustomers(points, 2, { seed: 1, maxIterations: 0 }))).toBe('options.maxIterations');
    expect(argumentOf(() => clusterCustomers(points, 2, { seed: 1, scale: 'log' as never }))).toBe('options.scale');
    expect(argumentOf(() => clusterCustomers(points, 2, undefined as never))).toBe('options');
  });
});

import { invalidArgument } from '../errors.js';
import { readKMeansSettings, runKMeans } from './kmeans.js';

/** How features are scaled before clustering. */
export type ClusterScale = 'none' | 'standard' | 'minmax';

/** The result of k-means. */
export interface Clustering {
  /** The centre of each cluster, in the points' own units: the mean of its members. */
  readonly centroids: number[][];
  /** The cluster (0 to k - 1) of each point, in the order of the points. */
  readonly assignments: number[];
  /** How many points each cluster holds. */
  readonly sizes: number[];
  /** How many assignment passes ran (the last one changed nothing when `converged`). */
  readonly iterations: number;
  /** True when an assignment pass changed nothing before `maxIterations` ran out. */
  readonly converged: boolean;
  /** The sum of squared distances from each point to its cluster's centre, in the space clustered (scaled when `scale` is on). */
  readonly inertia: number;
}

/** Options of {@link clusterCustomers}. */
export interface ClusterCustomersOptions {
  /** The seed of the generator (a whole number, used modulo 2^32): the same seed always gives the same clusters. */
  readonly seed: number;
  /** The most assignment passes to run (default 300). */
  readonly maxIterations?: number | undefined;
  /**
   * How to scale each feature before clustering, so that one in thousands
   * (employees) does not drown one in units (sites): `'none'` (the default),
   * `'standard'` (`(x - mean) / sd`, population standard deviation) or
   * `'minmax'` (`(x - min) / (max - min)`); a constant feature becomes 0.
   */
  readonly scale?: ClusterScale | undefined;
}

const invalid = invalidArgument;

/**
 * Groups customers into `k` clusters of similar feature vectors: k-means
 * (Lloyd's algorithm) with k-means++ seeding from a seeded generator, the
 * marketing view that works on groups and averages.
 *
 * - **Seeding**: greedy k-means++ (Arthur and Vassilvitskii, 2007; the
 *   variant scikit-learn uses): the first centre is a point drawn uniformly;
 *   each next is the best of `2 + floor(ln k)` candidates drawn with
 *   probability proportional to their squared distance to the nearest centre
 *   so far, "best" meaning the lowest resulting sum of squared distances.
 * - **Iterations**: assign each point to its nearest centre (squared
 *   Euclidean distance; the lowest cluster index on a tie), then move each
 *   centre to the mean of its points; stop when an assignment pass changes
 *   nothing (`converged`) or after `maxIterations` passes. A cluster left
 *   empty takes the point farthest from its centre.
 * - **Reproducible**: the generator is mulberry32, in 32-bit integer
 *   arithmetic, and every float step is an exactly specified IEEE 754
 *   operation in a fixed order; the same points, k and seed give the same
 *   result, bit for bit, on every engine and platform.
 * - **Result**: `centroids` are the means of each cluster's points in their
 *   own units (even when scaled); `inertia` is the sum of squared distances
 *   to the centres in the space clustered (scaled, when `scale` is on).
 *
 * The work per pass is O(n × k × d): linear in the number of points.
 *
 * @param points - feature vectors, one per customer, all of the same length, finite numbers
 * @param k - how many clusters: a whole number from 1 to the number of distinct points
 * @param options - `seed` (required), `maxIterations`, `scale`
 * @returns a new clustering
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for no
 *   points, a ragged point (`points[3]`: not the length of `points[0]`), a
 *   value that is not a finite number (`points[3][1]`), a `k` out of range
 *   (more than the distinct points included), or a bad `options.seed`,
 *   `options.maxIterations` or `options.scale`
 *
 * @example
 * ```ts
 * import { clusterCustomers } from '@plumbline/core';
 *
 * const points = [[1, 1], [1.5, 2], [1, 1.5], [8, 8], [9, 8.5], [8.5, 9]];
 * const clusters = clusterCustomers(points, 2, { seed: 42 });
 * clusters.assignments[0] === clusters.assignments[2]; // => true
 * clusters.assignments[0] === clusters.assignments[3]; // => false
 * clusters.sizes; // => [3, 3]
 * clusters.converged; // => true
 * clusterCustomers(points, 7, { seed: 42 }); // throws PlumblineError INVALID_ARGUMENT (k)
 * ```
 */
export function clusterCustomers(points: readonly (readonly number[])[], k: number, options: ClusterCustomersOptions): Clustering {
  if (!Array.isArray(points) || points.length === 0) throw invalid('points', 'a non-empty array of feature vectors', points);
  const first: unknown = points[0];
  if (!Array.isArray(first) || first.length === 0) throw invalid('points[0]', 'a non-empty array of finite numbers', first);
  const n = points.length;
  const d = first.length;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i += 1) {
    const point: unknown = points[i];
    if (!Array.isArray(point) || point.length !== d) throw invalid(`points[${i}]`, `an array of ${d} finite numbers, as long as points[0]`, point);
    for (let j = 0; j < d; j += 1) {
      const value: unknown = point[j];
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(`points[${i}][${j}]`, 'a finite number', value);
      data[i * d + j] = value;
    }
  }
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > n) throw invalid('k', `a whole number from 1 to ${n} (the number of points)`, k);
  return runKMeans(data, n, d, k, readKMeansSettings(options));
}

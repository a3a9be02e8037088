/**
 * Internal: seeded k-means (Lloyd's algorithm with greedy k-means++ seeding)
 * over a flat `Float64Array` of points, shared by `clusterCustomers` and
 * `proposeSegments`.
 *
 * Reproducible everywhere: the only randomness is mulberry32, a 32-bit
 * generator written in integer arithmetic (`Math.imul`, shifts), and every
 * floating-point step is an IEEE 754 basic operation (`+ - * /`, `sqrt`) in a
 * fixed order, which JavaScript defines exactly; so one seed gives the same
 * clusters, bit for bit, in every engine and on every platform.
 *
 * @module
 * @internal
 */

import { invalidArgument } from '../errors.js';
import type { ClusterScale, Clustering } from './cluster-customers.js';

/**
 * mulberry32 (Tommy Ettinger, public domain): a 32-bit state advanced by
 * 0x6D2B79F5 and mixed with `Math.imul` and shifts, giving uniform floats in
 * [0, 1) as a 32-bit integer over 2^32.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const invalid = invalidArgument;

/** The checked options of a clustering run. */
export interface KMeansSettings {
  readonly seed: number;
  readonly maxIterations: number;
  readonly scale: ClusterScale;
}

/** Reads `{ seed, maxIterations?, scale? }`, or throws naming the field. */
export function readKMeansSettings(options: unknown): KMeansSettings {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'an object with a seed: the same seed always gives the same clusters', options);
  }
  const { seed, maxIterations = 300, scale = 'none' } = options as { seed?: unknown; maxIterations?: unknown; scale?: unknown };
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) throw invalid('options.seed', 'a whole number (the generator uses it modulo 2^32)', seed);
  if (typeof maxIterations !== 'number' || !Number.isInteger(maxIterations) || maxIterations < 1 || maxIterations > 1_000_000) {
    throw invalid('options.maxIterations', 'a whole number from 1 to 1,000,000', maxIterations);
  }
  if (scale !== 'none' && scale !== 'standard' && scale !== 'minmax') throw invalid('options.scale', "'none', 'standard' or 'minmax'", scale);
  return { seed, maxIterations, scale };
}

/**
 * A scaled copy of the points (or the points themselves for 'none'):
 * 'standard' maps each feature to `(x - mean) / sd` (population standard
 * deviation), 'minmax' to `(x - min) / (max - min)`; a constant feature
 * becomes 0.
 */
function scaleFeatures(data: Float64Array, n: number, d: number, scale: ClusterScale): Float64Array {
  if (scale === 'none') return data;
  const scaled = new Float64Array(n * d);
  for (let j = 0; j < d; j += 1) {
    let shift = 0;
    let spread = 0;
    if (scale === 'standard') {
      let sum = 0;
      for (let i = 0; i < n; i += 1) sum += data[i * d + j] as number;
      shift = sum / n;
      let squares = 0;
      for (let i = 0; i < n; i += 1) {
        const delta = (data[i * d + j] as number) - shift;
        squares += delta * delta;
      }
      spread = Math.sqrt(squares / n);
    } else {
      let min = Infinity;
      let max = -Infinity;
      for (let i = 0; i < n; i += 1) {
        const value = data[i * d + j] as number;
        if (value < min) min = value;
        if (value > max) max = value;
      }
      shift = min;
      spread = max - min;
    }
    for (let i = 0; i < n; i += 1) scaled[i * d + j] = spread > 0 && Number.isFinite(spread) ? ((data[i * d + j] as number) - shift) / spread : 0;
  }
  return scaled;
}

/** Squared Euclidean distance from point `i` of `data` to centre `c` of `centers`. */
function distance2(data: Float64Array, i: number, centers: Float64Array, c: number, d: number): number {
  let sum = 0;
  const p = i * d;
  const q = c * d;
  for (let j = 0; j < d; j += 1) {
    const delta = (data[p + j] as number) - (centers[q + j] as number);
    sum += delta * delta;
  }
  return sum;
}

/** Squared Euclidean distance between points `i` and `m` of `data`. */
function pointDistance2(data: Float64Array, i: number, m: number, d: number): number {
  return distance2(data, i, data, m, d);
}

/**
 * Greedy k-means++ (Arthur and Vassilvitskii, 2007; the greedy variant of
 * scikit-learn): the first centre is a point drawn uniformly; each next one is
 * the best, by the resulting sum of squared distances, of `2 + floor(ln k)`
 * candidates drawn with probability proportional to their squared distance
 * to the nearest centre so far.
 */
function seedCenters(data: Float64Array, n: number, d: number, k: number, random: () => number): Float64Array {
  const centers = new Float64Array(k * d);
  const first = Math.min(n - 1, Math.floor(random() * n));
  centers.set(data.subarray(first * d, first * d + d), 0);
  let closest = new Float64Array(n);
  let potential = 0;
  for (let i = 0; i < n; i += 1) {
    const value = pointDistance2(data, i, first, d);
    closest[i] = value;
    potential += value;
  }
  // ln k is never within an ulp of a whole number for k >= 2, so this is the same everywhere.
  const trials = 2 + Math.floor(Math.log(k));
  let candidate = new Float64Array(n);
  let best = new Float64Array(n);
  for (let c = 1; c < k; c += 1) {
    if (!(potential > 0)) {
      throw invalid('k', `at most ${c}: no more of the points are apart (k-means cannot make more clusters than there are distinct points)`, k);
    }
    let bestPotential = Infinity;
    let bestIndex = -1;
    for (let trial = 0; trial < trials; trial += 1) {
      const target = random() * potential;
      let cumulative = 0;
      let index = -1;
      let lastPositive = -1;
      for (let i = 0; i < n; i += 1) {
        const weight = closest[i] as number;
        if (weight <= 0) continue;
        lastPositive = i;
        cumulative += weight;
        if (cumulative > target) {
          index = i;
          break;
        }
      }
      if (index < 0) index = lastPositive;
      let total = 0;
      for (let i = 0; i < n; i += 1) {
        const value = Math.min(closest[i] as number, pointDistance2(data, i, index, d));
        candidate[i] = value;
        total += value;
      }
      if (total < bestPotential) {
        bestPotential = total;
        bestIndex = index;
        [best, candidate] = [candidate, best];
      }
    }
    centers.set(data.subarray(bestIndex * d, bestIndex * d + d), c * d);
    [closest, best] = [best, closest];
    potential = bestPotential;
  }
  return centers;
}

/**
 * Runs seeded k-means on `n` points of `d` features held row by row in
 * `points` (already checked: finite, 1 <= k <= n).
 */
export function runKMeans(points: Float64Array, n: number, d: number, k: number, settings: KMeansSettings): Clustering {
  const data = scaleFeatures(points, n, d, settings.scale);
  const random = mulberry32(settings.seed);
  const centers = seedCenters(data, n, d, k, random);
  const assignments = new Int32Array(n).fill(-1);
  const distances = new Float64Array(n);
  const counts = new Int32Array(k);
  let iterations = 0;
  let converged = false;
  for (let iteration = 1; iteration <= settings.maxIterations; iteration += 1) {
    // Assignment: each point to its nearest centre (the lowest index on a tie).
    let changed = 0;
    for (let i = 0; i < n; i += 1) {
      let nearest = 0;
      let nearestDistance = distance2(data, i, centers, 0, d);
      for (let c = 1; c < k; c += 1) {
        const value = distance2(data, i, centers, c, d);
        if (value < nearestDistance) {
          nearestDistance = value;
          nearest = c;
        }
      }
      if (assignments[i] !== nearest) {
        assignments[i] = nearest;
        changed += 1;
      }
      distances[i] = nearestDistance;
    }
    iterations = iteration;
    if (changed === 0) {
      converged = true;
      break;
    }
    // Update: each centre to the mean of its points. An empty cluster takes
    // the point farthest from its centre among clusters of two or more.
    counts.fill(0);
    for (let i = 0; i < n; i += 1) counts[assignments[i] as number] = (counts[assignments[i] as number] as number) + 1;
    for (let c = 0; c < k; c += 1) {
      if (counts[c] !== 0) continue;
      let farthest = -1;
      let farthestDistance = -1;
      for (let i = 0; i < n; i += 1) {
        if ((counts[assignments[i] as number] as number) > 1 && (distances[i] as number) > farthestDistance) {
          farthestDistance = distances[i] as number;
          farthest = i;
        }
      }
      const from = assignments[farthest] as number;
      counts[from] = (counts[from] as number) - 1;
      counts[c] = 1;
      assignments[farthest] = c;
      distances[farthest] = 0;
    }
    centers.fill(0);
    for (let i = 0; i < n; i += 1) {
      const q = (assignments[i] as number) * d;
      const p = i * d;
      for (let j = 0; j < d; j += 1) centers[q + j] = (centers[q + j] as number) + (data[p + j] as number);
    }
    for (let c = 0; c < k; c += 1) {
      const count = counts[c] as number;
      for (let j = 0; j < d; j += 1) centers[c * d + j] = (centers[c * d + j] as number) / count;
    }
  }

  // Sizes, centroids in the points' own units, and inertia in the clustered space.
  const sizes = new Array<number>(k).fill(0);
  const sums = new Float64Array(k * d);
  let inertia = 0;
  for (let i = 0; i < n; i += 1) {
    const c = assignments[i] as number;
    sizes[c] = (sizes[c] as number) + 1;
    for (let j = 0; j < d; j += 1) sums[c * d + j] = (sums[c * d + j] as number) + (points[i * d + j] as number);
    inertia += distance2(data, i, centers, c, d);
  }
  const centroids = Array.from({ length: k }, (_, c) => Array.from({ length: d }, (__, j) => (sums[c * d + j] as number) / (sizes[c] as number)));
  return { centroids, assignments: Array.from(assignments), sizes, iterations, converged, inertia };
}

import { invalidArgument } from '../errors.js';
import { checkRecord, resolvePath, splitPath } from './compile.js';
import type { ClusterScale, Clustering } from './cluster-customers.js';
import { readKMeansSettings, runKMeans } from './kmeans.js';
import type { Segment } from './schema.js';

/** Options of {@link proposeSegments}. */
export interface ProposeSegmentsOptions {
  /** The numeric fields to cluster on, as dot paths (`company.employees`); each record must hold a finite number at each. */
  readonly fields: readonly string[];
  /** The seed of the clustering: the same seed always proposes the same segments. */
  readonly seed: number;
  /** How to scale the fields before clustering (see {@link clusterCustomers}); `'standard'` by default here, since CRM fields come in very different units. */
  readonly scale?: ClusterScale | undefined;
  /** The most assignment passes (default 300). */
  readonly maxIterations?: number | undefined;
  /** The start of each draft's id: `cluster` gives `cluster-1`, `cluster-2`, ... */
  readonly idPrefix?: string | undefined;
  /** The start of each draft's name: `Cluster` gives `Cluster 1`, ... */
  readonly namePrefix?: string | undefined;
}

/** Segment drafts, one per cluster, and the clustering behind them. */
export interface ProposedSegments {
  /** `segments[c]` describes cluster `c` of `clustering`. */
  readonly segments: Segment[];
  readonly clustering: Clustering;
}

const invalid = invalidArgument;

/**
 * Proposes market segments from CRM records: clusters the records on
 * numeric fields with {@link clusterCustomers} (seeded k-means++) and turns
 * each cluster into a {@link Segment} draft that a marketer can name and edit.
 *
 * Each draft has:
 * - `id` `cluster-<c + 1>` and `name` `Cluster <c + 1>` (see `idPrefix`,
 *   `namePrefix`), and a `description` saying how it was made;
 * - `rules`: `{ all: [...] }` with one `between [min, max]` condition per
 *   field, the smallest box that holds every member of the cluster. Every
 *   record matches its own cluster's rules; boxes of neighbouring clusters
 *   may overlap, so a record may also match another draft (k-means cuts
 *   space by nearest centre, which a box can only approximate);
 * - `metrics`: `size` (the cluster's members) and `averages` (the mean of
 *   each field over them, in the fields' own units: the cluster's centroid);
 * - empty `interests`, `valueDrivers` and `typicalRisks`, for people to fill.
 *
 * The drafts pass `Segment.safeParse`.
 *
 * @param records - plain objects (CRM contacts, companies), each with a finite number at every field
 * @param k - how many segments: a whole number from 1 to the number of distinct records
 * @param options - `fields` and `seed` (required), `scale` (default `'standard'`), `maxIterations`, `idPrefix`, `namePrefix`
 * @returns new segment drafts and the clustering they come from
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for no
 *   records, no or malformed `options.fields`, a record without a finite
 *   number at a field (`records[3].company.employees`), and whatever
 *   {@link clusterCustomers} rejects
 *
 * @example
 * ```ts
 * import { proposeSegments } from '@plumbline/core';
 *
 * const records = [
 *   { company: { employees: 40, sites: 1 } }, { company: { employees: 60, sites: 2 } },
 *   { company: { employees: 2000, sites: 30 } }, { company: { employees: 2400, sites: 34 } },
 * ];
 * const { segments, clustering } = proposeSegments(records, 2, { fields: ['company.employees', 'company.sites'], seed: 1 });
 * const small = segments[clustering.assignments[0] ?? 0];
 * small?.metrics; // => { size: 2, averages: { 'company.employees': 50, 'company.sites': 1.5 } }
 * small?.rules;
 * // => { all: [{ field: 'company.employees', op: 'between', value: [40, 60] }, { field: 'company.sites', op: 'between', value: [1, 2] }] }
 * ```
 */
export function proposeSegments(records: readonly object[], k: number, options: ProposeSegmentsOptions): ProposedSegments {
  if (!Array.isArray(records) || records.length === 0) throw invalid('records', 'a non-empty array of plain objects', records);
  if (typeof options !== 'object' || options === null) throw invalid('options', 'an object with fields and seed', options);
  const requested: unknown = options.fields;
  if (!Array.isArray(requested) || requested.length === 0) throw invalid('options.fields', 'a non-empty array of dot paths to numeric fields', requested);
  const fields = requested.map((field: unknown, index) => ({ field: field as string, parts: splitPath(field, `options.fields[${index}]`) }));
  const settings = readKMeansSettings({ ...options, scale: options.scale ?? 'standard' });
  const idPrefix = options.idPrefix ?? 'cluster';
  const namePrefix = options.namePrefix ?? 'Cluster';
  if (typeof idPrefix !== 'string' || idPrefix.trim() === '') throw invalid('options.idPrefix', 'non-empty text', idPrefix);
  if (typeof namePrefix !== 'string' || namePrefix.trim() === '') throw invalid('options.namePrefix', 'non-empty text', namePrefix);

  const n = records.length;
  const d = fields.length;
  const data = new Float64Array(n * d);
  for (let i = 0; i < n; i += 1) {
    const record: unknown = records[i];
    checkRecord(record, `records[${i}]`);
    for (let j = 0; j < d; j += 1) {
      const { field, parts } = fields[j] as { field: string; parts: readonly string[] };
      const value = resolvePath(record, parts);
      if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(`records[${i}].${field}`, 'a finite number to cluster on', value);
      data[i * d + j] = value;
    }
  }
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > n) throw invalid('k', `a whole number from 1 to ${n} (the number of records)`, k);
  const clustering = runKMeans(data, n, d, k, settings);

  const low = new Float64Array(k * d).fill(Infinity);
  const high = new Float64Array(k * d).fill(-Infinity);
  for (let i = 0; i < n; i += 1) {
    const c = clustering.assignments[i] as number;
    for (let j = 0; j < d; j += 1) {
      const value = data[i * d + j] as number;
      if (value < (low[c * d + j] as number)) low[c * d + j] = value;
      if (value > (high[c * d + j] as number)) high[c * d + j] = value;
    }
  }
  const segments = clustering.centroids.map((centroid, c): Segment => {
    const size = clustering.sizes[c] as number;
    const averages: Record<string, number> = {};
    fields.forEach(({ field }, j) => {
      averages[field] = centroid[j] as number;
    });
    return {
      id: `${idPrefix}-${c + 1}`,
      name: `${namePrefix} ${c + 1}`,
      description: `Proposed by k-means: cluster ${c + 1} of ${k} (seed ${settings.seed}, scale ${settings.scale}), ${size} of ${n} records, on ${fields.map(({ field }) => field).join(', ')}. Name it, and add interests, value drivers and risks before use.`,
      rules: {
        all: fields.map(({ field }, j) => ({ field, op: 'between' as const, value: [low[c * d + j] as number, high[c * d + j] as number] as [number, number] })),
      },
      interests: [],
      valueDrivers: {},
      typicalRisks: [],
      metrics: { size, averages },
    };
  });
  return { segments, clustering };
}

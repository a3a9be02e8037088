import { describeValue, PlumblineError } from '../errors.js';
import { checkRecord, compileSegment, type RecordPredicate, relabel, resolvePath, splitPath } from './compile.js';
import type { Segment } from './schema.js';

/** Options of {@link summarizeSegment}. */
export interface SummarizeSegmentOptions {
  /**
   * The numeric fields to average, as dot paths (`company.employees`). By
   * default every path that holds a finite number in at least one member
   * (nested objects are walked; arrays are not), in alphabetical order.
   */
  readonly fields?: readonly string[] | undefined;
}

/** The statistics of one numeric field over a segment's members. */
export interface SegmentFieldSummary {
  /** The dot path. */
  readonly field: string;
  /** How many members hold a finite number there (the others are left out of every statistic). */
  readonly count: number;
  /** The arithmetic mean, or null when no member holds a number there. */
  readonly mean: number | null;
  /** The 50th percentile (see {@link summarizeSegment} for the method), or null. */
  readonly median: number | null;
  /** The 90th percentile, or null. */
  readonly p90: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** The marketing view of a segment: how many records it holds and their averages. */
export interface SegmentSummary {
  /** The segment's id, or null when every record was summarised. */
  readonly segmentId: string | null;
  /** How many records were given. */
  readonly total: number;
  /** How many of them match the segment (all of them without a segment). */
  readonly size: number;
  /** `size / total`, 0 when no record was given. */
  readonly share: number;
  /** The mean of each field that has at least one number: ready for `Segment.metrics.averages`. */
  readonly averages: Record<string, number>;
  /** Count, mean, median, p90, min and max of each field, in the order asked for. */
  readonly fields: SegmentFieldSummary[];
}

/**
 * The percentile `p` (0 to 1) of sorted values, by linear interpolation
 * between closest ranks: `h = (n - 1) × p`, then
 * `x[floor h] + (h - floor h) × (x[floor h + 1] - x[floor h])`. This is
 * Excel's `PERCENTILE.INC`, NumPy's default and R's type 7.
 */
function percentile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const low = sorted[below] as number;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] as number;
  return low + (h - below) * (high - low);
}

/** Every dot path under `value` that holds a finite number, walking plain objects only. */
function collectNumericPaths(value: unknown, prefix: string, into: Set<string>, depth: number): void {
  if (depth > 8) return;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (key === '' || key.includes('.') || /^\s/.test(key)) continue;
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof child === 'number') {
      if (Number.isFinite(child)) into.add(path);
    } else if (typeof child === 'object' && child !== null && !Array.isArray(child) && !(child instanceof Date)) {
      collectNumericPaths(child, path, into, depth + 1);
    }
  }
}

/**
 * Summarises a segment the way marketing sees it: its size and the averages
 * of numeric fields over its members (only ever an average: for one person,
 * use the relationship).
 *
 * Members are the records that match `segment` (see {@link matchesSegment}),
 * or every record without one. For each field, values that are not finite
 * numbers (missing, text, NaN) are left out and `count` says how many were
 * used. `mean` is the arithmetic mean; `median` and `p90` are percentiles by
 * linear interpolation between closest ranks (`h = (n - 1) × p`; Excel's
 * `PERCENTILE.INC`, NumPy's default), so the median of an even count is the
 * mean of the middle two. Nothing is rounded.
 *
 * @param records - plain objects (CRM contacts, companies)
 * @param segment - the segment whose members to summarise; all records when left out
 * @param options - `fields`: the dot paths to average (by default every numeric field found)
 * @returns a new summary
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for a
 *   `records` that is not an array of plain objects, a malformed segment or
 *   field path (`options.fields[1]`), and whatever {@link matchesSegment}
 *   rejects (`records[7].company.employees`)
 *
 * @example
 * ```ts
 * import { summarizeSegment } from '@plumbline/core';
 * import type { Segment } from '@plumbline/core';
 *
 * const utilities: Segment = {
 *   id: 'utilities', name: 'Utilities', interests: [], valueDrivers: {}, typicalRisks: [],
 *   rules: { field: 'industry', op: 'eq', value: 'utilities' },
 * };
 * const records = [
 *   { industry: 'utilities', employees: 200, fieldCrews: 10 },
 *   { industry: 'utilities', employees: 400, fieldCrews: 20 },
 *   { industry: 'utilities', employees: 1200 },
 *   { industry: 'logistics', employees: 5000, fieldCrews: 90 },
 * ];
 * const summary = summarizeSegment(records, utilities, { fields: ['employees', 'fieldCrews'] });
 * summary.size; // => 3
 * summary.share; // => 0.75
 * summary.averages; // => { employees: 600, fieldCrews: 15 }
 * summary.fields[0];
 * // => { field: 'employees', count: 3, mean: 600, median: 400, p90: 1040, min: 200, max: 1200 }
 * summarizeSegment(records).averages; // => { employees: 1700, fieldCrews: 40 }
 * ```
 */
export function summarizeSegment(
  records: readonly object[],
  segment?: Segment | undefined,
  options?: SummarizeSegmentOptions | undefined,
): SegmentSummary {
  if (!Array.isArray(records)) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'records', expected: 'an array of plain objects', received: describeValue(records) });
  }
  const predicate: RecordPredicate | undefined = segment === undefined || segment === null ? undefined : compileSegment(segment, 'segment');
  const requested: unknown = options === undefined || options === null ? undefined : (options as { fields?: unknown }).fields;
  if (requested !== undefined && !Array.isArray(requested)) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'options.fields', expected: 'an array of dot paths', received: describeValue(requested) });
  }
  const explicit = requested === undefined ? undefined : (requested as unknown[]).map((field, index) => ({ field: field as string, parts: splitPath(field, `options.fields[${index}]`) }));

  const members: unknown[] = [];
  for (let index = 0; index < records.length; index += 1) {
    const record: unknown = records[index];
    checkRecord(record, `records[${index}]`);
    if (predicate === undefined) {
      members.push(record);
      continue;
    }
    try {
      if (predicate(record)) members.push(record);
    } catch (error) {
      throw relabel(error, `records[${index}]`);
    }
  }

  let fields = explicit;
  if (fields === undefined) {
    const paths = new Set<string>();
    for (const member of members) collectNumericPaths(member, '', paths, 0);
    fields = [...paths].sort().map((field) => ({ field, parts: field.split('.') }));
  }

  const averages: Record<string, number> = {};
  const summaries = fields.map(({ field, parts }): SegmentFieldSummary => {
    const values = new Float64Array(members.length);
    let count = 0;
    let sum = 0;
    for (const member of members) {
      const value = resolvePath(member, parts);
      if (typeof value === 'number' && Number.isFinite(value)) {
        values[count] = value;
        count += 1;
        sum += value;
      }
    }
    if (count === 0) return { field, count, mean: null, median: null, p90: null, min: null, max: null };
    const sorted = values.subarray(0, count).sort();
    const mean = sum / count;
    averages[field] = mean;
    return {
      field,
      count,
      mean,
      median: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
      min: sorted[0] as number,
      max: sorted[count - 1] as number,
    };
  });

  return {
    segmentId: predicate === undefined ? null : (segment as Segment).id,
    total: records.length,
    size: members.length,
    share: records.length === 0 ? 0 : members.length / records.length,
    averages,
    fields: summaries,
  };
}

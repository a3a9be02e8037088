import { describeValue, PlumblineError } from '../errors.js';
import { checkRecord, compileSegment, type RecordPredicate, relabel } from './compile.js';
import type { Segment } from './schema.js';

/**
 * For each record, the ids of the segments it matches, with the semantics of
 * {@link matchesSegment}: the marketing side of a CRM, where one contact can
 * sit in several segments.
 *
 * Each segment's rules are validated and compiled once, before the first
 * record is looked at, so the work grows with records × segments and nothing
 * is re-walked per record.
 *
 * @param records - plain objects (CRM contacts, companies)
 * @param segments - the segments, with distinct ids
 * @returns one new array per record, in the order of `records`, holding the
 *   ids of the matching segments in the order of `segments`
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for a
 *   list that is not an array, a record that is not a plain object
 *   (`records[4]`), a duplicate segment id (`segments[2].id`), a malformed
 *   rule (`segments[1].rules.any[0].op`), or a record value of the wrong type
 *   for its comparison (`records[7].company.employees`)
 *
 * @example
 * ```ts
 * import { assignSegments } from '@plumbline/core';
 * import type { Segment } from '@plumbline/core';
 *
 * const segment = (id: string, rules: Segment['rules']): Segment => ({ id, name: id, rules, interests: [], valueDrivers: {}, typicalRisks: [] });
 * const segments = [
 *   segment('utilities', { field: 'industry', op: 'eq', value: 'utilities' }),
 *   segment('large', { field: 'employees', op: 'gte', value: 1000 }),
 * ];
 * assignSegments([
 *   { industry: 'utilities', employees: 1400 },
 *   { industry: 'logistics', employees: 620 },
 *   { industry: 'utilities' },
 * ], segments);
 * // => [['utilities', 'large'], [], ['utilities']]
 * ```
 */
export function assignSegments(records: readonly object[], segments: readonly Segment[]): string[][] {
  if (!Array.isArray(segments)) throw new PlumblineError('INVALID_ARGUMENT', { argument: 'segments', expected: 'an array of segments', received: describeValue(segments) });
  if (!Array.isArray(records)) throw new PlumblineError('INVALID_ARGUMENT', { argument: 'records', expected: 'an array of plain objects', received: describeValue(records) });
  const predicates: RecordPredicate[] = [];
  const ids: string[] = [];
  const seen = new Set<string>();
  segments.forEach((segment, index) => {
    predicates.push(compileSegment(segment, `segments[${index}]`));
    if (seen.has(segment.id)) {
      throw new PlumblineError('INVALID_ARGUMENT', { argument: `segments[${index}].id`, expected: 'an id no other segment has', received: describeValue(segment.id) });
    }
    seen.add(segment.id);
    ids.push(segment.id);
  });
  const result: string[][] = new Array<string[]>(records.length);
  for (let index = 0; index < records.length; index += 1) {
    const record: unknown = records[index];
    checkRecord(record, `records[${index}]`);
    const matched: string[] = [];
    try {
      for (let segment = 0; segment < predicates.length; segment += 1) {
        if ((predicates[segment] as RecordPredicate)(record)) matched.push(ids[segment] as string);
      }
    } catch (error) {
      throw relabel(error, `records[${index}]`);
    }
    result[index] = matched;
  }
  return result;
}

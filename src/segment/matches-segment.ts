import { checkRecord, compileSegment, relabel } from './compile.js';
import type { Segment } from './schema.js';

/**
 * Tells whether a record belongs to a segment: evaluates the segment's
 * `rules` filter tree on any plain record (a CRM contact, a Twenty company,
 * a HubSpot object's properties), in the manner of CRM list filters.
 *
 * - `{ all: [...] }` holds when every rule holds (an empty `all` always
 *   holds), `{ any: [...] }` when at least one does (an empty `any` never
 *   does), `{ not: rule }` when the rule does not: `not` is the exact negation.
 *   Rules are evaluated left to right and stop at the first decisive one.
 * - `field` is a dot path over own properties (`company.address.country`;
 *   array items by index, `emails.0`). A field is missing when any step is.
 * - **Missing fields are false**: every condition on a missing field is
 *   false, except `exists` with `value: false`. So `neq` and `nin` need the
 *   field to be there; wrap a condition in `not` to match records that lack it.
 * - `eq` / `neq`: strict equality (`1` is not `"1"`; text is case-sensitive);
 *   `null` is a value here. `in` / `nin`: the field is (is not) one of the
 *   values; a list field is "in" when any of its items is.
 * - `gt` `gte` `lt` `lte` `between` (both ends included): against a number,
 *   the field must be a number; against an ISO date, it must be an ISO date
 *   or date-time string (or a Date) and is compared by UTC calendar day;
 *   against an ISO date-time, by instant. Any other value, such as a text
 *   field compared with `gt 50`, is an error naming the field's path, never a
 *   silent false. A null field is false.
 * - `contains`: on text, a case-insensitive substring (`"Plant hire"` contains
 *   `"plant HIRE"`; a non-text value is never in text); on a list,
 *   membership, case-insensitive for text items. A field that is neither text
 *   nor a list (nor missing or null) is an error.
 * - `exists` (`value` true by default): the field is there and not null; with
 *   `value: false`, it is missing or null.
 *
 * The rules are validated and compiled once per segment object and reused on
 * every later call; treat segments as immutable.
 *
 * @param record - any plain object
 * @param segment - the segment whose rules to evaluate
 * @returns true when the record matches the rules
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for a
 *   record that is not a plain object, a malformed rule
 *   (`segment.rules.all[2].value`), or a record value of the wrong type for
 *   its comparison (`record.company.name`)
 *
 * @example
 * ```ts
 * import { matchesSegment } from '@plumbline/core';
 * import type { Segment } from '@plumbline/core';
 *
 * const segment: Segment = {
 *   id: 'mid-utilities', name: 'Mid-sized utilities', interests: [], valueDrivers: {}, typicalRisks: [],
 *   rules: { all: [
 *     { field: 'company.industry', op: 'eq', value: 'utilities' },
 *     { field: 'company.employees', op: 'between', value: [200, 2000] },
 *     { not: { field: 'company.lifecycleStage', op: 'eq', value: 'churned' } },
 *   ] },
 * };
 * matchesSegment({ company: { industry: 'utilities', employees: 900 } }, segment); // => true
 * matchesSegment({ company: { industry: 'utilities', employees: 90 } }, segment); // => false
 * matchesSegment({ company: { industry: 'utilities' } }, segment); // => false (employees missing)
 * matchesSegment({ company: { industry: 'utilities', employees: '900' } }, segment);
 * // throws PlumblineError INVALID_ARGUMENT (record.company.employees: a number expected)
 * ```
 */
export function matchesSegment(record: object, segment: Segment): boolean {
  const predicate = compileSegment(segment, 'segment');
  checkRecord(record, 'record');
  try {
    return predicate(record);
  } catch (error) {
    throw relabel(error, 'record');
  }
}

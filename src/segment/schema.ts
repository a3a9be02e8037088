import * as z from 'zod';
import { Id, RiskKind, Text, ValueDriverWeights } from '../common/schema.js';

/**
 * A value a condition compares a field with.
 *
 * @example
 * ```ts
 * import { Scalar } from '@plumbline/core';
 *
 * Scalar.safeParse(null).success; // => true
 * Scalar.safeParse({ a: 1 }).success; // => false
 * ```
 */
export const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]).describe('A string, number, boolean or null.');
/** A value a condition compares a field with. */
export type Scalar = z.infer<typeof Scalar>;

/**
 * A dot path into a record, such as `"company.employees"` or `"address.city"`.
 *
 * @example
 * ```ts
 * import { FieldPath } from '@plumbline/core';
 *
 * FieldPath.safeParse('company.employees').success; // => true
 * FieldPath.safeParse('company..employees').success; // => false
 * ```
 */
export const FieldPath = z
  .string()
  .regex(/^[^.\s][^.]*(\.[^.\s][^.]*)*$/, 'expected a dot path such as "company.employees"')
  .describe('A dot path into a record, such as "company.employees".');

const field = { field: FieldPath };
const Ordered = z.union([z.number(), z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'expected a number or an ISO date',
});

/**
 * One condition on one field of a record, in the manner of CRM list filters.
 * `value` is typed by `op`: a scalar for `eq`/`neq`, a list for `in`/`nin`, a
 * number or ISO date for `gt`/`gte`/`lt`/`lte`, a `[low, high]` pair for
 * `between`, a scalar for `contains` (substring or list member), and an
 * optional boolean for `exists` (true when left out).
 *
 * @example
 * ```ts
 * import { SegmentCondition } from '@plumbline/core';
 *
 * SegmentCondition.parse({ field: 'company.employees', op: 'between', value: [200, 2000] }).op; // => 'between'
 * SegmentCondition.safeParse({ field: 'company.employees', op: 'between', value: 200 }).success; // => false
 * ```
 */
export const SegmentCondition = z
  .discriminatedUnion(
    'op',
    [
      z.strictObject({
        ...field,
        op: z.enum(['eq', 'neq']).describe('eq: the field equals value; neq: it does not.'),
        value: Scalar.describe('The value to compare with.'),
      }),
      z.strictObject({
        ...field,
        op: z.enum(['in', 'nin']).describe('in: the field is one of the values; nin: it is none of them.'),
        value: z.array(Scalar).min(1, 'expected at least one value').describe('The values to look the field up in.'),
      }),
      z.strictObject({
        ...field,
        op: z.enum(['gt', 'gte', 'lt', 'lte']).describe('Greater than, greater or equal, less than, less or equal.'),
        value: Ordered.describe('A number, or an ISO date for date fields.'),
      }),
      z.strictObject({
        ...field,
        op: z.literal('between').describe('The field lies between low and high, both included.'),
        value: z.tuple([Ordered, Ordered]).describe('[low, high]: numbers or ISO dates.'),
      }),
      z.strictObject({
        ...field,
        op: z.literal('contains').describe('A text field contains value, or a list field holds it.'),
        value: Scalar.describe('The text or list member to look for.'),
      }),
      z.strictObject({
        ...field,
        op: z.literal('exists').describe('The field is present and not null (or absent, when value is false).'),
        value: z.boolean().optional().describe('true (the default): the field must exist; false: it must not.'),
      }),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? 'expected op to be one of eq neq in nin gt gte lt lte between contains exists' : undefined) },
  )
  .describe('A condition on one field of a record: { field, op, value }.')
  .meta({ id: 'SegmentCondition', title: 'SegmentCondition' });
/** One condition on one field of a record, in the manner of CRM list filters. */
export type SegmentCondition = z.infer<typeof SegmentCondition>;

/** A filter tree over records: all of, any of, not, or one condition. */
export type SegmentRule =
  | { readonly all: readonly SegmentRule[] }
  | { readonly any: readonly SegmentRule[] }
  | { readonly not: SegmentRule }
  | SegmentCondition;

/**
 * A filter tree over records: `{ all: [...] }`, `{ any: [...] }`,
 * `{ not: rule }` or a {@link SegmentCondition}. An empty `all` matches every
 * record; an empty `any` matches none.
 *
 * @example
 * ```ts
 * import { SegmentRule } from '@plumbline/core';
 *
 * const rule = { all: [{ field: 'industry', op: 'eq', value: 'utilities' }, { not: { field: 'churnedAt', op: 'exists' } }] };
 * SegmentRule.safeParse(rule).success; // => true
 * SegmentRule.safeParse({ field: 'industry', op: 'like', value: 'util%' }).success; // => false
 * ```
 */
export const SegmentRule: z.ZodType<SegmentRule> = z
  .union(
    [
      // Getters make the tree recursive without z.lazy, so JSON Schema generation sees one stable schema.
      z.strictObject({
        get all(): z.ZodArray<z.ZodType<SegmentRule>> {
          return z.array(SegmentRule).describe('Every rule must hold.');
        },
      }),
      z.strictObject({
        get any(): z.ZodArray<z.ZodType<SegmentRule>> {
          return z.array(SegmentRule).describe('At least one rule must hold.');
        },
      }),
      z.strictObject({
        get not(): z.ZodType<SegmentRule> {
          return SegmentRule;
        },
      }),
      SegmentCondition,
    ],
    { error: 'expected { all: [...] }, { any: [...] }, { not: rule } or a condition { field, op, value }' },
  )
  .describe('A filter tree over records: all, any, not, or a condition.')
  .meta({ id: 'SegmentRule', title: 'SegmentRule' });

/**
 * The marketing view of a segment: its size and averages.
 *
 * @example
 * ```ts
 * import { SegmentMetrics } from '@plumbline/core';
 *
 * SegmentMetrics.parse({ size: 480, averages: { employees: 730 } }).size; // => 480
 * ```
 */
export const SegmentMetrics = z
  .object({
    size: z.number().int().min(0).optional().describe('How many records (people or organisations) the segment holds.'),
    averages: z
      .record(z.string(), z.number())
      .optional()
      .describe('Averages over the segment, by field: { "annualSpend": 42000 }. Only ever an average.'),
  })
  .describe('The marketing view of a segment: size and averages.');
/** The marketing view of a segment: its size and averages. */
export type SegmentMetrics = z.infer<typeof SegmentMetrics>;

/**
 * A market segment: who marketing tells its stories to, one to many. Defined
 * by a filter tree over CRM records, it carries the average buyer's interests,
 * value-driver weights and typical risks.
 *
 * @example
 * ```ts
 * import { Segment } from '@plumbline/core';
 *
 * const segment = Segment.parse({
 *   id: 'mid-utilities',
 *   name: 'Mid-sized utilities',
 *   rules: { all: [{ field: 'industry', op: 'eq', value: 'utilities' }, { field: 'employees', op: 'between', value: [200, 2000] }] },
 *   interests: ['uptime', 'field crews'],
 *   valueDrivers: { cost: 40, risk: 35, productivity: 25 },
 *   typicalRisks: ['delivery', 'adoption'],
 *   metrics: { size: 480, averages: { employees: 730 } },
 * });
 * segment.typicalRisks; // => ['delivery', 'adoption']
 * ```
 */
export const Segment = z
  .object({
    id: Id,
    name: Text.describe('The name marketing uses for the segment.'),
    description: z.string().optional().describe('Who is in the segment and why it matters.'),
    rules: SegmentRule,
    interests: z.array(Text).describe('Theme ids or terms the segment cares about.'),
    valueDrivers: ValueDriverWeights,
    typicalRisks: z.array(RiskKind).describe('The risks the average buyer of the segment fears.'),
    metrics: SegmentMetrics.optional(),
  })
  .describe('A market segment: the average buyer that marketing tells stories to, one to many.')
  .meta({ id: 'Segment', title: 'Segment' });
/** A market segment: who marketing tells its stories to, one to many. */
export type Segment = z.infer<typeof Segment>;

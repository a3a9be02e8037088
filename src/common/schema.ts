/**
 * Schema building blocks shared by the models: ids, dates, bounded numbers,
 * unique-id lists, and the two vocabularies of value (`ValueDriver`) and risk
 * (`RiskKind`) that segments, relationships and offers all speak.
 *
 * @module
 */

import * as z from 'zod';
import { RISK_KINDS, VALUE_DRIVERS } from './vocabulary.js';

/**
 * A non-empty identifier (not only white space), unique within its list.
 *
 * @example
 * ```ts
 * import { Id } from '@plumbline/core';
 *
 * Id.safeParse('uptime').success; // => true
 * Id.safeParse('  ').success; // => false
 * ```
 */
export const Id = z
  .string()
  .regex(/\S/, 'expected a non-empty id')
  .describe('A non-empty identifier, unique within its list.');

/** A non-empty piece of text (not only white space). */
export const Text = z.string().regex(/\S/, 'expected non-empty text');

/**
 * A calendar date `YYYY-MM-DD` that exists (`2026-02-30` is rejected).
 *
 * @example
 * ```ts
 * import { IsoDate } from '@plumbline/core';
 *
 * IsoDate.safeParse('2028-02-29').success; // => true (a leap day)
 * IsoDate.safeParse('2026-02-30').success; // => false
 * ```
 */
export const IsoDate = z.iso.date({ error: 'expected a real calendar date as YYYY-MM-DD' });

/**
 * An ISO 8601 date-time with `Z` or an offset, or a calendar date.
 *
 * @example
 * ```ts
 * import { IsoDateOrDateTime } from '@plumbline/core';
 *
 * IsoDateOrDateTime.safeParse('2026-11-26T09:30:00+01:00').success; // => true
 * IsoDateOrDateTime.safeParse('2026-11-26T09:30:00').success; // => false (no offset)
 * ```
 */
export const IsoDateOrDateTime = z.union(
  [z.iso.date(), z.iso.datetime({ offset: true })],
  { error: 'expected a real calendar date (YYYY-MM-DD) or an ISO date-time with Z or an offset' },
);

/** A finite number from `min` to `max`, both included. */
export function boundedNumber(min: number, max: number): z.ZodNumber {
  return z.number().min(min).max(max);
}

/** A whole number from `min` to `max`, both included. */
export function boundedInteger(min: number, max: number): z.ZodNumber {
  return z.number().int().min(min).max(max);
}

/** A rate as a fraction (`0.08` for 8%), above -100% and at most 1000%. */
export const Rate = z.number().gt(-1, 'expected a rate above -1 (-100%)').max(10, 'expected a rate of at most 10 (1000%)');

/** A relative, non-negative weight (0 to 100); weights are normalised by their sum where used. */
export const Weight = boundedNumber(0, 100);

/**
 * An array of items with an `id`, where each id may appear once; a duplicate is
 * an issue at its own path (`themes[3].id`), naming the first use.
 */
export function uniqueById<T extends z.ZodType<{ readonly id: string }>>(item: T, what: string) {
  return z.array(item).superRefine((items, ctx) => {
    const seen = new Map<string, number>();
    items.forEach((entry, index) => {
      const id: unknown = (entry as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: `Duplicate ${what} id ${JSON.stringify(id)}: already used at index ${first}`,
          input: id,
        });
      }
    });
  });
}

/**
 * What a buyer gains, in the language of value selling: more `revenue`, less
 * `cost`, more `productivity`, less `risk`, a better `experience`.
 *
 * @example
 * ```ts
 * import { ValueDriver } from '@plumbline/core';
 *
 * ValueDriver.options; // => ['revenue', 'cost', 'productivity', 'risk', 'experience']
 * ```
 */
export const ValueDriver = z
  .enum(VALUE_DRIVERS)
  .describe('What a buyer gains: more revenue, lower cost, more productivity, less risk, or a better experience.')
  .meta({ id: 'ValueDriver', title: 'ValueDriver' });
/** What a buyer gains: `revenue | cost | productivity | risk | experience`. */
export type ValueDriver = z.infer<typeof ValueDriver>;

/**
 * What a buyer fears could go wrong with a purchase.
 *
 * @example
 * ```ts
 * import { RiskKind } from '@plumbline/core';
 *
 * RiskKind.options.length; // => 7
 * RiskKind.safeParse('delivery').success; // => true
 * ```
 */
export const RiskKind = z
  .enum(RISK_KINDS)
  .describe(
    'What a buyer fears could go wrong: financial, performance, delivery, adoption, security, vendor or compliance risk.',
  )
  .meta({ id: 'RiskKind', title: 'RiskKind' });
/** What a buyer fears: `financial | performance | delivery | adoption | security | vendor | compliance`. */
export type RiskKind = z.infer<typeof RiskKind>;

/**
 * Weights over value drivers, each 0 to 100, normalised by their sum where used.
 *
 * @example
 * ```ts
 * import { ValueDriverWeights } from '@plumbline/core';
 *
 * ValueDriverWeights.parse({ cost: 40, risk: 35, productivity: 25 }); // => { cost: 40, risk: 35, productivity: 25 }
 * ValueDriverWeights.safeParse({ luck: 10 }).success; // => false
 * ```
 */
export const ValueDriverWeights = z
  .partialRecord(ValueDriver, Weight)
  .describe('Relative weights (0-100) over value drivers; normalised by their sum where used.');


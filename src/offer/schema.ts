import * as z from 'zod';
import { boundedNumber, Id, Rate, RiskKind, Text, uniqueById, ValueDriver } from '../common/schema.js';
import { Money } from '../money/schema.js';
import { Schedule, scheduleOutsideHorizon, TotalCostOfOwnership } from '../tco/schema.js';

/**
 * A price cut: what marketing should not lead with, kept visible so scoring can tell.
 *
 * @example
 * ```ts
 * import { Discount } from '@plumbline/core';
 *
 * Discount.parse({ percent: 10, label: 'Spring sale' }).percent; // => 10
 * Discount.safeParse({ label: 'Sale' }).success; // => false (no percent or amount)
 * ```
 */
export const Discount = z
  .object({
    percent: z.number().gt(0, 'expected a percentage above 0').max(100).optional().describe('Percent off the price, above 0 and at most 100.'),
    amount: Money.optional().describe('An amount off the price.'),
    label: Text.optional().describe('How the discount is announced, such as "Spring sale".'),
  })
  .refine((discount) => discount.percent !== undefined || discount.amount !== undefined, {
    error: 'expected a discount percent or amount',
  })
  .describe('A price cut, by percent or amount.');
/** A price cut: what marketing should not lead with. */
export type Discount = z.infer<typeof Discount>;

/**
 * Value the offer delivers to the buyer, scheduled like a cost and held at a confidence.
 *
 * @example
 * ```ts
 * import { Benefit } from '@plumbline/core';
 *
 * const benefit = { id: 'rolls', label: 'Fewer truck rolls', driver: 'cost', amount: { amount: '1500', currency: 'EUR' }, schedule: { type: 'recurring', every: 'month', fromMonth: 2 }, confidence: 0.8 };
 * Benefit.parse(benefit).confidence; // => 0.8
 * ```
 */
export const Benefit = z
  .object({
    id: Id,
    label: Text.describe('The benefit as the buyer would say it, such as "Fewer truck rolls".'),
    driver: ValueDriver,
    amount: Money.describe('What one occurrence of the benefit is worth to the buyer.'),
    schedule: Schedule,
    confidence: boundedNumber(0, 1).describe('How sure we are it will be realised, from 0 to 1 (a TEI risk adjustment).'),
    escalation: Rate.optional().describe(
      'Annual growth compounded on each anniversary of the start date, such as 0.03 for 3% (above -1), as for cost items.',
    ),
  })
  .describe('Value the offer delivers, scheduled like a cost, held at a confidence from 0 to 1.')
  .meta({ id: 'Benefit', title: 'Benefit' });
/** Value the offer delivers to the buyer, scheduled like a cost and held at a confidence. */
export type Benefit = z.infer<typeof Benefit>;

/**
 * Terms that take a risk off the buyer: what makes the company the risk-free choice.
 *
 * @example
 * ```ts
 * import { RiskReducer } from '@plumbline/core';
 *
 * RiskReducer.parse({ id: 'on-time', kind: 'guarantee', covers: ['delivery'], months: 36 }).covers; // => ['delivery']
 * ```
 */
export const RiskReducer = z
  .object({
    id: Id,
    kind: z
      .enum(['warranty', 'guarantee', 'trial', 'sla', 'money-back', 'insurance', 'training', 'support'])
      .describe('What kind of term it is.'),
    covers: z.array(RiskKind).min(1, 'expected at least one risk kind covered').describe('The risks it takes off the buyer.'),
    months: z.number().int().min(1).optional().describe('How long it lasts, in months.'),
    description: Text.optional().describe('The term as it would be written in the offer.'),
  })
  .describe('A term that takes risk off the buyer: a warranty, guarantee, trial, SLA, money-back, insurance, training or support.')
  .meta({ id: 'RiskReducer', title: 'RiskReducer' });
/** Terms that take a risk off the buyer. */
export type RiskReducer = z.infer<typeof RiskReducer>;

/**
 * Something added to the offer that adds value without cutting the price.
 *
 * @example
 * ```ts
 * import { Extra } from '@plumbline/core';
 *
 * Extra.parse({ id: 'days', label: 'Two extra training days', driver: 'productivity' }).label; // => 'Two extra training days'
 * ```
 */
export const Extra = z
  .object({
    id: Id,
    label: Text.describe('The extra as the buyer would see it, such as "Two extra training days".'),
    description: z.string().optional().describe('What it includes.'),
    driver: ValueDriver.optional().describe('The value driver it serves, if any.'),
  })
  .describe('Something added to the offer that adds value without cutting the price.');
/** Something added to the offer that adds value without cutting the price. */
export type Extra = z.infer<typeof Extra>;

/**
 * An offer: what the buyer gets and pays over time. Its TCO, the benefits it
 * delivers, the risks it takes off the buyer, any extras, and, when it leans
 * on one, a discount.
 *
 * Benefit, risk-reducer and extra ids are unique, and every benefit pays at
 * least once inside the TCO's horizon. Benefits may be in another currency
 * than the TCO: scoring then needs an explicit rate.
 *
 * @example
 * ```ts
 * import { Offer } from '@plumbline/core';
 *
 * const offer = Offer.parse({
 *   id: 'trackpro-guaranteed',
 *   name: 'TrackPro with delivery guarantee',
 *   tco: {
 *     id: 'trackpro-3y', currency: 'EUR', startDate: '2027-01-01', horizonMonths: 36, discountRate: 0.08,
 *     items: [{ id: 'licence', label: 'Licence', category: 'price', amount: { amount: '24000', currency: 'EUR' }, schedule: { type: 'once' } }],
 *   },
 *   benefits: [{ id: 'rolls', label: 'Fewer truck rolls', driver: 'cost', amount: { amount: '1500', currency: 'EUR' }, schedule: { type: 'recurring', every: 'month', fromMonth: 2 }, confidence: 0.8 }],
 *   riskReducers: [{ id: 'on-time', kind: 'guarantee', covers: ['delivery'], months: 36 }],
 * });
 * offer.riskReducers[0]?.covers; // => ['delivery']
 * ```
 */
export const Offer = z
  .object({
    id: Id,
    name: Text.describe('The offer as the buyer sees it.'),
    description: z.string().optional().describe('What the offer is, in a sentence or two.'),
    tco: TotalCostOfOwnership,
    discount: Discount.optional(),
    benefits: uniqueById(Benefit, 'benefit').describe('The value the offer delivers.'),
    riskReducers: uniqueById(RiskReducer, 'risk reducer').describe('The terms that take risk off the buyer.'),
    extras: uniqueById(Extra, 'extra').optional().describe('What is added to the offer without cutting the price.'),
  })
  .superRefine((offer, ctx) => {
    const horizon: unknown = offer.tco?.horizonMonths;
    if (!Array.isArray(offer.benefits)) return;
    offer.benefits.forEach((benefit, index) => {
      if (benefit?.schedule === undefined) return;
      const outside = scheduleOutsideHorizon(benefit.schedule, horizon);
      if (outside !== undefined) ctx.addIssue({ code: 'custom', path: ['benefits', index, 'schedule'], message: outside, input: benefit.schedule });
    });
  })
  .describe('An offer: its total cost of ownership, the value it delivers, and the risks it takes off the buyer.')
  .meta({ id: 'Offer', title: 'Offer' });
/** An offer: what the buyer gets and pays over time. */
export type Offer = z.infer<typeof Offer>;

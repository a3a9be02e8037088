import * as z from 'zod';
import { boundedInteger, Id, IsoDate, Rate, Text, uniqueById } from '../common/schema.js';
import { isCurrencyCode } from '../money/currencies.js';
import { COST_CATEGORIES } from './categories.js';
import { MAX_HORIZON_MONTHS } from './limits.js';
import { CurrencyCode, Money } from '../money/schema.js';


/**
 * What a cost is for, after Gartner's TCO categories: price is only one of them.
 *
 * @example
 * ```ts
 * import { CostCategory } from '@plumbline/core';
 *
 * CostCategory.options.length; // => 11
 * CostCategory.safeParse('downtime').success; // => true
 * ```
 */
export const CostCategory = z
  .enum(COST_CATEGORIES)
  .describe('What a cost is for: price, delivery, installation, training, support, warranty, maintenance, operations, downtime, disposal or other.')
  .meta({ id: 'CostCategory', title: 'CostCategory' });
/** What a cost is for: price is only one of eleven categories. */
export type CostCategory = z.infer<typeof CostCategory>;

/**
 * Paid once, at month `atMonth` (0, the start, when left out).
 *
 * @example
 * ```ts
 * import { OnceSchedule } from '@plumbline/core';
 *
 * OnceSchedule.parse({ type: 'once', atMonth: 1 }).atMonth; // => 1
 * ```
 */
export const OnceSchedule = z
  .strictObject({
    type: z.literal('once'),
    atMonth: boundedInteger(0, MAX_HORIZON_MONTHS - 1).optional().describe('The month it is paid in, counted from the start (0 when left out).'),
  })
  .describe('Paid once, at a month counted from the start.');
/** Paid once, at month `atMonth` (0, the start, when left out). */
export type OnceSchedule = z.infer<typeof OnceSchedule>;

/**
 * Paid at the start of every month, quarter or year, from `fromMonth`
 * (default 0) while below `untilMonth` (default: the horizon).
 *
 * @example
 * ```ts
 * import { RecurringSchedule } from '@plumbline/core';
 *
 * RecurringSchedule.parse({ type: 'recurring', every: 'quarter', fromMonth: 3 }).every; // => 'quarter'
 * RecurringSchedule.safeParse({ type: 'recurring', every: 'month', fromMonth: 12, untilMonth: 6 }).success; // => false
 * ```
 */
export const RecurringSchedule = z
  .strictObject({
    type: z.literal('recurring'),
    every: z.enum(['month', 'quarter', 'year']).describe('How often it is paid.'),
    fromMonth: boundedInteger(0, MAX_HORIZON_MONTHS - 1).optional().describe('The first month it is paid in (0 when left out).'),
    untilMonth: boundedInteger(1, MAX_HORIZON_MONTHS)
      .optional()
      .describe('Payments stop before this month (the horizon when left out).'),
  })
  .refine((schedule) => schedule.untilMonth === undefined || (schedule.fromMonth ?? 0) < schedule.untilMonth, {
    path: ['untilMonth'],
    error: 'expected untilMonth after fromMonth: payments run from fromMonth while below untilMonth',
  })
  .describe('Paid at the start of every month, quarter or year, from fromMonth while below untilMonth.');
/** Paid at the start of every month, quarter or year. */
export type RecurringSchedule = z.infer<typeof RecurringSchedule>;

/**
 * When a cost (or a benefit) is paid: once, or every month, quarter or year.
 *
 * @example
 * ```ts
 * import { Schedule } from '@plumbline/core';
 *
 * Schedule.parse({ type: 'once' }).type; // => 'once'
 * Schedule.safeParse({ type: 'weekly' }).success; // => false
 * ```
 */
export const Schedule = z
  .discriminatedUnion('type', [OnceSchedule, RecurringSchedule], {
    error: (issue) => (issue.code === 'invalid_union' ? 'expected a schedule of type "once" or "recurring"' : undefined),
  })
  .describe('When it is paid: once, or every month, quarter or year.')
  .meta({ id: 'Schedule', title: 'Schedule' });
/** When a cost (or a benefit) is paid: once, or every month, quarter or year. */
export type Schedule = z.infer<typeof Schedule>;

/**
 * One line of a TCO: what it is, what it costs, and when it is paid.
 *
 * @example
 * ```ts
 * import { CostItem } from '@plumbline/core';
 *
 * const item = { id: 'support', label: 'Support', category: 'support', amount: { amount: '400', currency: 'EUR' }, schedule: { type: 'recurring', every: 'month' }, escalation: 0.03 };
 * CostItem.parse(item).schedule.type; // => 'recurring'
 * ```
 */
export const CostItem = z
  .object({
    id: Id,
    label: Text.describe('The cost as the buyer would name it, such as "On-site installation".'),
    category: CostCategory,
    amount: Money.describe('What one payment costs (before escalation).'),
    schedule: Schedule,
    escalation: Rate.optional().describe(
      'Annual increase compounded on each anniversary of the start date, such as 0.03 for 3% (above -1).',
    ),
  })
  .describe('One cost of owning the offer: what it is, what one payment costs, and when it is paid.')
  .meta({ id: 'CostItem', title: 'CostItem' });
/** One line of a TCO: what it is, what it costs, and when it is paid. */
export type CostItem = z.infer<typeof CostItem>;

/**
 * Why a schedule pays nothing inside a horizon, or undefined when it pays.
 * Shared by every model that schedules money over a TCO's horizon.
 *
 * @internal
 */
export function scheduleOutsideHorizon(schedule: Schedule, horizonMonths: unknown): string | undefined {
  // An invalid horizon is reported at its own field; judging schedules against it would only add noise.
  if (typeof horizonMonths !== 'number' || !Number.isInteger(horizonMonths) || horizonMonths < 1 || horizonMonths > MAX_HORIZON_MONTHS) {
    return undefined;
  }
  const first = schedule.type === 'once' ? (schedule.atMonth ?? 0) : (schedule.fromMonth ?? 0);
  if (first < horizonMonths) return undefined;
  const field = schedule.type === 'once' ? 'atMonth' : 'fromMonth';
  return `${field} ${first} is not inside the horizon of ${horizonMonths} months (months 0 to ${horizonMonths - 1}): this would never be paid`;
}

/**
 * The total cost of ownership of an offer: price plus deliveries, warranties,
 * support, training and every other cost over the horizon, in one currency.
 *
 * Item ids are unique; every item is in the TCO's currency and pays at least
 * once inside the horizon (each a schema issue at its path otherwise).
 *
 * @example
 * ```ts
 * import { TotalCostOfOwnership } from '@plumbline/core';
 *
 * const tco = TotalCostOfOwnership.parse({
 *   id: 'trackpro-3y',
 *   currency: 'EUR',
 *   startDate: '2027-01-31',
 *   horizonMonths: 36,
 *   discountRate: 0.08,
 *   items: [
 *     { id: 'licence', label: 'Licence', category: 'price', amount: { amount: '24000', currency: 'EUR' }, schedule: { type: 'once' } },
 *     { id: 'support', label: 'Support', category: 'support', amount: { amount: '400', currency: 'EUR' }, schedule: { type: 'recurring', every: 'month' }, escalation: 0.03 },
 *   ],
 * });
 * tco.items.length; // => 2
 * ```
 */
export const TotalCostOfOwnership = z
  .object({
    id: Id,
    name: Text.optional().describe('A name for charts and tables, such as "TrackPro, 3 years".'),
    currency: CurrencyCode.describe('The currency every item is in.'),
    startDate: IsoDate.describe('Month 0: the day ownership starts (YYYY-MM-DD).'),
    horizonMonths: boundedInteger(1, MAX_HORIZON_MONTHS).describe('How many months of ownership to count (1 to 1200).'),
    discountRate: Rate.describe('Annual discount rate for present values, such as 0.08 for 8% (above -1).'),
    items: uniqueById(CostItem, 'cost item').min(1, 'expected at least one cost item').describe('Every cost of owning the offer.'),
  })
  .superRefine((tco, ctx) => {
    if (!Array.isArray(tco.items)) return;
    tco.items.forEach((item, index) => {
      if (item?.amount?.currency === undefined) return;
      if (isCurrencyCode(tco.currency) && item.amount.currency !== tco.currency) {
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'amount', 'currency'],
          message: `expected ${tco.currency}, the currency of the TCO: convert ${item.amount.currency} with an explicit rate first`,
          input: item.amount.currency,
        });
      }
      const outside = scheduleOutsideHorizon(item.schedule, tco.horizonMonths);
      if (outside !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['items', index, 'schedule'], message: outside, input: item.schedule });
      }
    });
  })
  .describe('The total cost of ownership: every cost of owning an offer over a horizon, in one currency.')
  .meta({ id: 'TotalCostOfOwnership', title: 'TotalCostOfOwnership' });
/** The total cost of ownership of an offer, over a horizon, in one currency. */
export type TotalCostOfOwnership = z.infer<typeof TotalCostOfOwnership>;

import { buyerOf, type ScoringContext } from './buyer.js';
import { type OfferScore, scoreFor, type ScoreOfferOptions } from './score-offer.js';
import type { Offer } from './schema.js';
import { invalidArgument } from '../errors.js';

/**
 * Scores offers for one buyer and sorts them best first; equal scores are
 * ordered by offer id, so the order is stable across runs and machines.
 *
 * @param offers - the offers to rank, with distinct ids
 * @param context - `{ segment }` (the average buyer) or `{ relationship }` (one person)
 * @param options - as {@link scoreOffer}
 * @returns new scores, best first
 * @throws {@link PlumblineError} as {@link scoreOffer}, and `INVALID_ARGUMENT`
 *   for a list that is not an array or repeats an id
 *
 * @example
 * ```ts
 * import { rankOffers } from '@plumbline/core';
 *
 * const eur = (amount: string) => ({ amount, currency: 'EUR' });
 * const offer = (id: string, price: string, covers: ('delivery' | 'adoption')[]) => ({
 *   id, name: id,
 *   tco: { id, currency: 'EUR', startDate: '2027-01-01', horizonMonths: 12, discountRate: 0,
 *     items: [{ id: 'p', label: 'Price', category: 'price' as const, amount: eur(price), schedule: { type: 'once' as const } }] },
 *   benefits: [{ id: 'b', label: 'Savings', driver: 'cost' as const, amount: eur('1000'), schedule: { type: 'recurring' as const, every: 'month' as const }, confidence: 0.8 }],
 *   riskReducers: covers.map((kind) => ({ id: kind, kind: 'guarantee' as const, covers: [kind] })),
 * });
 * const segment = { id: 'fleets', name: 'Fleets', rules: { all: [] }, interests: [], valueDrivers: { cost: 60 }, typicalRisks: ['delivery' as const] };
 * rankOffers([offer('bare', '9000', []), offer('guaranteed', '9500', ['delivery'])], { segment }).map((score) => score.offerId);
 * // => ['guaranteed', 'bare']
 * ```
 */
export function rankOffers(offers: readonly Offer[], context: ScoringContext, options?: ScoreOfferOptions | undefined): OfferScore[] {
  if (!Array.isArray(offers)) throw invalidArgument('offers', 'an array of offers', offers);
  const buyer = buyerOf(context);
  const seen = new Set<string>();
  const scores = offers.map((offer, index) => {
    if (seen.has(offer?.id)) throw invalidArgument(`offers[${index}].id`, 'ids that differ between the offers ranked', offer.id);
    seen.add(offer?.id);
    return scoreFor(offer, buyer, options, `offers[${index}]`);
  });
  return scores.sort((a, b) => b.score - a.score || (a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0));
}

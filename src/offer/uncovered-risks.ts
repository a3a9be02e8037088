import type { Relationship } from '../relationship/schema.js';
import type { Segment } from '../segment/schema.js';
import { type BuyerRisk, risksOf } from './buyer.js';
import { compileOffer } from './compile-offer.js';
import type { Offer } from './schema.js';

/**
 * The buyer's risks that no risk reducer of the offer covers, most severe
 * first: what a salesperson still has to answer. A relationship's risks keep
 * their id, description and severity; a segment's typical risks count at
 * severity 3.
 *
 * @param buyer - a Relationship (one person) or a Segment (the average buyer)
 * @param offer - the offer
 * @returns new BuyerRisk objects, most severe first (ties in the order given)
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a buyer that is neither,
 *   and as {@link scoreOffer} for an invalid offer
 *
 * @example
 * ```ts
 * import { uncoveredRisks } from '@plumbline/core';
 *
 * const offer = {
 *   id: 'o', name: 'Offer',
 *   tco: { id: 't', currency: 'EUR', startDate: '2027-01-01', horizonMonths: 12, discountRate: 0,
 *     items: [{ id: 'p', label: 'Price', category: 'price' as const, amount: { amount: '100', currency: 'EUR' }, schedule: { type: 'once' as const } }] },
 *   benefits: [],
 *   riskReducers: [{ id: 'sla', kind: 'sla' as const, covers: ['performance' as const] }],
 * };
 * const segment = { id: 's', name: 'Fleets', rules: { all: [] }, interests: [], valueDrivers: {}, typicalRisks: ['performance' as const, 'adoption' as const] };
 * uncoveredRisks(segment, offer); // => [{ kind: 'adoption', severity: 3 }]
 * ```
 */
export function uncoveredRisks(buyer: Relationship | Segment, offer: Offer): BuyerRisk[] {
  const risks = risksOf(buyer, 'buyer');
  const { cover } = compileOffer(offer);
  return risks.filter((risk) => !cover.has(risk.kind));
}

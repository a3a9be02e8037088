import { NO_FINDINGS, quote, type Rule } from '../rule.js';
import { PRICE_PHRASES, priceTalk } from './price-talk.js';

/** price-promotion (marketing): special prices and discounts instead of offers that add value. */
export const pricePromotion: Rule = {
  meta: {
    id: 'price-promotion',
    description: 'Marketing stories make special offers that add value, not special prices or discounts.',
    defaultSeverity: 'warning',
    docs: 'Offer added value (extended warranty, free training, a guarantee) instead of a lower price. See docs/consistency.md#price-promotion',
    options: {},
  },
  phrases: PRICE_PHRASES,
  check(analysis) {
    if (analysis.story.kind !== 'marketing') return NO_FINDINGS;
    return priceTalk(analysis.masked, analysis.body, analysis.phraseHits.get('price-promotion') ?? []).map((range) => ({
      message: `${quote(range.text)} promotes a special price: make a special offer that adds value instead, such as extra training, a longer warranty or a delivery guarantee.`,
      start: range.start,
      end: range.end,
      actual: range.text,
    }));
  },
};

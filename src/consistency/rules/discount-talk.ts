import { NO_FINDINGS, numberOption, quote, type Rule } from '../rule.js';
import { PRICE_PHRASES, priceTalk } from './price-talk.js';

/** discount-talk (sales): the story leads with price or discount. */
export const discountTalk: Rule = {
  meta: {
    id: 'discount-talk',
    description: 'Sales stories lead with the buyer\'s goals, total cost and risk, not with price or discount.',
    defaultSeverity: 'warning',
    docs: 'Open with the buyer\'s goal and what it costs them in total; move price to the end. See docs/consistency.md#discount-talk',
    options: { leadWords: { description: 'How many words from the start count as the lead.', default: 40, minimum: 1 } },
  },
  phrases: [
    ...PRICE_PHRASES,
    ...['price', 'prices', 'pricing', 'list price', 'unit price', 'deal', 'quarter end', 'quarter-end'].map((phrase) => ({ id: phrase, phrase })),
  ],
  check(analysis, options) {
    if (analysis.story.kind !== 'sales') return NO_FINDINGS;
    const leadWords = numberOption(options, 'leadWords');
    const leadEnd = analysis.wordStart(leadWords) ?? analysis.body.length;
    const first = priceTalk(analysis.masked, analysis.body, analysis.phraseHits.get('discount-talk') ?? []).find((range) => range.start < leadEnd);
    if (first === undefined) return NO_FINDINGS;
    return [
      {
        message: `The story leads with price (${quote(first.text)} in its first ${leadWords} words): open with the buyer's goals and total cost, and talk price last.`,
        start: first.start,
        end: first.end,
        actual: first.text,
      },
    ];
  },
};

import { NO_FINDINGS, numberOption, listOf, type Rule } from '../rule.js';

const ELEMENTS = ['delivery', 'installation', 'training', 'support', 'warranty', 'maintenance', 'total cost of ownership'];

/** tco-framing (sales): the story names fewer than minElements of the buyer's total-cost elements. */
export const tcoFraming: Rule = {
  meta: {
    id: 'tco-framing',
    description: 'Sales stories frame the offer as total cost of ownership, naming what the buyer pays for beyond the price.',
    defaultSeverity: 'warning',
    docs: 'Name what the quote covers: delivery, installation, training, support, warranty, maintenance. See docs/consistency.md#tco-framing',
    options: { minElements: { description: 'The least number of total-cost elements a sales story names.', default: 2, minimum: 0 } },
  },
  phrases: [
    ...['delivery', 'installation', 'training', 'warranty', 'maintenance'].map((phrase) => ({ id: phrase, phrase, inflect: true })),
    { id: 'support', phrase: 'support' },
    ...['total cost of ownership', 'cost of ownership', 'TCO', 'whole-life cost', 'total cost'].map((phrase) => ({ id: 'total cost of ownership', phrase })),
  ],
  check(analysis, options) {
    if (analysis.story.kind !== 'sales') return NO_FINDINGS;
    const minElements = numberOption(options, 'minElements');
    const named = new Set((analysis.phraseHits.get('tco-framing') ?? []).map((hit) => hit.id));
    if (named.size >= minElements) return NO_FINDINGS;
    const missing = ELEMENTS.filter((element) => !named.has(element));
    return [
      {
        message: `The story names ${named.size} of the buyer's total-cost elements; name at least ${minElements}, such as ${listOf(missing.slice(0, 3))}, so the buyer compares total cost, not price.`,
        actual: String(named.size),
        expected: missing,
      },
    ];
  },
};

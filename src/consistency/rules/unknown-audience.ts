import { type Rule } from '../rule.js';

/** unknown-audience: a segment or relationship id that the context does not hold (when it holds that kind of record). */
export const unknownAudience: Rule = {
  meta: {
    id: 'unknown-audience',
    description: 'Every segment and relationship a story is told to exists in the context.',
    defaultSeverity: 'error',
    docs: 'Fix the audience id, or add the segment or relationship to the context. See docs/consistency.md#unknown-audience',
    options: {},
  },
  check(analysis) {
    return analysis.unknownAudience.map((id) => ({
      message:
        analysis.story.kind === 'sales'
          ? `The story is told in relationship "${id}", which the context does not hold: fix the id or add the relationship.`
          : `The story is told to segment "${id}", which the context does not hold: fix the id or add the segment.`,
      actual: id,
    }));
  },
};

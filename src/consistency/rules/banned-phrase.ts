import { quote, type Rule } from '../rule.js';

/** banned-phrase: the story uses a phrase the plumb line bans. */
export const bannedPhrase: Rule = {
  meta: {
    id: 'banned-phrase',
    description: 'No story uses a phrase the plumb line bans.',
    defaultSeverity: 'error',
    docs: 'Remove the phrase; the plumb line gives the reason. See docs/consistency.md#banned-phrase',
    options: {},
  },
  check(analysis) {
    const banned = analysis.compiled.plumbLine.vocabulary?.banned ?? [];
    return analysis.hits.flatMap((hit) => {
      const term = analysis.compiled.terms[hit.termIndex];
      if (term?.kind !== 'banned') return [];
      const reason = banned[term.index]?.reason;
      return [
        {
          message: `${quote(hit.text)} is a banned phrase${reason === undefined ? '' : `: ${reason.replace(/\.$/, '')}`}. Rewrite the sentence without it.`,
          start: hit.start,
          end: hit.end,
          actual: hit.text,
        },
      ];
    });
  },
};

import { quote, type Rule, type RuleFinding } from '../rule.js';

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
    const terms = analysis.compiled.terms;
    const findings: RuleFinding[] = [];
    for (const hit of analysis.hitsOf('banned')) {
      const reason = banned[terms[hit.termIndex]?.index ?? -1]?.reason;
      findings.push({
        message: `${quote(hit.text)} is a banned phrase${reason === undefined ? '' : `: ${reason.replace(/\.$/, '')}`}. Rewrite the sentence without it.`,
        start: hit.start,
        end: hit.end,
        actual: hit.text,
      });
    }
    return findings;
  },
};

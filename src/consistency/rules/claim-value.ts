import { quote, type Rule, type RuleFinding } from '../rule.js';
import { claimLabel, claimStatements, statesValue } from './claims.js';

/** claim-value: the story states a plumb-line claim with another value than the canonical one. */
export const claimValue: Rule = {
  meta: {
    id: 'claim-value',
    description: 'A claim stated in a story carries the plumb line\'s canonical value.',
    defaultSeverity: 'error',
    docs: 'State the canonical figure, or leave the figure out. See docs/consistency.md#claim-value',
    options: {},
  },
  check(analysis) {
    const claims = analysis.compiled.plumbLine.claims ?? [];
    const findings: RuleFinding[] = [];
    for (const { claimIndex, mention } of claimStatements(analysis)) {
      const expected = analysis.compiled.claimValues[claimIndex];
      const claim = claims[claimIndex];
      if (expected === undefined || claim === undefined || statesValue(mention, expected)) continue;
      findings.push({
        message: `The story states ${quote(mention.text)} for ${claimLabel(analysis.compiled, claimIndex)}, but the plumb line's figure is ${quote(claim.value ?? expected)}: use it.`,
        start: mention.start,
        end: mention.end,
        actual: mention.text,
        expected: [claim.value ?? expected],
      });
    }
    return findings;
  },
};

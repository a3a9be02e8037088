import { listOf, quote, type Rule, type StoriesFinding } from '../rule.js';
import { claimLabel, claimStatements, type ClaimStatement, figureOf } from './claims.js';

/**
 * claim-conflict (checkStories only): stories state a claim that has no
 * canonical value with different values. The value most stories state is the
 * reference; a statement of another value is flagged naming the stories that
 * state the reference. On a tie every statement is flagged, naming the
 * stories that state another value.
 */
export const claimConflict: Rule<readonly ClaimStatement[]> = {
  meta: {
    id: 'claim-conflict',
    description: 'Stories state each claim with the same value as each other.',
    defaultSeverity: 'error',
    docs: 'Agree one figure across stories (or add it to the plumb line as the claim\'s value). See docs/consistency.md#claim-conflict',
    options: {},
  },
  collect: (analysis) => claimStatements(analysis),
  checkStories(stories, compiled) {
    const claims = compiled.plumbLine.claims ?? [];
    const values = compiled.claimValues;
    const findings: StoriesFinding[] = [];
    claims.forEach((_claim, claimIndex) => {
      if (values[claimIndex] !== undefined) return; // claim-value guards claims with a canonical value
      const statements: { storyId: string; statement: ClaimStatement }[] = [];
      for (const { storyId, facts } of stories) {
        for (const statement of facts) {
          if (statement.claimIndex === claimIndex) statements.push({ storyId, statement });
        }
      }
      // By figure (2 weeks and 14 days are one), each shown as it was first stated.
      const storiesByFigure = new Map<string, string[]>();
      const shown = new Map<string, string>();
      for (const { storyId, statement } of statements) {
        const figure = figureOf(statement.mention);
        const ids = storiesByFigure.get(figure) ?? [];
        if (!ids.includes(storyId)) ids.push(storyId);
        storiesByFigure.set(figure, ids);
        if (!shown.has(figure)) shown.set(figure, statement.mention.value);
      }
      if (storiesByFigure.size < 2) return;
      const most = Math.max(...[...storiesByFigure.values()].map((ids) => ids.length));
      const leaders = [...storiesByFigure.entries()].filter(([, ids]) => ids.length === most);
      const reference = leaders.length === 1 ? leaders[0]?.[0] : undefined;
      for (const { storyId, statement } of statements) {
        const { mention } = statement;
        const figure = figureOf(mention);
        if (figure === reference) continue;
        const others = [...storiesByFigure.entries()].filter(([other]) => other !== figure && (reference === undefined || other === reference));
        const otherStories = [...new Set(others.flatMap(([, ids]) => ids))].filter((id) => id !== storyId);
        if (otherStories.length === 0) continue;
        const otherValues = others.map(([other]) => shown.get(other) as string);
        findings.push({
          storyId,
          message: `The story states ${quote(mention.text)} for ${claimLabel(compiled, claimIndex)}, but ${listOf(otherStories.map((id) => `"${id}"`))} ${otherStories.length === 1 ? 'states' : 'state'} ${listOf(otherValues.map((value) => `"${value}"`))}: agree one figure across stories.`,
          start: mention.start,
          end: mention.end,
          actual: mention.text,
          expected: otherValues,
        });
      }
    });
    return findings;
  },
};

import type { Rule, RuleFinding, StoryAnalysis } from '../rule.js';

/** A missing required theme's finding, the same for every story: built once per plumb line and shared (frozen). */
const advice = new WeakMap<object, readonly (RuleFinding | undefined)[]>();

function requiredThemeAdvice(analysis: StoryAnalysis): readonly (RuleFinding | undefined)[] {
  const themes = analysis.compiled.plumbLine.themes;
  let known = advice.get(analysis.compiled);
  if (known === undefined) {
    known = themes.map((theme) =>
      theme.required === true
        ? Object.freeze({
            message: `The story never touches the required theme "${theme.label}": say it in the story's own words, using a term such as ${theme.terms.map((term) => `"${term}"`).join(', ')}.`,
            expected: Object.freeze([...theme.terms]),
          })
        : undefined,
    );
    advice.set(analysis.compiled, known);
  }
  return known;
}

export const requiredTheme: Rule = {
  meta: {
    id: 'required-theme',
    description: 'Every story touches each theme the plumb line marks as required.',
    defaultSeverity: 'error',
    docs: 'Use one of the theme\'s terms somewhere in the story. See docs/consistency.md#required-theme',
    options: {},
  },
  check(analysis) {
    const findings: RuleFinding[] = [];
    requiredThemeAdvice(analysis).forEach((finding, index) => {
      if (finding !== undefined && !analysis.touchedThemes.has(index)) findings.push(finding);
    });
    return findings;
  },
};

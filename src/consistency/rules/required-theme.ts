import type { Rule, StoryAnalysis } from '../rule.js';

/** Which themes a story touches, by theme index. */
export function themesTouched(analysis: StoryAnalysis): Set<number> {
  const touched = new Set<number>();
  for (const hit of analysis.hits) {
    const term = analysis.compiled.terms[hit.termIndex];
    if (term?.kind === 'theme') touched.add(term.index);
  }
  return touched;
}

/** required-theme: a theme the plumb line marks required is absent from the story. */
export const requiredTheme: Rule = {
  meta: {
    id: 'required-theme',
    description: 'Every story touches each theme the plumb line marks as required.',
    defaultSeverity: 'error',
    docs: 'Use one of the theme\'s terms somewhere in the story. See docs/consistency.md#required-theme',
    options: {},
  },
  check(analysis) {
    const touched = themesTouched(analysis);
    return analysis.compiled.plumbLine.themes.flatMap((theme, index) =>
      theme.required === true && !touched.has(index)
        ? [
            {
              message: `The story never touches the required theme "${theme.label}": say it in the story's own words, using a term such as ${theme.terms.map((term) => `"${term}"`).join(', ')}.`,
              expected: [...theme.terms],
            },
          ]
        : [],
    );
  },
};

import { NO_FINDINGS, numberOption, type Rule } from '../rule.js';

/** theme-coverage: the story touches fewer than minThemes of the plumb line's themes. */
export const themeCoverage: Rule = {
  meta: {
    id: 'theme-coverage',
    description: 'A story touches at least minThemes of the plumb line\'s themes.',
    defaultSeverity: 'warning',
    docs: 'Bring the story back to more of the plumb line\'s themes. See docs/consistency.md#theme-coverage',
    options: { minThemes: { description: 'The least number of themes a story touches; default half the themes, rounded up.', default: undefined, minimum: 0 } },
  },
  check(analysis, options) {
    const themes = analysis.compiled.plumbLine.themes;
    const minThemes =
      options['minThemes'] === undefined ? Math.ceil(themes.length / 2) : numberOption(options, 'minThemes');
    const touched = analysis.touchedThemes;
    if (touched.size >= minThemes) return NO_FINDINGS;
    const missing = themes.filter((_, index) => !touched.has(index)).map((theme) => theme.label);
    return [
      {
        message: `The story touches ${touched.size} of the plumb line's ${themes.length} themes; tell at least ${minThemes}, for example "${missing[0] ?? ''}".`,
        actual: String(touched.size),
        expected: missing,
      },
    ];
  },
};

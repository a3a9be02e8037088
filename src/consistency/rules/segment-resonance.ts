import { NO_FINDINGS, listOf, type Rule } from '../rule.js';
import { segmentInterestMatcher, themeIndexes } from './audience.js';

/** segment-resonance (marketing): the story touches none of its segments' interests. */
export const segmentResonance: Rule = {
  meta: {
    id: 'segment-resonance',
    description: 'A marketing story touches at least one interest of the segments it is told to.',
    defaultSeverity: 'info',
    docs: 'Speak to what the segment cares about (its interests: theme ids or terms). See docs/consistency.md#segment-resonance',
    options: {},
  },
  check(analysis) {
    const segments = analysis.segments;
    if (analysis.story.kind !== 'marketing' || segments === undefined || segments.length === 0 || analysis.unknownAudience.length > 0) return NO_FINDINGS;
    // An interest is a theme id (touched when the story touches that theme) or a term of its own.
    const themes = themeIndexes(analysis.compiled);
    for (const segment of segments) {
      if (segment.interests.some((interest) => analysis.touchedThemes.has(themes.get(interest) ?? -1))) return NO_FINDINGS;
      if (analysis.scan(segmentInterestMatcher(segment, analysis.compiled)).length > 0) return NO_FINDINGS;
    }
    const interests = [...new Set(segments.flatMap((segment) => segment.interests))];
    return [
      {
        message: `The story touches none of the interests of ${listOf(segments.map((segment) => segment.name))}: speak to one of them, such as ${listOf(interests.slice(0, 3).map((interest) => `"${interest}"`))}.`,
        expected: interests,
      },
    ];
  },
};

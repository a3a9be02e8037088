import { DAY_MS, parseInstant } from '../../common/instant.js';
import { NO_FINDINGS, numberOption, type Rule } from '../rule.js';


/** circulation (marketing): the story has not been put back in circulation for more than maxAgeDays. */
export const circulation: Rule = {
  meta: {
    id: 'circulation',
    description: 'Marketing keeps its stories circulating: each is told again within maxAgeDays.',
    defaultSeverity: 'warning',
    docs: 'Put the story back in circulation (and set lastCirculatedAt), or retire it. Needs context.asOf. See docs/consistency.md#circulation',
    options: { maxAgeDays: { description: 'Days since lastCirculatedAt (or publishedAt) before the story counts as left uncirculated.', default: 90, minimum: 0 } },
  },
  check(analysis, options) {
    const story = analysis.story;
    if (story.kind !== 'marketing' || analysis.asOf === undefined) return NO_FINDINGS;
    const maxAgeDays = numberOption(options, 'maxAgeDays');
    const last = story.lastCirculatedAt ?? story.publishedAt;
    if (last === undefined) return NO_FINDINGS;
    // The analysis made sure it is a date the models accept.
    const at = parseInstant(last) as number;
    const days = Math.floor((analysis.asOf - at) / DAY_MS);
    if (days <= maxAgeDays) return NO_FINDINGS;
    return [
      {
        message: `The story was last circulated ${days} days ago (${last.slice(0, 10)}), more than ${maxAgeDays}: put it back in front of its segments or retire it.`,
        actual: last,
      },
    ];
  },
};

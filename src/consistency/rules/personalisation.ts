import { NO_FINDINGS, numberOption, type Rule } from '../rule.js';
import { keywordCounts, relationshipTerms } from './audience.js';

/** personalisation (sales): the story names neither the person, their organisation, nor any of their goals. */
export const personalisation: Rule = {
  meta: {
    id: 'personalisation',
    description: 'A sales story is told to one person: it names them, their organisation, or one of their goals.',
    defaultSeverity: 'warning',
    docs: 'Name the person or their organisation, and speak to one of their goals. See docs/consistency.md#personalisation',
    options: {
      minGoalKeywords: {
        description: 'How many distinct keywords of one goal\'s description (stop words left out) name that goal; a goal with fewer keywords needs them all.',
        default: 2,
        minimum: 1,
      },
    },
  },
  check(analysis, options) {
    const relationship = analysis.relationship;
    if (analysis.story.kind !== 'sales' || relationship === undefined) return NO_FINDINGS;
    const minGoalKeywords = numberOption(options, 'minGoalKeywords');
    const terms = relationshipTerms(relationship);
    const hits = analysis.scan(terms.matcher);
    const named = hits.some((hit) => (hit.id === 'person' || hit.id === 'organisation') && (!terms.capitalisedNames.has(hit.termIndex) || /^\p{Lu}/u.test(hit.text)));
    if (named) return NO_FINDINGS;
    const ids = hits.map((hit) => hit.id);
    const counts = keywordCounts(ids, 'goal');
    const namesGoal = terms.goalKeywords.some((total, index) => total > 0 && (counts.get(index) ?? 0) >= Math.min(total, minGoalKeywords));
    if (namesGoal) return NO_FINDINGS;
    const goals = [...relationship.goals].sort((a, b) => b.priority - a.priority).map((goal) => goal.description);
    const who = relationship.organisation === undefined ? relationship.person.name : `${relationship.person.name} at ${relationship.organisation.name}`;
    return [
      {
        message: `The story could be sent to anyone: it names neither ${who} nor any of their goals. Speak to their goal first, such as "${goals[0] ?? ''}".`,
        expected: [relationship.person.name, ...(relationship.organisation === undefined ? [] : [relationship.organisation.name]), ...goals],
      },
    ];
  },
};

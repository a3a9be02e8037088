import type { Relationship } from '../../relationship/schema.js';
import type { PhraseTerm } from '../../text/phrase-matcher.js';
import { NO_FINDINGS, numberOption, listOf, type Rule } from '../rule.js';
import { keywordCounts, relationshipTerms } from './audience.js';

/** Words that address each kind of risk. */
export const RISK_WORDS: Readonly<Record<Relationship['risks'][number]['kind'], readonly string[]>> = {
  financial: ['budget', 'fixed price', 'fixed-price', 'fixed cost', 'fixed total cost', 'overrun', 'payback', 'money-back', 'refund', 'payment terms', 'no surprises'],
  performance: ['uptime', 'SLA', 'service level', 'reliability', 'performance guarantee', 'coverage', 'offline', 'signal drops'],
  delivery: ['delivery guarantee', 'delivery date', 'delivery dates', 'on-time delivery', 'delivered on time', 'on time', 'late delivery', 'delivered and installed', 'rollout plan', 'lead time'],
  adoption: ['training', 'onboarding', 'adoption', 'change management', 'champions', 'handover'],
  security: ['security', 'secure', 'encryption', 'encrypted', 'access control', 'ISO 27001', 'SOC 2', 'data protection', 'penetration test'],
  vendor: ['lock-in', 'locked in', 'data export', 'export your data', 'own your data', 'own the data', 'open API', 'portability', 'exit clause', 'no long-term contract', 'cancel anytime'],
  compliance: ['compliance', 'compliant', 'regulator', 'regulatory', 'audit trail', 'GDPR', 'data residency', 'certified', 'certification'],
};

/** risk-addressed (sales): none of the relationship's most severe risks is addressed. */
export const riskAddressed: Rule = {
  meta: {
    id: 'risk-addressed',
    description: 'A sales story addresses at least one of the buyer\'s most severe risks.',
    defaultSeverity: 'warning',
    docs: 'Answer the buyer\'s biggest risk in their words: a guarantee, an SLA, a fixed price, training. See docs/consistency.md#risk-addressed',
    options: {
      topRisks: { description: 'How many of the most severe risks to look at (ties in the order given).', default: 2, minimum: 1 },
      minKeywords: { description: 'How many distinct keywords of a risk\'s description address it.', default: 2, minimum: 1 },
    },
  },
  phrases: Object.entries(RISK_WORDS).flatMap(([kind, words]) => words.map((phrase): PhraseTerm => ({ id: kind, phrase, inflect: true }))),
  check(analysis, options) {
    const relationship = analysis.relationship;
    if (analysis.story.kind !== 'sales' || relationship === undefined || relationship.risks.length === 0) return NO_FINDINGS;
    const topRisks = numberOption(options, 'topRisks');
    const minKeywords = numberOption(options, 'minKeywords');
    const top = relationship.risks
      .map((risk, index) => ({ risk, index }))
      .sort((a, b) => b.risk.severity - a.risk.severity || a.index - b.index)
      .slice(0, topRisks);
    const kinds = new Set((analysis.phraseHits.get('risk-addressed') ?? []).map((hit) => hit.id));
    const terms = relationshipTerms(relationship);
    const counts = keywordCounts(analysis.scan(terms.matcher).map((hit) => hit.id), 'risk');
    const addressed = top.some(
      ({ risk, index }) =>
        kinds.has(risk.kind) || ((terms.riskKeywords[index] ?? 0) > 0 && (counts.get(index) ?? 0) >= Math.min(terms.riskKeywords[index] ?? 0, minKeywords)),
    );
    if (addressed) return NO_FINDINGS;
    const described = top.map(({ risk }) => `${risk.kind} ("${risk.description}")`);
    return [
      {
        message: `The story addresses none of ${relationship.person.name}'s biggest risks: ${listOf(described)}. Answer at least one, for example with ${listOf(top.map(({ risk }) => `"${RISK_WORDS[risk.kind]?.[0] ?? risk.kind}"`))}.`,
        expected: top.map(({ risk }) => risk.description),
      },
    ];
  },
};

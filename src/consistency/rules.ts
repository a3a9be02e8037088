import type { PhraseTerm } from '../text/phrase-matcher.js';
import type { Rule, RuleMeta } from './rule.js';
import { bannedPhrase } from './rules/banned-phrase.js';
import { brandSpelling } from './rules/brand-spelling.js';
import { circulation } from './rules/circulation.js';
import { claimConflict } from './rules/claim-conflict.js';
import { claimValue } from './rules/claim-value.js';
import { discountTalk } from './rules/discount-talk.js';
import { personalisation } from './rules/personalisation.js';
import { preferredTerm } from './rules/preferred-term.js';
import { pricePromotion } from './rules/price-promotion.js';
import { requiredTheme } from './rules/required-theme.js';
import { riskAddressed } from './rules/risk-addressed.js';
import { segmentResonance } from './rules/segment-resonance.js';
import { tcoFraming } from './rules/tco-framing.js';
import { themeCoverage } from './rules/theme-coverage.js';
import { unknownAudience } from './rules/unknown-audience.js';

/** Internal: every rule, in the order their metadata is listed. The engine knows rules only through this array. */
export const REGISTRY: readonly Rule[] = [
  requiredTheme,
  themeCoverage,
  bannedPhrase,
  preferredTerm,
  brandSpelling,
  claimValue,
  claimConflict,
  pricePromotion,
  discountTalk,
  tcoFraming,
  personalisation,
  riskAddressed,
  segmentResonance,
  circulation,
  unknownAudience,
];

/**
 * The consistency rules' metadata: id, description, default severity, help
 * and options with their defaults, in a stable order.
 *
 * @example
 * ```ts
 * import { CONSISTENCY_RULES } from '@plumbline/core';
 *
 * CONSISTENCY_RULES.length; // => 15
 * CONSISTENCY_RULES.find((rule) => rule.id === 'preferred-term')?.defaultSeverity; // => 'warning'
 * ```
 */
export const CONSISTENCY_RULES: readonly RuleMeta[] = Object.freeze(REGISTRY.map((rule) => rule.meta));

/** A rule's fixed phrase, as the plumb line's matcher holds it. */
export interface FixedPhrase {
  /** The rule that looks for it. */
  readonly ruleId: string;
  /** The term, with the rule's own id for it. */
  readonly term: PhraseTerm;
}

/**
 * Internal: every rule's fixed phrases, in registry order. {@link compilePlumbLine} appends them to
 * the plumb line's terms, so one scan of a story finds both.
 */
export const FIXED_PHRASES: readonly FixedPhrase[] = REGISTRY.flatMap((rule) => (rule.phrases ?? []).map((term) => ({ ruleId: rule.meta.id, term })));

import type { Stage } from './schema.js';

/** The measures of {@link relationshipHealth}. */
export type HealthMeasureId = 'recency' | 'frequency' | 'balance' | 'sentiment' | 'stage';

/** Relative weights of the health measures (any non-negative numbers; they are divided by their sum). */
export type HealthWeights = { readonly [Id in HealthMeasureId]?: number | undefined };

/**
 * The default weights of the health measures, in the order they are listed:
 * recency 30, frequency 20, balance 15, sentiment 25, stage 10 (out of 100).
 * Being in touch lately and how it went count most; the stage least, since it
 * says where the deal is more than how the relationship is.
 *
 * @example
 * ```ts
 * import { DEFAULT_HEALTH_WEIGHTS } from '@plumbline/core';
 *
 * DEFAULT_HEALTH_WEIGHTS; // => { recency: 30, frequency: 20, balance: 15, sentiment: 25, stage: 10 }
 * ```
 */
export const DEFAULT_HEALTH_WEIGHTS: Readonly<Record<HealthMeasureId, number>> = Object.freeze({
  recency: 30,
  frequency: 20,
  balance: 15,
  sentiment: 25,
  stage: 10,
});

/**
 * The health score (0-100) of each stage: prospect 40, qualified 55,
 * proposal 65, negotiation 70, customer 85, churned 0. Each step of a deal
 * adds confidence; a customer is not 100, because a signed contract is
 * still a relationship to look after.
 *
 * @example
 * ```ts
 * import { STAGE_HEALTH_SCORES } from '@plumbline/core';
 *
 * STAGE_HEALTH_SCORES.proposal; // => 65
 * STAGE_HEALTH_SCORES.churned; // => 0
 * ```
 */
export const STAGE_HEALTH_SCORES: Readonly<Record<Stage, number>> = Object.freeze({
  prospect: 40,
  qualified: 55,
  proposal: 65,
  negotiation: 70,
  customer: 85,
  churned: 0,
});

/**
 * Internal: who an offer is scored for. A segment is the average buyer (its
 * value-driver weights and typical risks); a relationship is one person (the
 * priorities of their goals, their own risks and severities). Both become one
 * shape, so scoring knows nothing of where the buyer came from.
 *
 * @module
 * @internal
 */

import type { RiskKind, ValueDriver } from '../common/schema.js';
import { RISK_KINDS, VALUE_DRIVERS } from '../common/vocabulary.js';
import { invalidArgument } from '../errors.js';
import type { Relationship } from '../relationship/schema.js';
import type { Segment } from '../segment/schema.js';

/** The severity a segment's typical risk counts with: segments list risks without severities. */
export const SEGMENT_RISK_SEVERITY = 3;

const DRIVERS: readonly ValueDriver[] = VALUE_DRIVERS;
const KNOWN_RISKS: ReadonlySet<string> = new Set(RISK_KINDS);

/** A risk the buyer fears, with how badly (1 to 5). */
export interface BuyerRisk {
  readonly kind: RiskKind;
  readonly severity: number;
  /** The relationship's risk id; absent for a segment's typical risk. */
  readonly id?: string | undefined;
  /** The risk in the buyer's words; absent for a segment's typical risk. */
  readonly description?: string | undefined;
}

/** Who an offer is scored for: the average buyer of a segment, or one relationship. */
export type ScoringContext = { readonly segment: Segment } | { readonly relationship: Relationship };

/** Internal: a buyer as scoring sees it. */
export interface Buyer {
  readonly kind: 'segment' | 'relationship';
  readonly id: string;
  readonly name: string;
  /** Driver weights relative to the top one (the top driver is 1), or null when the buyer states none. */
  readonly relativeWeights: Readonly<Record<ValueDriver, number>> | null;
  /** The driver that matters most, or null. */
  readonly topDriver: ValueDriver | null;
  /** Most severe first (ties in the order given). */
  readonly risks: readonly BuyerRisk[];
}

const invalid = invalidArgument;

function relative(totals: Record<ValueDriver, number>): { weights: Record<ValueDriver, number> | null; top: ValueDriver | null } {
  let top: ValueDriver | null = null;
  for (const driver of DRIVERS) if (totals[driver] > 0 && (top === null || totals[driver] > totals[top])) top = driver;
  if (top === null) return { weights: null, top: null };
  const max = totals[top];
  const weights = { revenue: 0, cost: 0, productivity: 0, risk: 0, experience: 0 };
  for (const driver of DRIVERS) weights[driver] = totals[driver] / max;
  return { weights, top };
}

function sortBySeverity(risks: BuyerRisk[]): BuyerRisk[] {
  return risks.map((risk, index) => ({ risk, index })).sort((a, b) => b.risk.severity - a.risk.severity || a.index - b.index).map(({ risk }) => risk);
}

/** The risks of a segment (typical, at the default severity) or of a relationship (its own). */
export function risksOf(buyer: Segment | Relationship, field: string): BuyerRisk[] {
  if (typeof buyer !== 'object' || buyer === null) throw invalid(field, 'a Segment or a Relationship', buyer);
  if ('person' in buyer) {
    if (!Array.isArray(buyer.risks)) throw invalid(`${field}.risks`, 'an array of risks', buyer.risks);
    return sortBySeverity(
      buyer.risks.map((risk, index) => {
        if (!KNOWN_RISKS.has(risk?.kind)) throw invalid(`${field}.risks[${index}].kind`, 'a RiskKind', risk?.kind);
        if (typeof risk.severity !== 'number' || !(risk.severity >= 1 && risk.severity <= 5)) {
          throw invalid(`${field}.risks[${index}].severity`, 'a severity from 1 to 5', risk.severity);
        }
        return { kind: risk.kind, severity: risk.severity, id: risk.id, description: risk.description };
      }),
    );
  }
  if (!Array.isArray(buyer.typicalRisks)) throw invalid(`${field}.typicalRisks`, 'an array of risk kinds', buyer.typicalRisks);
  const kinds = [...new Set(buyer.typicalRisks)];
  return kinds.map((kind, index) => {
    if (!KNOWN_RISKS.has(kind)) throw invalid(`${field}.typicalRisks[${index}]`, 'a RiskKind', kind);
    return { kind, severity: SEGMENT_RISK_SEVERITY };
  });
}

/** The buyer of a scoring context, validated. */
export function buyerOf(context: ScoringContext): Buyer {
  if (typeof context === 'object' && context !== null && 'relationship' in context && 'segment' in context) {
    throw invalid('context', 'either { segment } or { relationship }, not both', context);
  }
  if (typeof context === 'object' && context !== null && 'relationship' in context && context.relationship !== undefined) {
    const relationship = context.relationship;
    const risks = risksOf(relationship, 'context.relationship');
    if (!Array.isArray(relationship.goals)) throw invalid('context.relationship.goals', 'an array of goals', relationship.goals);
    const totals = { revenue: 0, cost: 0, productivity: 0, risk: 0, experience: 0 };
    relationship.goals.forEach((goal, index) => {
      if (!DRIVERS.includes(goal?.driver)) throw invalid(`context.relationship.goals[${index}].driver`, 'a ValueDriver', goal?.driver);
      if (typeof goal.priority !== 'number' || !(goal.priority >= 1 && goal.priority <= 5)) {
        throw invalid(`context.relationship.goals[${index}].priority`, 'a priority from 1 to 5', goal.priority);
      }
      totals[goal.driver] += goal.priority;
    });
    const { weights, top } = relative(totals);
    return { kind: 'relationship', id: relationship.id, name: relationship.person?.name ?? relationship.id, relativeWeights: weights, topDriver: top, risks };
  }
  if (typeof context === 'object' && context !== null && 'segment' in context && context.segment !== undefined) {
    const segment = context.segment;
    const risks = risksOf(segment, 'context.segment');
    const totals = { revenue: 0, cost: 0, productivity: 0, risk: 0, experience: 0 };
    for (const [driver, weight] of Object.entries(segment.valueDrivers ?? {})) {
      if (!DRIVERS.includes(driver as ValueDriver)) throw invalid(`context.segment.valueDrivers.${driver}`, 'a ValueDriver key', driver);
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) throw invalid(`context.segment.valueDrivers.${driver}`, 'a weight of 0 or more', weight);
      totals[driver as ValueDriver] = weight;
    }
    const { weights, top } = relative(totals);
    return { kind: 'segment', id: segment.id, name: segment.name ?? segment.id, relativeWeights: weights, topDriver: top, risks };
  }
  throw invalid('context', '{ segment } (the average buyer) or { relationship } (one person)', context);
}

import type { RiskKind } from '../common/schema.js';
import { invalidArgument } from '../errors.js';
import { formatMinor } from '../money/minor-units.js';
import type { ExactMoney } from '../money/schema.js';
import { roundHalfEven, roundParts } from '../tco/compile.js';
import { type Buyer, buyerOf, type ScoringContext } from './buyer.js';
import { compileOffer, type Rates } from './compile-offer.js';
import { describeReducer, RISK_EXPOSURE, SUGGESTED_RISK_REDUCER } from './exposure.js';
import type { Offer, RiskReducer } from './schema.js';

/** The weights of the four components; any left out keep their default. */
export interface OfferScoreWeights {
  /** Risk-adjusted net value relative to cost; 0.4 by default. */
  readonly valueForMoney?: number | undefined;
  /** How the value lands on what this buyer cares about, per unit of cost; 0.25 by default. */
  readonly fit?: number | undefined;
  /** Share of the buyer's risk severity the offer takes off them; 0.2 by default. */
  readonly riskCoverage?: number | undefined;
  /** How little the offer leans on a discount rather than on value; 0.15 by default. */
  readonly discountDependence?: number | undefined;
}

/** Options of {@link scoreOffer} and {@link rankOffers}. */
export interface ScoreOfferOptions {
  /** Component weights (each 0 or more); see {@link OfferScoreWeights} for the defaults. */
  readonly weights?: OfferScoreWeights | undefined;
  /**
   * How much an uncovered risk of severity 5 lowers the confidence of each
   * benefit exposed to it (severity s lowers it by `riskPenalty × s / 5`);
   * 0.2 by default, from 0 to 1.
   */
  readonly riskPenalty?: number | undefined;
  /** Explicit exchange rates into the TCO's currency for benefits or a discount in another currency: `{ USD: 0.92 }`. */
  readonly rates?: Rates | undefined;
}

/** One component of an offer's score. */
export interface OfferScoreComponent {
  /** 0 (worst) to 1 (best). */
  readonly score: number;
  /** The weight it counts with. */
  readonly weight: number;
  /** What it measured, in a sentence. */
  readonly detail: string;
}

/** The metrics behind an offer's score, in the manner of a Forrester TEI study. */
export interface OfferMetrics {
  /** Present value of the benefits, risk-adjusted for this buyer. */
  readonly pvBenefits: ExactMoney;
  /** Present value of the offer's TCO. */
  readonly pvCosts: ExactMoney;
  /** `pvBenefits - pvCosts`. */
  readonly netValue: ExactMoney;
  /** `netValue / pvCosts` (to six decimals); null when the costs are not positive. */
  readonly roi: number | null;
  /** Months until cumulative risk-adjusted benefits reach cumulative costs (nominal); null if never within the horizon. */
  readonly paybackMonths: number | null;
  /** `pvBenefits` over the price line (to six decimals): value delivered per unit of price tag; null when the price is not positive. */
  readonly valueToPrice: number | null;
}

/** One benefit as this buyer would see it: its confidence before and after their uncovered risks. */
export interface OfferBenefitValue {
  readonly id: string;
  readonly confidence: number;
  readonly adjustedConfidence: number;
  readonly presentValue: ExactMoney;
  /** The uncovered risks that lowered its confidence. */
  readonly exposedTo: readonly RiskKind[];
}

/** The score of one offer for one buyer, with everything that explains it. */
export interface OfferScore {
  readonly offerId: string;
  /** 0 to 100. */
  readonly score: number;
  /** A (80 and up), B (65), C (50), D (35), E (below 35). */
  readonly grade: 'A' | 'B' | 'C' | 'D' | 'E';
  readonly components: {
    readonly valueForMoney: OfferScoreComponent;
    /** Null when the buyer states no value drivers (a relationship without goals). */
    readonly fit: OfferScoreComponent | null;
    /** Null when the buyer has no risks. */
    readonly riskCoverage: OfferScoreComponent | null;
    readonly discountDependence: OfferScoreComponent;
  };
  readonly metrics: OfferMetrics;
  readonly benefits: readonly OfferBenefitValue[];
  /** Short sentences a salesperson could say to the buyer. */
  readonly notes: readonly string[];
}

const DEFAULT_WEIGHTS = { valueForMoney: 0.4, fit: 0.25, riskCoverage: 0.2, discountDependence: 0.15 } as const;

const invalid = invalidArgument;

function weightOf(options: ScoreOfferOptions | undefined, key: keyof OfferScoreWeights): number {
  const value = options?.weights?.[key] ?? DEFAULT_WEIGHTS[key];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalid(`options.weights.${key}`, 'a weight of 0 or more', value);
  return value;
}

// Ratios are shown to six decimals: enough for any decision, and free of binary noise (0.2, not 0.2000000000000002).
const ratio6 = (value: number): number => Math.round(value * 1e6) / 1e6;
const grade = (score: number): OfferScore['grade'] => (score >= 80 ? 'A' : score >= 65 ? 'B' : score >= 50 ? 'C' : score >= 35 ? 'D' : 'E');
const percent = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * Scores an offer by the value it delivers for the money, for one buyer:
 * the average buyer of a segment (`{ segment }`: its value-driver weights and
 * typical risks, each at severity 3) or one person (`{ relationship }`: the
 * priorities of their goals and their own risks), in the manner of a Forrester
 * Total Economic Impact study: benefits, costs, risk adjustment; ROI, NPV,
 * payback.
 *
 * Benefits are scheduled like cost items over the offer's TCO horizon and
 * discounted the same way (actual/365 at the TCO's rate). Each counts at its
 * `confidence`; every buyer risk that no risk reducer `covers` lowers the
 * confidence of the benefits exposed to it ({@link RISK_EXPOSURE}) by
 * `riskPenalty × severity / 5`, so a risk-free offer is worth more to a buyer
 * who fears that risk. The score is `100 × Σ weight × component / Σ weight`
 * over four components, each 0 to 1:
 *
 * - value for money: `0.5 × (1 + roi)` below break-even, `0.5 + 0.5 × roi / (1 + roi)` above it
 *   (without positive costs: 1, 0.5 or 0 by the sign of the net value);
 * - fit: `x / (1 + x)` where `x` is the benefits' present value (at their
 *   confidence), each weighted by its driver's weight relative to the buyer's
 *   top driver, over the costs' present value; left out when the buyer states
 *   no drivers (a relationship without goals, a segment without value
 *   drivers), and `notes` say so;
 * - risk coverage: the share of the buyer's risk severity that reducers cover;
 *   left out when the buyer has no risks;
 * - discount dependence: `pvBenefits / (pvBenefits + discount)`: 1 without a
 *   discount, lower the more the offer leans on a price cut rather than value.
 *
 * Offers are treated as immutable values: each is compiled once (cash flows,
 * present values) and the compiled form is reused for every buyer it is
 * scored for. Replacing a part (its TCO, items, benefits, reducers or
 * discount) is noticed; editing deep inside one in place is not: pass a new
 * object instead.
 *
 * @param offer - the offer
 * @param context - `{ segment }` or `{ relationship }`
 * @param options - component weights, the risk penalty, exchange rates
 * @returns a new score with components, metrics, per-benefit values and notes
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a context that is
 *   neither, weights or a penalty out of range, or an invalid offer (as
 *   {@link summarizeTco}); `CURRENCY_MISMATCH` for benefits in another
 *   currency without a rate
 *
 * @example
 * ```ts
 * import { scoreOffer } from '@plumbline/core';
 *
 * const eur = (amount: string) => ({ amount, currency: 'EUR' });
 * const offer = {
 *   id: 'guaranteed', name: 'TrackPro, guaranteed',
 *   tco: { id: 't', currency: 'EUR', startDate: '2027-01-01', horizonMonths: 12, discountRate: 0,
 *     items: [{ id: 'price', label: 'Price', category: 'price' as const, amount: eur('12000'), schedule: { type: 'once' as const } }] },
 *   benefits: [{ id: 'rolls', label: 'Fewer truck rolls', driver: 'cost' as const, amount: eur('2000'), schedule: { type: 'recurring' as const, every: 'month' as const }, confidence: 0.75 }],
 *   riskReducers: [{ id: 'on-time', kind: 'guarantee' as const, covers: ['delivery' as const], months: 12 }],
 * };
 * const relationship = {
 *   id: 'ana', person: { name: 'Ana' }, stage: 'proposal' as const, interactions: [],
 *   goals: [{ id: 'g', description: 'Cut truck rolls', driver: 'cost' as const, priority: 5 }],
 *   risks: [{ id: 'r', kind: 'delivery' as const, description: 'Late delivery', severity: 5 }],
 * };
 * const result = scoreOffer(offer, { relationship });
 * result.metrics.pvBenefits; // => { amount: '18000.00', currency: 'EUR' } (24,000 at 75%)
 * result.metrics.roi; // => 0.5
 * result.metrics.paybackMonths; // => 8
 * result.notes[0]; // => 'Covers your top risk, delivery, with a 12-month guarantee.'
 * ```
 */
export function scoreOffer(offer: Offer, context: ScoringContext, options?: ScoreOfferOptions | undefined): OfferScore {
  return scoreFor(offer, buyerOf(context), options, 'offer');
}

/** Internal: scores an offer for a buyer already derived from its context (rankOffers derives it once). */
export function scoreFor(offer: Offer, buyer: Buyer, options: ScoreOfferOptions | undefined, field: string): OfferScore {
  const compiled = compileOffer(offer, options?.rates, field);
  const penalty = options?.riskPenalty ?? 0.2;
  if (typeof penalty !== 'number' || !(penalty >= 0 && penalty <= 1)) throw invalid('options.riskPenalty', 'a number from 0 to 1', penalty);
  const weights = {
    valueForMoney: weightOf(options, 'valueForMoney'),
    fit: weightOf(options, 'fit'),
    riskCoverage: weightOf(options, 'riskCoverage'),
    discountDependence: weightOf(options, 'discountDependence'),
  };
  const { tco } = compiled;
  const uncovered = buyer.risks.filter((risk) => !compiled.cover.has(risk.kind));

  // Risk-adjusted benefits: confidence, lowered by every uncovered risk the benefit is exposed to.
  let pvBenefits = 0;
  let weightedValue = 0;
  const multipliers: number[] = [];
  const exposures = compiled.benefits.map((benefit) => {
    let adjusted = benefit.confidence;
    const exposedTo: RiskKind[] = [];
    for (const risk of uncovered) {
      if (RISK_EXPOSURE[risk.kind].includes(benefit.driver)) {
        adjusted *= 1 - (penalty * risk.severity) / 5;
        exposedTo.push(risk.kind);
      }
    }
    multipliers.push(adjusted);
    pvBenefits += adjusted * benefit.presentValue;
    if (buyer.relativeWeights !== null) weightedValue += benefit.confidence * benefit.presentValue * buyer.relativeWeights[benefit.driver];
    return { benefit, adjusted, exposedTo };
  });
  // Rounded so that the benefits' present values add up to pvBenefits exactly.
  const roundedValues = roundParts(exposures.map(({ benefit, adjusted }) => adjusted * benefit.presentValue));
  const benefits = exposures.map(
    ({ benefit, adjusted, exposedTo }, index): OfferBenefitValue => ({
      id: benefit.id,
      confidence: benefit.confidence,
      adjustedConfidence: ratio6(adjusted),
      presentValue: { amount: formatMinor(roundedValues[index] ?? 0, tco.exponent), currency: tco.currency },
      exposedTo,
    }),
  );

  // Payback: the first month at which cumulative risk-adjusted benefits reach cumulative costs.
  const monthlyBenefits = new Array<number>(tco.horizonMonths).fill(0);
  compiled.benefits.forEach((benefit, index) => {
    const multiplier = multipliers[index] ?? 0;
    benefit.months.forEach((month, at) => {
      monthlyBenefits[month] = (monthlyBenefits[month] ?? 0) + multiplier * (benefit.minorByMonth[at] ?? 0);
    });
  });
  let paybackMonths: number | null = null;
  let cumulative = 0;
  for (let month = 0; month < tco.horizonMonths; month += 1) {
    cumulative += monthlyBenefits[month] ?? 0;
    if (cumulative > 0 && cumulative >= (compiled.cumulativeCosts[month] ?? 0)) {
      paybackMonths = month + 1;
      break;
    }
  }

  const pvCosts = compiled.pvCosts;
  const roi = pvCosts > 0 ? (pvBenefits - pvCosts) / pvCosts : null;
  // Without positive costs there is no ROI: the offer is as good as its net value's sign.
  const net = pvBenefits - pvCosts;
  const valueScore = roi === null ? (net > 0 ? 1 : net < 0 ? 0 : 0.5) : roi >= 0 ? 0.5 + (0.5 * roi) / (1 + roi) : 0.5 * (1 + Math.max(roi, -1));
  const valueForMoney: OfferScoreComponent = {
    score: valueScore,
    weight: weights.valueForMoney,
    detail: roi === null ? 'Costs nothing or less in present value: scored by the sign of its net value.' : `Risk-adjusted ROI of ${percent(roi)} over ${tco.horizonMonths} months.`,
  };

  let fit: OfferScoreComponent | null = null;
  if (buyer.relativeWeights !== null) {
    const ratio = pvCosts > 0 ? Math.max(0, weightedValue) / pvCosts : weightedValue > 0 ? Number.POSITIVE_INFINITY : 0;
    fit = {
      score: Number.isFinite(ratio) ? ratio / (1 + ratio) : 1,
      weight: weights.fit,
      detail: `Value on what matters most to ${buyer.kind === 'relationship' ? buyer.name : `the ${buyer.name} segment`} (${buyer.topDriver ?? 'none'} first), per unit of cost.`,
    };
  }

  let riskCoverage: OfferScoreComponent | null = null;
  if (buyer.risks.length > 0) {
    const total = buyer.risks.reduce((sum, risk) => sum + risk.severity, 0);
    const covered = total - uncovered.reduce((sum, risk) => sum + risk.severity, 0);
    riskCoverage = { score: covered / total, weight: weights.riskCoverage, detail: `Covers ${covered} of ${total} points of risk severity.` };
  }

  const dependence = compiled.discount > 0 ? Math.max(0, pvBenefits) / (Math.max(0, pvBenefits) + compiled.discount) : 1;
  const discountDependence: OfferScoreComponent = {
    score: dependence,
    weight: weights.discountDependence,
    detail: compiled.discountLabel === null ? 'No discount: the offer stands on its value.' : `Leans on a ${compiled.discountLabel} for ${percent(1 - dependence)} of its appeal.`,
  };

  const parts = [valueForMoney, fit, riskCoverage, discountDependence].filter((part): part is OfferScoreComponent => part !== null);
  const weightSum = parts.reduce((sum, part) => sum + part.weight, 0);
  if (weightSum === 0) throw invalid('options.weights', 'at least one weight above 0 among the components that apply to this buyer', options?.weights);
  const raw = (100 * parts.reduce((sum, part) => sum + part.weight * part.score, 0)) / weightSum;
  const score = Math.round(Math.min(100, Math.max(0, raw)) * 100) / 100;

  const money = (minor: number): ExactMoney => ({ amount: formatMinor(roundHalfEven(minor), tco.exponent), currency: tco.currency });
  const notes = notesFor(buyer, compiled.cover, uncovered, compiled.discountLabel, paybackMonths, tco.horizonMonths, roi);
  return {
    offerId: compiled.id,
    score,
    grade: grade(score),
    components: { valueForMoney, fit, riskCoverage, discountDependence },
    metrics: {
      pvBenefits: money(pvBenefits),
      pvCosts: money(pvCosts),
      netValue: money(pvBenefits - pvCosts),
      roi: roi === null ? null : ratio6(roi),
      paybackMonths,
      valueToPrice: compiled.price > 0 ? ratio6(pvBenefits / compiled.price) : null,
    },
    benefits,
    notes,
  };
}

function notesFor(
  buyer: Buyer,
  cover: ReadonlyMap<RiskKind, { readonly kind: RiskReducer['kind']; readonly months?: number | undefined }>,
  uncovered: readonly { readonly kind: RiskKind; readonly severity: number }[],
  discountLabel: string | null,
  paybackMonths: number | null,
  horizonMonths: number,
  roi: number | null,
): string[] {
  const notes: string[] = [];
  const your = buyer.kind === 'relationship' ? 'your' : `the ${buyer.name} segment's`;
  const top = buyer.risks[0];
  if (top !== undefined) {
    const reducer = cover.get(top.kind);
    if (reducer !== undefined) {
      notes.push(`Covers ${your} top risk, ${top.kind}, with ${describeReducer(reducer.kind, reducer.months)}.`);
    } else {
      notes.push(`Leaves ${your} top risk uncovered: ${top.kind}; consider adding ${describeReducer(SUGGESTED_RISK_REDUCER[top.kind])}.`);
    }
  }
  if (paybackMonths !== null) notes.push(`Pays back in ${paybackMonths} month${paybackMonths === 1 ? '' : 's'}.`);
  else notes.push(`Does not pay back within ${horizonMonths} months on risk-adjusted benefits.`);
  if (roi !== null && roi > 0) notes.push(`Returns ${percent(roi)} on its cost over ${horizonMonths} months, risk-adjusted.`);
  if (discountLabel !== null) {
    const suggestion =
      uncovered[0] === undefined ? 'training or a longer warranty' : `${describeReducer(SUGGESTED_RISK_REDUCER[uncovered[0].kind])} against ${uncovered[0].kind} risk`;
    notes.push(`Leans on a ${discountLabel}: consider adding ${suggestion} instead.`);
  }
  if (buyer.relativeWeights === null) {
    notes.push(
      buyer.kind === 'relationship'
        ? `No goals recorded for ${buyer.name}: fit is left out, so the score rests on value for money, risk and discount.`
        : `The ${buyer.name} segment states no value drivers: fit is left out, so the score rests on value for money, risk and discount.`,
    );
  }
  return notes;
}

/**
 * Plumbline: one plumb line, many stories. Models for the plumb line, stories,
 * segments, relationships, TCOs and offers, with exact money.
 *
 * @packageDocumentation
 */

// Errors and validation at the boundary
export { isPlumblineError, PlumblineError } from './errors.js';
export type { PlumblineErrorCode, PlumblineErrorDetails, PlumblineErrorOptions, PlumblineIssue } from './errors.js';
export { parseModel } from './parse-model.js';
export { unknownFields, type UnknownField, type UnknownFieldsOptions } from './unknown-fields.js';
export { modelFileName, modelJsonSchema, models } from './models.js';
export type { ModelName } from './models.js';

// Shared vocabularies
export { Id, IsoDate, IsoDateOrDateTime, RiskKind, ValueDriver, ValueDriverWeights } from './common/schema.js';

// Money
export { CurrencyCode, Money } from './money/schema.js';
export type { ExactMoney } from './money/schema.js';
export { currencyExponent, isCurrencyCode } from './money/currencies.js';
export { fromMinorUnits, toMinorUnits } from './money/minor-units.js';
export { money } from './money/money.js';
export { addMoney } from './money/add-money.js';
export { subtractMoney } from './money/subtract-money.js';
export { sumMoney } from './money/sum-money.js';
export { multiplyMoney } from './money/multiply-money.js';
export { allocateMoney } from './money/allocate-money.js';
export { compareMoney } from './money/compare-money.js';
export { moneyToNumber } from './money/money-to-number.js';
export { formatMoney } from './money/format-money.js';
export { convertMoney } from './money/convert-money.js';
export type { FormatMoneyOptions } from './money/format-money.js';

// Finance (Excel semantics and argument order)
export { npv } from './finance/npv.js';
export type { NpvOptions } from './finance/npv.js';
export { xnpv } from './finance/xnpv.js';
export { irr } from './finance/irr.js';
export { xirr } from './finance/xirr.js';
export { pmt } from './finance/pmt.js';

// Relationships: health and timeline
export { relationshipHealth } from './relationship/relationship-health.js';
export type {
  FutureInteraction,
  HealthBand,
  HealthMeasure,
  HealthMeasureId,
  HealthWeights,
  RelationshipHealth,
  RelationshipHealthOptions,
} from './relationship/relationship-health.js';
export { DEFAULT_HEALTH_WEIGHTS, STAGE_HEALTH_SCORES } from './relationship/health-defaults.js';
export { timeline } from './relationship/timeline.js';
export type { Timeline, TimelineEntry, TimelineOptions } from './relationship/timeline.js';

// Segments: matching, summaries, RFM, clustering
export { matchesSegment } from './segment/matches-segment.js';
export { assignSegments } from './segment/assign-segments.js';
export { summarizeSegment } from './segment/summarize-segment.js';
export type { SegmentFieldSummary, SegmentSummary, SummarizeSegmentOptions } from './segment/summarize-segment.js';
export { rfmScores } from './segment/rfm-scores.js';
export type { RfmScore, RfmScoresOptions, RfmTransaction } from './segment/rfm-scores.js';
export { RFM_SEGMENTS } from './segment/rfm-segments.js';
export type { RfmSegmentBounds, RfmSegmentName } from './segment/rfm-segments.js';
export { clusterCustomers } from './segment/cluster-customers.js';
export type { ClusterCustomersOptions, ClusterScale, Clustering } from './segment/cluster-customers.js';
export { proposeSegments } from './segment/propose-segments.js';
export type { ProposedSegments, ProposeSegmentsOptions } from './segment/propose-segments.js';

// Models
export { BannedPhrase, Claim, PlumbLine, PreferredTerm, Theme, Vocabulary } from './plumb-line/schema.js';
export { MarketingAudience, MarketingStory, SalesAudience, SalesStory, Story } from './story/schema.js';
export { FieldPath, Scalar, Segment, SegmentCondition, SegmentMetrics, SegmentRule } from './segment/schema.js';
export { Goal, Interaction, Organisation, Person, Relationship, Risk, Stage } from './relationship/schema.js';
export {
  CostCategory,
  CostItem,
  OnceSchedule,
  RecurringSchedule,
  Schedule,
  TotalCostOfOwnership,
} from './tco/schema.js';
export { COST_CATEGORIES } from './tco/categories.js';
export { MAX_HORIZON_MONTHS } from './tco/limits.js';
export { cashFlows } from './tco/cash-flows.js';
export type { CashFlow } from './tco/cash-flows.js';
export { summarizeTco } from './tco/summarize-tco.js';
export type { TcoCategorySummary, TcoSummary, TcoYearSummary } from './tco/summarize-tco.js';
export { compareTco } from './tco/compare-tco.js';
export type { CompareTcoOptions, TcoBreakEven, TcoComparison, TcoComparisonRow } from './tco/compare-tco.js';
export { formatTcoComparison } from './tco/format-tco-comparison.js';
export type { FormatTcoComparisonOptions } from './tco/format-tco-comparison.js';
export { tcoChartSvg } from './tco/tco-chart-svg.js';
export type { TcoChartSvgOptions } from './tco/tco-chart-svg.js';
export { Benefit, Discount, Extra, Offer, RiskReducer } from './offer/schema.js';
export { RISK_EXPOSURE, SUGGESTED_RISK_REDUCER } from './offer/exposure.js';
export { scoreOffer } from './offer/score-offer.js';
export type {
  OfferBenefitValue,
  OfferMetrics,
  OfferScore,
  OfferScoreComponent,
  OfferScoreWeights,
  ScoreOfferOptions,
} from './offer/score-offer.js';
export { rankOffers } from './offer/rank-offers.js';
export { uncoveredRisks } from './offer/uncovered-risks.js';
export type { BuyerRisk, ScoringContext } from './offer/buyer.js';
export type { Rates } from './offer/compile-offer.js';

// Consistency: stories checked against the plumb line, their audience and each other
export { compilePlumbLine } from './consistency/compile-plumb-line.js';
export type { CompiledPlumbLine, PlumbLineTerm } from './consistency/compile-plumb-line.js';
export { checkStory } from './consistency/check-story.js';
export { checkStories } from './consistency/check-stories.js';
export { createStoriesCheck } from './consistency/create-stories-check.js';
export type { StoriesCheck } from './consistency/create-stories-check.js';
export type {
  CheckContext,
  ConsistencyReport,
  Diagnostic,
  DiagnosticFix,
  RuleSetting,
  Severity,
  StoryReport,
} from './consistency/diagnostic.js';
export { consistencyScore } from './consistency/score.js';
export type { SeverityCounts } from './consistency/score.js';
export { CONSISTENCY_RULES } from './consistency/rules.js';
export type { RuleMeta, RuleOption } from './consistency/rule.js';
export { formatStylish } from './consistency/format/stylish.js';
export type { FormatStylishOptions } from './consistency/format/stylish.js';
export { formatJson } from './consistency/format/json.js';
export type { FormatJsonOptions } from './consistency/format/json.js';
export { toSarif } from './consistency/format/sarif.js';
export type { SarifFile, SarifLog, ToSarifOptions } from './consistency/format/sarif.js';
export { applyFixes } from './consistency/apply-fixes.js';
export type { AppliedFixes } from './consistency/apply-fixes.js';
export { fixStories } from './consistency/fix-stories.js';
export type { FixedStories, FixStoriesOptions } from './consistency/fix-stories.js';
export { shiftReport } from './consistency/shift-report.js';
export type { ReportShift, ReportShifts } from './consistency/shift-report.js';
export { unifiedDiff } from './consistency/unified-diff.js';
export type { UnifiedDiffOptions } from './consistency/unified-diff.js';
export { splitFrontMatter } from './story/split-front-matter.js';
export type { FrontMatterSplit } from './story/split-front-matter.js';
export { formatOfferRanking } from './offer/format-offer-ranking.js';
export type { FormatOfferRankingOptions } from './offer/format-offer-ranking.js';
export { locateJsonError } from './common/locate-json-error.js';
export type { JsonErrorLocation } from './common/locate-json-error.js';

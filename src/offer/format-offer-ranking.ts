import { invalidArgument } from '../errors.js';
import { formatMoney } from '../money/format-money.js';
import type { OfferScore, OfferScoreComponent } from './score-offer.js';

/** Options of {@link formatOfferRanking}. */
export interface FormatOfferRankingOptions {
  /** A name per offer id (the offer's `name`); the id by default. */
  readonly names?: Readonly<Record<string, string>> | undefined;
  /** The locale for amounts; `"en-US"` by default, so output does not depend on the host. */
  readonly locale?: string | undefined;
}

const percent = (component: OfferScoreComponent | null): string => (component === null ? '-' : `${Math.round(component.score * 100)}%`);

/**
 * Writes offer scores (from {@link rankOffers} or {@link scoreOffer}) as an
 * aligned plain-text table, one row per offer in the order given: rank,
 * offer, score, grade, the four components (each 0-100%, `-` where a
 * component is left out), net value, ROI and payback; then each offer's
 * notes, the sentences a salesperson could say. What `plumbline score` prints.
 *
 * @param scores - the scores, best first as {@link rankOffers} returns them
 * @param options - offer names and the locale for amounts
 * @returns the table, lines separated by `\n`, ending with one
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `scores` is not an array
 *
 * @example
 * ```ts
 * import { formatOfferRanking, rankOffers } from '@plumbline/core';
 *
 * const eur = (amount: string) => ({ amount, currency: 'EUR' });
 * const offer = {
 *   id: 'basic', name: 'Basic',
 *   tco: { id: 'basic', currency: 'EUR', startDate: '2027-01-01', horizonMonths: 12, discountRate: 0,
 *     items: [{ id: 'p', label: 'Price', category: 'price' as const, amount: eur('6000'), schedule: { type: 'once' as const } }] },
 *   benefits: [{ id: 'b', label: 'Savings', driver: 'cost' as const, amount: eur('1000'), schedule: { type: 'recurring' as const, every: 'month' as const }, confidence: 1 }],
 *   riskReducers: [],
 * };
 * const segment = { id: 'fleets', name: 'Fleets', rules: { all: [] }, interests: [], valueDrivers: { cost: 60 }, typicalRisks: [] };
 * const text = formatOfferRanking(rankOffers([offer], { segment }), { names: { basic: 'Basic' } });
 * text.split('\n')[0]; // => 'Rank  Offer  Score  Grade  Value for money  Fit  Risk coverage  No discount  Net value   ROI   Payback'
 * text.split('\n')[1]; // => '   1  Basic  77.08  B                  75%  67%              -         100%  €6,000.00  100%  6 months'
 * text.split('\n').slice(3); // => ['Basic (basic)', '  - Pays back in 6 months.', '  - Returns 100% on its cost over 12 months, risk-adjusted.', '']
 * ```
 */
export function formatOfferRanking(scores: readonly OfferScore[], options?: FormatOfferRankingOptions | undefined): string {
  if (!Array.isArray(scores)) throw invalidArgument('scores', 'an array of offer scores', scores);
  const locale = options?.locale ?? 'en-US';
  const name = (id: string): string => options?.names?.[id] ?? id;
  const header = ['Rank', 'Offer', 'Score', 'Grade', 'Value for money', 'Fit', 'Risk coverage', 'No discount', 'Net value', 'ROI', 'Payback'];
  const body = scores.map((score: OfferScore, index) => [
    `${index + 1}`,
    name(score.offerId),
    score.score.toFixed(2),
    score.grade,
    percent(score.components.valueForMoney),
    percent(score.components.fit),
    percent(score.components.riskCoverage),
    percent(score.components.discountDependence),
    formatMoney(score.metrics.netValue, { locale }),
    score.metrics.roi === null ? '-' : `${Math.round(score.metrics.roi * 100)}%`,
    score.metrics.paybackMonths === null ? 'never' : `${score.metrics.paybackMonths} month${score.metrics.paybackMonths === 1 ? '' : 's'}`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)));
  // Names and grades align left, numbers right, as a reader scans them.
  const left = new Set([1, 3]);
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (left.has(column) ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const lines = [line(header), ...body.map((cells) => line(cells))];
  for (const score of scores) {
    lines.push('', `${name(score.offerId)}${name(score.offerId) === score.offerId ? '' : ` (${score.offerId})`}`);
    for (const note of score.notes) lines.push(`  - ${note}`);
  }
  return `${lines.join('\n')}\n`;
}

import { invalidArgument } from '../errors.js';
import { parseInstant, readAsOf, utcDay } from '../common/instant.js';
import { RFM_SEGMENTS, type RfmSegmentName } from './rfm-segments.js';

/** One purchase: who, when, how much. */
export interface RfmTransaction {
  /** The customer's id in the CRM or shop. */
  readonly customerId: string;
  /** When: an ISO date or date-time with Z or an offset, or a Date. */
  readonly date: string | Date;
  /** How much, in major units of one currency (refunds may be negative). */
  readonly amount: number;
}

/** Options of {@link rfmScores}. */
export interface RfmScoresOptions {
  /** The day the scores are computed for (required: there is no hidden clock). Later transactions are not counted. */
  readonly asOf: string | Date;
  /** How many score levels: 5 (quintiles, the default) or any whole number from 2 to 9. */
  readonly bins?: number | undefined;
}

/** A customer's RFM values and scores. */
export interface RfmScore {
  readonly customerId: string;
  /** UTC calendar days from the last purchase to `asOf` (0: that day). */
  readonly recencyDays: number;
  /** How many purchases. */
  readonly frequency: number;
  /** What they add up to, rounded to 6 decimals (so float noise cannot split a tie). */
  readonly monetary: number;
  /** Recency score: higher is more recent. */
  readonly r: number;
  /** Frequency score: higher is more often. */
  readonly f: number;
  /** Monetary score: higher is more money. */
  readonly m: number;
  /** The three scores as digits, `"545"`. */
  readonly code: string;
  /** The named segment of {@link RFM_SEGMENTS} (`Others` when none holds the scores); null unless `bins` is 5. */
  readonly segment: RfmSegmentName | null;
}

const invalid = invalidArgument;

/**
 * Scores 1..bins with ties kept together: a customer's score is
 * `1 + floor(bins × worse / n)`, where `worse` counts the customers with a
 * strictly worse value. Equal values share the score of where their group starts.
 */
function scoreBy(values: Float64Array, higherIsBetter: boolean, bins: number): Uint8Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, index) => index);
  order.sort((a, b) => {
    const difference = (values[a] as number) - (values[b] as number);
    return higherIsBetter ? difference : -difference;
  });
  const scores = new Uint8Array(n);
  let groupStart = 0;
  for (let position = 0; position < n; position += 1) {
    const index = order[position] as number;
    if (position > 0 && values[index] !== values[order[position - 1] as number]) groupStart = position;
    scores[index] = 1 + Math.floor((bins * groupStart) / n);
  }
  return scores;
}

function segmentOf(r: number, f: number, m: number): RfmSegmentName {
  for (const row of RFM_SEGMENTS) {
    if (r >= row.r[0] && r <= row.r[1] && f >= row.f[0] && f <= row.f[1] && m >= row.m[0] && m <= row.m[1]) return row.name;
  }
  return 'Others';
}

/**
 * RFM analysis: turns transactions into each customer's recency, frequency
 * and monetary value, scores each from 1 to 5 against the other customers,
 * and names the segment the scores fall in (Champions, At Risk, ...).
 *
 * - `recencyDays`: UTC calendar days from the customer's last purchase to
 *   `asOf`; `frequency`: the number of purchases; `monetary`: their sum,
 *   rounded to 6 decimals. Transactions dated after `asOf` (by UTC day) are
 *   not counted: the analysis is as of that day, and a customer whose every
 *   purchase is later is left out.
 * - Scores are quantile scores with ties kept together: with `n` customers,
 *   a customer's score is `1 + floor(bins × worse / n)`, where `worse` counts
 *   the customers with a strictly worse value (a longer recency; a lower
 *   frequency or monetary value). So the best fifth scores 5 and the worst
 *   fifth 1, customers with equal values always share a score, and a tie
 *   that straddles a boundary takes the score where it starts (when 60% of
 *   customers bought once, all of them score f = 1).
 * - `segment`: the first row of {@link RFM_SEGMENTS} whose bounds hold
 *   `r`, `f` and `m`, or `Others`; `null` when `bins` is not 5.
 *
 * Customers are listed in the order of their first transaction in the input.
 * The work is a sort per measure: O(n log n).
 *
 * @param transactions - `{ customerId, date, amount }` purchases, in any order
 * @param options - `asOf` (required), `bins` (default 5)
 * @returns one new score per customer
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field for a
 *   missing or invalid `options.asOf`, `options.bins` outside 2 to 9, a
 *   `transactions` that is not an array, or a transaction with an empty
 *   `customerId`, a `date` that is not an ISO date or date-time, or an
 *   `amount` that is not a finite number (`transactions[3].amount`)
 *
 * @example
 * ```ts
 * import { rfmScores } from '@plumbline/core';
 *
 * const scores = rfmScores([
 *   { customerId: 'ana', date: '2026-11-28', amount: 900 },
 *   { customerId: 'ana', date: '2026-10-02', amount: 700 },
 *   { customerId: 'ben', date: '2026-11-30', amount: 40 },
 *   { customerId: 'cy', date: '2025-12-15', amount: 60 },
 *   { customerId: 'dee', date: '2026-02-01', amount: 300 },
 *   { customerId: 'dee', date: '2026-03-01', amount: 300 },
 *   { customerId: 'eli', date: '2026-08-20', amount: 120 },
 * ], { asOf: '2026-12-01' });
 * scores[0];
 * // => { customerId: 'ana', recencyDays: 3, frequency: 2, monetary: 1600, r: 4, f: 4, m: 5, code: '445', segment: 'Champions' }
 * scores.map((score) => `${score.customerId} ${score.code} ${score.segment}`);
 * // => ['ana 445 Champions', 'ben 511 New Customers', 'cy 112 Lost', 'dee 244 At Risk', 'eli 313 Potential Loyalist']
 * ```
 */
export function rfmScores(transactions: readonly RfmTransaction[], options: RfmScoresOptions): RfmScore[] {
  if (typeof options !== 'object' || options === null) {
    throw invalid('options', 'an object with asOf (there is no hidden clock)', options);
  }
  const asOfDay = utcDay(readAsOf(options.asOf, 'options.asOf'));
  const bins = options.bins ?? 5;
  if (typeof bins !== 'number' || !Number.isInteger(bins) || bins < 2 || bins > 9) {
    throw invalid('options.bins', 'a whole number from 2 to 9 (5 for quintiles)', bins);
  }
  if (!Array.isArray(transactions)) throw invalid('transactions', 'an array of { customerId, date, amount }', transactions);

  const byCustomer = new Map<string, number>();
  const ids: string[] = [];
  const lastDay: number[] = [];
  const frequency: number[] = [];
  const monetary: number[] = [];
  for (let index = 0; index < transactions.length; index += 1) {
    const transaction: unknown = transactions[index];
    const field = `transactions[${index}]`;
    if (typeof transaction !== 'object' || transaction === null) throw invalid(field, 'a transaction { customerId, date, amount }', transaction);
    const { customerId, date, amount } = transaction as { customerId?: unknown; date?: unknown; amount?: unknown };
    if (typeof customerId !== 'string' || customerId.trim() === '') throw invalid(`${field}.customerId`, 'a non-empty id', customerId);
    let ms: number | undefined;
    if (typeof date === 'string') ms = parseInstant(date);
    else if (date instanceof Date && Number.isFinite(date.getTime())) ms = date.getTime();
    if (ms === undefined) throw invalid(`${field}.date`, 'an ISO date, an ISO date-time with Z or an offset, or a valid Date', date);
    if (typeof amount !== 'number' || !Number.isFinite(amount)) throw invalid(`${field}.amount`, 'a finite number (major units)', amount);
    const day = utcDay(ms);
    if (day > asOfDay) continue;
    let customer = byCustomer.get(customerId);
    if (customer === undefined) {
      customer = ids.length;
      byCustomer.set(customerId, customer);
      ids.push(customerId);
      lastDay.push(day);
      frequency.push(0);
      monetary.push(0);
    }
    if (day > (lastDay[customer] as number)) lastDay[customer] = day;
    frequency[customer] = (frequency[customer] as number) + 1;
    monetary[customer] = (monetary[customer] as number) + amount;
  }

  const n = ids.length;
  const recencyValues = new Float64Array(n);
  const frequencyValues = new Float64Array(n);
  const monetaryValues = new Float64Array(n);
  for (let customer = 0; customer < n; customer += 1) {
    recencyValues[customer] = asOfDay - (lastDay[customer] as number);
    frequencyValues[customer] = frequency[customer] as number;
    monetaryValues[customer] = Number((monetary[customer] as number).toFixed(6)) || 0;
  }
  const r = scoreBy(recencyValues, false, bins);
  const f = scoreBy(frequencyValues, true, bins);
  const m = scoreBy(monetaryValues, true, bins);
  return ids.map((customerId, customer): RfmScore => {
    const rs = r[customer] as number;
    const fs = f[customer] as number;
    const ms = m[customer] as number;
    return {
      customerId,
      recencyDays: recencyValues[customer] as number,
      frequency: frequencyValues[customer] as number,
      monetary: monetaryValues[customer] as number,
      r: rs,
      f: fs,
      m: ms,
      code: `${rs}${fs}${ms}`,
      segment: bins === 5 ? segmentOf(rs, fs, ms) : null,
    };
  });
}

/** The name of an RFM segment, or `Others` for score combinations no named segment covers. */
export type RfmSegmentName =
  | 'Champions'
  | 'Loyal Customers'
  | 'Potential Loyalist'
  | 'New Customers'
  | 'Promising'
  | 'Need Attention'
  | 'About To Sleep'
  | 'At Risk'
  | "Can't Lose Them"
  | 'Lost'
  | 'Others';

/** One row of the RFM segment table: inclusive bounds on the r, f and m scores (1 to 5). */
export interface RfmSegmentBounds {
  readonly name: Exclude<RfmSegmentName, 'Others'>;
  readonly r: readonly [number, number];
  readonly f: readonly [number, number];
  readonly m: readonly [number, number];
}

/**
 * The named RFM segments and their score bounds (both ends included), in the
 * order they are tried: a customer gets the first segment whose three ranges
 * hold its `r`, `f` and `m`, and `Others` when none does (the table has gaps,
 * such as r 5, f 1, m 5).
 *
 * The bounds are the widely used table of the `rfm` R package (Aravind
 * Hebbali, `rfm_segment`, documentation example and vignette), itself after
 * Putler's RFM segments, with its first-match rule and `Others` fallback. The
 * order is ours: from the narrowest box to the broadest. In the package's
 * listed order (Champions, Loyal Customers, Potential Loyalist, New
 * Customers, ...) Potential Loyalist (r 3-5, f 1-3, m 1-3) takes every
 * customer New Customers and Promising could hold, and At Risk every one of
 * Can't Lose Them, so three named segments could never occur.
 *
 * | Tried | Segment | r | f | m | What it means |
 * |---|---|---|---|---|---|
 * | 1 | New Customers | 4-5 | 1 | 1 | bought recently, once, little |
 * | 2 | Promising | 3-4 | 1 | 1 | fairly recent, once, little |
 * | 3 | Can't Lose Them | 1 | 4-5 | 4-5 | bought often and most, long ago |
 * | 4 | Champions | 4-5 | 4-5 | 4-5 | recent, often, most |
 * | 5 | Need Attention | 2-3 | 2-3 | 2-3 | middling on all three |
 * | 6 | About To Sleep | 2-3 | 1-2 | 1-2 | slipping, low frequency and spend |
 * | 7 | Lost | 1-2 | 1-2 | 1-2 | long ago, rarely, little |
 * | 8 | Potential Loyalist | 3-5 | 1-3 | 1-3 | recent, some frequency and spend |
 * | 9 | At Risk | 1-2 | 2-5 | 2-5 | bought often and much, but not lately |
 * | 10 | Loyal Customers | 2-5 | 3-5 | 3-5 | buy often and spend well |
 *
 * @example
 * ```ts
 * import { RFM_SEGMENTS } from '@plumbline/core';
 *
 * RFM_SEGMENTS.length; // => 10
 * RFM_SEGMENTS[3]; // => { name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] }
 * RFM_SEGMENTS.map((segment) => segment.name).at(-1); // => 'Loyal Customers'
 * ```
 */
export const RFM_SEGMENTS: readonly RfmSegmentBounds[] = Object.freeze(
  (
    [
      ['New Customers', [4, 5], [1, 1], [1, 1]],
      ['Promising', [3, 4], [1, 1], [1, 1]],
      ["Can't Lose Them", [1, 1], [4, 5], [4, 5]],
      ['Champions', [4, 5], [4, 5], [4, 5]],
      ['Need Attention', [2, 3], [2, 3], [2, 3]],
      ['About To Sleep', [2, 3], [1, 2], [1, 2]],
      ['Lost', [1, 2], [1, 2], [1, 2]],
      ['Potential Loyalist', [3, 5], [1, 3], [1, 3]],
      ['At Risk', [1, 2], [2, 5], [2, 5]],
      ['Loyal Customers', [2, 5], [3, 5], [3, 5]],
    ] as const
  ).map(([name, r, f, m]) => Object.freeze({ name, r, f, m })),
);


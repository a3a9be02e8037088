/**
 * The longest horizon a TCO may span: 1,200 months, 100 years.
 *
 * @example
 * ```ts
 * import { MAX_HORIZON_MONTHS } from '@plumbline/core';
 *
 * MAX_HORIZON_MONTHS; // => 1200
 * ```
 */
export const MAX_HORIZON_MONTHS = 1200;

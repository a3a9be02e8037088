/**
 * The eleven cost categories of a TCO, after Gartner's: price is only the
 * first of them. One list, shared by the schema and the pure functions, so a
 * bundle that summarises a TCO needs no zod.
 *
 * @example
 * ```ts
 * import { COST_CATEGORIES } from '@plumbline/core';
 *
 * COST_CATEGORIES[0]; // => 'price'
 * COST_CATEGORIES.length; // => 11
 * ```
 */
export const COST_CATEGORIES = [
  'price',
  'delivery',
  'installation',
  'training',
  'support',
  'warranty',
  'maintenance',
  'operations',
  'downtime',
  'disposal',
  'other',
] as const;

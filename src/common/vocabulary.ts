/**
 * Internal: the values of the ValueDriver and RiskKind enums, in one zod-free
 * place, so the schemas and the pure functions (which must not load zod) share
 * one list.
 *
 * @module
 * @internal
 */

/** What a buyer gains. */
export const VALUE_DRIVERS = ['revenue', 'cost', 'productivity', 'risk', 'experience'] as const;

/** What a buyer fears. */
export const RISK_KINDS = ['financial', 'performance', 'delivery', 'adoption', 'security', 'vendor', 'compliance'] as const;

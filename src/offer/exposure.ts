import type { RiskKind, ValueDriver } from '../common/schema.js';
import type { RiskReducer } from './schema.js';

/**
 * Which benefits a buyer's risk threatens, by the benefit's value driver. A
 * late delivery or a failing vendor delays every benefit; a failed adoption
 * loses the productivity, experience and revenue that depend on people using
 * the product; and so on. Used by {@link scoreOffer} to lower the confidence
 * of exposed benefits while a risk stays uncovered.
 *
 * @example
 * ```ts
 * import { RISK_EXPOSURE } from '@plumbline/core';
 *
 * RISK_EXPOSURE.adoption; // => ['productivity', 'experience', 'revenue']
 * RISK_EXPOSURE.delivery.length; // => 5
 * ```
 */
export const RISK_EXPOSURE: Readonly<Record<RiskKind, readonly ValueDriver[]>> = {
  delivery: ['revenue', 'cost', 'productivity', 'risk', 'experience'],
  vendor: ['revenue', 'cost', 'productivity', 'risk', 'experience'],
  adoption: ['productivity', 'experience', 'revenue'],
  performance: ['productivity', 'revenue', 'experience'],
  financial: ['cost', 'revenue'],
  security: ['risk', 'revenue'],
  compliance: ['risk', 'cost'],
};

/**
 * The term that takes each risk off a buyer, suggested in notes when an offer
 * leaves that risk uncovered or leans on a discount instead.
 *
 * @example
 * ```ts
 * import { SUGGESTED_RISK_REDUCER } from '@plumbline/core';
 *
 * SUGGESTED_RISK_REDUCER.adoption; // => 'training'
 * ```
 */
export const SUGGESTED_RISK_REDUCER: Readonly<Record<RiskKind, RiskReducer['kind']>> = {
  delivery: 'guarantee',
  vendor: 'warranty',
  adoption: 'training',
  performance: 'sla',
  financial: 'money-back',
  security: 'insurance',
  compliance: 'guarantee',
};

const REDUCER_NAMES: Readonly<Record<RiskReducer['kind'], string>> = {
  warranty: 'warranty',
  guarantee: 'guarantee',
  trial: 'trial',
  sla: 'SLA',
  'money-back': 'money-back guarantee',
  insurance: 'insurance cover',
  training: 'training programme',
  support: 'support plan',
};

/** Internal: a reducer as a salesperson would say it, with its article: "a 36-month guarantee", "an SLA". */
export function describeReducer(kind: RiskReducer['kind'], months?: number | undefined): string {
  const name = REDUCER_NAMES[kind];
  const words = months === undefined ? name : `${months}-month ${name}`;
  // "an" before a vowel sound: an SLA, an insurance cover, an 8-, 11- or 18-month term.
  const vowelSound = /^(SLA|insurance|8|11-|18-)/.test(words);
  return `${vowelSound ? 'an' : 'a'} ${words}`;
}

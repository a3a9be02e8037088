/**
 * Internal: an offer compiled once and reused across every buyer it is scored
 * for (a CRM ranks 10 offers for 100,000 relationships: each offer's cash
 * flows, present values and month-by-month sums are computed once).
 *
 * @module
 * @internal
 */

import type { RiskKind, ValueDriver } from '../common/schema.js';
import { RISK_KINDS } from '../common/vocabulary.js';
import { invalidArgument, PlumblineError } from '../errors.js';
import { convertMoney } from '../money/convert-money.js';
import { toMinorUnits } from '../money/minor-units.js';
import { compileStream, type CompiledTco, compileTco, monthlyNominal } from '../tco/compile.js';
import { discountFactors } from '../tco/month-grid.js';
import { tcoTotals } from '../tco/summarize-tco.js';
import type { Offer, RiskReducer } from './schema.js';

/** A benefit, compiled: its value before any risk adjustment. */
export interface CompiledBenefit {
  readonly id: string;
  readonly label: string;
  readonly driver: ValueDriver;
  readonly confidence: number;
  /** Present value of all its payments at full confidence, in minor units. */
  readonly presentValue: number;
  /** Months it pays in, and the minor units of each payment. */
  readonly months: readonly number[];
  readonly minorByMonth: readonly number[];
}

/** An offer, compiled. */
export interface CompiledOffer {
  readonly id: string;
  readonly name: string;
  readonly tco: CompiledTco;
  /** Present value of the TCO, in minor units (unrounded). */
  readonly pvCosts: number;
  /** The price category, nominal, in minor units. */
  readonly price: number;
  /** Cumulative nominal cost at the end of each month. */
  readonly cumulativeCosts: readonly number[];
  readonly benefits: readonly CompiledBenefit[];
  /** For each risk kind covered, the reducer that covers it longest. */
  readonly cover: ReadonlyMap<RiskKind, RiskReducer>;
  /** What the discount takes off, in minor units (0 without a discount). */
  readonly discount: number;
  readonly discountLabel: string | null;
  /** The parts of the offer it was compiled from, to notice an offer edited in place. */
  readonly source: readonly unknown[];
}

/** Explicit exchange rates into the offer's TCO currency, by source currency. */
export type Rates = Readonly<Record<string, number | string>>;

const cache = new WeakMap<Offer, Map<string, CompiledOffer>>();
const invalid = invalidArgument;
const KNOWN_RISKS: ReadonlySet<string> = new Set(RISK_KINDS);

/** The parts whose identity a cached compilation depends on. */
function sourceOf(offer: Offer): unknown[] {
  return [offer.tco, offer.tco?.items, offer.benefits, offer.riskReducers, offer.discount, offer.tco?.startDate, offer.tco?.discountRate];
}

function inCurrency<T extends { readonly amount: { readonly amount: string | number; readonly currency: string } }>(
  entry: T,
  currency: string,
  rates: Rates | undefined,
): T {
  if (entry.amount.currency === currency) return entry;
  const rate = rates?.[entry.amount.currency];
  if (rate === undefined) throw new PlumblineError('CURRENCY_MISMATCH', { operation: 'score', currencies: [entry.amount.currency, currency] });
  return { ...entry, amount: convertMoney(entry.amount, currency, rate) };
}

function compile(offer: Offer, rates: Rates | undefined, field: string): CompiledOffer {
  if (typeof offer !== 'object' || offer === null) throw invalid(field, 'an Offer', offer);
  const tco = compileTco(offer.tco, `${field}.tco`);
  const totals = tcoTotals(tco);
  const factors = discountFactors(tco.grid, tco.discountRate);
  const cumulativeCosts = monthlyNominal(tco);
  for (let month = 1; month < cumulativeCosts.length; month += 1) cumulativeCosts[month] = (cumulativeCosts[month] ?? 0) + (cumulativeCosts[month - 1] ?? 0);

  if (!Array.isArray(offer.benefits)) throw invalid(`${field}.benefits`, 'an array of benefits', offer.benefits);
  const benefits = offer.benefits.map((benefit, index): CompiledBenefit => {
    const benefitField = `${field}.benefits[${index}]`;
    if (typeof benefit?.confidence !== 'number' || !(benefit.confidence >= 0 && benefit.confidence <= 1)) {
      throw invalid(`${benefitField}.confidence`, 'a confidence from 0 to 1', benefit?.confidence);
    }
    const stream = compileStream(inCurrency(benefit, tco.currency, rates), tco.horizonMonths, tco.currency, benefitField);
    const minorByMonth = stream.months.map((month) => stream.minorByYear[(month / 12) | 0] ?? 0);
    const presentValue = stream.months.reduce((sum, month, at) => sum + (minorByMonth[at] ?? 0) * (factors[month] ?? 1), 0);
    return { id: benefit.id, label: benefit.label, driver: benefit.driver, confidence: benefit.confidence, presentValue, months: stream.months, minorByMonth };
  });

  if (!Array.isArray(offer.riskReducers)) throw invalid(`${field}.riskReducers`, 'an array of risk reducers', offer.riskReducers);
  const cover = new Map<RiskKind, RiskReducer>();
  offer.riskReducers.forEach((reducer, index) => {
    if (!Array.isArray(reducer?.covers)) throw invalid(`${field}.riskReducers[${index}].covers`, 'an array of risk kinds', reducer?.covers);
    reducer.covers.forEach((kind, at) => {
      if (!KNOWN_RISKS.has(kind)) throw invalid(`${field}.riskReducers[${index}].covers[${at}]`, `one of ${RISK_KINDS.join(', ')}`, kind);
    });
    for (const kind of reducer.covers) {
      const current = cover.get(kind);
      if (current === undefined || (reducer.months ?? Number.POSITIVE_INFINITY) > (current.months ?? Number.POSITIVE_INFINITY)) cover.set(kind, reducer);
    }
  });

  const price = totals.nominalByCategory[0] ?? 0;
  let discount = 0;
  if (offer.discount !== undefined) {
    if (offer.discount.amount !== undefined) discount = toMinorUnits(inCurrency({ amount: offer.discount.amount }, tco.currency, rates).amount);
    else if (typeof offer.discount.percent === 'number' && offer.discount.percent > 0 && offer.discount.percent <= 100) discount = (price * offer.discount.percent) / 100;
    else throw invalid(`${field}.discount`, 'a percent above 0 and at most 100, or an amount', offer.discount);
  }
  // Named by what was counted: the amount when there is one, else the percent.
  const discountLabel =
    offer.discount === undefined
      ? null
      : offer.discount.amount !== undefined
        ? `discount of ${String(offer.discount.amount.amount)} ${offer.discount.amount.currency}`
        : `${offer.discount.percent}% discount`;
  return {
    id: offer.id,
    name: offer.name,
    tco,
    pvCosts: totals.present,
    price,
    cumulativeCosts,
    benefits,
    cover,
    discount: Math.max(0, discount),
    discountLabel,
    source: sourceOf(offer),
  };
}

/**
 * The compiled form of an offer, built on first use and cached per offer
 * object and rates. A cached form is reused only while the offer's parts (its
 * TCO, items, benefits, reducers and discount) are the same objects, so an
 * offer whose parts were replaced in place is compiled again; edits deep
 * inside those parts are not seen: treat offers as immutable values.
 */
export function compileOffer(offer: Offer, rates?: Rates | undefined, field = 'offer'): CompiledOffer {
  const key = rates === undefined ? '' : JSON.stringify(Object.entries(rates).sort());
  let byRates = typeof offer === 'object' && offer !== null ? cache.get(offer) : undefined;
  const cached = byRates?.get(key);
  if (cached !== undefined && sourceOf(offer).every((part, index) => part === cached.source[index])) return cached;
  const compiled = compile(offer, rates, field);
  if (typeof offer === 'object' && offer !== null) {
    if (byRates === undefined) {
      byRates = new Map();
      cache.set(offer, byRates);
    }
    byRates.set(key, compiled);
  }
  return compiled;
}

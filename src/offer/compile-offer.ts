/**
 * Internal: an offer compiled once and reused across every buyer it is scored
 * for (a CRM ranks 10 offers for 100,000 relationships: each offer's cash
 * flows, present values and month-by-month sums are computed once).
 *
 * @module
 * @internal
 */

import type { RiskKind, ValueDriver } from '../common/schema.js';
import { describeValue, PlumblineError } from '../errors.js';
import { convertMoney } from '../money/convert-money.js';
import { toMinorUnits } from '../money/minor-units.js';
import { compileStream, type CompiledTco, compileTco } from '../tco/compile.js';
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
}

/** Explicit exchange rates into the offer's TCO currency, by source currency. */
export type Rates = Readonly<Record<string, number | string>>;

const cache = new WeakMap<Offer, Map<string, CompiledOffer>>();

function invalid(argument: string, expected: string, received: unknown): PlumblineError {
  return new PlumblineError('INVALID_ARGUMENT', { argument, expected, received: describeValue(received) });
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

function compile(offer: Offer, rates: Rates | undefined): CompiledOffer {
  if (typeof offer !== 'object' || offer === null) throw invalid('offer', 'an Offer', offer);
  const tco = compileTco(offer.tco, 'offer.tco');
  const totals = tcoTotals(tco);
  const factors = discountFactors(tco.grid, tco.discountRate);
  const cumulativeCosts = new Array<number>(tco.horizonMonths).fill(0);
  for (const item of tco.items) for (const month of item.months) cumulativeCosts[month] = (cumulativeCosts[month] ?? 0) + (item.minorByYear[(month / 12) | 0] ?? 0);
  for (let month = 1; month < cumulativeCosts.length; month += 1) cumulativeCosts[month] = (cumulativeCosts[month] ?? 0) + (cumulativeCosts[month - 1] ?? 0);

  if (!Array.isArray(offer.benefits)) throw invalid('offer.benefits', 'an array of benefits', offer.benefits);
  const benefits = offer.benefits.map((benefit, index): CompiledBenefit => {
    const field = `offer.benefits[${index}]`;
    if (typeof benefit?.confidence !== 'number' || !(benefit.confidence >= 0 && benefit.confidence <= 1)) {
      throw invalid(`${field}.confidence`, 'a confidence from 0 to 1', benefit?.confidence);
    }
    const stream = compileStream(inCurrency(benefit, tco.currency, rates), tco.horizonMonths, tco.currency, field);
    const minorByMonth = stream.months.map((month) => stream.minorByYear[(month / 12) | 0] ?? 0);
    const presentValue = stream.months.reduce((sum, month, at) => sum + (minorByMonth[at] ?? 0) * (factors[month] ?? 1), 0);
    return { id: benefit.id, label: benefit.label, driver: benefit.driver, confidence: benefit.confidence, presentValue, months: stream.months, minorByMonth };
  });

  if (!Array.isArray(offer.riskReducers)) throw invalid('offer.riskReducers', 'an array of risk reducers', offer.riskReducers);
  const cover = new Map<RiskKind, RiskReducer>();
  offer.riskReducers.forEach((reducer, index) => {
    if (!Array.isArray(reducer?.covers)) throw invalid(`offer.riskReducers[${index}].covers`, 'an array of risk kinds', reducer?.covers);
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
    else throw invalid('offer.discount', 'a percent above 0 and at most 100, or an amount', offer.discount);
  }
  const discountLabel =
    offer.discount === undefined ? null : offer.discount.percent !== undefined ? `${offer.discount.percent}% discount` : `discount of ${String(offer.discount.amount?.amount)} ${tco.currency}`;
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
  };
}

/** The compiled form of an offer, built on first use and cached per offer object and rates. */
export function compileOffer(offer: Offer, rates?: Rates | undefined): CompiledOffer {
  const key = rates === undefined ? '' : JSON.stringify(Object.entries(rates).sort());
  let byRates = cache.get(offer);
  const cached = byRates?.get(key);
  if (cached !== undefined) return cached;
  const compiled = compile(offer, rates);
  if (typeof offer === 'object' && offer !== null) {
    if (byRates === undefined) {
      byRates = new Map();
      cache.set(offer, byRates);
    }
    byRates.set(key, compiled);
  }
  return compiled;
}

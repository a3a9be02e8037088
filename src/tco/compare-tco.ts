import { invalidArgument, PlumblineError } from '../errors.js';
import { convertMoney } from '../money/convert-money.js';
import { currencyExponent } from '../money/currencies.js';
import { formatMinor, toMinorUnits } from '../money/minor-units.js';
import type { ExactMoney } from '../money/schema.js';
import { checkRate, type CompiledTco, compileTco, monthlyNominal, roundHalfEven } from './compile.js';
import type { TotalCostOfOwnership } from './schema.js';
import { tcoTotals } from './summarize-tco.js';

/** Options of {@link compareTco}. */
export interface CompareTcoOptions {
  /** The currency to compare in; by default the first TCO's (`rates` convert the others into it). */
  readonly currency?: string | undefined;
  /**
   * Explicit exchange rates into `currency`, by source currency: `{ USD: 0.92 }`
   * when 1 USD = 0.92 of `currency`. Each payment is converted, then rounded
   * half-even to the minor unit.
   */
  readonly rates?: Readonly<Record<string, number | string>> | undefined;
  /** One annual rate for every present value; by default the rate the TCOs share. */
  readonly discountRate?: number | undefined;
  /** What "TCO" ranks by: `presentValue` (the default) or `nominal`. */
  readonly basis?: 'presentValue' | 'nominal' | undefined;
}

/** One option in a TCO comparison. */
export interface TcoComparisonRow {
  readonly id: string;
  /** The TCO's name, or its id. */
  readonly name: string;
  readonly nominal: ExactMoney;
  readonly presentValue: ExactMoney;
  /** The price category alone, nominal: what a price-only comparison sees. */
  readonly price: ExactMoney;
  /** 1 for the lowest TCO on the comparison's basis; ties share a rank. */
  readonly rankByTco: number;
  /** 1 for the lowest price; ties share a rank. */
  readonly rankByPrice: number;
  /** This option's TCO minus the lowest, on the comparison's basis (zero for the best). */
  readonly deltaToBest: ExactMoney;
  /** Cumulative nominal cost at the end of each month, `cumulative[m]` for month m. */
  readonly cumulative: readonly ExactMoney[];
}

/** The month at which an option that cost more so far becomes the cheaper one. */
export interface TcoBreakEven {
  /** The option that was cheaper (cumulative nominal cost) before the break-even. */
  readonly from: string;
  /** The option that is cheaper from the break-even on: it overtakes `from`. */
  readonly to: string;
  /** The month of the TCO, from 0. */
  readonly month: number;
  /** That month's date. */
  readonly date: string;
}

/** TCOs side by side: ranked by total cost and by price, with break-evens. */
export interface TcoComparison {
  readonly currency: string;
  readonly basis: 'presentValue' | 'nominal';
  readonly discountRate: number;
  readonly startDate: string;
  readonly horizonMonths: number;
  /** The date of each month, `dates[m]`. */
  readonly dates: readonly string[];
  /** One row per TCO, in the order given. */
  readonly rows: readonly TcoComparisonRow[];
  /** The id of the option with the lowest price (the first given on a tie). */
  readonly cheapestByPrice: string;
  /** The id of the option with the lowest TCO (the first given on a tie). */
  readonly cheapestByTco: string;
  /** For each pair whose cumulative costs cross, the first crossing. */
  readonly breakEvens: readonly TcoBreakEven[];
  /** True when the cheapest price is not the cheapest TCO: a price-only comparison would mislead. */
  readonly priceMisleads: boolean;
}

const invalid = invalidArgument;

/** Standard competition ranks (1, 1, 3) of values, lowest first. */
function ranks(values: readonly number[]): number[] {
  return values.map((value) => 1 + values.filter((other) => other < value).length);
}

/** A compiled TCO with every payment converted into `currency` at `rate`, each rounded half-even. */
function convertCompiled(compiled: CompiledTco, currency: string, rate: number | string): CompiledTco {
  const from = compiled.currency;
  const items = compiled.items.map((item) => ({
    ...item,
    minorByYear: item.minorByYear.map((minor) =>
      toMinorUnits(convertMoney({ amount: formatMinor(minor, compiled.exponent), currency: from }, currency, rate)),
    ),
  }));
  return { ...compiled, currency, exponent: currencyExponent(currency), items };
}

/**
 * Compares TCOs side by side, so a buyer sees that the lowest price is not the
 * lowest cost: nominal and present values, price, ranks by TCO and by price,
 * each option's distance to the best, cumulative cost by month, and the
 * break-evens where one option's cumulative cost overtakes another's.
 *
 * All TCOs must share a start date and a horizon (a shorter TCO would look
 * cheaper only because it stops paying; compare like with like), and either a
 * currency or explicit `rates` into `options.currency`. Present values use one
 * discount rate: the one the TCOs share, or `options.discountRate`.
 * Break-evens compare cumulative nominal cost, the cash out of pocket.
 *
 * @param tcos - the options to compare, at least one, with distinct ids
 * @param options - currency and rates, discount rate, ranking basis
 * @returns a new comparison
 * @throws {@link PlumblineError} `CURRENCY_MISMATCH` for currencies without
 *   a rate, `INVALID_ARGUMENT` naming the field for an empty list, duplicate
 *   ids, different start dates, horizons or discount rates (without
 *   `options.discountRate`), and anything {@link summarizeTco} rejects
 *
 * @example
 * ```ts
 * import { compareTco } from '@plumbline/core';
 *
 * const eur = (amount: string) => ({ amount, currency: 'EUR' });
 * const base = { currency: 'EUR', startDate: '2027-01-01', horizonMonths: 12, discountRate: 0 };
 * const comparison = compareTco([
 *   { ...base, id: 'cheap', items: [
 *     { id: 'p', label: 'Price', category: 'price', amount: eur('1000'), schedule: { type: 'once' } },
 *     { id: 's', label: 'Support', category: 'support', amount: eur('300'), schedule: { type: 'recurring', every: 'month' } },
 *   ] },
 *   { ...base, id: 'solid', items: [
 *     { id: 'p', label: 'Price', category: 'price', amount: eur('3000'), schedule: { type: 'once' } },
 *     { id: 's', label: 'Support', category: 'support', amount: eur('50'), schedule: { type: 'recurring', every: 'month' } },
 *   ] },
 * ]);
 * comparison.cheapestByPrice; // => 'cheap'
 * comparison.cheapestByTco; // => 'solid' (3,600 against 4,600)
 * comparison.priceMisleads; // => true
 * comparison.breakEvens; // => [{ from: 'cheap', to: 'solid', month: 8, date: '2027-09-01' }]
 * ```
 */
export function compareTco(tcos: readonly TotalCostOfOwnership[], options?: CompareTcoOptions | undefined): TcoComparison {
  if (!Array.isArray(tcos) || tcos.length === 0) throw invalid('tcos', 'a non-empty array of TotalCostOfOwnership', tcos);
  const basis = options?.basis ?? 'presentValue';
  if (basis !== 'presentValue' && basis !== 'nominal') throw invalid('options.basis', '"presentValue" or "nominal"', basis);
  const compiled = tcos.map((tco, index) => compileTco(tco, `tcos[${index}]`));
  const first = compiled[0] as CompiledTco;
  const seen = new Set<string>();
  compiled.forEach((tco, index) => {
    if (seen.has(tco.id)) throw invalid(`tcos[${index}].id`, 'ids that differ between the TCOs compared', tco.id);
    seen.add(tco.id);
    if (tco.grid.startDate !== first.grid.startDate) {
      throw invalid(`tcos[${index}].startDate`, `${first.grid.startDate}, the start date of tcos[0]: compare TCOs from the same date`, tco.grid.startDate);
    }
    if (tco.horizonMonths !== first.horizonMonths) {
      throw invalid(`tcos[${index}].horizonMonths`, `${first.horizonMonths}, the horizon of tcos[0]: compare TCOs over the same horizon`, tco.horizonMonths);
    }
  });
  let discountRate: number;
  if (options?.discountRate === undefined) {
    const different = compiled.findIndex((tco) => tco.discountRate !== first.discountRate);
    if (different >= 0) {
      throw invalid(
        `tcos[${different}].discountRate`,
        `${first.discountRate}, the rate of tcos[0], or one rate for all in options.discountRate`,
        compiled[different]?.discountRate,
      );
    }
    discountRate = first.discountRate;
  } else discountRate = checkRate(options.discountRate, 'options.discountRate');

  const currency = options?.currency ?? first.currency;
  currencyExponent(currency);
  const converted = compiled.map((tco) => {
    if (tco.currency === currency) return tco;
    const rate = options?.rates?.[tco.currency];
    if (rate === undefined) throw new PlumblineError('CURRENCY_MISMATCH', { operation: 'compare', currencies: [tco.currency, currency] });
    return convertCompiled(tco, currency, rate);
  });
  const exponent = currencyExponent(currency);
  const money = (minor: number): ExactMoney => ({ amount: formatMinor(minor, exponent), currency });

  const measured = converted.map((tco) => {
    const totals = tcoTotals(tco, discountRate);
    let running = 0;
    const cumulative = monthlyNominal(tco).map((minor) => (running += minor));
    return { tco, nominal: totals.nominal, present: roundHalfEven(totals.present), price: totals.nominalByCategory[0] ?? 0, cumulative };
  });
  const tcoValues = measured.map((row) => (basis === 'nominal' ? row.nominal : row.present));
  const priceValues = measured.map((row) => row.price);
  const best = Math.min(...tcoValues);
  const tcoRanks = ranks(tcoValues);
  const priceRanks = ranks(priceValues);
  const rows = measured.map(
    (row, index): TcoComparisonRow => ({
      id: row.tco.id,
      name: tcos[index]?.name ?? row.tco.id,
      nominal: money(row.nominal),
      presentValue: money(row.present),
      price: money(row.price),
      rankByTco: tcoRanks[index] ?? 0,
      rankByPrice: priceRanks[index] ?? 0,
      deltaToBest: money((tcoValues[index] ?? 0) - best),
      cumulative: row.cumulative.map(money),
    }),
  );

  const breakEvens: TcoBreakEven[] = [];
  for (let a = 0; a < measured.length; a += 1) {
    for (let b = a + 1; b < measured.length; b += 1) {
      const left = measured[a]?.cumulative ?? [];
      const right = measured[b]?.cumulative ?? [];
      let leader = 0; // -1: a cheaper so far, 1: b cheaper so far
      for (let month = 0; month < first.horizonMonths; month += 1) {
        const sign = Math.sign((left[month] ?? 0) - (right[month] ?? 0));
        if (sign === 0) continue;
        if (leader === 0) leader = sign;
        else if (sign !== leader) {
          const [from, to] = leader < 0 ? [a, b] : [b, a];
          breakEvens.push({ from: rows[from]?.id ?? '', to: rows[to]?.id ?? '', month, date: first.grid.dates[month] ?? '' });
          break;
        }
      }
    }
  }
  breakEvens.sort((x, y) => x.month - y.month);

  const cheapestByTco = rows[tcoRanks.indexOf(1)]?.id ?? '';
  const cheapestByPrice = rows[priceRanks.indexOf(1)]?.id ?? '';
  const priceMisleads = !rows.some((row) => row.rankByPrice === 1 && row.rankByTco === 1);
  return {
    currency,
    basis,
    discountRate,
    startDate: first.grid.startDate,
    horizonMonths: first.horizonMonths,
    dates: [...first.grid.dates],
    rows,
    cheapestByPrice,
    cheapestByTco,
    breakEvens,
    priceMisleads,
  };
}

import { formatMoney } from '../money/format-money.js';
import type { TcoComparison } from './compare-tco.js';

/** Options of {@link formatTcoComparison}. */
export interface FormatTcoComparisonOptions {
  /** The locale for amounts; `"en-US"` by default, so output does not depend on the host. */
  readonly locale?: string | undefined;
}

/**
 * Writes a TCO comparison as an aligned plain-text table (option, price,
 * total, present value, ranks, distance to the best), followed by the
 * break-evens and, when it does, a line saying that the cheapest price is not
 * the cheapest TCO. What the CLI prints and the demo shows.
 *
 * @param comparison - the result of {@link compareTco}
 * @param options - the locale for amounts
 * @returns the table, lines separated by `\n`, ending with one
 *
 * @example
 * ```ts
 * import { compareTco, formatTcoComparison } from '@plumbline/core';
 *
 * const base = { currency: 'EUR', startDate: '2027-01-01', horizonMonths: 12, discountRate: 0 };
 * const item = (amount: string, every?: 'month') => ({ id: 'x', label: 'x', category: 'price' as const, amount: { amount, currency: 'EUR' }, schedule: every ? { type: 'recurring' as const, every } : { type: 'once' as const } });
 * const text = formatTcoComparison(compareTco([{ ...base, id: 'a', items: [item('100', 'month')] }, { ...base, id: 'b', items: [item('1000')] }]));
 * text.split('\n')[0]; // => 'Option      Price      Total  Present value  TCO rank  Price rank  Over best'
 * text.includes('b has both the lowest price and the lowest TCO'); // => true
 * ```
 */
export function formatTcoComparison(comparison: TcoComparison, options?: FormatTcoComparisonOptions | undefined): string {
  const locale = options?.locale ?? 'en-US';
  const money = (value: Parameters<typeof formatMoney>[0]): string => formatMoney(value, { locale });
  const header = ['Option', 'Price', 'Total', 'Present value', 'TCO rank', 'Price rank', 'Over best'];
  const body = comparison.rows.map((row) => [
    row.name,
    money(row.price),
    money(row.nominal),
    money(row.presentValue),
    `#${row.rankByTco}`,
    `#${row.rankByPrice}`,
    row.rankByTco === 1 ? '-' : `+${money(row.deltaToBest)}`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => (cells[column] ?? '').length)));
  // Text columns align left, amounts and ranks right, as a reader scans them.
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const names = new Map(comparison.rows.map((row) => [row.id, row.name]));
  const lines = [line(header), ...body.map((cells) => line(cells))];
  lines.push('');
  const basis = comparison.basis === 'nominal' ? 'total' : `present value at ${Number((comparison.discountRate * 100).toPrecision(12))}% a year`;
  lines.push(`Over ${comparison.horizonMonths} months from ${comparison.startDate}, in ${comparison.currency}; TCO ranked by ${basis}.`);
  for (const breakEven of comparison.breakEvens) {
    lines.push(
      `Break-even in month ${breakEven.month} (${breakEven.date}): ${names.get(breakEven.to) ?? breakEven.to} becomes cheaper than ${names.get(breakEven.from) ?? breakEven.from}.`,
    );
  }
  const cheapestPrice = names.get(comparison.cheapestByPrice) ?? comparison.cheapestByPrice;
  const cheapestTco = names.get(comparison.cheapestByTco) ?? comparison.cheapestByTco;
  lines.push(
    comparison.priceMisleads
      ? `Price misleads: ${cheapestPrice} has the lowest price, but ${cheapestTco} has the lowest TCO.`
      : `${cheapestTco} has both the lowest price and the lowest TCO.`,
  );
  return `${lines.join('\n')}\n`;
}

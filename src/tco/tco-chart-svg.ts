import { describeValue, PlumblineError } from '../errors.js';
import { toMinorUnits } from '../money/minor-units.js';
import { formatMoney } from '../money/format-money.js';
import { currencyExponent } from '../money/currencies.js';
import type { TcoComparison } from './compare-tco.js';

/** Options of {@link tcoChartSvg}. */
export interface TcoChartSvgOptions {
  /** Width in pixels; 800 by default. */
  readonly width?: number | undefined;
  /** Height in pixels; 480 by default. */
  readonly height?: number | undefined;
  /** The chart's title, also its accessible name; "Cumulative cost of ownership" by default. */
  readonly title?: string | undefined;
  /** The locale for amounts; `"en-US"` by default, so output does not depend on the host. */
  readonly locale?: string | undefined;
}

// Okabe-Ito: distinguishable with every common colour-vision deficiency.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'];

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fixed = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);

/** A "nice" step (1, 2 or 5 times a power of ten) that splits `span` into about `count` ticks. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

function positive(value: number | undefined, fallback: number, field: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 200 || value > 10_000) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: field, expected: 'a number of pixels from 200 to 10000', received: describeValue(value) });
  }
  return value;
}

/**
 * Draws a TCO comparison as a self-contained SVG: cumulative nominal cost over
 * time for each option, with break-evens marked, a `<title>` and `<desc>`,
 * labelled axes, a legend with each option's total, and amounts in the
 * comparison's currency. The output is deterministic (same comparison and
 * options, same bytes) and needs no dependency, script or font file.
 *
 * @param comparison - the result of {@link compareTco}
 * @param options - size (the height grows when the legend needs room), title and locale
 * @returns the SVG document as a string
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a size out of range
 *   or a value that is not a comparison
 *
 * @example
 * ```ts
 * import { compareTco, tcoChartSvg } from '@plumbline/core';
 *
 * const base = { currency: 'EUR', startDate: '2027-01-01', horizonMonths: 12, discountRate: 0 };
 * const fee = (id: string, amount: string) => ({ id, label: id, category: 'price' as const, amount: { amount, currency: 'EUR' }, schedule: { type: 'recurring' as const, every: 'month' as const } });
 * const svg = tcoChartSvg(compareTco([{ ...base, id: 'a', items: [fee('a', '100')] }, { ...base, id: 'b', items: [fee('b', '90')] }]));
 * svg.startsWith('<svg'); // => true
 * svg.includes('<title id="tco-chart-title">Cumulative cost of ownership</title>'); // => true
 * ```
 */
export function tcoChartSvg(comparison: TcoComparison, options?: TcoChartSvgOptions | undefined): string {
  if (typeof comparison !== 'object' || comparison === null || !Array.isArray(comparison.rows as unknown) || comparison.rows.length === 0) {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'comparison', expected: 'the result of compareTco', received: describeValue(comparison) });
  }
  const width = positive(options?.width, 800, 'options.width');
  const requestedHeight = positive(options?.height, 480, 'options.height');
  const title = options?.title ?? 'Cumulative cost of ownership';
  const locale = options?.locale ?? 'en-US';
  const { currency, horizonMonths, dates, rows } = comparison;
  const unit = 10 ** currencyExponent(currency);
  const series = rows.map((row) => row.cumulative.map((money) => toMinorUnits(money) / unit));

  const breakEvens = comparison.breakEvens;
  const margin = { top: 56, right: 24, bottom: 64 + 20 * (rows.length + breakEvens.length), left: 96 };
  // The legend grows with the options and break-evens; the chart grows with it, keeping a plot of at least 200 px.
  const height = Math.max(requestedHeight, margin.top + 200 + margin.bottom);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const values = series.flat();
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const step = niceStep(high - low || 1, 5);
  const yMin = Math.floor(low / step) * step;
  const yMax = Math.max(Math.ceil(high / step) * step, yMin + step);
  const x = (month: number): number => margin.left + (horizonMonths <= 1 ? 0 : (month / (horizonMonths - 1)) * plotWidth);
  const y = (value: number): number => margin.top + plotHeight - ((value - yMin) / (yMax - yMin)) * plotHeight;
  const compact = (value: number): string =>
    new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(value);
  const full = (money: Parameters<typeof formatMoney>[0]): string => formatMoney(money, { locale });

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="tco-chart-title tco-chart-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
  );
  const cheapest = rows.find((row) => row.id === comparison.cheapestByTco);
  const priceLeader = rows.find((row) => row.id === comparison.cheapestByPrice);
  const description = comparison.priceMisleads
    ? `${priceLeader?.name ?? ''} has the lowest price, but ${cheapest?.name ?? ''} has the lowest total cost of ownership over ${horizonMonths} months.`
    : `${cheapest?.name ?? ''} has both the lowest price and the lowest total cost of ownership over ${horizonMonths} months.`;
  const subtitle = comparison.priceMisleads
    ? `Lowest price: ${priceLeader?.name ?? ''}. Lowest TCO: ${cheapest?.name ?? ''}.`
    : `Lowest price and lowest TCO: ${cheapest?.name ?? ''}.`;
  out.push(`<title id="tco-chart-title">${escape(title)}</title>`);
  out.push(`<desc id="tco-chart-desc">${escape(description)}</desc>`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${margin.left}" y="24" font-size="16" font-weight="600" fill="#111111">${escape(title)}</text>`);
  out.push(`<text x="${margin.left}" y="42" fill="#444444">${escape(subtitle)}</text>`);

  // Y axis: grid lines and amounts.
  out.push('<g class="y-axis" fill="#444444" text-anchor="end">');
  for (let value = yMin; value <= yMax + step / 2; value += step) {
    const at = fixed(y(value));
    out.push(`<line x1="${margin.left}" x2="${fixed(margin.left + plotWidth)}" y1="${at}" y2="${at}" stroke="${value === 0 ? '#888888' : '#e5e5e5'}"/>`);
    out.push(`<text x="${margin.left - 8}" y="${at}" dy="4">${escape(compact(value))}</text>`);
  }
  out.push(
    `<text transform="translate(18 ${fixed(margin.top + plotHeight / 2)}) rotate(-90)" text-anchor="middle">${escape(`Cumulative cost (${currency})`)}</text>`,
  );
  out.push('</g>');

  // X axis: a tick a year (or a quarter for short horizons), labelled with the date.
  const tickEvery = horizonMonths > 24 ? 12 : horizonMonths > 6 ? 3 : 1;
  out.push('<g class="x-axis" fill="#444444" text-anchor="middle">');
  out.push(`<line x1="${margin.left}" x2="${fixed(margin.left + plotWidth)}" y1="${fixed(margin.top + plotHeight)}" y2="${fixed(margin.top + plotHeight)}" stroke="#888888"/>`);
  for (let month = 0; month < horizonMonths; month += tickEvery) {
    const at = fixed(x(month));
    out.push(`<line x1="${at}" x2="${at}" y1="${fixed(margin.top + plotHeight)}" y2="${fixed(margin.top + plotHeight + 5)}" stroke="#888888"/>`);
    out.push(`<text x="${at}" y="${fixed(margin.top + plotHeight + 18)}">${escape((dates[month] ?? '').slice(0, 7))}</text>`);
  }
  out.push(`<text x="${fixed(margin.left + plotWidth / 2)}" y="${fixed(margin.top + plotHeight + 38)}">${escape(`Month (cost paid to the end of each month, from ${comparison.startDate})`)}</text>`);
  out.push('</g>');

  // One step line per option: cumulative cost jumps when a payment falls due.
  out.push('<g class="series" fill="none" stroke-width="2.5" stroke-linejoin="round">');
  series.forEach((points, index) => {
    const color = PALETTE[index % PALETTE.length] ?? '#000000';
    let path = `M${fixed(x(0))} ${fixed(y(points[0] ?? 0))}`;
    for (let month = 1; month < points.length; month += 1) path += ` H${fixed(x(month))} V${fixed(y(points[month] ?? 0))}`;
    out.push(`<path d="${path}" stroke="${color}"><title>${escape(rows[index]?.name ?? '')}</title></path>`);
  });
  out.push('</g>');

  // Break-evens: numbered markers on the chart, explained under the legend.
  const position = new Map(rows.map((row, index) => [row.id, index]));
  const nameOf = (id: string): string => rows[position.get(id) ?? -1]?.name ?? id;
  out.push('<g class="break-evens" font-size="11" font-weight="600" fill="#111111" text-anchor="middle">');
  breakEvens.forEach((breakEven, index) => {
    const cx = fixed(x(breakEven.month));
    const cy = fixed(y(series[position.get(breakEven.to) ?? 0]?.[breakEven.month] ?? 0));
    const label = `Break-even ${index + 1}: ${nameOf(breakEven.to)} overtakes ${nameOf(breakEven.from)} in month ${breakEven.month} (${breakEven.date})`;
    out.push(`<circle cx="${cx}" cy="${cy}" r="8" fill="#ffffff" stroke="#111111" stroke-width="1.5"><title>${escape(label)}</title></circle>`);
    out.push(`<text x="${cx}" y="${cy}" dy="4">${index + 1}</text>`);
  });
  out.push('</g>');

  // Legend: colour, name and totals; then the break-evens in words.
  out.push('<g class="legend" fill="#111111">');
  rows.forEach((row, index) => {
    const top = fixed(height - margin.bottom + 56 + 20 * index);
    const color = PALETTE[index % PALETTE.length] ?? '#000000';
    out.push(`<rect x="${margin.left}" y="${top}" width="14" height="14" rx="2" fill="${color}"/>`);
    const text = `${row.name}: ${full(row.nominal)} total, ${full(row.presentValue)} present value, price ${full(row.price)}`;
    out.push(`<text x="${margin.left + 20}" y="${top}" dy="11">${escape(text)}</text>`);
  });
  breakEvens.forEach((breakEven, index) => {
    const top = fixed(height - margin.bottom + 56 + 20 * (rows.length + index));
    out.push(`<text x="${margin.left + 7}" y="${top}" dy="11" text-anchor="middle" font-weight="600">${index + 1}</text>`);
    const text = `${nameOf(breakEven.to)} overtakes ${nameOf(breakEven.from)} in month ${breakEven.month} (${breakEven.date})`;
    out.push(`<text x="${margin.left + 20}" y="${top}" dy="11">${escape(text)}</text>`);
  });
  out.push('</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTco, Offer, parseModel, PlumblineError, tcoChartSvg } from '@plumbline/core';
import type { TcoComparison } from '@plumbline/core';
import { deepFreeze } from './helpers.js';

const offers = (JSON.parse(readFileSync(new URL('../../examples/data/offers.json', import.meta.url), 'utf8')) as unknown[]).map((offer) =>
  parseModel(Offer, offer),
);
const comparison = deepFreeze(compareTco(offers.map((offer) => ({ ...offer.tco, name: offer.name }))));

describe('tcoChartSvg', () => {
  const svg = tcoChartSvg(comparison);

  it('draws the sample comparison, byte for byte as reviewed (test/tco/__snapshots__/tco-chart.svg)', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/tco-chart.svg');
  });

  it('is deterministic', () => {
    expect(tcoChartSvg(comparison)).toBe(svg);
  });

  it('is accessible and self-contained', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="tco-chart-title tco-chart-desc"/);
    expect(svg).toContain('<title id="tco-chart-title">Cumulative cost of ownership</title>');
    expect(svg).toContain(
      '<desc id="tco-chart-desc">TrackPro Spring Discount has the lowest price, but TrackPro Guaranteed has the lowest total cost of ownership over 36 months.</desc>',
    );
    expect(svg).not.toMatch(/<script|href=|@import|url\(/);
  });

  it('draws one line per option, a marker per break-even, and names both in the legend', () => {
    expect(svg.match(/<path d="M/g)).toHaveLength(comparison.rows.length);
    expect(svg.match(/<circle /g)).toHaveLength(comparison.breakEvens.length);
    expect(svg).toContain('TrackPro Guaranteed: €141,972.52 total, €134,948.14 present value, price €62,000.00');
    expect(svg).toContain('TrackPro Guaranteed overtakes TrackPro Essentials in month 11 (2027-12-01)');
    expect(svg).toContain('Cumulative cost (EUR)');
  });

  it('balances its tags and escapes text', () => {
    const named: TcoComparison = { ...comparison, rows: comparison.rows.map((row, index) => (index === 0 ? { ...row, name: 'Fish & <Chips>' } : row)) };
    const escaped = tcoChartSvg(named, { title: 'A "quoted" <title>' });
    expect(escaped).toContain('Fish &amp; &lt;Chips&gt;');
    expect(escaped).toContain('A &quot;quoted&quot; &lt;title&gt;');
    const opened = (escaped.match(/<(?!\/)[a-z]+[^>]*[^/]>/g) ?? []).length;
    const closed = (escaped.match(/<\/[a-z]+>/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it('grows to fit a long legend instead of drawing off the canvas', () => {
    const many = compareTco(
      Array.from({ length: 8 }, (_, index) => ({
        ...offers[0]!.tco,
        id: `option-${index}`,
        items: [{ id: 'p', label: 'Price', category: 'price' as const, amount: { amount: String(1000 * (8 - index)), currency: 'EUR' }, schedule: { type: 'once' as const } },
          { id: 's', label: 'Support', category: 'support' as const, amount: { amount: String(50 * (index + 1)), currency: 'EUR' }, schedule: { type: 'recurring' as const, every: 'month' as const } }],
      })),
    );
    const tall = tcoChartSvg(many);
    const height = Number(/height="(\d+)"/.exec(tall)?.[1]);
    expect(height).toBeGreaterThan(480);
    const ys = [...tall.matchAll(/ (?:y|y1|y2|cy)="(-?[\d.]+)"/g)].map((match) => Number(match[1]));
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(height);
  });

  it('rejects a value that is not a comparison, and absurd sizes', () => {
    expect(() => tcoChartSvg({} as TcoComparison)).toThrow(PlumblineError);
    expect(() => tcoChartSvg(comparison, { width: 10 })).toThrow(/options\.width/);
  });
});

// Compare two quotes on total cost of ownership, not price, and draw the chart.
// Run: npx tsx examples/tco-comparison.ts [out.svg]   (after npm run build)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compareTco, formatTcoComparison, Offer, parseModel, summarizeTco, tcoChartSvg } from '@plumbline/core';

const offers = (JSON.parse(readFileSync(new URL('./data/offers.json', import.meta.url), 'utf8')) as unknown[]).map((offer) =>
  parseModel(Offer, offer),
);
const pick = (id: string): Offer => {
  const offer = offers.find((candidate) => candidate.id === id);
  if (offer === undefined) throw new Error(`no offer ${id} in examples/data/offers.json`);
  return offer;
};

// The buyer holds two quotes: the one with the lower price, and the one that costs more up front.
const quotes = [pick('essentials'), pick('guaranteed')].map((offer) => ({ ...offer.tco, name: offer.name }));

for (const quote of quotes) {
  const summary = summarizeTco(quote);
  const share = summary.priceShare === null ? 'n/a' : `${Math.round(summary.priceShare * 100)}%`;
  console.log(`${quote.name}: the price tag shows ${share} of the ${summary.horizonMonths}-month cost of ${summary.nominal.amount} ${summary.currency}`);
  for (const part of summary.byCategory) console.log(`  ${part.category.padEnd(13)} ${part.nominal.amount.padStart(11)}`);
}

const comparison = compareTco(quotes);
console.log(`\n${formatTcoComparison(comparison)}`);

const out = process.argv[2] ?? new URL('./out/tco-comparison.svg', import.meta.url).pathname;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, tcoChartSvg(comparison, { title: 'Two quotes, three years: cumulative cost' }));
console.log(`Chart written to ${out}`);

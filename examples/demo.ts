// The main job on the bundled sample workspace: load every document in
// examples/data/, validate it at the boundary, and print what Plumbline knows.
// Run with `npm run demo` (builds first if needed).
import { readFileSync } from 'node:fs';
import {
  checkStories,
  compareTco,
  formatMoney,
  formatStylish,
  formatTcoComparison,
  isPlumblineError,
  Offer,
  parseModel,
  PlumbLine,
  rankOffers,
  relationshipHealth,
  Relationship,
  Segment,
  Story,
  summarizeTco,
  timeline,
} from '@plumbline/core';
import type * as z from 'zod';

const dataFolder = new URL('./data/', import.meta.url);
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dataFolder), 'utf8'));
const readList = <Model extends z.ZodType>(model: Model, file: string): z.output<Model>[] => {
  const list = read(file);
  if (!Array.isArray(list)) throw new Error(`${file}: expected a JSON array`);
  return list.map((item: unknown) => parseModel(model, item));
};
const money = (value: Parameters<typeof formatMoney>[0]): string => formatMoney(value, { locale: 'en-GB' });

const plumbLine = parseModel(PlumbLine, read('plumb-line.json'));
const stories = readList(Story, 'stories.json');
const segments = readList(Segment, 'segments.json');
const relationships = readList(Relationship, 'relationships.json');
const offers = readList(Offer, 'offers.json');

// The demo's "today": no hidden clock, every date-dependent function takes asOf.
const AS_OF = '2026-11-26';

const segmentNames = new Map(segments.map((segment) => [segment.id, segment.name]));
const people = new Map(relationships.map((relationship) => [relationship.id, relationship]));

console.log('Plumbline demo: the sample workspace in examples/data/, every document validated.\n');

console.log(`Plumb line of ${plumbLine.company}`);
console.log(`  "${plumbLine.statement}"`);
for (const theme of plumbLine.themes) {
  console.log(`  theme  ${theme.id.padEnd(16)} ${theme.label}${theme.required === true ? ' (required in every story)' : ''}`);
}
for (const claim of plumbLine.claims ?? []) {
  console.log(`  claim  ${claim.id.padEnd(16)} ${claim.label}: ${claim.value ?? '(no canonical value yet: stories must agree)'}`);
}
const vocabulary = plumbLine.vocabulary ?? {};
console.log(
  `  vocabulary: names ${(vocabulary.names ?? []).join(', ')}; ${(vocabulary.preferred ?? []).length} preferred terms; ${(vocabulary.banned ?? []).length} banned phrases`,
);

const marketing = stories.filter((story) => story.kind === 'marketing');
console.log(`\nStories: ${marketing.length} marketing (one to many), ${stories.length - marketing.length} sales (one to one)`);
for (const story of stories) {
  const audience =
    story.kind === 'marketing'
      ? `to ${story.audience.segmentIds.map((id) => segmentNames.get(id) ?? `${id} (unknown segment)`).join(', ')}`
      : `with ${people.get(story.audience.relationshipId)?.person.name ?? `${story.audience.relationshipId} (unknown relationship)`}`;
  console.log(`  ${story.kind.padEnd(9)} ${story.id.padEnd(28)} ${audience}`);
}

console.log(`\nSegments (the average buyer): ${segments.length}`);
for (const segment of segments) {
  const drivers = Object.entries(segment.valueDrivers)
    .sort(([, a], [, b]) => b - a)
    .map(([driver, weight]) => `${driver} ${weight}`)
    .join(', ');
  console.log(`  ${segment.name}: ${segment.metrics?.size ?? '?'} accounts; drivers ${drivers}; fears ${segment.typicalRisks.join(', ')}`);
}

console.log(`\nRelationships (one person each, never averaged): ${relationships.length}`);
for (const relationship of relationships) {
  const topGoal = [...relationship.goals].sort((a, b) => b.priority - a.priority)[0];
  const topRisk = [...relationship.risks].sort((a, b) => b.severity - a.severity)[0];
  const dates = relationship.interactions.map((interaction) => interaction.at.slice(0, 10)).sort();
  console.log(`  ${relationship.person.name}, ${relationship.person.role ?? 'no role'} at ${relationship.organisation?.name ?? 'no organisation'} (${relationship.stage})`);
  if (topGoal !== undefined) console.log(`    wants: ${topGoal.description} (${topGoal.driver}, priority ${topGoal.priority})`);
  if (topRisk !== undefined) console.log(`    fears: ${topRisk.description} (${topRisk.kind}, severity ${topRisk.severity})`);
  console.log(`    ${dates.length} interactions, ${dates[0] ?? '-'} to ${dates[dates.length - 1] ?? '-'}`);
  const health = relationshipHealth(relationship, { asOf: AS_OF });
  const next = timeline(relationship, { asOf: AS_OF });
  const measures = health.measures.map((measure) => `${measure.id} ${measure.score}`).join(', ');
  console.log(`    health ${health.score}/100 (${health.band}: ${measures}); next touch due ${next.nextTouchDue ?? '-'}`);
}

console.log(`\nOffers: ${offers.length} (price is one line of the total cost)`);
for (const offer of offers) {
  const summary = summarizeTco(offer.tco);
  const categories = summary.byCategory.map((part) => part.category).join(', ');
  const reducers = offer.riskReducers.map((reducer) => `${reducer.kind} (${reducer.covers.join(', ')})`).join(', ') || 'none';
  console.log(`  ${offer.name}`);
  console.log(`    price ${money(summary.price)} is ${Math.round((summary.priceShare ?? 0) * 100)}% of ${money(summary.nominal)} over ${summary.horizonMonths} months: ${categories}`);
  console.log(`    ${offer.benefits.length} benefits; risk reducers: ${reducers}${offer.discount === undefined ? '' : `; leans on a discount: ${offer.discount.label ?? ''} ${offer.discount.percent ?? ''}%`}`);
}

console.log('\nTotal cost of ownership, side by side (sales talks TCO, not price):');
const comparison = compareTco(offers.map((offer) => ({ ...offer.tco, name: offer.name })));
console.log(formatTcoComparison(comparison, { locale: 'en-GB' }).trimEnd().replace(/^(?=.)/gm, '  '));

console.log('\nOffers scored on value, for one person or the average buyer (marketing sells value, not discounts):');
for (const relationship of relationships) {
  const [best, ...rest] = rankOffers(offers, { relationship });
  if (best === undefined) continue;
  const others = rest.map((score) => `${score.offerId} ${score.score}`).join(', ');
  console.log(`  ${relationship.person.name}: ${best.offerId} ${best.score} (${best.grade}), then ${others}`);
  console.log(`    ${best.notes.join(' ')}`);
}
for (const segment of segments) {
  const ranking = rankOffers(offers, { segment });
  console.log(`  ${segment.name} (average): ${ranking.map((score) => `${score.offerId} ${score.score}`).join(', ')}`);
}

console.log('\nEvery story checked against the plumb line, its audience and the other stories:');
const report = checkStories(plumbLine, stories, { segments, relationships, asOf: AS_OF });
console.log(formatStylish(report).trimEnd().replace(/^(?=.)/gm, '  '));

console.log('\nBad input gets a clear error, naming the field:');
try {
  parseModel(Story, { ...marketing[0], audience: { relationshipId: relationships[0]?.id } });
} catch (error) {
  if (!isPlumblineError(error, 'INVALID_INPUT')) throw error;
  console.log(error.message.replace(/^/gm, '  '));
}

// Rank the sample offers for each relationship (one person) and for each
// segment (the average buyer), and show why a person's ranking is not their
// segment's. Run: npx tsx examples/crm-ranking.ts   (after npm run build)
import { readFileSync } from 'node:fs';
import { Offer, parseModel, rankOffers, Relationship, Segment, uncoveredRisks } from '@plumbline/core';
import type { OfferScore } from '@plumbline/core';
import type * as z from 'zod';

const load = <Model extends z.ZodType>(model: Model, file: string): z.output<Model>[] =>
  (JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as unknown[]).map((item) => parseModel(model, item));

const offers = load(Offer, 'offers.json');
const relationships = load(Relationship, 'relationships.json');
const segments = load(Segment, 'segments.json');
const names = new Map(offers.map((offer) => [offer.id, offer.name]));

const line = (score: OfferScore): string => {
  const parts = Object.entries(score.components)
    .filter(([, component]) => component !== null)
    .map(([id, component]) => `${id} ${component?.score.toFixed(2)}`)
    .join(', ');
  return `${String(score.score).padStart(6)} ${score.grade}  ${(names.get(score.offerId) ?? score.offerId).padEnd(26)} ${parts}`;
};

for (const segment of segments) {
  console.log(`\nSegment: ${segment.name} (the average buyer)`);
  for (const score of rankOffers(offers, { segment })) console.log(`  ${line(score)}`);
}

for (const relationship of relationships) {
  const ranking = rankOffers(offers, { relationship });
  console.log(`\n${relationship.person.name}, ${relationship.organisation?.name ?? ''} (one person)`);
  for (const score of ranking) console.log(`  ${line(score)}`);
  const best = ranking[0];
  if (best !== undefined) for (const note of best.notes) console.log(`    ${note}`);

  // Why the person is not the average: compare with each segment they belong to.
  for (const segmentId of relationship.segmentIds ?? []) {
    const segment = segments.find((candidate) => candidate.id === segmentId);
    if (segment === undefined) continue;
    const average = rankOffers(offers, { segment });
    const order = (scores: OfferScore[]) => scores.map((score) => score.offerId).join(' > ');
    const sameOrder = order(average) === order(ranking);
    console.log(`    Against ${segment.name}: ${sameOrder ? 'same order' : `order differs (${order(average)} for the segment)`}.`);
    for (const score of ranking) {
      const theirs = average.find((candidate) => candidate.offerId === score.offerId);
      if (theirs === undefined) continue;
      const gap = score.score - theirs.score;
      const left = uncoveredRisks(relationship, offers.find((offer) => offer.id === score.offerId) as Offer)
        .map((risk) => `${risk.kind} (severity ${risk.severity})`)
        .join(', ');
      console.log(
        `      ${(names.get(score.offerId) ?? '').padEnd(26)} ${gap >= 0 ? '+' : ''}${gap.toFixed(1)} points for ${relationship.person.name}; their own risks left open: ${left || 'none'}`,
      );
    }
  }
}

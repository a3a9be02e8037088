// Relationships and segments at CRM scale (issue 5):
// - relationshipHealth for 100,000 relationships with 50 interactions each;
// - assignSegments for 100,000 records against 20 segments;
// - clusterCustomers on 100,000 points in 8 dimensions with k = 10,
//   with ml-kmeans (the peer) on the same points for comparison.
// Each is also timed on a quarter of the data: a linear function takes about
// 4x as long on 4x the data; a quadratic one would take 16x.
// The data goes through JSON, as it would come from a CRM's API (objects of
// one shape share one hidden class, as JSON.parse makes them).
// Run: npx tsx bench/crm.bench.ts
import { kmeans } from 'ml-kmeans';
import { Bench } from 'tinybench';
import type { Interaction, Relationship, Segment, SegmentRule } from '@plumbline/core';
import { assignSegments, clusterCustomers, relationshipHealth } from '@plumbline/core';
import { mulberry32 } from '../src/segment/kmeans.js';

const COUNT = 100_000;
const random = mulberry32(20_261_201);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const DAY = 86_400_000;
const AS_OF = Date.UTC(2026, 11, 1);
const stages = ['prospect', 'qualified', 'proposal', 'negotiation', 'customer', 'churned'] as const;
const channels = ['email', 'call', 'meeting', 'event'];

const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function interaction(): Interaction {
  const when = AS_OF - Math.floor(random() * 400 - 5) * DAY;
  const at = random() < 0.5 ? new Date(when).toISOString().slice(0, 10) : `${new Date(when + Math.floor(random() * DAY)).toISOString().slice(0, 19)}+01:00`;
  const base = { at, channel: pick(channels), direction: random() < 0.4 ? ('inbound' as const) : ('outbound' as const) };
  return random() < 0.7 ? { ...base, sentiment: Math.round((random() * 2 - 1) * 100) / 100 } : base;
}

console.log('Building the data...');
const relationships: Relationship[] = Array.from({ length: COUNT }, (_, index) =>
  viaJson({
    id: `rel-${index}`,
    person: { name: `Person ${index}` },
    stage: pick(stages),
    goals: [],
    risks: [],
    interactions: Array.from({ length: 50 }, interaction),
  }),
);

const industries = ['utilities', 'logistics', 'construction', 'retail', 'health', 'software'];
const countries = ['GB', 'IE', 'NL', 'BE', 'DK', 'SE', 'NO', 'DE', 'US', 'CA'];
const records = Array.from({ length: COUNT }, (_, index) =>
  viaJson({
    id: `c${index}`,
    company: {
      industry: pick(industries),
      employees: Math.floor(random() * 5000),
      address: { country: pick(countries) },
      tags: random() < 0.3 ? ['water', 'regulated'] : ['fleet'],
      description: random() < 0.2 ? 'Plant hire and equipment rental' : 'Regional operator',
      lastActivityAt: new Date(AS_OF - Math.floor(random() * 700) * DAY).toISOString().slice(0, 10),
      ...(random() < 0.5 ? { owner: { email: 'owner@example.com' } } : {}),
      lifecycleStage: random() < 0.1 ? 'churned' : 'opportunity',
    },
  }),
);

// Twenty segments in the shapes of examples/data/segments.json: all / any / not over five or six conditions.
const segments: Segment[] = Array.from({ length: 20 }, (_, index): Segment => {
  const rules: SegmentRule = {
    all: [
      { field: 'company.industry', op: 'in', value: [industries[index % 6] as string, industries[(index + 1) % 6] as string] },
      { field: 'company.employees', op: 'between', value: [index * 100, index * 100 + 2500] },
      { any: [{ field: 'company.tags', op: 'contains', value: 'water' }, { field: 'company.description', op: 'contains', value: 'rental' }] },
      { field: 'company.lastActivityAt', op: 'gte', value: '2025-06-01' },
      { not: { field: 'company.address.country', op: 'in', value: ['US', 'CA'] } },
      { not: { field: 'company.lifecycleStage', op: 'eq', value: 'churned' } },
    ],
  };
  return { id: `segment-${index}`, name: `Segment ${index}`, rules, interests: [], valueDrivers: {}, typicalRisks: [] };
});

const centres = Array.from({ length: 10 }, () => Array.from({ length: 8 }, () => random() * 100));
const points = Array.from({ length: COUNT }, (_, index) => (centres[index % 10] as number[]).map((value) => value + (random() * 2 - 1) * 15));

const quarter = COUNT / 4;
let sink = 0;
const bench = new Bench({ iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 });
bench
  .add('relationshipHealth x 100,000 (50 interactions each)', () => {
    for (const relationship of relationships) sink += relationshipHealth(relationship, { asOf: '2026-12-01' }).score;
  })
  .add('relationshipHealth x 25,000', () => {
    for (let index = 0; index < quarter; index += 1) sink += relationshipHealth(relationships[index] as Relationship, { asOf: '2026-12-01' }).score;
  })
  .add('assignSegments 100,000 records x 20 segments', () => {
    sink += assignSegments(records, segments).length;
  })
  .add('assignSegments 25,000 records x 20 segments', () => {
    sink += assignSegments(records.slice(0, quarter), segments).length;
  })
  .add('clusterCustomers 100,000 points x 8, k = 10', () => {
    sink += clusterCustomers(points, 10, { seed: 7 }).iterations;
  })
  .add('clusterCustomers 25,000 points x 8, k = 10', () => {
    sink += clusterCustomers(points.slice(0, quarter), 10, { seed: 7 }).iterations;
  });

console.log('Timing...');
await bench.run();

const mean = (name: string): number => {
  const task = bench.tasks.find((candidate) => candidate.name === name);
  const result = task?.result as { latency?: { mean?: number } } | undefined;
  return result?.latency?.mean ?? Number.NaN;
};
const row = (name: string, items: number, unit: string): void => {
  const ms = mean(name);
  console.log(`${name.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  (${((ms * 1000) / items).toFixed(2)} µs per ${unit})`);
};
console.log('');
row('relationshipHealth x 100,000 (50 interactions each)', COUNT, 'relationship');
row('relationshipHealth x 25,000', quarter, 'relationship');
row('assignSegments 100,000 records x 20 segments', COUNT, 'record');
row('assignSegments 25,000 records x 20 segments', quarter, 'record');
row('clusterCustomers 100,000 points x 8, k = 10', COUNT, 'point');
row('clusterCustomers 25,000 points x 8, k = 10', quarter, 'point');
for (const [large, small] of [
  ['relationshipHealth x 100,000 (50 interactions each)', 'relationshipHealth x 25,000'],
  ['assignSegments 100,000 records x 20 segments', 'assignSegments 25,000 records x 20 segments'],
  ['clusterCustomers 100,000 points x 8, k = 10', 'clusterCustomers 25,000 points x 8, k = 10'],
] as const) {
  console.log(`4x the data takes ${(mean(large) / mean(small)).toFixed(2)}x the time: ${large.split(' ')[0]} (linear: about 4; quadratic: 16)`);
}

// The peer, once (it takes a while): ml-kmeans on the same points, k-means++ seeding.
const ours = clusterCustomers(points, 10, { seed: 7 });
const started = performance.now();
const theirs = kmeans(points, 10, { seed: 7, initialization: 'kmeans++' });
const peerMs = performance.now() - started;
console.log(
  `\nml-kmeans 100,000 points x 8, k = 10: ${peerMs.toFixed(0)} ms, ${theirs.iterations} iterations ` +
    `(clusterCustomers: ${mean('clusterCustomers 100,000 points x 8, k = 10').toFixed(0)} ms, ${ours.iterations} iterations, converged ${ours.converged})`,
);
console.log(`Clusters of 10,000 each: ${ours.sizes.every((size) => size === 10_000) ? 'yes' : ours.sizes.join(', ')}${sink > 0 ? '' : ' '}`);

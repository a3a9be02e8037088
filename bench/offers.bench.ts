// rankOffers: 10 offers for each of 100,000 relationships.
// Goal (issue 6): over 200,000 scorings a second, by compiling each offer once.
// Run: npm run bench:offers   (builds first if needed; uses the built package)
import { rankOffers } from '@plumbline/core';
import type { Offer, Relationship } from '@plumbline/core';

const RELATIONSHIPS = Number(process.env['RELATIONSHIPS'] ?? 100_000);
const drivers = ['revenue', 'cost', 'productivity', 'risk', 'experience'] as const;
const kinds = ['financial', 'performance', 'delivery', 'adoption', 'security', 'vendor', 'compliance'] as const;
let seed = 7;
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const eur = (amount: number) => ({ amount: amount.toFixed(2), currency: 'EUR' });

const offers: Offer[] = Array.from({ length: 10 }, (_, index) => ({
  id: `offer-${index}`,
  name: `Offer ${index}`,
  tco: {
    id: `tco-${index}`,
    currency: 'EUR',
    startDate: '2027-01-01',
    horizonMonths: 36,
    discountRate: 0.08,
    items: [
      { id: 'price', label: 'Price', category: 'price', amount: eur(20_000 + 2_000 * index), schedule: { type: 'once' } },
      { id: 'support', label: 'Support', category: 'support', amount: eur(300 + 20 * index), schedule: { type: 'recurring', every: 'month' }, escalation: 0.03 },
      { id: 'install', label: 'Installation', category: 'installation', amount: eur(3_000), schedule: { type: 'once', atMonth: 1 } },
    ],
  },
  benefits: [0, 1, 2].map((at) => ({
    id: `b${at}`,
    label: `Benefit ${at}`,
    driver: pick(drivers),
    amount: eur(400 + Math.round(random() * 800)),
    schedule: { type: 'recurring', every: 'month', fromMonth: 2 },
    confidence: 0.6 + random() * 0.35,
  })),
  riskReducers: index % 2 === 0 ? [{ id: 'g', kind: 'guarantee', covers: [pick(kinds)], months: 36 }] : [],
  ...(index % 3 === 0 ? { discount: { percent: 10 } } : {}),
}));

const relationships: Relationship[] = Array.from({ length: RELATIONSHIPS }, (_, index) => ({
  id: `rel-${index}`,
  person: { name: `Person ${index}` },
  stage: 'proposal',
  goals: [0, 1].map((at) => ({ id: `g${at}`, description: 'goal', driver: pick(drivers), priority: 1 + Math.floor(random() * 5) })),
  risks: [0, 1].map((at) => ({ id: `r${at}`, kind: pick(kinds), description: 'risk', severity: 1 + Math.floor(random() * 5) })),
  interactions: [],
}));

// Warm up (and compile the offers) on a slice, then time the whole run.
for (const relationship of relationships.slice(0, 2_000)) rankOffers(offers, { relationship });
const started = performance.now();
let top = 0;
for (const relationship of relationships) if (rankOffers(offers, { relationship })[0]?.offerId === 'offer-0') top += 1;
const seconds = (performance.now() - started) / 1000;
const scorings = RELATIONSHIPS * offers.length;
console.log(`rankOffers: ${offers.length} offers x ${RELATIONSHIPS.toLocaleString('en-US')} relationships in ${seconds.toFixed(2)} s`);
console.log(`${Math.round(scorings / seconds).toLocaleString('en-US')} scorings a second (goal: over 200,000); offer-0 ranked first for ${top}`);

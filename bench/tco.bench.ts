// summarizeTco over 10,000 three-year TCOs of 10 items, against the simplest
// hand-written loop that computes the same totals (nominal and present value).
// Goal (issue 3): summarizeTco within 2x of the hand loop.
// Run: npm run bench:tco   (builds first if needed; uses the built package)
import { Bench } from 'tinybench';
import { summarizeTco } from '@plumbline/core';
import type { CostItem, TotalCostOfOwnership } from '@plumbline/core';

const COUNT = 10_000;
const categories = ['price', 'delivery', 'installation', 'training', 'support', 'warranty', 'maintenance', 'operations', 'downtime', 'disposal'] as const;

// A seeded generator, so every run measures the same TCOs.
let seed = 42;
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

function makeTco(index: number): TotalCostOfOwnership {
  const items: CostItem[] = categories.map((category, itemIndex) => {
    const amount = { amount: (100 + Math.floor(random() * 500_000) / 100).toFixed(2), currency: 'EUR' };
    const kind = itemIndex % 3;
    const schedule: CostItem['schedule'] =
      kind === 0
        ? { type: 'once', atMonth: Math.floor(random() * 6) }
        : { type: 'recurring', every: kind === 1 ? 'month' : 'quarter', fromMonth: Math.floor(random() * 3) };
    return { id: `i${itemIndex}`, label: category, category, amount, schedule, ...(itemIndex % 2 === 0 ? { escalation: 0.03 } : {}) };
  });
  return { id: `t${index}`, currency: 'EUR', startDate: '2027-01-31', horizonMonths: 36, discountRate: 0.08, items };
}

const tcos = Array.from({ length: COUNT }, (_, index) => makeTco(index));

/** The simplest loop a developer would write for the same two totals, in cents. */
function handLoop(tco: TotalCostOfOwnership): { nominal: number; presentValue: number } {
  const [year, month, day] = tco.startDate.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(year, month - 1, day);
  let nominal = 0;
  let presentValue = 0;
  for (const item of tco.items) {
    const cents = Math.round(Number(item.amount.amount) * 100);
    const months: number[] = [];
    if (item.schedule.type === 'once') months.push(item.schedule.atMonth ?? 0);
    else {
      const step = item.schedule.every === 'month' ? 1 : item.schedule.every === 'quarter' ? 3 : 12;
      for (let m = item.schedule.fromMonth ?? 0; m < Math.min(item.schedule.untilMonth ?? tco.horizonMonths, tco.horizonMonths); m += step) months.push(m);
    }
    for (const m of months) {
      const paid = Math.round(cents * (1 + (item.escalation ?? 0)) ** Math.floor(m / 12));
      const target = new Date(Date.UTC(year, month - 1 + m, 1));
      const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
      const date = Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day, lastDay));
      nominal += paid;
      presentValue += paid / (1 + tco.discountRate) ** ((date - start) / 86_400_000 / 365);
    }
  }
  return { nominal, presentValue: Math.round(presentValue) };
}

// Same totals, checked before timing anything.
for (const tco of tcos.slice(0, 100)) {
  const ours = summarizeTco(tco);
  const theirs = handLoop(tco);
  // The hand loop rounds half up through floats; Plumbline rounds exact ties half to even: a cent here and there.
  if (Math.abs(Math.round(Number(ours.nominal.amount) * 100) - theirs.nominal) > 40) throw new Error(`nominal differs for ${tco.id}`);
  if (Math.abs(Math.round(Number(ours.presentValue.amount) * 100) - theirs.presentValue) > 40) throw new Error(`present value differs for ${tco.id}`);
}

const bench = new Bench({ time: 2000, warmupTime: 500 });
let sink = 0;
bench
  .add('summarizeTco x 10,000', () => {
    for (const tco of tcos) sink += summarizeTco(tco).byYear.length;
  })
  .add('hand loop x 10,000', () => {
    for (const tco of tcos) sink += handLoop(tco).nominal;
  });
await bench.run();

const mean = (name: string): number => {
  const task = bench.tasks.find((candidate) => candidate.name === name);
  const result = task?.result as { latency?: { mean?: number }; mean?: number } | undefined;
  return result?.latency?.mean ?? result?.mean ?? Number.NaN;
};
const ours = mean('summarizeTco x 10,000');
const hand = mean('hand loop x 10,000');
console.log(`summarizeTco: ${ours.toFixed(1)} ms per 10,000 TCOs (${((ours * 1000) / COUNT).toFixed(2)} µs each)`);
console.log(`hand loop:    ${hand.toFixed(1)} ms per 10,000 TCOs (${((hand * 1000) / COUNT).toFixed(2)} µs each)`);
console.log(`ratio: summarizeTco takes ${(ours / hand).toFixed(2)}x the hand loop (goal: at most 2x) ${sink > 0 ? '' : ''}`);

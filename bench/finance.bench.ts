// irr and xirr against @formulajs/formulajs' IRR and XIRR on the same realistic inputs.
// Goal: xirr no slower than formulajs.
// Run: npx tsx bench/finance.bench.ts   (TIME=ms per task, default 1000)
import * as formulajs from '@formulajs/formulajs';
import { Bench } from 'tinybench';
import { irr, xirr } from '@plumbline/core';

const time = Number(process.env['TIME'] ?? 1000);

// 60 monthly flows: 250,000 invested, then a rent that starts at 4,000 and grows 0.3% a month,
// with a 150,000 sale at the end (IRR about 1.27% a month).
const monthly = [-250_000, ...Array.from({ length: 59 }, (_, month) => Math.round(4000 * 1.003 ** month * 100) / 100)];
monthly[59] = (monthly[59] ?? 0) + 150_000;

// 10 dated flows: a 100,000 investment, irregular distributions over three years.
const dated = {
  values: [-100_000, 8_000, 12_500, -5_000, 15_000, 20_000, 9_000, 22_000, 18_500, 30_000],
  dates: ['2024-01-15', '2024-04-02', '2024-07-31', '2024-09-30', '2025-01-10', '2025-05-20', '2025-08-29', '2026-01-05', '2026-06-30', '2026-12-31'],
};
// formulajs wants Dates or strings too; give it the same strings.

const results = {
  irr: irr(monthly),
  IRR: formulajs.IRR(monthly) as unknown,
  xirr: xirr(dated.values, dated.dates),
  XIRR: formulajs.XIRR(dated.values, dated.dates) as unknown,
};
console.log('Same inputs, same answers:');
console.log(`  60 monthly flows: irr ${results.irr}   formulajs IRR ${String(results.IRR)}`);
console.log(`  10 dated flows:   xirr ${results.xirr}   formulajs XIRR ${String(results.XIRR)}`);

const bench = new Bench({ name: 'finance', time });
bench
  .add('plumbline irr (60 monthly flows)', () => irr(monthly))
  .add('formulajs IRR (60 monthly flows)', () => formulajs.IRR(monthly))
  .add('plumbline xirr (10 dated flows)', () => xirr(dated.values, dated.dates))
  .add('formulajs XIRR (10 dated flows)', () => formulajs.XIRR(dated.values, dated.dates));
await bench.run();

const opsPerSecond = (name: string): number => {
  const result = bench.getTask(name)?.result;
  return result !== undefined && 'throughput' in result ? result.throughput.mean : Number.NaN;
};

console.log(`\nThroughput (mean ops/s, ${time} ms per task, Node ${process.version}):`);
for (const task of bench.tasks) {
  const result = task.result;
  const rme = 'throughput' in result ? result.throughput.rme : Number.NaN;
  console.log(`  ${task.name.padEnd(36)} ${Math.round(opsPerSecond(task.name)).toLocaleString('en-US').padStart(12)} ops/s  ±${rme.toFixed(1)}%`);
}
const irrRatio = opsPerSecond('plumbline irr (60 monthly flows)') / opsPerSecond('formulajs IRR (60 monthly flows)');
const xirrRatio = opsPerSecond('plumbline xirr (10 dated flows)') / opsPerSecond('formulajs XIRR (10 dated flows)');
console.log(`\n  irr / IRR:   ${irrRatio.toFixed(2)}× formulajs`);
console.log(`  xirr / XIRR: ${xirrRatio.toFixed(2)}× formulajs   (goal: at least 1×) ${xirrRatio >= 1 ? 'met' : 'NOT MET'}`);

// How much loading Plumbline costs beyond loading zod, in fresh Node processes.
// Goal (issue 2): require('@plumbline/core') costs at most 30 ms beyond zod's own require.
// Run: npm run bench:load   (builds first if needed)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.RUNS ?? 25);

function time(code) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const out = execFileSync(process.execPath, ['-e', `const t = performance.now(); ${code}; console.log(performance.now() - t)`], {
      cwd: root,
      encoding: 'utf8',
    });
    samples.push(Number(out.trim()));
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], p90: samples[Math.floor(runs * 0.9)] };
}

const cases = {
  "require('zod')": "require('zod')",
  "require('@plumbline/core')": "require('@plumbline/core')",
  "require('date-fns') (whole index, for scale)": "require('date-fns')",
  "import('zod')": "await import('zod')",
  "import('@plumbline/core')": "await import('@plumbline/core')",
};

const results = {};
for (const [label, code] of Object.entries(cases)) {
  const wrapped = code.startsWith('await') ? `(async () => { const t = performance.now(); ${code}; console.log(performance.now() - t) })()` : null;
  results[label] = wrapped
    ? (() => {
        const samples = [];
        for (let i = 0; i < runs; i += 1) {
          samples.push(Number(execFileSync(process.execPath, ['-e', wrapped], { cwd: root, encoding: 'utf8' }).trim()));
        }
        samples.sort((a, b) => a - b);
        return { median: samples[Math.floor(runs / 2)], p90: samples[Math.floor(runs * 0.9)] };
      })()
    : time(code);
}

console.log(`Load time in a fresh process (${runs} runs each, ms):`);
for (const [label, { median, p90 }] of Object.entries(results)) {
  console.log(`  ${label.padEnd(48)} median ${median.toFixed(1).padStart(6)}   p90 ${p90.toFixed(1).padStart(6)}`);
}
const cjsExtra = results["require('@plumbline/core')"].median - results["require('zod')"].median;
const esmExtra = results["import('@plumbline/core')"].median - results["import('zod')"].median;
console.log(`\nPlumbline beyond zod: require ${cjsExtra.toFixed(1)} ms, import ${esmExtra.toFixed(1)} ms (goal: at most 30 ms)`);

// The consistency engine against the simplest possible scan (issue 4, "Speed and safety").
// 2,000 generated stories of 300 words and a plumb line with 100 preferred-term pairs (plus the sample
// plumb line's themes, claims, names and banned phrases):
//   checkStories(plumbLine, stories) with every rule on (one mask, fold and scan per story, all rules)
//   versus (b) one combined regular-expression pass over the same texts for the 100 avoided terms.
// Goal: checkStories within 3x of (b). Hit counts: preferred-term diagnostics versus RegExp matches
// (the generator writes each avoided term as a whole word, so the two must agree).
//   and (a) textlint with textlint-rule-prh: the same 100 pairs as a prh dictionary (each avoided term
//   and its upper-case form as patterns, wordBoundary on), over the same texts written to .txt files,
//   timed once per run with lintFiles (it is too slow for many samples). TEXTLINT=0 skips it.
// Run: npx tsx bench/consistency.bench.ts   (STORIES=200 for a quick run)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { checkStories, compilePlumbLine } from '../src/index.js';
import { benchWorkload, prhDictionary } from './stories.js';

const STORIES = Number(process.env['STORIES'] ?? 2_000);
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The generator is shared with bench/cli.bench.ts (the whole-process comparison).
const { plumbLine, avoided, stories } = benchWorkload(STORIES);
const megabytes = stories.reduce((sum, story) => sum + story.body.length, 0) / 2 ** 20;

const started = performance.now();
const compiled = compilePlumbLine(plumbLine);
const compileMs = performance.now() - started;
const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${avoided.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');

const hits = { engine: 0, diagnostics: 0, regexp: 0 };
const bench = new Bench({ name: 'consistency', time: 5_000, warmupTime: 1_000 });
bench
  .add('checkStories, all rules', () => {
    const report = checkStories(compiled, stories);
    hits.diagnostics = report.diagnostics.length;
    hits.engine = report.diagnostics.filter((d) => d.ruleId === 'preferred-term').length;
  })
  .add('(b) one combined RegExp pass', () => {
    let found = 0;
    for (const story of stories) for (const _ of story.body.matchAll(pattern)) found += 1;
    hits.regexp = found;
  });
await bench.run();

const mean = (at: number): number => {
  const result = bench.tasks[at]?.result;
  return result !== undefined && 'latency' in result ? result.latency.mean : Number.NaN;
};
console.log(`${STORIES.toLocaleString('en-US')} stories of 300 words (${megabytes.toFixed(2)} MB), 100 preferred-term pairs; compilePlumbLine ${compileMs.toFixed(1)} ms`);
console.log(`checkStories, all rules      ${mean(0).toFixed(1).padStart(8)} ms per run  ${String(hits.engine).padStart(6)} preferred-term hits (${hits.diagnostics} diagnostics in all)`);
console.log(`(b) one combined RegExp pass ${mean(1).toFixed(1).padStart(8)} ms per run  ${String(hits.regexp).padStart(6)} hits`);
console.log(`ratio checkStories / RegExp: ${(mean(0) / mean(1)).toFixed(2)}x (goal: within 3x)`);

if (process.env['TEXTLINT'] !== '0') {
  const { createLinter, loadTextlintrc } = await import('textlint');
  const folder = mkdtempSync(join(tmpdir(), 'plumbline-bench-'));
  try {
    writeFileSync(join(folder, 'prh.yml'), prhDictionary(avoided));
    writeFileSync(join(folder, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(folder, 'prh.yml')] } } }));
    const files = stories.map((story) => {
      const file = join(folder, `${story.id}.txt`);
      writeFileSync(file, story.body);
      return file;
    });
    const descriptor = await loadTextlintrc({ configFilePath: join(folder, '.textlintrc.json'), node_modulesDir: new URL('../node_modules', import.meta.url).pathname });
    const linter = createLinter({ descriptor, cwd: folder });
    const runs: number[] = [];
    let textlintHits = 0;
    for (let run = 0; run < 2; run += 1) {
      const at = performance.now();
      const results = await linter.lintFiles(files);
      runs.push(performance.now() - at);
      textlintHits = results.reduce((sum, result) => sum + result.messages.length, 0);
    }
    const best = Math.min(...runs);
    console.log(`(a) textlint + prh, lintFiles    ${best.toFixed(1).padStart(8)} ms per run  ${String(textlintHits).padStart(6)} hits  (best of ${runs.length})`);
    console.log(`ratio textlint / checkStories: ${(best / mean(0)).toFixed(1)}x (goal: at least 100x)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

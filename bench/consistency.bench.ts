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
// Also: the same stories in paragraphs, and with typographic characters (the median of 21 runs each).
// Run: npm run bench:consistency   (STORIES=200 for a quick run, SECONDS=<n> for the length of the timed rounds)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

const tasks = {
  engine: () => checkStories(compiled, stories),
  regexp: () => {
    let found = 0;
    for (const story of stories) for (const _ of story.body.matchAll(pattern)) found += 1;
    return found;
  },
};
// Hit counts, outside the timed runs.
const report = tasks.engine();
const hits = { engine: report.diagnostics.filter((d) => d.ruleId === 'preferred-term').length, diagnostics: report.diagnostics.length, regexp: tasks.regexp() };

// The two tasks take turns, round after round (after a warm-up), so a change in the machine's speed
// during the run (other work, CPU frequency) weighs on both alike; means include garbage collection.
const times = { engine: [] as number[], regexp: [] as number[] };
const warmUntil = performance.now() + 1_000;
while (performance.now() < warmUntil) {
  tasks.engine();
  tasks.regexp();
}
const runUntil = performance.now() + Number(process.env['SECONDS'] ?? 10) * 1_000;
while (performance.now() < runUntil || times.engine.length < 10) {
  for (const name of ['engine', 'regexp'] as const) {
    const at = performance.now();
    tasks[name]();
    times[name].push(performance.now() - at);
  }
}
const mean = (list: readonly number[]): number => list.reduce((sum, time) => sum + time, 0) / list.length;
const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
const engineMean = mean(times.engine);
console.log(`${STORIES.toLocaleString('en-US')} stories of 300 words (${megabytes.toFixed(2)} MB), 100 preferred-term pairs; compilePlumbLine ${compileMs.toFixed(1)} ms; ${times.engine.length} rounds`);
console.log(`checkStories, all rules      ${engineMean.toFixed(1).padStart(8)} ms per run (median ${median(times.engine).toFixed(1)})  ${String(hits.engine).padStart(6)} preferred-term hits (${hits.diagnostics} diagnostics in all)`);
console.log(`(b) one combined RegExp pass ${mean(times.regexp).toFixed(1).padStart(8)} ms per run (median ${median(times.regexp).toFixed(1)})  ${String(hits.regexp).padStart(6)} hits`);
console.log(`ratio checkStories / RegExp: ${(engineMean / mean(times.regexp)).toFixed(2)}x by means, ${(median(times.engine) / median(times.regexp)).toFixed(2)}x by medians (goal: within 3x)`);

// The same stories as people write them: in paragraphs (every file ends with a line break), and with
// typographic characters (a curly apostrophe, a dash). Neither may cost much: the engine's fast paths
// must not depend on single-line ASCII text.
const variants = {
  'in paragraphs             ': stories.map((story) => ({ ...story, body: `${story.body.replace(/\. /g, '.\n\n')}\n` })),
  'with \u2019 and \u2014 in each  ': stories.map((story) => ({ ...story, body: `We\u2019re here \u2014 ${story.body.replace(/\. /g, '.\n\n')}\n` })),
};
for (const [label, variant] of Object.entries(variants)) {
  for (let run = 0; run < 5; run += 1) checkStories(compiled, variant);
  const runs: number[] = [];
  for (let run = 0; run < 21; run += 1) {
    const at = performance.now();
    checkStories(compiled, variant);
    runs.push(performance.now() - at);
  }
  console.log(`checkStories, stories ${label} ${median(runs).toFixed(1).padStart(6)} ms per run (median of ${runs.length}; ${(median(runs) / median(times.engine)).toFixed(2)}x the single-line ASCII stories)`);
}

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
    console.log(`ratio textlint / checkStories: ${(best / engineMean).toFixed(1)}x (goal: at least 100x)`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

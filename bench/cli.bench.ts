// Whole-process speed of `plumbline check` against textlint with textlint-rule-prh (issue 7, "Speed").
// The workload of bench/consistency.bench.ts (bench/stories.ts): 2,000 stories of about 300 words,
// written as Markdown files with YAML front matter, and a plumb line with 100 preferred-term pairs;
// textlint gets the same 100 pairs as a prh dictionary and lints the same .md files.
// Both are timed as fresh processes, startup included, the median of several runs:
//   node dist/cli.js check <folder> --plumb-line plumb-line.json --format json      (every rule on)
//   node node_modules/textlint/bin/textlint.js --config .textlintrc.json --format json <folder>
// (textlint's own bin, as `npx textlint` runs it, without npx's start-up on top.)
// Goal: plumbline at least 20x faster. Hit counts: preferred-term diagnostics versus textlint messages
// (the generator writes each avoided term as a whole word, so they must agree).
// Run: npm run bench:cli   (builds first if needed; STORIES=200, RUNS=3, TEXTLINT_RUNS=1 for a quick run)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchWorkload, prhDictionary } from './stories.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const STORIES = Number(process.env['STORIES'] ?? 2_000);
const RUNS = Number(process.env['RUNS'] ?? 7);
const TEXTLINT_RUNS = Number(process.env['TEXTLINT_RUNS'] ?? 3);

interface Timed {
  readonly median: number;
  readonly min: number;
  readonly stdout: string;
}

/** Runs a Node script as a fresh process `runs` times; the median and best wall-clock time. */
function time(args: readonly string[], runs: number, okStatus: readonly number[]): Timed {
  const samples: number[] = [];
  let stdout = '';
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 2 ** 20 });
    samples.push(performance.now() - started);
    if (result.status === null || !okStatus.includes(result.status)) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    stdout = result.stdout;
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)] as number, min: samples[0] as number, stdout };
}

const { plumbLine, avoided, stories } = benchWorkload(STORIES);
const folder = mkdtempSync(join(tmpdir(), 'plumbline-cli-bench-'));
try {
  const storyFolder = join(folder, 'stories');
  mkdirSync(storyFolder);
  let bytes = 0;
  for (const story of stories) {
    const audience = story.kind === 'marketing' ? `audience:\n  segmentIds: [${story.audience.segmentIds.join(', ')}]` : `audience:\n  relationshipId: ${story.audience.relationshipId}`;
    const text = `---\nid: ${story.id}\nkind: ${story.kind}\ntitle: ${story.title}\n${audience}\n---\n${story.body}\n`;
    bytes += text.length;
    writeFileSync(join(storyFolder, `${story.id}.md`), text);
  }
  writeFileSync(join(folder, 'plumb-line.json'), JSON.stringify(plumbLine));
  writeFileSync(join(folder, 'prh.yml'), prhDictionary(avoided));
  writeFileSync(join(folder, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(folder, 'prh.yml')] } } }));

  // check exits 1 (the stories break the plumb line); textlint exits 1 when it finds anything.
  const plumbline = time([join(root, 'dist', 'cli.js'), 'check', storyFolder, '--plumb-line', join(folder, 'plumb-line.json'), '--format', 'json'], RUNS, [0, 1]);
  const report = JSON.parse(plumbline.stdout) as { diagnostics: { ruleId: string }[] };
  const plumblineHits = report.diagnostics.filter((d) => d.ruleId === 'preferred-term').length;

  const textlintBin = join(root, 'node_modules', 'textlint', 'bin', 'textlint.js');
  const textlint = time([textlintBin, '--config', join(folder, '.textlintrc.json'), '--format', 'json', storyFolder], TEXTLINT_RUNS, [0, 1]);
  const results = JSON.parse(textlint.stdout) as { messages: unknown[] }[];
  const textlintHits = results.reduce((sum, result) => sum + result.messages.length, 0);

  console.log(`${STORIES.toLocaleString('en-US')} Markdown stories with front matter (${(bytes / 2 ** 20).toFixed(2)} MB), 100 preferred-term pairs; whole processes, startup included`);
  console.log(`plumbline check (all rules)  median ${plumbline.median.toFixed(0).padStart(7)} ms  best ${plumbline.min.toFixed(0).padStart(7)} ms  (${RUNS} runs)  ${String(plumblineHits).padStart(6)} preferred-term hits (${report.diagnostics.length} diagnostics in all)`);
  console.log(`textlint + prh               median ${textlint.median.toFixed(0).padStart(7)} ms  best ${textlint.min.toFixed(0).padStart(7)} ms  (${TEXTLINT_RUNS} runs)  ${String(textlintHits).padStart(6)} hits`);
  console.log(`ratio textlint / plumbline: ${(textlint.median / plumbline.median).toFixed(1)}x (goal: at least 20x)`);
  if (plumblineHits !== textlintHits) console.log(`note: hit counts differ by ${Math.abs(plumblineHits - textlintHits)}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

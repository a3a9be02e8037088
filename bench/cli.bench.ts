// Whole-process speed of `plumbline check` against textlint with textlint-rule-prh (issue 7, "Speed").
// The workload of bench/consistency.bench.ts (bench/stories.ts): 2,000 stories of about 300 words,
// written as Markdown files with YAML front matter, and a plumb line with 100 preferred-term pairs;
// textlint gets the same 100 pairs as a prh dictionary and lints the same .md files.
// Both are timed as fresh processes, startup included, in interleaved rounds (one textlint run, then
// a few plumbline runs), so that both see the same machine: its speed drifts by a third over minutes
// here, which timing one tool after the other would put into the ratio.
//   node dist/cli.cjs check <folder> --plumb-line plumb-line.json --format json      (every rule on)
//   node node_modules/textlint/bin/textlint.js --config .textlintrc.json --format json <folder>
// (textlint's own bin, as `npx textlint` runs it, without npx's start-up on top.)
// Goal: plumbline at least 20x faster. Hit counts: preferred-term diagnostics versus textlint messages
// (the generator writes each avoided term as a whole word, so they must agree).
// Run: npm run bench:cli   (builds first if needed; STORIES=200 ROUNDS=1 for a quick run)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchWorkload, prhDictionary } from './stories.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const STORIES = Number(process.env['STORIES'] ?? 2_000);
const ROUNDS = Number(process.env['ROUNDS'] ?? 5);
const PER_ROUND = Number(process.env['PER_ROUND'] ?? 3);

interface Run {
  readonly ms: number;
  readonly stdout: string;
}

/** Runs a Node script as a fresh process; its wall-clock time and output. */
function run(args: readonly string[], okStatus: readonly number[]): Run {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 512 * 2 ** 20 });
  const ms = performance.now() - started;
  if (result.status === null || !okStatus.includes(result.status)) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
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
  const plumblineArgs = [join(root, 'dist', 'cli.cjs'), 'check', storyFolder, '--plumb-line', join(folder, 'plumb-line.json'), '--format', 'json'];
  const textlintArgs = [join(root, 'node_modules', 'textlint', 'bin', 'textlint.js'), '--config', join(folder, '.textlintrc.json'), '--format', 'json', storyFolder];
  // A first run of each, not timed: files and modules in the OS's cache for both.
  run(plumblineArgs, [0, 1]);
  run(textlintArgs, [0, 1]);
  const plumblineTimes: number[] = [];
  const textlintTimes: number[] = [];
  const roundRatios: number[] = [];
  let plumblineOut = '';
  let textlintOut = '';
  for (let round = 0; round < ROUNDS; round += 1) {
    const textlint = run(textlintArgs, [0, 1]);
    textlintTimes.push(textlint.ms);
    textlintOut = textlint.stdout;
    const times: number[] = [];
    for (let again = 0; again < PER_ROUND; again += 1) {
      const plumbline = run(plumblineArgs, [0, 1]);
      times.push(plumbline.ms);
      plumblineOut = plumbline.stdout;
    }
    plumblineTimes.push(...times);
    roundRatios.push(textlint.ms / median(times));
  }
  const report = JSON.parse(plumblineOut) as { diagnostics: { ruleId: string }[] };
  const plumblineHits = report.diagnostics.filter((d) => d.ruleId === 'preferred-term').length;
  const results = JSON.parse(textlintOut) as { messages: unknown[] }[];
  const textlintHits = results.reduce((sum, result) => sum + result.messages.length, 0);

  const ms = (value: number): string => value.toFixed(0).padStart(7);
  console.log(`${STORIES.toLocaleString('en-US')} Markdown stories with front matter (${(bytes / 2 ** 20).toFixed(2)} MB), 100 preferred-term pairs; whole processes, startup included`);
  console.log(`${ROUNDS} rounds of one textlint run then ${PER_ROUND} plumbline runs`);
  console.log(`plumbline check (all rules)  median ${ms(median(plumblineTimes))} ms  best ${ms(Math.min(...plumblineTimes))} ms  (${plumblineTimes.length} runs)  ${String(plumblineHits).padStart(6)} preferred-term hits (${report.diagnostics.length} diagnostics in all)`);
  console.log(`textlint + prh               median ${ms(median(textlintTimes))} ms  best ${ms(Math.min(...textlintTimes))} ms  (${textlintTimes.length} runs)  ${String(textlintHits).padStart(6)} hits`);
  // Each round's ratio compares runs made minutes apart at most; their median is the figure to quote.
  console.log(`ratio textlint / plumbline: ${median(roundRatios).toFixed(1)}x, the median of the rounds' ratios (goal: at least 20x)`);
  console.log(`  per round ${roundRatios.map((ratio) => ratio.toFixed(1)).join(', ')}; ratio of the medians above ${(median(textlintTimes) / median(plumblineTimes)).toFixed(1)}x`);
  if (plumblineHits !== textlintHits) console.log(`note: hit counts differ by ${Math.abs(plumblineHits - textlintHits)}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

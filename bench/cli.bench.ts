// Whole-process speed of `plumbline check` against textlint with textlint-rule-prh (issue 7, "Speed").
// The workload of bench/consistency.bench.ts (bench/stories.ts): 2,000 stories of about 300 words,
// written as Markdown files with YAML front matter, and a plumb line with 100 preferred-term pairs;
// textlint gets the same 100 pairs as a prh dictionary and lints the same .md files.
// Both are timed as fresh processes, startup included, in interleaved rounds (one textlint run, then
// a few runs of each plumbline configuration), so that all see the same machine: its speed drifts by
// a third over minutes here, which timing one tool after the other would put into the ratio.
//   node dist/cli.cjs check <folder> --plumb-line plumb-line.json --format json      (every rule on)
//   the same with --rule <id>=off for every rule but preferred-term                 (textlint's job)
//   node node_modules/textlint/bin/textlint.js --config .textlintrc.json --format json <folder>
// (textlint's own bin, as `npx textlint` runs it, without npx's start-up on top.)
// Goal (issue 7): "against textlint with textlint-rule-prh over the same files (same dictionary): at
// least 20x faster, startup included". The like-for-like configuration is that job: the same
// dictionary over the same files, finding the same hits (the generator writes each avoided term as a
// whole word, so the counts must agree; the bench checks them before timing anything). With every
// rule on, plumbline does the work of 15 rules for textlint's one; both figures are printed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONSISTENCY_RULES } from '../src/index.js';
import { benchWorkload, prhDictionary } from './stories.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const STORIES = Number(process.env['STORIES'] ?? 2_000);
const ROUNDS = Number(process.env['ROUNDS'] ?? 5);
const PER_ROUND = Number(process.env['PER_ROUND'] ?? 3);
const SMALL_ROUNDS = Number(process.env['SMALL_ROUNDS'] ?? 15);

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
  const allRules = [join(root, 'dist', 'cli.cjs'), 'check', storyFolder, '--plumb-line', join(folder, 'plumb-line.json'), '--format', 'json'];
  const othersOff = CONSISTENCY_RULES.filter((rule) => rule.id !== 'preferred-term').flatMap((rule) => ['--rule', `${rule.id}=off`]);
  const configurations = [
    { name: 'plumbline check, preferred-term only (textlint\'s job)', args: [...allRules, ...othersOff] },
    { name: 'plumbline check, every rule on', args: allRules },
  ].map((configuration) => ({ ...configuration, times: [] as number[], ratios: [] as number[], out: '' }));
  const textlintArgs = [join(root, 'node_modules', 'textlint', 'bin', 'textlint.js'), '--config', join(folder, '.textlintrc.json'), '--format', 'json', storyFolder];
  // A first run of each, not timed: files and modules in the OS's cache for all. Their reports are
  // checked before any timing: each configuration finds textlint's hits, and the like-for-like one
  // nothing else.
  const preferredHits = (stdout: string): { hits: number; all: number } => {
    const report = JSON.parse(stdout) as { diagnostics: { ruleId: string }[] };
    return { hits: report.diagnostics.filter((d) => d.ruleId === 'preferred-term').length, all: report.diagnostics.length };
  };
  const textlintHits = (JSON.parse(run(textlintArgs, [0, 1]).stdout) as { messages: unknown[] }[]).reduce((sum, result) => sum + result.messages.length, 0);
  configurations.forEach((configuration, index) => {
    const { hits, all } = preferredHits(run(configuration.args, [0, 1]).stdout);
    if (hits !== textlintHits) throw new Error(`${configuration.name}: ${hits} preferred-term hits against textlint's ${textlintHits}: not the same job`);
    if (index === 0 && all !== hits) throw new Error(`${configuration.name}: ${all - hits} diagnostics of other rules`);
  });
  const textlintTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const textlint = run(textlintArgs, [0, 1]);
    textlintTimes.push(textlint.ms);
    const times = configurations.map((): number[] => []);
    for (let again = 0; again < PER_ROUND; again += 1) {
      // Each configuration goes first in turn, so neither always runs straight after textlint.
      for (let step = 0; step < configurations.length; step += 1) {
        const index = (step + round + again) % configurations.length;
        const configuration = configurations[index];
        if (configuration === undefined) continue;
        const plumbline = run(configuration.args, [0, 1]);
        times[index]?.push(plumbline.ms);
        configuration.out = plumbline.stdout;
      }
    }
    configurations.forEach((configuration, index) => {
      configuration.times.push(...(times[index] ?? []));
      configuration.ratios.push(textlint.ms / median(times[index] ?? []));
    });
  }

  const ms = (value: number): string => value.toFixed(0).padStart(7);
  console.log(`${STORIES.toLocaleString('en-US')} Markdown stories with front matter (${(bytes / 2 ** 20).toFixed(2)} MB), 100 preferred-term pairs; whole processes, startup included`);
  console.log(`${ROUNDS} rounds of one textlint run then ${PER_ROUND} runs of each plumbline configuration, alternating`);
  console.log(`textlint + prh  median ${ms(median(textlintTimes))} ms  best ${ms(Math.min(...textlintTimes))} ms  (${textlintTimes.length} runs)  ${textlintHits} hits`);
  for (const configuration of configurations) {
    const { hits, all } = preferredHits(configuration.out);
    // Each round's ratio compares runs made minutes apart at most; their median is the figure to quote.
    console.log(`\n${configuration.name}`);
    console.log(`  median ${ms(median(configuration.times))} ms  best ${ms(Math.min(...configuration.times))} ms  (${configuration.times.length} runs)  ${hits} preferred-term hits, ${all} diagnostics in all`);
    console.log(`  ${median(configuration.ratios).toFixed(1)}x faster than textlint: the median of the rounds' ratios (goal: at least 20x)`);
    console.log(`  per round ${configuration.ratios.map((ratio) => ratio.toFixed(1)).join(', ')}; ratio of the medians ${(median(textlintTimes) / median(configuration.times)).toFixed(1)}x`);
  }

  // A CI check of a few stories is the common case: there, start-up and the first run of each piece
  // of code are the whole cost. The workspace `plumbline init` writes (two stories, a segment, a
  // relationship), against `--version` (Node's start and loading the command) and Node alone.
  const workspace = join(folder, 'workspace');
  run([join(root, 'dist', 'cli.cjs'), 'init', workspace], [0]);
  const small = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'plumbline --version', args: [join(root, 'dist', 'cli.cjs'), '--version'] },
    {
      name: 'plumbline check (init workspace)',
      args: [join(root, 'dist', 'cli.cjs'), 'check', join(workspace, 'stories'), '--plumb-line', join(workspace, 'plumb-line.yaml'), '--segments', join(workspace, 'segment.yaml'), '--relationships', join(workspace, 'relationship.yaml')],
    },
  ].map((entry) => ({ ...entry, times: [] as number[] }));
  for (let round = 0; round < SMALL_ROUNDS; round += 1) for (const entry of small) entry.times.push(run(entry.args, [0]).ms);
  console.log(`\nA small check: the workspace plumbline init writes (2 stories, a segment, a relationship, YAML), ${SMALL_ROUNDS} alternating rounds`);
  for (const entry of small) console.log(`  ${entry.name.padEnd(34)} median ${ms(median(entry.times))} ms  best ${ms(Math.min(...entry.times))} ms`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

// Issue 4, "Speed and safety": a 1 MB adversarial story finishes in well under a second.
// Each story of test/consistency/adversarial-stories.ts, alone, as a marketing and as a sales story, every
// rule on (segments, relationships and asOf given, so the audience rules run too); median of 7 runs.
// Also 4 MB of the same, to show the time grows linearly.
// Run: npx tsx bench/adversarial.bench.ts   (npm run bench:adversarial)
import { checkStories, compilePlumbLine, type Story } from '../src/index.js';
import { bodies, metaLine } from '../test/consistency/adversarial-stories.js';
import { marketing, relationship, sales, segment } from '../test/consistency/helpers.js';

const compiled = compilePlumbLine(metaLine);
const context = { segments: [segment], relationships: [relationship], asOf: '2026-11-26' };

function median(story: Story): number {
  const times: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    const started = performance.now();
    checkStories(compiled, [story], context);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3] as number;
}

console.log('1 MB adversarial stories, checkStories with every rule, median of 7 runs:');
for (const [name, body] of Object.entries(bodies)) {
  const oneMb = [median(marketing(body)), median(sales(body))];
  const fourMb = median(marketing(body.repeat(4)));
  console.log(
    `  ${name.padEnd(42)} marketing ${oneMb[0]?.toFixed(0).padStart(5)} ms  sales ${oneMb[1]?.toFixed(0).padStart(5)} ms  (4 MB: ${fourMb.toFixed(0)} ms, ${(fourMb / (oneMb[0] ?? 1)).toFixed(1)}x)`,
  );
}

// The generated workload the consistency benchmarks share (bench/consistency.bench.ts in process,
// bench/cli.bench.ts whole-process): a plumb line with 100 preferred-term pairs on top of the sample
// plumb line, and stories of about 300 words in which one word in 30 is an avoided term, written as a
// whole word (sometimes upper-case), so that every checker must find the same hits.
import { readFileSync } from 'node:fs';
import type { PlumbLine, Story } from '../src/index.js';

/** The plumb line, its 100 avoided terms, and the stories. */
export interface BenchWorkload {
  readonly plumbLine: PlumbLine;
  /** The avoided term of each preferred pair: `preferred${i}` is to be used instead of `avoided[i]`. */
  readonly avoided: readonly string[];
  readonly stories: readonly Story[];
}

/** Generates the workload, the same for the same count (a fixed seed). */
export function benchWorkload(count: number): BenchWorkload {
  let seed = 7;
  const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'po', 'si', 'de', 'vo', 'an', 'el', 'or', 'us', 'ly', 'tic', 'ble', 'ment'];
  const word = (): string => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(syllables)).join('');

  const sample = JSON.parse(readFileSync(new URL('../examples/data/plumb-line.json', import.meta.url), 'utf8')) as PlumbLine;
  const avoided = [...new Set(Array.from({ length: 400 }, () => `${word()}${word()}`))].slice(0, 100);
  const plumbLine: PlumbLine = {
    ...sample,
    vocabulary: { ...sample.vocabulary, preferred: avoided.map((avoid, at) => ({ use: `preferred${at}`, avoid: [avoid] })) },
  };
  const fillers = ['uptime', 'crews', 'total cost', 'delivery', 'training', 'TrackPro', 'the', 'and', 'we', 'our', 'customer'];

  /** About 300 words; one word in 30 an avoided term (sometimes capitalised), one in 20 a plumb-line word. */
  const body = (): string => {
    const words: string[] = [];
    while (words.length < 300) {
      const roll = random();
      if (roll < 1 / 30) {
        const term = pick(avoided);
        words.push(random() < 0.3 ? term.toUpperCase() : term);
      } else if (roll < 1 / 30 + 1 / 20) words.push(pick(fillers));
      else words.push(random() < 0.06 ? `${word()}.` : word());
    }
    return words.join(' ');
  };
  const stories: Story[] = Array.from({ length: count }, (_, at) =>
    at % 2 === 0
      ? { id: `m${at}`, kind: 'marketing', title: 'M', audience: { segmentIds: ['fleets'] }, body: body() }
      : { id: `s${at}`, kind: 'sales', title: 'S', audience: { relationshipId: 'rel' }, body: body() },
  );
  return { plumbLine, avoided, stories };
}

/** The same 100 pairs as a prh dictionary for textlint-rule-prh: each avoided term and its upper-case form, word boundaries on. */
export function prhDictionary(avoided: readonly string[]): string {
  const prh = ['version: 1', 'rules:'];
  avoided.forEach((avoid, at) => {
    prh.push(`  - expected: preferred${at}`, '    options:', '      wordBoundary: true', '    patterns:', `      - ${avoid}`, `      - ${avoid.toUpperCase()}`);
  });
  return `${prh.join('\n')}\n`;
}

// The text layer (internal; imported from src/): phrase matching against the simplest alternative.
// 1. 2,000 generated stories of about 300 words, 200 terms (100 avoid terms of preferred-term
//    pairs and 100 names): compileMatcher(...).scan versus one combined RegExp pass,
//    new RegExp(terms.map(escape).join('|'), 'giu'), and a RegExp with the same word boundaries
//    and white-space runs as the matcher (still no inflections or Unicode folding).
// 2. Adversarial stories (near-misses of long terms, metacharacter terms) of 64 KB to 1 MB: the
//    RegExp backtracks over every near-miss (time grows with text size x term length); the automaton does not.
// Goal (issue): linear; a 1 MB adversarial story in well under a second.
// Run: npx tsx bench/text.bench.ts   (STORIES=200 for a quick run)
import { Bench } from 'tinybench';
import { maskMarkdown } from '../src/text/mask-markdown.js';
import { compileMatcher, type PhraseTerm } from '../src/text/phrase-matcher.js';

const STORIES = Number(process.env['STORIES'] ?? 2_000);
let seed = 11;
const random = (): number => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'po', 'si', 'de', 'vo', 'an', 'el', 'or', 'us', 'ly', 'tic', 'ble', 'ment'];
const word = (): string => Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(syllables)).join('');
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// 100 avoid terms (a third of them two or three words, some hyphenated) and 100 names (some with punctuation).
const avoid = Array.from({ length: 100 }, (_, at) => {
  const base = `${word()}${word()}`;
  if (at % 3 === 0) return `${base} ${word()}${at % 2 === 0 ? ` ${word()}` : ''}`;
  if (at % 7 === 0) return `${word()}-${base}`;
  return base;
});
const names = Array.from({ length: 100 }, (_, at) => {
  const base = `${word()}${word()}`.replace(/^./, (first) => first.toUpperCase());
  return at % 10 === 0 ? `${base}++` : at % 10 === 1 ? `${base}.io` : at % 10 === 2 ? `${base} Cloud` : base;
});
const terms: PhraseTerm[] = [
  ...avoid.map((phrase, at) => ({ id: `avoid-${at}`, phrase, inflect: !phrase.includes(' ') })),
  ...names.map((phrase, at) => ({ id: `name-${at}`, phrase })),
];

/** A story of about 300 words; about one word in 30 is a term, in any case, sometimes broken over a line. */
function story(): string {
  const words: string[] = [];
  while (words.length < 300) {
    if (random() < 1 / 30) {
      const term = pick(terms).phrase;
      const cased = random() < 0.3 ? term.toUpperCase() : term;
      words.push(random() < 0.2 ? cased.replace(' ', '\n') : cased);
    } else words.push(random() < 0.05 ? `${word()}.` : word());
  }
  return words.join(' ');
}
const stories = Array.from({ length: STORIES }, story);
const megabytes = stories.reduce((sum, text) => sum + text.length, 0) / 2 ** 20;

const started = performance.now();
const matcher = compileMatcher(terms);
const compileMs = performance.now() - started;
const alternation = new RegExp(terms.map((term) => escape(term.phrase)).join('|'), 'giu');
const bounded = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${terms.map((term) => escape(term.phrase).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);

const count = { matcher: 0, maskedMatcher: 0, alternation: 0, bounded: 0 };
const runMatcher = (): number => stories.reduce((sum, text) => sum + matcher.scan(text).length, 0);
const runMasked = (): number => stories.reduce((sum, text) => sum + matcher.scan(maskMarkdown(text)).length, 0);
const runRegExp = (pattern: RegExp) => (): number => stories.reduce((sum, text) => sum + [...text.matchAll(pattern)].length, 0);

const bench = new Bench({ name: 'text', time: 3_000, warmupTime: 500 });
bench
  .add('compileMatcher(200 terms).scan', () => void (count.matcher = runMatcher()))
  .add('maskMarkdown + scan', () => void (count.maskedMatcher = runMasked()))
  .add("RegExp alternation 'giu'", () => void (count.alternation = runRegExp(alternation)()))
  .add('RegExp with boundaries and \\s+', () => void (count.bounded = runRegExp(bounded)()));
await bench.run();

console.log(`${STORIES.toLocaleString('en-US')} stories of ~300 words (${megabytes.toFixed(2)} MB), ${terms.length} terms; compile ${compileMs.toFixed(1)} ms`);
const hits = [count.matcher, count.maskedMatcher, count.alternation, count.bounded];
bench.tasks.forEach((task, at) => {
  const result = task.result;
  const mean = result !== undefined && 'latency' in result ? result.latency.mean : Number.NaN;
  console.log(
    `${task.name.padEnd(34)} ${mean.toFixed(1).padStart(8)} ms per run  ${(megabytes / (mean / 1000)).toFixed(1).padStart(6)} MB/s  ${String(hits[at]).padStart(7)} hits`,
  );
});
console.log(
  '(hits differ by design: the matcher adds inflections and word boundaries and reports every term at a position;\n' +
    ' a RegExp reports one alternative per position, and the plain alternation also matches inside words)',
);

// Adversarial: near-misses of a long term and metacharacter terms.
const adversarialTerms: PhraseTerm[] = [
  { id: 'long', phrase: `${'a'.repeat(999)}b` },
  { id: 'regex', phrase: '(a+)+$' },
  { id: 'class', phrase: '[a-z]*' },
  { id: 'cpp', phrase: 'C++' },
  ...Array.from({ length: 100 }, (_, at) => ({ id: `near-${at}`, phrase: `${'a'.repeat(at + 1)}!` })),
];
const adversarialMatcher = compileMatcher(adversarialTerms);
const adversarialRegExp = new RegExp(adversarialTerms.map((term) => escape(term.phrase)).join('|'), 'giu');
const time = (run: () => number): [number, number] => {
  const at = performance.now();
  const found = run();
  return [performance.now() - at, found];
};
console.log('\nAdversarial story: "aaaa…" (no match), terms a{999}b, a{1..100}!, (a+)+$, [a-z]*, C++');
for (const size of [64 * 1024, 256 * 1024, 1024 * 1024]) {
  const text = 'a'.repeat(size);
  const [ours, oursHits] = time(() => adversarialMatcher.scan(text).length);
  const [theirs, theirHits] = time(() => [...text.matchAll(adversarialRegExp)].length);
  console.log(
    `${String(size / 1024).padStart(5)} KB  matcher ${ours.toFixed(1).padStart(7)} ms (${oursHits} hits)   RegExp ${theirs.toFixed(1).padStart(7)} ms (${theirHits} hits)`,
  );
}
const metacharacters = '(a+)+ [a-z] C+ aaaa (a+) [a-z ] C + '.repeat(40_000).slice(0, 1024 * 1024);
const [metaOurs, metaHits] = time(() => adversarialMatcher.scan(metacharacters).length);
const [metaTheirs, metaTheirHits] = time(() => [...metacharacters.matchAll(adversarialRegExp)].length);
console.log(`1 MB of metacharacter near-misses: matcher ${metaOurs.toFixed(1)} ms (${metaHits} hits), RegExp ${metaTheirs.toFixed(1)} ms (${metaTheirHits} hits)`);

// The issue's budget: a 1 MB adversarial story (long runs of near-misses, terms
// built from regex metacharacters) finishes in well under a second. The bounds
// here are generous guards against a blow-up on a slow CI machine; the real
// figures are in bench/text.bench.ts.
import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/text/line-index.js';
import { maskMarkdown } from '../../src/text/mask-markdown.js';
import { findNumbers } from '../../src/text/numbers.js';
import { compileMatcher } from '../../src/text/phrase-matcher.js';
import { splitSentences } from '../../src/text/sentences.js';

const MB = 1 << 20;
const terms = [
  { id: 'long', phrase: `${'a'.repeat(999)}b` },
  { id: 'spaced', phrase: `${'a '.repeat(200)}z`, inflect: true },
  { id: 'nested', phrase: '(((((((((((x)))))))))))' },
  { id: 'regex', phrase: '(a+)+$' },
  { id: 'class', phrase: '[a-z]*' },
  { id: 'cpp', phrase: 'C++' },
  { id: 'net', phrase: '.NET' },
  ...Array.from({ length: 100 }, (_, at) => ({ id: `near-${at}`, phrase: `${'a'.repeat(at + 1)}!`, inflect: true })),
];
const stories: Record<string, string> = {
  'one letter': 'a'.repeat(MB),
  'spaced letters': 'a '.repeat(MB / 2),
  'broken lines': 'a\r\n'.repeat(MB / 3),
  parentheses: '('.repeat(MB / 2) + ')'.repeat(MB / 2),
  metacharacters: '(a+)+ [a-z] C+ .NE (((x)) '.repeat(MB / 26),
  markdown: '` `` [a](b( <a x=" <!-- ``` www. a@b '.repeat(MB / 36),
  'url parentheses': `http://a${')'.repeat(MB)}`,
  'angle destinations': `${'[a](<'.repeat(MB / 5)}>`,
  'list lines': '- a\n    b\n\n'.repeat(MB / 11),
  'file names': `${'a-'.repeat(MB / 2)}.md`,
  'number tokens': '1,234,567.89.1 24/7/1 '.repeat(MB / 22),
  'sentence ends': 'e.g. a. b.c. Dr. X! '.repeat(MB / 20),
};

function timed<T>(run: () => T): [T, number] {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
}

describe('1 MB adversarial stories', () => {
  const matcher = compileMatcher(terms);

  for (const [name, story] of Object.entries(stories)) {
    it(`scans, masks and splits "${name}" in linear time`, () => {
      const [matches, scanMs] = timed(() => matcher.scan(story));
      const [masked, maskMs] = timed(() => maskMarkdown(story));
      const [, restMs] = timed(() => {
        lineIndex(masked).position(masked.length);
        splitSentences(masked);
        findNumbers(masked);
      });
      expect(matches.length).toBeLessThan(story.length);
      expect(masked.length).toBe(story.length);
      expect(scanMs).toBeLessThan(2000);
      expect(maskMs).toBeLessThan(2000);
      expect(restMs).toBeLessThan(2000);
    });
  }

  it('still finds the one real hit at the end of a run of near-misses', () => {
    const hit = `${'a'.repeat(999)}b`;
    const story = `${`${'a'.repeat(999)}c `.repeat(1024)}${hit}`;
    const [matches, ms] = timed(() => compileMatcher([{ id: 'x', phrase: hit }]).scan(story));
    expect(matches).toEqual([{ termIndex: 0, id: 'x', start: story.length - 1000, end: story.length, text: hit }]);
    expect(ms).toBeLessThan(2000);
  });
});

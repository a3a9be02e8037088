import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStories, compilePlumbLine } from '@plumbline/core';
import { maskMarkdown } from '../../src/text/mask-markdown.js';
import { marketing, plumbLine } from './helpers.js';

/**
 * The word count as documented, read one code point at a time: runs of letters, marks and digits, where
 * one of `'`, `’`, `.`, `-`, `_`, `@` between two of them joins them into one word.
 */
function referenceWords(text: string): number {
  const points = Array.from(text);
  const isWord = (point: string | undefined): boolean => point !== undefined && /^[\p{L}\p{N}\p{M}]$/u.test(point);
  let count = 0;
  let inWord = false;
  points.forEach((point, at) => {
    if (isWord(point)) {
      if (!inWord) count += 1;
      inWord = true;
    } else if (!(inWord && "'’.-_@".includes(point) && isWord(points[at + 1]))) inWord = false;
  });
  return count;
}

const text = fc
  .array(
    fc.constantFrom('a', 'Z', '9', ' ', '  ', '\n', '\r\n', '\t', "'", '’', '.', '-', '_', '@', ',', 'é', 'e\u0301', 'ß', '日本', '𝐀', '😀', '\u00a0', '\u2028', 'don’t', 'e-mail', 'x.y', ' - '),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('word counts', () => {
  const compiled = compilePlumbLine(plumbLine);
  it('count the words of the prose as documented, whatever the script, white space and joiners', () => {
    fc.assert(
      fc.property(text, (body) => {
        const report = checkStories(compiled, [marketing(body)]);
        expect(report.stories[0]?.words).toBe(referenceWords(maskMarkdown(body)));
      }),
      { numRuns: 2_000 },
    );
  });
});

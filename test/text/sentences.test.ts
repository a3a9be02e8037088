import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlumblineError } from '../../src/errors.js';
import { maskMarkdown } from '../../src/text/mask-markdown.js';
import { findSentence, sentenceAt, splitSentences } from '../../src/text/sentences.js';

const sentences = (text: string): string[] => splitSentences(text).map((range) => text.slice(range.start, range.end));

describe('splitSentences', () => {
  it('ends sentences at . ! ? and runs of them, with closing quotes and brackets', () => {
    expect(sentences('Uptime is high. Really?! Yes… "Quoted." (Bracketed!) End')).toEqual([
      'Uptime is high.',
      'Really?!',
      'Yes…',
      '"Quoted."',
      '(Bracketed!)',
      'End',
    ]);
  });

  it('does not split decimals, names with dots, abbreviations or a dot before a lower-case word', () => {
    expect(sentences('Uptime is 99.9% on Node.js and .NET, e.g. GitHub, i.e. ours. Dr. Who approx. agrees vs. them. Next')).toEqual([
      'Uptime is 99.9% on Node.js and .NET, e.g. GitHub, i.e. ours.',
      'Dr. Who approx. agrees vs. them.',
      'Next',
    ]);
    expect(sentences('It costs approx. ten euros. Then more.')).toEqual(['It costs approx. ten euros.', 'Then more.']);
  });

  it('splits at list items, headings, blank lines and lines that start a new thought', () => {
    const text = '# Uptime 99.9%\nWe promise it\n- Support 24/7\n- Trial 10 days\n\nA paragraph that wraps\nacross two lines\nUptime 99.9%\n1. First\n> Quote';
    expect(sentences(text)).toEqual([
      'Uptime 99.9%',
      'We promise it',
      'Support 24/7',
      'Trial 10 days',
      'A paragraph that wraps\nacross two lines',
      'Uptime 99.9%',
      'First',
      'Quote',
    ]);
  });

  it('splits at full-width terminators without a space', () => {
    expect(sentences('稼働率は99.9%です。サポートは24時間！次')).toEqual(['稼働率は99.9%です。', 'サポートは24時間！', '次']);
  });

  it('handles CRLF, an empty text and white space only', () => {
    expect(sentences('One.\r\nTwo\r\n\r\nThree')).toEqual(['One.', 'Two', 'Three']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('gives offsets into the original text, also for masked Markdown', () => {
    const body = 'See `code. Not a sentence.` here. And [more](https://x.y/a.b). Done';
    const found = splitSentences(maskMarkdown(body)).map((range) => body.slice(range.start, range.end));
    expect(found).toEqual(['See `code. Not a sentence.` here.', 'And [more](https://x.y/a.b).', 'Done']);
  });

  it('rejects a text that is not a string', () => {
    expect(() => splitSentences(1 as never)).toThrow(PlumblineError);
  });
});

describe('findSentence and sentenceAt', () => {
  const text = 'Uptime is 99.9%. Support is 24/7.';

  it('finds the sentence around an offset, or none between sentences', () => {
    const ranges = splitSentences(text);
    expect(findSentence(ranges, 0)).toEqual({ start: 0, end: 16 });
    expect(findSentence(ranges, text.indexOf('24/7'))).toEqual({ start: 17, end: 33 });
    expect(findSentence(ranges, 16)).toBeUndefined();
    expect(findSentence(ranges, 99)).toBeUndefined();
    expect(sentenceAt(text, 5)).toEqual({ start: 0, end: 16 });
  });
});

describe('splitSentences properties', () => {
  it('returns ordered, disjoint ranges that start and end on visible characters', () => {
    const piece = fc.constantFrom('a', 'B', ' ', '\n', '\r\n', '.', '!', '?', '…', '"', ')', '- ', '# ', '1. ', '99.9', 'e.g.', '。', '\t', '👍');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')), (text) => {
        let previousEnd = 0;
        for (const range of splitSentences(text)) {
          expect(range.start).toBeGreaterThanOrEqual(previousEnd);
          expect(range.end).toBeGreaterThan(range.start);
          expect(text.slice(range.start, range.end).trim()).toBe(text.slice(range.start, range.end));
          previousEnd = range.end;
        }
      }),
    );
  });
});

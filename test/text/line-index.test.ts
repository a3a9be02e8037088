import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlumblineError } from '../../src/errors.js';
import { lineIndex } from '../../src/text/line-index.js';

describe('lineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns across \\n, \\r\\n and \\r', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = lineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.length).toBe(text.length);
    expect([0, 1, 2, 3, 5, 6, 7, 9, 10, 12].map((offset) => index.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 2, column: 3 },
      { line: 2, column: 4 }, // between \r and \n: still line 2
      { line: 3, column: 1 },
      { line: 3, column: 3 },
      { line: 4, column: 1 },
      { line: 4, column: 3 }, // the end of the text is a position
    ]);
    expect([1, 2, 3, 4].map((line) => index.lineStart(line))).toEqual([0, 3, 7, 10]);
  });

  it('counts columns in UTF-16 code units, as SARIF does by default', () => {
    const text = '👍é\ne\u0301x';
    const index = lineIndex(text);
    expect(index.position(3)).toEqual({ line: 1, column: 4 });
    expect(index.position(text.indexOf('x'))).toEqual({ line: 2, column: 3 });
  });

  it('treats blank lines and a trailing break as lines', () => {
    const index = lineIndex('a\n\n\n');
    expect(index.lineCount).toBe(4);
    expect(index.position(4)).toEqual({ line: 4, column: 1 });
    expect(lineIndex('').position(0)).toEqual({ line: 1, column: 1 });
    expect(lineIndex('\r\r\n').lineCount).toBe(3);
  });

  it('finds the right line by binary search in a long text', () => {
    const text = Array.from({ length: 10_000 }, (_, at) => `line ${at}`).join('\n');
    const index = lineIndex(text);
    const offset = text.indexOf('line 7777');
    expect(index.position(offset + 3)).toEqual({ line: 7778, column: 4 });
  });

  it('rejects offsets and lines outside the text, and a text that is not a string', () => {
    const index = lineIndex('abc');
    for (const offset of [-1, 4, 1.5, Number.NaN]) expect(() => index.position(offset)).toThrow(PlumblineError);
    for (const line of [0, 2]) expect(() => index.lineStart(line)).toThrow(PlumblineError);
    expect(() => lineIndex(null as never)).toThrow(PlumblineError);
  });

  it('finds the same line starts as a reading of one unit at a time, for any mix of \\n, \\r\\n and \\r', () => {
    const reference = (text: string): number[] => {
      const starts = [0];
      for (let at = 0; at < text.length; at += 1) {
        if (text[at] === '\n') starts.push(at + 1);
        else if (text[at] === '\r') {
          if (text[at + 1] === '\n') at += 1;
          starts.push(at + 1);
        }
      }
      return starts;
    };
    const text = fc.array(fc.constantFrom('a', 'bc', '\n', '\r', '\r\n', '\n\r', ' '), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        const index = lineIndex(sample);
        const starts = reference(sample);
        expect(index.lineCount).toBe(starts.length);
        starts.forEach((start, line) => expect(index.lineStart(line + 1)).toBe(start));
      }),
      { numRuns: 1_000 },
    );
  });
});

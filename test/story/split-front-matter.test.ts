import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@plumbline/core';
import { errorOf } from '../support.js';

describe('splitFrontMatter', () => {
  it('cuts the front matter from the body and counts the lines before it', () => {
    const file = '---\nid: launch\ntitle: Launch\n---\n# Launch\n\nOur uptime is 99.9%.\n';
    const split = splitFrontMatter(file);
    expect(split).toEqual({ frontMatter: 'id: launch\ntitle: Launch', frontMatterLine: 2, body: '# Launch\n\nOur uptime is 99.9%.\n', bodyStart: 33, lineOffset: 4 });
    expect(file.slice(split.bodyStart)).toBe(split.body);
  });

  it('reads Windows and old Mac line endings, a byte-order mark, and blanks after a fence', () => {
    expect(splitFrontMatter('---\r\nid: a\r\n---\r\nHello\r\n')).toEqual({ frontMatter: 'id: a', frontMatterLine: 2, body: 'Hello\r\n', bodyStart: 17, lineOffset: 3 });
    expect(splitFrontMatter('---\rid: a\r---\rHello').body).toBe('Hello');
    expect(splitFrontMatter('\ufeff---\nid: a\n---\nHello').body).toBe('Hello');
    expect(splitFrontMatter('---  \nid: a\n--- \t\nHello').frontMatter).toBe('id: a');
  });

  it('takes empty front matter, and a closing fence at the very end', () => {
    expect(splitFrontMatter('---\n---\nBody')).toMatchObject({ frontMatter: '', body: 'Body', lineOffset: 2 });
    expect(splitFrontMatter('---\nid: a\n---')).toMatchObject({ frontMatter: 'id: a', body: '', bodyStart: 13, lineOffset: 3 });
  });

  it('finds no front matter unless the file opens with a fence that closes', () => {
    for (const text of ['', 'Hello', '---', '---\nid: a\nno closing fence\n', ' ---\nid: a\n---\n', '----\nid: a\n----\n', 'Text\n---\nid: a\n---\n']) {
      expect(splitFrontMatter(text)).toEqual({ frontMatter: undefined, frontMatterLine: undefined, body: text, bodyStart: 0, lineOffset: 0 });
    }
  });

  it('keeps a horizontal rule in the body', () => {
    const split = splitFrontMatter('---\nid: a\n---\nOne\n\n---\n\nTwo\n');
    expect(split.body).toBe('One\n\n---\n\nTwo\n');
  });

  it('rejects a value that is not a string', () => {
    expect(errorOf(() => splitFrontMatter(undefined as unknown as string)).code).toBe('INVALID_ARGUMENT');
  });

  it('body lines plus lineOffset are file lines, for any line endings', () => {
    const line = fc.stringMatching(/^[a-z: ]{0,8}$/).filter((text) => text.trim() !== '---');
    const eol = fc.constantFrom('\n', '\r\n');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 5 }), fc.array(line, { minLength: 1, maxLength: 5 }), eol, (front, body, end) => {
        const text = ['---', ...front, '---', ...body].join(end);
        const split = splitFrontMatter(text);
        expect(split.body).toBe(body.join(end));
        expect(text.slice(0, split.bodyStart) + split.body).toBe(text);
        const fileLines = text.split(/\r\n|\n/);
        split.body.split(/\r\n|\n/).forEach((bodyLine, index) => expect(fileLines[index + split.lineOffset]).toBe(bodyLine));
      }),
    );
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { print, slices, writeOutput } from '../../src/cli/output.js';

const SLICE = 2 ** 20;
/** A text of more than two slices with a surrogate pair across the first cut (unit 2^20 is its low half). */
const straddling = `${'a'.repeat(SLICE - 1)}😀${'é'.repeat(SLICE)}😀z`;
const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('slices (how the command writes a large report)', () => {
  it('gives the text back whole, in slices of the size asked, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\ud83d', '\ude00', '\n'), maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (text, size) => {
        const parts = [...slices(text, size)];
        expect(parts.join('')).toBe(text);
        parts.forEach((part, at) => {
          expect(part.length).toBeGreaterThan(0);
          expect(part.length).toBeLessThanOrEqual(size + 1);
          // A slice longer than asked only to keep a pair together.
          if (part.length === size + 1) expect(/[\ud800-\udbff][\udc00-\udfff]$/.test(part)).toBe(true);
          if (at < parts.length - 1) {
            const high = part.charCodeAt(part.length - 1);
            const next = parts[at + 1]?.charCodeAt(0) ?? 0;
            expect(high >= 0xd800 && high <= 0xdbff && next >= 0xdc00 && next <= 0xdfff).toBe(false);
          }
        });
      }),
    );
  });

  it('keeps a pair on a cut together and hands a short text over as it is', () => {
    expect([...slices('ab😀cd', 3)]).toEqual(['ab😀', 'cd']);
    expect([...slices('abc', 3)]).toEqual(['abc']);
    expect([...slices('', 3)]).toEqual([]);
    const text = 'x'.repeat(100);
    expect([...slices(text)][0]).toBe(text);
    expect([...slices(straddling)].map((part) => part.length)).toEqual([SLICE + 1, SLICE, 3]);
  });

  it('refuses a size that would never end', () => {
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => [...slices('abc', size)]).toThrow(RangeError);
  });
});

describe('print and writeOutput', () => {
  const folders: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('print hands stdout the whole text in well-formed slices of at most 1 MB', () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    print(straddling);
    expect(written.join('')).toBe(straddling);
    expect(written.length).toBe(3);
    for (const chunk of written) expect(lone.test(chunk)).toBe(false);
  });

  it('writeOutput writes exactly the UTF-8 of the text, pairs across cuts included', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plumbline-output-'));
    folders.push(folder);
    const file = join(folder, 'report.json');
    writeOutput(file, straddling);
    expect(readFileSync(file).equals(Buffer.from(straddling, 'utf8'))).toBe(true);
    writeOutput(file, '');
    expect(readFileSync(file).length).toBe(0);
  });

  it('writeOutput names the file it cannot write', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plumbline-output-'));
    folders.push(folder);
    expect(() => writeOutput(join(folder, 'missing', 'report.json'), 'x')).toThrow(/report\.json: cannot write/);
  });
});

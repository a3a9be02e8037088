import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slices } from '../../src/cli/output.js';

describe('slices (how the command writes a large report)', () => {
  it('gives the text back whole, in slices of the size asked, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\ud83d', '\ude00', '\n'), maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (text, size) => {
        const parts = [...slices(text, size)];
        expect(parts.join('')).toBe(text);
        parts.forEach((part, at) => {
          expect(part.length).toBeGreaterThan(0);
          expect(part.length).toBeLessThanOrEqual(size + 1);
          // A slice longer than asked only to keep a pair together; a cut never leaves a high surrogate last.
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
  });
});

import { describe, expect, it } from 'vitest';
import {
  codePointAtIndex,
  codePointBeforeIndex,
  codePointLength,
  isJoiner,
  isMarkCodePoint,
  isNoSpaceScript,
  isSpaceUnit,
  isWordCodePoint,
} from '../../src/text/chars.js';

const cp = (char: string): number => char.codePointAt(0) ?? -1;

describe('character classes', () => {
  it('calls letters, marks and numbers of any script word characters, and nothing else', () => {
    for (const char of ['a', 'Z', '7', 'é', 'ß', 'Ж', 'ع', '東', 'ー', '\u0301', '²', '𝒜']) expect(isWordCodePoint(cp(char)), char).toBe(true);
    for (const char of ['_', '-', '.', "'", ' ', '+', '👍', '€']) expect(isWordCodePoint(cp(char)), char).toBe(false);
    expect(isWordCodePoint(-1)).toBe(false);
  });

  it('knows the joiners, white space, marks and the scripts without spaces', () => {
    expect(['-', '.', '_', '@'].every((char) => isJoiner(cp(char)))).toBe(true);
    expect(["'", '/', '+'].some((char) => isJoiner(cp(char)))).toBe(false);
    expect([' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\u0085', '\ufeff'].every((char) => isSpaceUnit(cp(char)))).toBe(true);
    expect(['a', '\u200b', '_'].some((char) => isSpaceUnit(cp(char)))).toBe(false);
    expect(isMarkCodePoint(0x301)).toBe(true);
    expect(isMarkCodePoint(cp('a'))).toBe(false);
    expect(['東', 'の', 'カ', 'ไ'].every((char) => isNoSpaceScript(cp(char)))).toBe(true);
    expect(['a', 'Ж', '한'].some((char) => isNoSpaceScript(cp(char)))).toBe(false);
  });

  it('reads code points around an index, surrogate pairs as one', () => {
    const text = 'a👍b';
    expect(codePointAtIndex(text, 1)).toBe(0x1f44d);
    expect(codePointBeforeIndex(text, 3)).toBe(0x1f44d);
    expect(codePointBeforeIndex(text, 0)).toBe(-1);
    expect(codePointAtIndex(text, 4)).toBe(-1);
    expect(codePointLength(text, 1)).toBe(2);
    expect(codePointLength(text, 0)).toBe(1);
    expect(codePointBeforeIndex('\udc00', 1)).toBe(0xdc00);
  });
});

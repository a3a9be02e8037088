import { describe, expect, it } from 'vitest';
import { foldPhrase, foldText, originalRange, type FoldedText } from '../../src/text/normalize.js';

/** The original range of every folded unit, as [start, end] pairs. */
const ranges = (folded: FoldedText): [number, number][] =>
  Array.from(folded.starts, (start, at) => [start, folded.ends[at] as number]);

describe('foldText', () => {
  it('lower-cases ASCII and maps every unit to itself', () => {
    const folded = foldText('GitHub C++');
    expect(folded.text).toBe('github c++');
    expect(ranges(folded)).toEqual(Array.from({ length: 10 }, (_, at) => [at, at + 1]));
    expect(folded.originalLength).toBe(10);
  });

  it('collapses a run of white space and line breaks to one space that spans the run', () => {
    const folded = foldText('open \r\n\t  source\u00a0\u2028code');
    expect(folded.text).toBe('open source code');
    expect(ranges(folded)[4]).toEqual([4, 10]);
    expect(ranges(folded)[11]).toEqual([16, 18]);
    expect(originalRange(folded, 0, 11)).toEqual({ start: 0, end: 16 });
  });

  it('keeps white space as it is when asked', () => {
    expect(foldText('A \n B', { collapseWhitespace: false }).text).toBe('a \n b');
  });

  it('composes NFD and maps the composed letter to both original units', () => {
    const folded = foldText('Cafe\u0301!');
    expect(folded.text).toBe('café!');
    expect(ranges(folded)).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
      [3, 5],
      [5, 6],
    ]);
  });

  it('expands compatibility characters and keeps every expanded unit on its source', () => {
    const folded = foldText('ﬁle ＧｉｔＨｕｂ ①');
    expect(folded.text).toBe('file github 1');
    expect(ranges(folded).slice(0, 3)).toEqual([
      [0, 1],
      [0, 1],
      [1, 2],
    ]);
    expect(originalRange(folded, 5, 11)).toEqual({ start: 4, end: 10 });
  });

  it('applies the extra mappings: dotted I, sharp s, final sigma, apostrophes, hyphens', () => {
    expect(foldText('İstanbul').text).toBe('istanbul');
    expect(foldText('Straße STRASSE ẞ').text).toBe('strasse strasse ss');
    expect(foldText('ΟΔΟΣ οδος').text).toBe('οδοσ οδοσ');
    expect(foldText('GitHub’s GitHub‘s GitHubʼs').text).toBe("github's github's github's");
    expect(foldText('e\u2011mail e\u2010mail').text).toBe('e-mail e-mail');
  });

  it('drops soft hyphens, zero-width spaces, word joiners and byte order marks', () => {
    const folded = foldText('\uFEFFGit\u00adHub\u200b!');
    expect(folded.text).toBe('github!');
    expect(originalRange(folded, 0, 6)).toEqual({ start: 1, end: 8 });
  });

  it('keeps an emoji as its two units, both pointing at the pair', () => {
    const folded = foldText('a👍B');
    expect(folded.text).toBe('a👍b');
    expect(ranges(folded)).toEqual([
      [0, 1],
      [1, 3],
      [1, 3],
      [3, 4],
    ]);
  });

  it('composes Hangul jamo into a syllable', () => {
    const folded = foldText('\u1100\u1161 x');
    expect(folded.text).toBe('가 x');
    expect(ranges(folded)[0]).toEqual([0, 2]);
  });

  it('folds the empty text', () => {
    expect(foldText('')).toMatchObject({ text: '', originalLength: 0 });
    expect(originalRange(foldText(''), 0, 0)).toEqual({ start: 0, end: 0 });
  });

  it('does not fold accents away', () => {
    expect(foldText('café').text).not.toBe(foldText('cafe').text);
  });
});

describe('foldPhrase', () => {
  it('folds a phrase as a story is folded, trimmed', () => {
    expect(foldPhrase('  Open \n  Source ')).toBe('open source');
    expect(foldPhrase('.NET')).toBe('.net');
    expect(foldPhrase('e\u0301')).toBe('é');
    expect(foldPhrase(' \n ')).toBe('');
  });
});

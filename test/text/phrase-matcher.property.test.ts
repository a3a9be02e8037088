import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldPhrase, foldText } from '../../src/text/normalize.js';
import { compileMatcher, termForms, type PhraseMatch, type PhraseTerm } from '../../src/text/phrase-matcher.js';
import { ASCII_WORD_KINDS, words } from '../../src/text/words.js';

// Texts and phrases from small alphabets, so that terms actually occur, with
// the characters that make matching hard: case, joiners, white space runs,
// metacharacters, NFD marks, ligatures, surrogate pairs, dropped characters.
const textPieces = ['a', 'b', 'A', 'B', 's', 'y', 'S', '-', '.', '_', '@', ' ', '  ', '\n', '\r\n', '\t', '+', '(', ')', '[', '*', 'é', 'e\u0301', 'ﬁ', '👍', '\u00ad', "'", '’', '東', 'Σ', 'ς'];
const phrasePieces = ['a', 'b', 's', 'y', 'A', '-', '+', '(', ' ', 'é', '.', '東', "'", 'f', 'i', 'σ'];
const text = fc.array(fc.constantFrom(...textPieces), { maxLength: 60 }).map((pieces) => pieces.join(''));
const phrase = fc
  .array(fc.constantFrom(...phrasePieces), { minLength: 1, maxLength: 4 })
  .map((pieces) => pieces.join(''))
  .filter((value) => foldPhrase(value).length > 0);
const terms = fc.array(
  fc.record({ phrase, inflect: fc.boolean() }).map(({ phrase: value, inflect }) => ({ id: value, phrase: value, inflect })),
  { minLength: 1, maxLength: 6 },
);
/** Terms with a text that often contains them (as written, upper-cased, plural or possessive). */
const termsAndText = terms.chain((list) => {
  const phrases = list.map((item) => item.phrase);
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...textPieces) },
    { weight: 1, arbitrary: fc.constantFrom(...phrases) },
    { weight: 1, arbitrary: fc.constantFrom(...phrases).chain((value) => fc.constantFrom(value.toUpperCase(), `${value}s`, `${value}'s`, `${value}ies`)) },
  );
  return fc.tuple(fc.constant(list), fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')));
});

// The documented boundary rule, restated independently of the implementation.
const WORD = /^[\p{L}\p{M}\p{N}]$/u;
const NO_SPACE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u30FC]$/u;
const charBefore = (value: string, index: number): string => (index <= 0 ? '' : ([...value.slice(0, index)].at(-1) ?? ''));
const charAt = (value: string, index: number): string => (index >= value.length ? '' : ([...value.slice(index)][0] ?? ''));
const isWord = (char: string): boolean => WORD.test(char);
const joins = (left: string, right: string): boolean => isWord(left) && isWord(right) && !NO_SPACE.test(left) && !NO_SPACE.test(right);
const JOINERS = '-._@';

/** A brute-force matcher: every occurrence of every form, filtered by the rule, then leftmost-longest per term. */
function oracle(list: readonly PhraseTerm[], original: string): PhraseMatch[] {
  const folded = foldText(original);
  const source = folded.text;
  const aligned = (at: number): boolean => at === 0 || at === source.length || folded.starts[at] !== folded.starts[at - 1];
  const candidates: [number, number, number][] = [];
  list.forEach((item, termIndex) => {
    for (const form of termForms(foldPhrase(item.phrase), item.inflect === true)) {
      for (let at = source.indexOf(form); at !== -1; at = source.indexOf(form, at + 1)) {
        const end = at + form.length;
        const first = charAt(source, at);
        const last = charBefore(source, end);
        const startOk =
          !joins(charBefore(source, at), first) && !(isWord(first) && JOINERS.includes(source[at - 1] ?? 'x') && isWord(charBefore(source, at - 1)));
        const endOk = !joins(last, charAt(source, end)) && !(isWord(last) && JOINERS.includes(source[end] ?? 'x') && isWord(charAt(source, end + 1)));
        if (aligned(at) && aligned(end) && startOk && endOk) candidates.push([termIndex, at, end]);
      }
    }
  });
  candidates.sort((a, b) => a[1] - b[1] || b[2] - a[2] || a[0] - b[0]);
  const lastEnd = new Map<number, number>();
  const matches: PhraseMatch[] = [];
  for (const [termIndex, at, end] of candidates) {
    if (at < (lastEnd.get(termIndex) ?? 0)) continue;
    lastEnd.set(termIndex, end);
    const start = folded.starts[at] as number;
    const stop = folded.ends[end - 1] as number;
    matches.push({ termIndex, id: (list[termIndex] as PhraseTerm).id, start, end: stop, text: original.slice(start, stop) });
  }
  return matches;
}

describe('phrase matcher properties', () => {
  it('finds exactly what a brute-force search under the documented rules finds, dense or sparse', () => {
    fc.assert(
      fc.property(termsAndText, ([list, value]) => {
        const expected = oracle(list, value);
        expect(compileMatcher(list).scan(value)).toEqual(expected);
        expect(compileMatcher(list, { denseLimit: 0 }).scan(value)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('returns matches whose original text folds to an accepted form of their term', () => {
    fc.assert(
      fc.property(termsAndText, ([list, value]) => {
        const matcher = compileMatcher(list);
        for (const match of matcher.scan(value)) {
          expect(match.text).toBe(value.slice(match.start, match.end));
          expect(matcher.forms[match.termIndex]).toContain(foldPhrase(match.text));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('sorts by start and never overlaps two matches of one term', () => {
    fc.assert(
      fc.property(termsAndText, ([list, value]) => {
        const matches = compileMatcher(list).scan(value);
        for (let at = 1; at < matches.length; at += 1) expect((matches[at] as PhraseMatch).start).toBeGreaterThanOrEqual((matches[at - 1] as PhraseMatch).start);
        const lastEnd = new Map<number, number>();
        for (const match of matches) {
          expect(match.start).toBeGreaterThanOrEqual(lastEnd.get(match.termIndex) ?? 0);
          lastEnd.set(match.termIndex, match.end);
        }
      }),
    );
  });

  it('is deterministic: the same terms and text give the same matches, whatever was scanned before', () => {
    fc.assert(
      fc.property(terms, text, text, (list, value, other) => {
        const matcher = compileMatcher(list);
        const first = matcher.scan(value);
        matcher.scan(other);
        expect(matcher.scan(value)).toEqual(first);
        expect(compileMatcher(list).scan(value)).toEqual(first);
      }),
    );
  });

  it('scans ASCII text as it is (no fold) exactly as it scans the fold, and counts its words as the word count does', () => {
    const isAscii = (value: string): boolean => !/[^\u0000-\u007f]/.test(value);
    const asciiTermsAndText = termsAndText
      .map(([list, value]): [PhraseTerm[], string] => [list.filter((item) => isAscii(item.phrase)), value.replace(/[^\u0000-\u007f]/g, ' ')])
      .filter(([list]) => list.length > 0);
    // Runs of white space of every kind inside multi-word phrases and around them, and every joiner.
    const spaced = fc.tuple(
      fc.array(fc.constantFrom('a', 'b', 'ab', 'ba s'), { minLength: 1, maxLength: 3 }),
      fc.array(fc.constantFrom('a', 'B', 'b', 'A', ' ', '  ', '\n', '\r\n', ' \t ', '\n\n', '.', "'", '-', '_', '@', ',', 'x', '9'), { maxLength: 40 }),
    ).map(([phrases, pieces]): [PhraseTerm[], string] => {
      const list = phrases.map((value) => ({ id: value, phrase: value.replace(' ', ' ') }));
      const text = pieces.map((piece, at) => (at % 5 === 0 ? `${piece}${phrases[at % phrases.length]?.replace(' ', '\n ') ?? ''}` : piece)).join('');
      return [list, text];
    });
    const counted = { words: 0, signalled: false };
    fc.assert(
      fc.property(fc.oneof(asciiTermsAndText, spaced), ([list, value]) => {
        const matcher = compileMatcher(list);
        const unfolded = matcher.scanAscii;
        expect(unfolded).toBeDefined();
        expect(unfolded?.(value, ASCII_WORD_KINDS, counted)).toEqual(oracle(list, value));
        expect(counted.words).toBe(words(value, -1));
        expect(compileMatcher(list, { denseLimit: 0 }).scanAscii).toBeUndefined();
      }),
      { numRuns: 2_000 },
    );
  });

  it('finds a word term inserted between spaces at any position, in any case', () => {
    const word = fc.stringMatching(/^[a-z]{2,8}$/);
    fc.assert(
      fc.property(word, text, fc.nat(), fc.boolean(), (value, story, position, upper) => {
        const at = position % (story.length + 1);
        const inserted = upper ? value.toUpperCase() : value;
        // Insert on a code point boundary, so that no surrogate pair is split.
        const safe = /[\ud800-\udbff]$/.test(story.slice(0, at)) ? at - 1 : at;
        const full = `${story.slice(0, safe)} ${inserted} ${story.slice(safe)}`;
        const matches = compileMatcher([{ id: 'w', phrase: value }]).scan(full);
        expect(matches).toContainEqual({ termIndex: 0, id: 'w', start: safe + 1, end: safe + 1 + value.length, text: inserted });
      }),
    );
  });
});

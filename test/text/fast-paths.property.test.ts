import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAscii, foldGeneral, foldMixed, foldPhrase, foldText, type AsciiWhiteSpace, type FoldedText } from '../../src/text/normalize.js';
import { ASCII_WORD_KINDS, wordsAndShape } from '../../src/text/words.js';
import { MASKING_SIGNS, maskMarkdown, mayNeedMasking } from '../../src/text/mask-markdown.js';
import { compileMatcher, type ScanSignal } from '../../src/text/phrase-matcher.js';
import { maskMarkdown as referenceMask } from './mask-markdown-reference.js';
import { findNumbers, mayStateNumbers, NUMBER_SIGNALS } from '../../src/text/numbers.js';
import { findNumbers as referenceNumbers } from './numbers-reference.js';
import { splitSentences } from '../../src/text/sentences.js';
import { splitSentences as referenceSentences } from './sentences-reference.js';

/** A fold as plain data: its text and maps, read both through the arrays and through startOf/endOf. */
const plain = (folded: FoldedText): unknown => {
  const units = Array.from(folded.text, (_, at) => at);
  return {
    text: folded.text,
    starts: Array.from(folded.starts),
    ends: Array.from(folded.ends),
    startOf: units.map((at) => folded.startOf(at)),
    endOf: units.map((at) => folded.endOf(at)),
    originalLength: folded.originalLength,
  };
};

/** The white space of an ASCII text as documented, read unit by unit. */
function referenceWhiteSpace(text: string): AsciiWhiteSpace {
  if (/ {2}/.test(text)) return 'runs';
  return /[\t-\r]/.test(text) ? 'controls' : 'single-spaces';
}

/** ASCII texts rich in white space runs, line breaks, capitals and punctuation. */
const asciiText = fc
  .array(fc.constantFrom('a', 'Z', 'Q', 'x', '1', ' ', '  ', '\t', '\n', '\r\n', '\r', '\v', '\f', '.', '!', '?', "'", '-', '#', '*', '`', 'GitHub', 'e.g.', 'Dr. ', ' a', ' B'), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** Mostly ASCII text with characters beyond it here and there: accents (composed and not), ligatures, wide and zero-width characters, other spaces. */
const mixedText = fc
  .array(
    fc.constantFrom(
      'a', 'Z', 'x', '1', ' ', '  ', '\t', '\n', '\r\n', '.', "'", '-', 'GitHub', ' a', ' B', 'words and more words',
      '\u00e9', 'e\u0301', 'E\u0301\u0302', '\u0301', ' \u0301', '\ufb01', '\u00df', '\u2019', '\u2014', '\u00a0', ' \u00a0 ', '\u3000', '\u00ad', ' \u00ad ',
      '\u200b', '\u{1d400}', '\u0130', '\u2028', '\u2460', '\u03a3', '\u03c2', '\u1100\u1161', '\ud800', '\ufdfa', '\u2002', '\uff27', '\u00a8', ' \u00a8x',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('foldText fast path', () => {
  it('folds ASCII text exactly as the general path does, with and without collapsing', () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, fc.string({ unit: 'binary-ascii', maxLength: 60 })), fc.boolean(), (text, collapse) => {
        const general = plain(foldGeneral(text, collapse));
        expect(plain(foldAscii(text, collapse))).toEqual(general);
        expect(plain(foldAscii(text, collapse, referenceWhiteSpace(text)))).toEqual(general);
        // A text with control white space but no two spaces in a row may still be folded as one with runs.
        if (referenceWhiteSpace(text) !== 'single-spaces') expect(plain(foldAscii(text, collapse, 'runs'))).toEqual(general);
        expect(plain(foldText(text, { collapseWhitespace: collapse }))).toEqual(general);
      }),
      { numRuns: 2_000 },
    );
  });

  it('is told the white space of a text exactly by the word count', () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, fc.string({ unit: 'binary-ascii', maxLength: 60 })), (text) => {
        const shape = wordsAndShape(text);
        expect(shape.ascii).toBe(true);
        expect(shape.whiteSpace).toBe(referenceWhiteSpace(text));
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(mixedText, (text) => {
        const shape = wordsAndShape(text);
        expect(shape.ascii).toBe(!/[^\u0000-\u007f]/.test(text));
        expect(shape.whiteSpace).toBe(referenceWhiteSpace(text));
      }),
      { numRuns: 2_000 },
    );
    expect(wordsAndShape('caf\u00e9 \n').ascii).toBe(false);
  });

  it('marks only ASCII folds as one unit per segment', () => {
    expect(foldText('Ab  c\n').unitSegments).toBe(true);
    expect(foldText('Ab c').unitSegments).toBe(true);
    expect(foldText('\ufb01 x').unitSegments).toBe(false);
  });

  it('maps long texts and texts of every length around the shared table size exactly', () => {
    for (const length of [0, 1, 1_023, 1_024, 1_025, 65_535, 65_536, 65_537, 70_000]) {
      const text = 'Ab c'.repeat(Math.ceil(length / 4)).slice(0, length);
      const folded = foldText(text);
      expect(folded.text).toBe(text.toLowerCase());
      expect(folded.starts.length).toBe(length);
      expect(folded.ends.length).toBe(length);
      for (let at = 0; at < length; at += 997) {
        expect(folded.starts[at]).toBe(at);
        expect(folded.ends[at]).toBe(at + 1);
      }
      if (length > 0) expect([folded.starts[length - 1], folded.ends[length - 1]]).toEqual([length - 1, length]);
    }
    expect(plain(foldText('x'.repeat(70_000)))).toEqual(plain(foldGeneral('x'.repeat(70_000), true)));
  });

  it('folds mostly-ASCII text (stretches in bulk, the rest segment by segment) exactly as the general path does', () => {
    fc.assert(
      fc.property(mixedText, fc.boolean(), (text, collapse) => {
        const mixed = foldMixed(text, collapse);
        expect(mixed).toBeDefined();
        const general = foldGeneral(text, collapse);
        expect(plain(mixed as FoldedText)).toEqual(plain(general));
        // Checked before the arrays are built (they are built on first read), as the matcher reads it.
        const fresh = foldMixed(text, collapse) as FoldedText;
        expect(Array.from(fresh.text, (_, at) => [fresh.startOf(at), fresh.endOf(at)])).toEqual(Array.from(general.text, (_, at) => [general.starts[at], general.ends[at]]));
        expect(plain(foldText(text, { collapseWhitespace: collapse }))).toEqual(plain(general));
        // Told what ASCII white space the whole text holds (as the word count tells the analysis), or the most there can be.
        expect(plain(foldMixed(text, collapse, referenceWhiteSpace(text)) as FoldedText)).toEqual(plain(general));
        expect(plain(foldMixed(text, collapse, 'runs') as FoldedText)).toEqual(plain(general));
        if (fresh.unitSegments) expect(new Set(general.starts).size).toBe(general.starts.length);
      }),
      { numRuns: 5_000 },
    );
  });

  it('leaves text dense with characters beyond ASCII to the general path', () => {
    const dense = 'Größe ändert öfter '.repeat(100);
    expect(foldMixed(dense, true)).toBeUndefined();
    expect(plain(foldText(dense))).toEqual(plain(foldGeneral(dense, true)));
    const sparse = `${'plain words '.repeat(200)}caf\u00e9 `.repeat(10);
    expect(foldMixed(sparse, true)).toBeDefined();
  });

  it('leaves any other text to the general path', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 30 }), (text) => {
        expect(plain(foldText(text))).toEqual(plain(foldGeneral(text, true)));
      }),
      { numRuns: 500 },
    );
  });

  it('remembers phrases without changing them', () => {
    fc.assert(
      fc.property(fc.oneof(asciiText, fc.string({ maxLength: 20 })), (phrase) => {
        const first = foldPhrase(phrase);
        expect(first).toBe(foldGeneral(phrase, true).text.trim());
        expect(foldPhrase(phrase)).toBe(first);
      }),
      { numRuns: 500 },
    );
  });
});

/** Prose with every construct the splitter looks at: terminators, closers, abbreviations, line markers, non-ASCII. */
const prose = fc
  .array(
    fc.constantFrom(
      'a', 'B', 'z', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '.', '!', '?', '…', '‼', '⁇', '⁉', '。', '！', '？', '"', "'", '”', '’', '»', ')',
      ']', '}', '*', '_', 'e.g', 'i.e', 'vs', 'Dr', 'approx', 'z.B', 'é', 'É', 'ß', 'Ω', 'ω', '\u0301', '𝐀', '\ud800', '# ', '- ', '1. ', '> ', '|', '```',
      '~~~', '99.9%', 'Node.js', '\u00a0', '\u2028', '\u0085', ' a', ' A',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('splitSentences linear scan', () => {
  it('splits exactly as the regex-based splitter it replaced', () => {
    fc.assert(
      fc.property(fc.oneof(prose, fc.string({ maxLength: 40 })), (text) => {
        expect(splitSentences(text)).toEqual(referenceSentences(text));
        const masked = maskMarkdown(text);
        expect(splitSentences(masked)).toEqual(referenceSentences(masked));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('maskMarkdown scratch buffer', () => {
  it('gives the same mask whatever was masked before, for short and long bodies', () => {
    const code = '`code` <b>x</b> see https://example.com and notes.yaml\n'.repeat(3);
    const plainText = 'plain prose with nothing to mask\n'.repeat(3);
    const long = `${code}${'word '.repeat(20_000)}`;
    const fresh = [code, plainText, long].map((body) => maskMarkdown(body));
    for (const order of [[0, 1, 2], [2, 1, 0], [1, 0, 2, 0, 1]]) {
      for (const at of order) expect(maskMarkdown([code, plainText, long][at] as string)).toBe(fresh[at]);
    }
    expect(fresh[1]).toBe(plainText);
    expect(fresh[0]).not.toBe(code);
  });
});

/** Markdown with every inline construct the masker looks for, and near misses of each. */
const markdown = fc
  .array(
    fc.constantFrom(
      'a', 'W', 'h', 'f', 'w', ' ', '\n', '\n\n', '\r\n', '    ', '\t', '`', '``', '\\', '\\`', '<', '>', '<b>', '</span>', '<!-- c -->', '<a href="x">',
      '[', ']', '](', '(', ')', '][', '[x](http://e.com "t")', '![i](p.png)', '@', 'me@example.com', '.', '.y', 'notes.yaml', 'my-github.txt',
      'Node.js', '.NET', 'http://', 'https://x.org/a_(b)', 'HTTP://X.COM', 'ftp://f', 'www.', 'www.x.com', 'wwww.x', 'xhttp://y', '```\n', '---\n', 'é', '𝐀',
      '\r', ' \t', '   \t', '~~~\n', '+++\n', '\uFEFF---\n', '...\n', '<script>', '</script>', '[r]: http://x', 'WWW.X', 'a.b',
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('maskMarkdown trigger search', () => {
  it('masks exactly as the unit-by-unit scanner it replaced, with and without e-mails and file names', () => {
    fc.assert(
      fc.property(fc.oneof(markdown, fc.string({ maxLength: 40 })), fc.boolean(), fc.boolean(), (text, emails, fileNames) => {
        expect(maskMarkdown(text, { emails, fileNames })).toBe(referenceMask(text, { emails, fileNames }));
      }),
      { numRuns: 5_000 },
    );
  });
});

/** Numbers in every form findNumbers reads, number words with and without units, and near misses. */
const numberText = fc
  .array(
    fc.constantFrom(
      ' ', '  ', '\n', '.', ',', '-', '(', ')', '99.9', '99,9', '1,200', '1 200', '1.200,50', '30', '0', '-5', '24/7', '3/4/2026', '4K', '5G', 'x', '×', '10x', '24h', '3d',
      '%', '％', ' percent', ' per cent', ' pct', ' days', ' day', '-day', ' weeks', ' ms', ' MS', ' msec', ' hrs', ' yr', ' mo', ' months', 'k', ' thousand', ' million', 'bn', 'M', ' MB', 'KB',
      '$', '€', '£', 'USD ', ' EUR', 'twenty', 'Twenty', 'five', 'FIVE', 'twenty-five', 'twenty five', 'eleven', 'one', 'none', 'someone', 'é', 'ſix', 'uptime', 'a', 'days_', '\u00a0', '\u202f', '\u2009',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('findNumbers native searches and guards', () => {
  it('reads number words at and after the start of a range as the reader it replaced does', () => {
    for (const text of ['twenty-five percent', 'five percent', 'x five percent', 'one-five days', 'fifty five%', 'ten days and twenty-one weeks']) {
      for (let start = 0; start <= 3; start += 1) expect(findNumbers(text, start, text.length)).toEqual(referenceNumbers(text, start, text.length));
    }
    expect(findNumbers('twenty-five percent', 1).map((mention) => mention.value)).toEqual(['5%']);
  });

  it('finds the same number words in Latin-1 text and in text with any unit beyond it (two searches)', () => {
    fc.assert(
      fc.property(numberText, fc.constantFrom('\u2019', '\u2014', '\u{1f600}', '\u017f', '\u00e9'), (text, other) => {
        // The unit beyond Latin-1 after the text, out of the range read, changes only which search runs.
        const wider = `${text} ${other}`;
        expect(findNumbers(wider, 0, text.length)).toEqual(referenceNumbers(wider, 0, text.length));
        expect(findNumbers(wider, 0, text.length)).toEqual(findNumbers(text));
        expect(findNumbers(`${other}${text}`)).toEqual(referenceNumbers(`${other}${text}`));
      }),
      { numRuns: 3_000 },
    );
    expect(findNumbers('We\u2019re up: twenty-five percent, ſix days').map((mention) => mention.value)).toEqual(['25%', '6 days']);
  });

  it('says a text may state no number only when no range of it states one', () => {
    fc.assert(
      fc.property(fc.oneof(numberText, fc.string({ maxLength: 30 })), fc.constantFrom('', '\u2019', '\u017f', ' \u017f'), fc.nat(), fc.nat(), (base, other, a, b) => {
        const text = `${base}${other}`;
        if (mayStateNumbers(text)) return;
        expect(findNumbers(text)).toEqual([]);
        const start = Math.min(a, b) % (text.length + 1);
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (text.length - start + 1));
        expect(findNumbers(text, start, end)).toEqual([]);
      }),
      { numRuns: 3_000 },
    );
    expect(mayStateNumbers('We cut truck rolls.')).toBe(false);
    expect(mayStateNumbers('Up 30%.')).toBe(true);
    expect(mayStateNumbers('twenty-five percent')).toBe(true);
    expect(mayStateNumbers('ſix days')).toBe(true);
    // A number word inside a word is no candidate, so no number: none of these state one.
    expect(mayStateNumbers('someone stone')).toBe(false);
  });

  it('is told by a phrase matcher\'s ASCII scan with NUMBER_SIGNALS, in the same pass as its terms', () => {
    // Terms that overlap number words and digits, so signals and terms share states of the automaton.
    const matcher = compileMatcher(
      [
        { id: 'often', phrase: 'often', inflect: true },
        { id: 'one', phrase: 'one' },
        { id: 'uptime', phrase: 'uptime 99.9%' },
        { id: 'x10', phrase: 'x10' },
      ],
      { signals: NUMBER_SIGNALS },
    );
    const counted = { words: 0, signalled: false };
    const plain = compileMatcher([{ id: 'often', phrase: 'often', inflect: true }, { id: 'one', phrase: 'one' }, { id: 'uptime', phrase: 'uptime 99.9%' }, { id: 'x10', phrase: 'x10' }]);
    const ascii = fc.oneof(
      numberText.filter((text) => !/[^\u0000-\u007f]/.test(text)),
      fc.array(fc.constantFrom('one', 'One', 'TEN', 'often', 'someone', '_one', 'x-one', '1', '9', 'x10', 'seven', 'sevenfold', ' ', '-', '.', '\n', 'a', 'uptime 99.9%'), { maxLength: 12 }).map((parts) => parts.join('')),
      fc.string({ unit: 'binary-ascii', maxLength: 30 }),
    );
    fc.assert(
      fc.property(ascii, (text) => {
        const found = matcher.scanAscii?.(text, ASCII_WORD_KINDS, counted);
        expect(counted.signalled).toBe(mayStateNumbers(text));
        // Signals are never matches, and change none.
        expect(found).toEqual(plain.scanAscii?.(text, ASCII_WORD_KINDS, { words: 0, signalled: false }));
        expect(matcher.scan(text)).toEqual(plain.scan(text));
      }),
      { numRuns: 3_000 },
    );
    expect(matcher.scanAscii?.('Our crews often help someone.', ASCII_WORD_KINDS, counted)?.map((hit) => hit.id)).toEqual(['often']);
    expect(counted.signalled).toBe(false);
    matcher.scanAscii?.('One crew, x-one, _one', ASCII_WORD_KINDS, counted);
    expect(counted.signalled).toBe(true);
    matcher.scanAscii?.('Crew _one', ASCII_WORD_KINDS, counted);
    expect(counted.signalled).toBe(false);
    matcher.scanAscii?.('Crew x10', ASCII_WORD_KINDS, counted);
    expect(counted.signalled).toBe(true);
  });

  it('refuses a signal that is not ASCII without white space, naming it', () => {
    expect(() => compileMatcher([], { signals: [{ phrase: 'two words', at: 'anywhere' }] })).toThrow(/options\.signals\[0\]\.phrase/);
    expect(() => compileMatcher([], { signals: [{ phrase: 'caf\u00e9', at: 'anywhere' }] })).toThrow(/options\.signals\[0\]\.phrase/);
    // @ts-expect-error: a place the scan does not know
    expect(() => compileMatcher([], { signals: [{ phrase: 'one', at: 'word-end' }] })).toThrow(/options\.signals\[0\]\.at/);
  });

  it('finds exactly what the unit-by-unit reader it replaced finds, in whole texts and in ranges', () => {
    fc.assert(
      fc.property(numberText, fc.nat(), fc.nat(), (text, a, b) => {
        expect(findNumbers(text)).toEqual(referenceNumbers(text));
        const start = Math.min(a, b) % (text.length + 1);
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (text.length - start + 1));
        expect(findNumbers(text, start, end)).toEqual(referenceNumbers(text, start, end));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('the ASCII scan that gives up at signs of Markdown', () => {
  // Terms and texts where every sign of Markdown turns up (alone, and next to what makes it one).
  const signsText = fc
    .array(
      fc.constantFrom(
        'a', 'Z', 'w', 'W', 'ww', 'up', 'time', '.NET', 'net', 'www', 'www.', 'WwW.', 'x', '1', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n    ', '\n\t', '\r   \t', '\n   x',
        '.', '.a', '. ', '.9', ':', '://', ': //', ':/', '---', '+++', '\ufeff---', '\\', '`', '~', '<', '[', ']', '@', 'uptime', 'e-mail', '\u2019', '\u00e9',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));
  const matcher = compileMatcher([
    { id: 'uptime', phrase: 'uptime', inflect: true },
    { id: 'e-mail', phrase: 'e-mail' },
    { id: 'www', phrase: 'www' },
    { id: 'a', phrase: 'a' },
    // Terms holding sign units (`.`, `:`, `w`, a space that a line break may stand for): the scan steps
    // through a sign as through the same unit anywhere else.
    { id: '.net', phrase: '.NET' },
    { id: 'up time', phrase: 'up time' },
    { id: 'a:w', phrase: 'a: w' },
  ]);

  it('gives up exactly where the body needs masking or holds a unit beyond ASCII, and otherwise scans as without the signs', () => {
    const scanAscii = matcher.scanAscii;
    expect(scanAscii).toBeDefined();
    const counted = { words: 0, signalled: false };
    const plainCount = { words: 0, signalled: false };
    fc.assert(
      fc.property(fc.oneof(signsText, fc.string({ unit: 'binary-ascii', maxLength: 40 })), (text) => {
        const withSigns = scanAscii?.(text, ASCII_WORD_KINDS, counted, MASKING_SIGNS);
        const beyondAscii = /[^\u0000-\u007f]/.test(text);
        expect(withSigns === undefined).toBe(beyondAscii || mayNeedMasking(text));
        if (withSigns === undefined) return;
        expect(withSigns).toEqual(scanAscii?.(text, ASCII_WORD_KINDS, plainCount));
        expect(counted.words).toBe(plainCount.words);
        expect(maskMarkdown(text)).toBe(text);
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives up when its table (the automaton stepped with the word count) would outgrow twice the dense limit', () => {
    // 3 states × 3 classes fit a dense limit of 9; with the signs' columns the scan's table would not.
    const small = compileMatcher([{ id: 'ab', phrase: 'ab' }], { denseLimit: 9 });
    expect(small.scanAscii).toBeDefined();
    const counted = { words: 0, signalled: false };
    expect(small.scanAscii?.('x ab y', ASCII_WORD_KINDS, counted, MASKING_SIGNS)).toBeUndefined();
    expect(small.scan('x ab y').map((hit) => hit.start)).toEqual([2]);
    expect(compileMatcher([{ id: 'ab', phrase: 'ab' }]).scanAscii?.('x ab y', ASCII_WORD_KINDS, counted, MASKING_SIGNS)?.map((hit) => hit.start)).toEqual([2]);
    expect(counted.words).toBe(3);
  });

  it('counts words for any table of word kinds as a window over the last three kinds would, with any terms and signs', () => {
    const piece = fc.constantFrom('a', 'B', 'w', 'W', '.', ':', '-', '_', '@', "'", ' ', '  ', '\t', '\n', '\r\n', '1', 'one', 'ab', 'x', '#', '`', 'www.');
    const phrase = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')).filter((value) => value.trim().length > 0);
    const terms = fc.array(fc.record({ id: fc.constantFrom('p', 'q'), phrase, inflect: fc.constantFrom(undefined, true, 'last-word' as const) }), { maxLength: 5 });
    const kinds = fc.oneof(fc.constant(ASCII_WORD_KINDS), fc.uint8Array({ min: 0, max: 7, minLength: 128, maxLength: 128 }));
    // The rule, written out: a unit of kind 1 starts a word unless the unit before is of kind 1, or of kind 2 after one of kind 1 (kinds read & 3).
    const reference = (text: string, table: Uint8Array): number => {
      let count = 0;
      for (let at = 0; at < text.length; at += 1) {
        const kind = (at: number): number => (at < 0 ? 0 : (table[text.charCodeAt(at)] as number) & 3);
        if (kind(at) === 1 && kind(at - 1) !== 1 && !(kind(at - 1) === 2 && kind(at - 2) === 1)) count += 1;
      }
      return count;
    };
    const counted = { words: 0, signalled: false };
    fc.assert(
      fc.property(terms, fc.array(piece, { maxLength: 25 }).map((parts) => parts.join('')), kinds, fc.boolean(), (list, text, table, withSigns) => {
        const found = compileMatcher(list).scanAscii?.(text, table, counted, withSigns ? MASKING_SIGNS : undefined);
        if (found === undefined) return;
        expect(counted.words).toBe(reference(text, table));
      }),
      { numRuns: 3_000 },
    );
  });

  it('reports signals exactly where they are, and never as matches, in any scan', () => {
    const piece = fc.constantFrom('a', 'A', 'o', 'n', 'e', 'one', '1', '.', '-', '_', 'w', ':', ' ', '\n', 'x', '\u00e9', '\u2019');
    const text = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
    const phrase = fc.array(fc.constantFrom('a', 'o', 'n', 'e', '1', '.', '-', 'w', ':', ' x'), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('').trim()).filter((value) => value.length > 0 && !/\s/.test(value));
    const terms = fc.array(fc.record({ id: fc.constantFrom('p', 'q'), phrase }), { maxLength: 4 });
    const signals = fc.array(
      fc.oneof(
        fc.record({ phrase, at: fc.constant('anywhere' as const) }),
        fc.record({ phrase: phrase.filter((value) => /^\w/.test(value)), at: fc.constant('word-start' as const) }),
      ),
      { maxLength: 3 },
    );
    const present = (value: string, list: readonly ScanSignal[]): boolean =>
      list.some((signal) => {
        const lower = value.toLowerCase();
        for (let at = lower.indexOf(signal.phrase.toLowerCase()); at >= 0; at = lower.indexOf(signal.phrase.toLowerCase(), at + 1)) {
          if (signal.at === 'anywhere' || at === 0 || !/\w/.test(value.charAt(at - 1))) return true;
        }
        return false;
      });
    const counted = { words: 0, signalled: false };
    fc.assert(
      fc.property(terms, signals, text, fc.constantFrom(undefined, 0), (list, given, value, denseLimit) => {
        const plain = compileMatcher(list, { denseLimit });
        const matcher = compileMatcher(list, { denseLimit, signals: given });
        expect(matcher.scan(value)).toEqual(plain.scan(value));
        const found = matcher.scanAscii?.(value, ASCII_WORD_KINDS, counted);
        expect(found).toEqual(plain.scanAscii?.(value, ASCII_WORD_KINDS, { words: 0, signalled: false }));
        if (found !== undefined) expect(counted.signalled).toBe(matcher.signals && present(value, given));
      }),
      { numRuns: 3_000 },
    );
  });

  it('leaves its signals out where they alone would cost the terms their dense table, and says so', () => {
    // The term alone: 3 states × 3 classes, within a dense limit of 9; with the number signals, far beyond it.
    const matcher = compileMatcher([{ id: 'ab', phrase: 'ab' }], { denseLimit: 9, signals: NUMBER_SIGNALS });
    expect(matcher.signals).toBe(false);
    expect(matcher.scanAscii).toBeDefined();
    expect(compileMatcher([{ id: 'ab', phrase: 'ab' }], { signals: NUMBER_SIGNALS }).signals).toBe(true);
    expect(compileMatcher([{ id: 'ab', phrase: 'ab' }]).signals).toBe(false);
  });

  it('refuses a word-start signal that does not start with a letter, digit or _ (no word start is found before anything else)', () => {
    expect(() => compileMatcher([], { signals: [{ phrase: '-one', at: 'word-start' }] })).toThrow(/options\.signals\[0\]\.phrase/);
    expect(compileMatcher([], { signals: [{ phrase: '-one', at: 'anywhere' }] }).signals).toBe(true);
  });

  it('gives up on a unit beyond ASCII even without signs', () => {
    expect(matcher.scanAscii?.('uptime \u2014 uptime', ASCII_WORD_KINDS, { words: 0, signalled: false })).toBeUndefined();
    expect(matcher.scanAscii?.('uptime - uptime', ASCII_WORD_KINDS, { words: 0, signalled: false })?.length).toBe(2);
  });
});

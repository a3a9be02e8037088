import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlumblineError } from '../../src/errors.js';
import { canonicalValue, findNumbers } from '../../src/text/numbers.js';

const values = (text: string): [string, string, string | undefined][] => findNumbers(text).map((found) => [found.text, found.value, found.unit]);

describe('findNumbers', () => {
  it('reads percentages in English and European notation', () => {
    expect(values('Uptime 99.9%, 99,9 %, 99,9\u202f%, 99.90 percent, 5 per cent, 12pct.')).toEqual([
      ['99.9%', '99.9%', '%'],
      ['99,9 %', '99.9%', '%'],
      ['99,9\u202f%', '99.9%', '%'],
      ['99.90 percent', '99.9%', '%'],
      ['5 per cent', '5%', '%'],
      ['12pct', '12%', '%'],
    ]);
  });

  it('reads durations, singular and plural, spaced, attached or hyphenated', () => {
    expect(values('A 10 days trial, 1 day, 5 years, 30-day refund, 24h, 2 hrs, 3 wks, 6 months, 100 ms, 1 yr')).toEqual([
      ['10 days', '10 days', 'day'],
      ['1 day', '1 day', 'day'],
      ['5 years', '5 years', 'year'],
      ['30-day', '30 days', 'day'],
      ['24h', '24 hours', 'hour'],
      ['2 hrs', '2 hours', 'hour'],
      ['3 wks', '3 weeks', 'week'],
      ['6 months', '6 months', 'month'],
      ['100 ms', '100 ms', 'ms'],
      ['1 yr', '1 year', 'year'],
    ]);
  });

  it('reads money with a symbol or a code before or after, and thousands separators', () => {
    expect(values('Price €1,200, $5, 1.200,50 €, 1\u00a0200 €, EUR 1,200.50, 99 USD, -€5')).toEqual([
      ['€1,200', 'EUR 1200', 'EUR'],
      ['$5', 'USD 5', 'USD'],
      ['1.200,50 €', 'EUR 1200.5', 'EUR'],
      ['1\u00a0200 €', 'EUR 1200', 'EUR'],
      ['EUR 1,200.50', 'EUR 1200.5', 'EUR'],
      ['99 USD', 'USD 99', 'USD'],
      ['-€5', 'EUR -5', 'EUR'],
    ]);
  });

  it('applies multipliers exactly, and reads multiples, ratios, data sizes and signs', () => {
    expect(values('1.2k users, 3M, 2.5 million, 1bn, 10x faster, 24/7, 5 GB, -20%, 0.50, 007')).toEqual([
      ['1.2k', '1200', undefined],
      ['3M', '3000000', undefined],
      ['2.5 million', '2500000', undefined],
      ['1bn', '1000000000', undefined],
      ['10x', '10x', 'x'],
      ['24/7', '24/7', undefined],
      ['5 GB', '5 GB', 'GB'],
      ['-20%', '-20%', '%'],
      ['0.50', '0.5', undefined],
      ['007', '7', undefined],
    ]);
  });

  it('reads number words only before a duration or a percent', () => {
    expect(values('Five years, thirty-day, twenty four hours, ten percent; one of them, the one.')).toEqual([
      ['Five years', '5 years', 'year'],
      ['thirty-day', '30 days', 'day'],
      ['twenty four hours', '24 hours', 'hour'],
      ['ten percent', '10%', '%'],
    ]);
  });

  it('does not read the last word of a decimal spelled out as the number', () => {
    expect(values('Ninety-nine point nine percent uptime, or 2 point five days.')).toEqual([['2', '2', undefined]]);
    expect(values('Ninety-nine point nine nine percent; ninety-nine point\nfive nine percent.')).toEqual([]);
    expect(values('A pointless five days; the point: five days. From that point five years passed.')).toEqual([
      ['five days', '5 days', 'day'],
      ['five days', '5 days', 'day'],
      ['five years', '5 years', 'year'],
    ]);
  });

  it('skips numbers inside words, codes, versions, dates and ordinals', () => {
    expect(values('v2 COVID-19 A4 1.2.3 12/31/2024 3rd 5G H2O x.5')).toEqual([]);
  });

  it('reads a range as two numbers, and a single dot as a decimal point', () => {
    expect(values('5-10 days, 1.200 units')).toEqual([
      ['5', '5', undefined],
      ['10 days', '10 days', 'day'],
      ['1.200', '1.2', undefined],
    ]);
  });

  it('looks only inside the range it is given, with offsets into the whole text', () => {
    const text = 'SLA 99.9%. Trial 10 days. Price €5.';
    const start = text.indexOf('Trial');
    const found = findNumbers(text, start, text.indexOf('Price'));
    expect(found).toEqual([{ start: start + 6, end: start + 13, text: '10 days', value: '10 days', number: '10', unit: 'day' }]);
    // A currency sign just outside the range is not read into it.
    expect(findNumbers(text, text.indexOf('5.'), text.length).map((item) => item.value)).toEqual(['5']);
    // A unit that runs past the range end is left out.
    expect(findNumbers(text, start, start + 9).map((item) => item.value)).toEqual(['10']);
  });

  it('rejects a bad text or range', () => {
    expect(() => findNumbers(5 as never)).toThrow(PlumblineError);
    expect(() => findNumbers('abc', 2, 1)).toThrow(PlumblineError);
    expect(() => findNumbers('abc', 0, 9)).toThrow(PlumblineError);
  });
});

describe('canonicalValue', () => {
  it('normalises a claim value that is one number, or gives undefined', () => {
    expect(['99.9%', ' 99,9 % ', '99.90 percent'].map(canonicalValue)).toEqual(['99.9%', '99.9%', '99.9%']);
    expect(['10 days', 'ten days', '€1,200', 'EUR 1200', '24/7'].map(canonicalValue)).toEqual(['10 days', '10 days', 'EUR 1200', 'EUR 1200', '24/7']);
    expect(['about 10 days', '10 days and 5 years', 'fast', ''].map(canonicalValue)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('findNumbers properties', () => {
  it('returns ordered, disjoint mentions whose text is their slice and whose value reads back the same', () => {
    const piece = fc.constantFrom('1', '0', '9', ',', '.', ' ', '\u00a0', '%', '€', '$', 'EUR', 'k', 'x', 'days', 'year', '-', '/', 'a', 'five ', 'percent', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (text) => {
        let previousEnd = 0;
        for (const mention of findNumbers(text)) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.text).toBe(text.slice(mention.start, mention.end));
          expect(canonicalValue(mention.value)).toBe(mention.value);
          previousEnd = mention.end;
        }
      }),
    );
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareTco, formatTcoComparison, Offer, parseModel } from '@plumbline/core';

const offers = (JSON.parse(readFileSync(new URL('../../examples/data/offers.json', import.meta.url), 'utf8')) as unknown[]).map((offer) =>
  parseModel(Offer, offer),
);

describe('formatTcoComparison', () => {
  it('prints the aligned table, the break-evens and where price misleads', () => {
    const text = formatTcoComparison(compareTco(offers.map((offer) => ({ ...offer.tco, name: offer.name }))));
    expect(text).toBe(
      [
        'Option                         Price        Total  Present value  TCO rank  Price rank    Over best',
        'TrackPro Essentials       €48,000.00  €184,344.72    €171,101.40        #3          #2  +€36,153.26',
        'TrackPro Guaranteed       €62,000.00  €141,972.52    €134,948.14        #1          #3            -',
        'TrackPro Spring Discount  €43,200.00  €179,544.72    €166,301.40        #2          #1  +€31,353.26',
        '',
        'Over 36 months from 2027-01-01, in EUR; TCO ranked by present value at 8% a year.',
        'Break-even in month 11 (2027-12-01): TrackPro Guaranteed becomes cheaper than TrackPro Essentials.',
        'Break-even in month 12 (2028-01-01): TrackPro Guaranteed becomes cheaper than TrackPro Spring Discount.',
        'Price misleads: TrackPro Spring Discount has the lowest price, but TrackPro Guaranteed has the lowest TCO.',
        '',
      ].join('\n'),
    );
  });
});

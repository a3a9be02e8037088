import { describe, expect, it } from 'vitest';
import { formatOfferRanking, type OfferScore, rankOffers } from '@plumbline/core';
import { errorOf } from '../support.js';
import { benefit, offer, person } from './fixtures.js';

describe('formatOfferRanking', () => {
  const offers = [
    offer('bare', '9000', [benefit('b', 'cost', '1000', 0.8)], [], { discount: { percent: 10 } }),
    offer('guaranteed', '9500', [benefit('b', 'cost', '1000', 0.8)], [{ id: 'g', kind: 'guarantee', covers: ['delivery'], months: 12 }]),
  ];
  const buyer = person([{ id: 'g', description: 'Save money', driver: 'cost', priority: 5 }], [{ id: 'r', kind: 'delivery', description: 'Late', severity: 5 }]);
  const ranking = rankOffers(offers, { relationship: buyer });

  it('prints one aligned row per offer in the order given, then each offer\'s notes', () => {
    const text = formatOfferRanking(ranking, { names: { bare: 'Bare bones', guaranteed: 'Guaranteed' } });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Rank {2}Offer +Score {2}Grade {2}Value for money {2}Fit {2}Risk coverage {2}No discount +Net value +ROI +Payback$/);
    expect(lines[1]).toMatch(/^ {3}1 {2}Guaranteed /);
    expect(lines[2]).toMatch(/^ {3}2 {2}Bare bones /);
    expect(lines[1]!.length).toBe(lines[0]!.length);
    expect(lines[1]).toContain(ranking[0]!.score.toFixed(2));
    expect(lines[1]).toContain('100%');
    expect(text).toContain('Guaranteed (guaranteed)\n  - Covers your top risk, delivery, with a 12-month guarantee.');
    expect(text).toContain('Bare bones (bare)\n  - Leaves your top risk uncovered: delivery');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('shows ids without names, "-" for a component left out, "never" for no payback', () => {
    const noGoals = person([], []);
    const lossy = [offer('lossy', '50000', [benefit('b', 'cost', '10', 0.5)])];
    const text = formatOfferRanking(rankOffers(lossy, { relationship: noGoals }));
    const row = text.split('\n')[1]!;
    expect(row).toMatch(/^ {3}1 {2}lossy /);
    expect(row).toMatch(/ - +- +100%/);
    expect(row).toMatch(/never$/);
    expect(text).toContain('\nlossy\n');
  });

  it('formats amounts in the locale asked for', () => {
    expect(formatOfferRanking(ranking, { locale: 'de-DE' })).toMatch(/\d\.\d{3},\d{2}\s€/);
  });

  it('prints only the header for no offers, and rejects a non-array', () => {
    expect(formatOfferRanking([]).split('\n')).toHaveLength(2);
    expect(errorOf(() => formatOfferRanking({} as unknown as OfferScore[])).code).toBe('INVALID_ARGUMENT');
  });
});

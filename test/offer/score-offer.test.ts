import { describe, expect, it } from 'vitest';
import { Offer, rankOffers, scoreOffer, sumMoney, uncoveredRisks } from '@plumbline/core';
import type { ScoringContext } from '@plumbline/core';
import { benefit, eur, offer, person, segment } from './fixtures.js';
import { errorOf } from '../support.js';


const ana = person(
  [{ id: 'g', description: 'Cut truck rolls', driver: 'cost', priority: 5 }],
  [{ id: 'r', kind: 'delivery', description: 'The last vendor delivered late', severity: 5 }],
);
const bare = offer('bare', '12000', [benefit('rolls', 'cost', '2000', 0.75)]);

describe('scoreOffer', () => {
  it('computes the worked example of docs/offers.md by hand', () => {
    // Delivery (severity 5) is uncovered: confidence 0.75 x (1 - 0.2 x 5/5) = 0.6; 24,000 x 0.6 = 14,400.
    const result = scoreOffer(bare, { relationship: ana });
    expect(result.metrics).toEqual({
      pvBenefits: eur('14400.00'),
      pvCosts: eur('12000.00'),
      netValue: eur('2400.00'),
      roi: 0.2,
      paybackMonths: 10,
      valueToPrice: 1.2,
    });
    expect(result.benefits).toEqual([{ id: 'rolls', confidence: 0.75, adjustedConfidence: 0.6, presentValue: eur('14400.00'), exposedTo: ['delivery'] }]);
    // value 0.5 + 0.5 x 0.2 / 1.2; fit x = 0.75 x 24,000 / 12,000 = 1.5 -> 0.6; risk 0; discount 1.
    expect(result.components.valueForMoney.score).toBeCloseTo(0.5 + 0.1 / 1.2, 12);
    expect(result.components.fit?.score).toBeCloseTo(0.6, 12);
    expect(result.components.riskCoverage?.score).toBe(0);
    expect(result.components.discountDependence.score).toBe(1);
    expect(result.score).toBe(53.33);
    expect(result.grade).toBe('C');
    expect(result.notes).toEqual([
      'Leaves your top risk uncovered: delivery; consider adding a guarantee.',
      'Pays back in 10 months.',
      'Returns 20% on its cost over 12 months, risk-adjusted.',
    ]);
  });

  it('values a risk-free offer more for the buyer who fears that risk, and shows why', () => {
    const guaranteed = offer('guaranteed', '12000', [benefit('rolls', 'cost', '2000', 0.75)], [
      { id: 'on-time', kind: 'guarantee', covers: ['delivery'], months: 12 },
    ]);
    const result = scoreOffer(guaranteed, { relationship: ana });
    expect(result.metrics.pvBenefits).toEqual(eur('18000.00'));
    expect(result.benefits[0]?.exposedTo).toEqual([]);
    expect(result.components.riskCoverage?.score).toBe(1);
    expect(result.notes[0]).toBe('Covers your top risk, delivery, with a 12-month guarantee.');
    expect(result.metrics.roi).toBe(0.5);
    expect(result.score).toBe(76.67);
    expect(result.grade).toBe('B');
    expect(result.score).toBeGreaterThan(scoreOffer(bare, { relationship: ana }).score);
  });

  it('scores the average buyer of a segment at severity 3 per typical risk', () => {
    const result = scoreOffer(bare, { segment: segment({ cost: 50, productivity: 50 }, ['delivery']) });
    expect(result.benefits[0]?.adjustedConfidence).toBeCloseTo(0.75 * (1 - 0.2 * 0.6), 12);
    expect(result.notes[0]).toBe("Leaves the Fleets segment's top risk uncovered: delivery; consider adding a guarantee.");
  });

  it('says when an offer leans on a discount, and what to add instead', () => {
    const discounted = offer('sale', '10800', [benefit('rolls', 'cost', '2000', 0.75)], [], { discount: { percent: 10, label: 'Spring sale' } });
    const result = scoreOffer(discounted, { relationship: ana });
    expect(result.components.discountDependence.score).toBeCloseTo(14400 / (14400 + 1080), 12);
    expect(result.notes).toContain('Leans on a 10% discount: consider adding a guarantee against delivery risk instead.');
  });

  it('scores a relationship without goals on value, risk and discount, and says so', () => {
    const result = scoreOffer(bare, { relationship: person([], []) });
    expect(result.components.fit).toBeNull();
    expect(result.components.riskCoverage).toBeNull();
    expect(result.score).toBeCloseTo((100 * (0.4 * result.components.valueForMoney.score + 0.15)) / 0.55, 1);
    expect(result.notes.at(-1)).toBe('No goals recorded for Ana Okafor: fit is left out, so the score rests on value for money, risk and discount.');
  });

  it('needs a rate for benefits in another currency', () => {
    const dollars = offer('usd', '12000', [{ ...benefit('rolls', 'cost', '2000', 0.75), amount: { amount: '2000', currency: 'USD' } }]);
    expect(errorOf(() => scoreOffer(dollars, { relationship: ana })).code).toBe('CURRENCY_MISMATCH');
    expect(scoreOffer(dollars, { relationship: ana }, { rates: { USD: '0.5' } }).metrics.pvBenefits).toEqual(eur('7200.00'));
  });

  it('rejects a context that is neither a segment nor a relationship, and bad options, naming the field', () => {
    expect(errorOf(() => scoreOffer(bare, {} as ScoringContext)).message).toContain('Invalid context:');
    expect(errorOf(() => scoreOffer(bare, { relationship: ana }, { riskPenalty: 2 })).message).toContain('options.riskPenalty');
    expect(errorOf(() => scoreOffer(bare, { relationship: ana }, { weights: { fit: -1 } })).message).toContain('options.weights.fit');
    const badConfidence = { ...bare, id: 'bad', benefits: [{ ...benefit('x', 'cost', '1', 0.5), confidence: 1.5 }] };
    expect(errorOf(() => scoreOffer(badConfidence, { relationship: ana })).message).toContain('offer.benefits[0].confidence');
    expect(errorOf(() => scoreOffer(null as unknown as Offer, { relationship: ana })).code).toBe('INVALID_ARGUMENT');
  });

  it('uses the weights it is given', () => {
    const valueOnly = scoreOffer(bare, { relationship: ana }, { weights: { fit: 0, riskCoverage: 0, discountDependence: 0 } });
    expect(valueOnly.score).toBeCloseTo(100 * valueOnly.components.valueForMoney.score, 1);
  });
});

describe('scoreOffer on the edges a review found', () => {
  it('scores an offer without positive costs by the sign of its net value', () => {
    const free = offer('free', '0', [benefit('b', 'cost', '100', 1)]);
    const freeButHarmful = offer('harm', '0', [{ ...benefit('b', 'cost', '-100', 1) }]);
    expect(scoreOffer(free, { relationship: ana }).components.valueForMoney.score).toBe(1);
    expect(scoreOffer(freeButHarmful, { relationship: ana }).components.valueForMoney.score).toBe(0);
    expect(scoreOffer(offer('nothing', '0', []), { relationship: ana }).components.valueForMoney.score).toBe(0.5);
  });

  it('escalates benefits like cost items, and the schema keeps the escalation', () => {
    const growing = offer('grow', '1000', [{ ...benefit('b', 'cost', '100', 1), escalation: 0.1 }]);
    const longer = { ...growing, tco: { ...growing.tco, horizonMonths: 24 } };
    expect(Offer.parse(longer).benefits[0]?.escalation).toBe(0.1);
    // 12 x 100 + 12 x 110 = 2520 at full confidence; Ana's uncovered delivery risk takes a fifth off.
    expect(scoreOffer(Offer.parse(longer), { relationship: ana }).metrics.pvBenefits).toEqual(eur('2016.00'));
  });

  it('notices an offer whose parts were replaced in place', () => {
    const mutable = offer('edited', '12000', [benefit('rolls', 'cost', '2000', 0.75)]);
    expect(scoreOffer(mutable, { relationship: ana }).metrics.pvCosts).toEqual(eur('12000.00'));
    (mutable as { tco: Offer['tco'] }).tco = { ...mutable.tco, items: [{ ...mutable.tco.items[0]!, amount: eur('9000') }] };
    expect(scoreOffer(mutable, { relationship: ana }).metrics.pvCosts).toEqual(eur('9000.00'));
  });

  it('gives benefit present values that add up to pvBenefits', () => {
    const thirds = offer('thirds', '1', [benefit('a', 'cost', '0.01', 1 / 3), benefit('b', 'cost', '0.01', 1 / 3), benefit('c', 'cost', '0.01', 1 / 3)]);
    const result = scoreOffer(thirds, { relationship: person([], []) });
    expect(sumMoney(result.benefits.map((value) => value.presentValue), 'EUR')).toEqual(result.metrics.pvBenefits);
  });

  it('names the offer that failed in a ranking, and refuses ambiguous contexts and weights', () => {
    const broken = { ...bare, id: 'broken', tco: { ...bare.tco, horizonMonths: 0 } };
    expect(errorOf(() => rankOffers([bare, broken], { relationship: ana })).message).toContain('Invalid offers[1].tco.horizonMonths');
    expect(errorOf(() => scoreOffer(bare, { relationship: ana, segment: segment({}, []) } as unknown as ScoringContext)).message).toContain('not both');
    expect(errorOf(() => scoreOffer(bare, { relationship: ana }, { weights: { valueForMoney: 0, fit: 0, riskCoverage: 0, discountDependence: 0 } })).message).toContain(
      'options.weights',
    );
    const unknownCover = offer('x', '1', [], [{ id: 'r', kind: 'sla', covers: ['weather' as 'delivery'] }]);
    expect(errorOf(() => scoreOffer(unknownCover, { relationship: ana })).message).toContain('offer.riskReducers[0].covers[0]');
  });

  it('says when a segment states no value drivers', () => {
    expect(scoreOffer(bare, { segment: segment({}, []) }).notes.at(-1)).toBe(
      'The Fleets segment states no value drivers: fit is left out, so the score rests on value for money, risk and discount.',
    );
  });
});

describe('rankOffers', () => {
  it('sorts best first and breaks ties by id', () => {
    const twins = [offer('b-twin', '12000', bare.benefits), offer('a-twin', '12000', bare.benefits), offer('dear', '20000', bare.benefits)];
    expect(rankOffers(twins, { relationship: ana }).map((score) => score.offerId)).toEqual(['a-twin', 'b-twin', 'dear']);
    expect(errorOf(() => rankOffers([bare, bare], { relationship: ana })).message).toContain('offers[1].id');
  });
});

describe('uncoveredRisks', () => {
  it('lists what no reducer covers, most severe first', () => {
    const relationship = person([], [
      { id: 'a', kind: 'adoption', description: 'Crews may not use it', severity: 2 },
      { id: 'd', kind: 'delivery', description: 'Late again', severity: 5 },
      { id: 'p', kind: 'performance', description: 'Coverage gaps', severity: 4 },
    ]);
    const withSla = offer('sla', '1', [], [{ id: 'sla', kind: 'sla', covers: ['performance'] }]);
    expect(uncoveredRisks(relationship, withSla)).toEqual([
      { kind: 'delivery', severity: 5, id: 'd', description: 'Late again' },
      { kind: 'adoption', severity: 2, id: 'a', description: 'Crews may not use it' },
    ]);
  });
});

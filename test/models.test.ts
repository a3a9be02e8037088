import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  Money,
  Offer,
  parseModel,
  PlumbLine,
  PlumblineError,
  Relationship,
  Segment,
  SegmentRule,
  Story,
  TotalCostOfOwnership,
} from '@plumbline/core';
import * as fixtures from './fixtures/models.js';

/** The issues of a failed parse, as `path: message` lines, for exact assertions. */
function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('valid documents', () => {
  it('parse and come back equal, for every model', () => {
    expect(PlumbLine.parse(fixtures.plumbLine)).toEqual(fixtures.plumbLine);
    expect(Story.parse(fixtures.marketingStory)).toEqual(fixtures.marketingStory);
    expect(Story.parse(fixtures.salesStory)).toEqual(fixtures.salesStory);
    expect(Segment.parse(fixtures.segment)).toEqual(fixtures.segment);
    expect(Relationship.parse(fixtures.relationship)).toEqual(fixtures.relationship);
    expect(TotalCostOfOwnership.parse(fixtures.tco)).toEqual(fixtures.tco);
    expect(Offer.parse(fixtures.offer)).toEqual(fixtures.offer);
    expect(Offer.parse(fixtures.discountedOffer)).toEqual(fixtures.discountedOffer);
  });
});

describe('ids', () => {
  it('must be unique within a list: a duplicate is an issue at its own path', () => {
    const themes = [...fixtures.plumbLine.themes, { id: 'uptime', label: 'Again', terms: ['again'] }];
    expect(issuesOf(PlumbLine, { ...fixtures.plumbLine, themes })).toEqual([
      'themes.2.id: Duplicate theme id "uptime": already used at index 0',
    ]);
    const claims = [...(fixtures.plumbLine.claims ?? []), { id: 'sla', label: 'SLA', terms: ['sla'] }];
    expect(issuesOf(PlumbLine, { ...fixtures.plumbLine, claims })).toEqual(['claims.1.id: Duplicate claim id "sla": already used at index 0']);
    const goal = fixtures.relationship.goals[0];
    const risk = fixtures.relationship.risks[0];
    expect(issuesOf(Relationship, { ...fixtures.relationship, goals: [goal, goal], risks: [risk, risk] })).toEqual([
      'goals.1.id: Duplicate goal id "g1": already used at index 0',
      'risks.1.id: Duplicate risk id "r1": already used at index 0',
    ]);
    const item = fixtures.tco.items[0];
    expect(issuesOf(TotalCostOfOwnership, { ...fixtures.tco, items: [item, item] })).toEqual([
      'items.1.id: Duplicate cost item id "licence": already used at index 0',
    ]);
    const benefit = fixtures.offer.benefits[0];
    expect(issuesOf(Offer, { ...fixtures.offer, benefits: [benefit, benefit] })).toEqual([
      'benefits.1.id: Duplicate benefit id "rolls": already used at index 0',
    ]);
  });

  it('must not be empty or blank', () => {
    expect(issuesOf(Story, { ...fixtures.salesStory, id: '  ' })).toEqual(['id: expected a non-empty id']);
  });
});

describe('dates', () => {
  it('must be real calendar dates', () => {
    expect(issuesOf(TotalCostOfOwnership, { ...fixtures.tco, startDate: '2026-02-30' })).toEqual([
      'startDate: expected a real calendar date as YYYY-MM-DD',
    ]);
    expect(TotalCostOfOwnership.safeParse({ ...fixtures.tco, startDate: '2028-02-29' }).success).toBe(true);
    expect(TotalCostOfOwnership.safeParse({ ...fixtures.tco, startDate: '2027-02-29' }).success).toBe(false);
    expect(TotalCostOfOwnership.safeParse({ ...fixtures.tco, startDate: '2027-1-5' }).success).toBe(false);
  });

  it('take date-times only with Z or an offset', () => {
    const story = fixtures.marketingStory;
    expect(Story.safeParse({ ...story, publishedAt: '2026-09-01T10:00:00Z' }).success).toBe(true);
    expect(Story.safeParse({ ...story, publishedAt: '2026-09-01T10:00:00+02:00' }).success).toBe(true);
    expect(issuesOf(Story, { ...story, publishedAt: '2026-09-01T10:00:00' })).toEqual([
      'publishedAt: expected a real calendar date (YYYY-MM-DD) or an ISO date-time with Z or an offset',
    ]);
    expect(Story.safeParse({ ...story, publishedAt: '2026-09-31T10:00:00Z' }).success).toBe(false);
  });
});

describe('money in models', () => {
  it('rejects unknown currencies and too many decimals at the field', () => {
    expect(issuesOf(Money, { amount: '1', currency: 'XYZ' })).toEqual([
      'currency: Unknown currency "XYZ": expected an upper-case ISO 4217 code with a minor unit, such as "EUR", "JPY" or "KWD"',
    ]);
    expect(issuesOf(Money, { amount: '1.005', currency: 'EUR' })).toEqual([
      'amount: Invalid amount "1.005" for EUR: expected at most 2 decimals (the minor unit of EUR).',
    ]);
    expect(issuesOf(Money, { amount: '12,50', currency: 'EUR' })).toEqual(['amount: expected a decimal amount in major units, such as "1999.99"']);
    const items = [{ ...fixtures.tco.items[0], amount: { amount: '1.005', currency: 'EUR' } }];
    expect(issuesOf(TotalCostOfOwnership, { ...fixtures.tco, items })).toEqual([
      'items.0.amount.amount: Invalid amount "1.005" for EUR: expected at most 2 decimals (the minor unit of EUR).',
    ]);
  });

  it('keeps a TCO in one currency', () => {
    const items = [{ ...fixtures.tco.items[0], amount: { amount: '100', currency: 'USD' } }];
    expect(issuesOf(TotalCostOfOwnership, { ...fixtures.tco, items })).toEqual([
      'items.0.amount.currency: expected EUR, the currency of the TCO: convert USD with an explicit rate first',
    ]);
  });
});

describe('stories', () => {
  it('make a one-to-one marketing story unrepresentable', () => {
    expect(issuesOf(Story, { ...fixtures.marketingStory, audience: { relationshipId: 'rel-ana' } })).toEqual([
      'audience.segmentIds: Invalid input: expected array, received undefined',
      'audience: A marketing story is told one to many: its audience holds segmentIds only, not relationshipId',
    ]);
    expect(issuesOf(Story, { ...fixtures.marketingStory, audience: { segmentIds: [] } })).toEqual([
      'audience.segmentIds: a marketing story is told to at least one segment',
    ]);
  });

  it('tell a sales story to exactly one relationship', () => {
    expect(issuesOf(Story, { ...fixtures.salesStory, audience: { segmentIds: ['utilities', 'logistics'] } })).toEqual([
      'audience.relationshipId: Invalid input: expected string, received undefined',
      'audience: A sales story is told one to one: its audience holds exactly one relationshipId, not segmentIds',
    ]);
    expect(issuesOf(Story, { ...fixtures.salesStory, audience: { relationshipId: ['a', 'b'] } })).toEqual([
      'audience.relationshipId: Invalid input: expected string, received array',
    ]);
  });

  it('need a known kind and a valid locale', () => {
    expect(issuesOf(Story, { ...fixtures.salesStory, kind: 'press' })).toEqual([
      'kind: expected kind "marketing" (told to segments) or "sales" (told in one relationship)',
    ]);
    expect(issuesOf(Story, { ...fixtures.marketingStory, locale: 'not a locale' })).toEqual(['locale: expected a BCP 47 locale such as "en-GB"']);
  });
});

describe('segments', () => {
  it('type each condition value by its op', () => {
    expect(SegmentRule.safeParse({ field: 'a.b', op: 'exists' }).success).toBe(true);
    expect(SegmentRule.safeParse({ field: 'a', op: 'between', value: ['2026-01-01', '2026-12-31'] }).success).toBe(true);
    expect(SegmentRule.safeParse({ field: 'a', op: 'between', value: [1] }).success).toBe(false);
    expect(SegmentRule.safeParse({ field: 'a', op: 'in', value: [] }).success).toBe(false);
    expect(SegmentRule.safeParse({ field: 'a', op: 'gt', value: 'ten' }).success).toBe(false);
    expect(SegmentRule.safeParse({ field: 'a..b', op: 'eq', value: 1 }).success).toBe(false);
    expect(SegmentRule.safeParse({ field: 'a', op: 'like', value: 'x' }).success).toBe(false);
  });

  it('nest all, any and not to any depth, and reject unknown keys', () => {
    let rule: SegmentRule = { field: 'x', op: 'eq', value: true };
    for (let depth = 0; depth < 50; depth += 1) rule = depth % 3 === 0 ? { not: rule } : depth % 3 === 1 ? { all: [rule] } : { any: [rule] };
    expect(SegmentRule.safeParse(rule).success).toBe(true);
    expect(SegmentRule.safeParse({ all: [], any: [] }).success).toBe(false);
    expect(issuesOf(Segment, { ...fixtures.segment, valueDrivers: { cost: 140 } })).toEqual(['valueDrivers.cost: Too big: expected number to be <=100']);
    expect(issuesOf(Segment, { ...fixtures.segment, typicalRisks: ['weather'] })[0]).toMatch(/^typicalRisks\.0: Invalid option/);
  });
});

describe('ranges', () => {
  it('check priorities, severities, sentiment and confidence', () => {
    const relationship = fixtures.relationship;
    expect(issuesOf(Relationship, { ...relationship, goals: [{ ...relationship.goals[0], priority: 6 }] })).toEqual([
      'goals.0.priority: Too big: expected number to be <=5',
    ]);
    expect(issuesOf(Relationship, { ...relationship, risks: [{ ...relationship.risks[0], severity: 2.5 }] })).toEqual([
      'risks.0.severity: Invalid input: expected int, received number',
    ]);
    expect(issuesOf(Relationship, { ...relationship, interactions: [{ ...relationship.interactions[0], sentiment: -1.5 }] })).toEqual([
      'interactions.0.sentiment: Too small: expected number to be >=-1',
    ]);
    expect(issuesOf(Offer, { ...fixtures.offer, benefits: [{ ...fixtures.offer.benefits[0], confidence: 1.2 }] })).toEqual([
      'benefits.0.confidence: Too big: expected number to be <=1',
    ]);
    expect(issuesOf(Relationship, { ...relationship, stage: 'won' })[0]).toMatch(/^stage: Invalid option/);
  });

  it('check horizons, rates and schedules of a TCO', () => {
    const tco = fixtures.tco;
    expect(issuesOf(TotalCostOfOwnership, { ...tco, horizonMonths: -12 })).toEqual(['horizonMonths: Too small: expected number to be >=1']);
    expect(issuesOf(TotalCostOfOwnership, { ...tco, horizonMonths: 1201 })).toEqual(['horizonMonths: Too big: expected number to be <=1200']);
    expect(issuesOf(TotalCostOfOwnership, { ...tco, discountRate: -1 })).toEqual(['discountRate: expected a rate above -1 (-100%)']);
    expect(issuesOf(TotalCostOfOwnership, { ...tco, discountRate: Number.POSITIVE_INFINITY })[0]).toMatch(/^discountRate: /);
    const escalating = [{ ...tco.items[1], escalation: -1.5 }];
    expect(issuesOf(TotalCostOfOwnership, { ...tco, items: escalating })).toEqual(['items.0.escalation: expected a rate above -1 (-100%)']);
    const backwards = [{ ...tco.items[1], schedule: { type: 'recurring', every: 'month', fromMonth: 12, untilMonth: 6 } }];
    expect(issuesOf(TotalCostOfOwnership, { ...tco, items: backwards })).toEqual([
      'items.0.schedule.untilMonth: expected untilMonth after fromMonth: payments run from fromMonth while below untilMonth',
    ]);
    const late = [{ ...tco.items[0], schedule: { type: 'once', atMonth: 36 } }];
    expect(issuesOf(TotalCostOfOwnership, { ...tco, items: late })).toEqual([
      'items.0.schedule: atMonth 36 is not inside the horizon of 36 months (months 0 to 35): this would never be paid',
    ]);
    expect(issuesOf(TotalCostOfOwnership, { ...tco, items: [{ ...tco.items[0], schedule: { type: 'weekly' } }] })).toEqual([
      'items.0.schedule.type: expected a schedule of type "once" or "recurring"',
    ]);
  });

  it('check benefits against the offer horizon and discounts for a percent or amount', () => {
    const benefits = [{ ...fixtures.offer.benefits[0], schedule: { type: 'recurring', every: 'year', fromMonth: 40 } }];
    expect(issuesOf(Offer, { ...fixtures.offer, benefits })).toEqual([
      'benefits.0.schedule: fromMonth 40 is not inside the horizon of 36 months (months 0 to 35): this would never be paid',
    ]);
    expect(issuesOf(Offer, { ...fixtures.offer, discount: { label: 'Sale' } })).toEqual(['discount: expected a discount percent or amount']);
    expect(issuesOf(Offer, { ...fixtures.offer, discount: { percent: 0 } })).toEqual(['discount.percent: expected a percentage above 0']);
  });
});

describe('parseModel', () => {
  it('returns the typed value of a valid document', () => {
    expect(parseModel(Offer, fixtures.offer)).toEqual(fixtures.offer);
  });

  it('throws INVALID_INPUT with every issue, its path and a readable message', () => {
    const input = { ...fixtures.salesStory, audience: { segmentIds: ['a', 'b'] }, publishedAt: '2026-13-01' };
    let error: unknown;
    try {
      parseModel(Story, input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PlumblineError);
    const plumblineError = error as PlumblineError<'INVALID_INPUT'>;
    expect(plumblineError.code).toBe('INVALID_INPUT');
    expect(plumblineError.details.model).toBe('Story');
    expect(plumblineError.issues.map((issue) => issue.path.join('.'))).toEqual(['publishedAt', 'audience.relationshipId', 'audience']);
    expect(plumblineError.message).toBe(
      [
        'Invalid Story:',
        '✖ expected a real calendar date (YYYY-MM-DD) or an ISO date-time with Z or an offset',
        '  → at publishedAt',
        '✖ A sales story is told one to one: its audience holds exactly one relationshipId, not segmentIds',
        '  → at audience',
        '✖ Invalid input: expected string, received undefined',
        '  → at audience.relationshipId',
      ].join('\n'),
    );
  });
});

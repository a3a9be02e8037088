import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { addMoney, isPlumblineError, Money, parseModel, PlumblineError, Story } from '@plumbline/core';
import type { ExactMoney, MarketingStory, ModelName, Offer, PlumblineErrorCode, SalesStory, SegmentRule } from '@plumbline/core';

describe('model types', () => {
  it('share one name between schema and type', () => {
    expectTypeOf<Money>().toEqualTypeOf<z.infer<typeof Money>>();
    expectTypeOf<Story>().toEqualTypeOf<z.infer<typeof Story>>();
    expectTypeOf<Money>().toEqualTypeOf<{ amount: string | number; currency: string }>();
  });

  it('make a one-to-one marketing story unrepresentable', () => {
    expectTypeOf<MarketingStory['audience']>().toEqualTypeOf<{ segmentIds: string[] }>();
    expectTypeOf<SalesStory['audience']>().toEqualTypeOf<{ relationshipId: string }>();
    // @ts-expect-error a marketing story is told to segments, not to one relationship
    const oneToOne: MarketingStory = { id: 'x', kind: 'marketing', title: 't', body: '', audience: { relationshipId: 'r' } };
    void oneToOne;
    // @ts-expect-error a sales story is told in one relationship, not to segments
    const oneToMany: SalesStory = { id: 'x', kind: 'sales', title: 't', body: '', audience: { segmentIds: ['a'] } };
    void oneToMany;
  });

  it('narrow a story by its kind', () => {
    const story = {} as Story;
    if (story.kind === 'sales') expectTypeOf(story.audience.relationshipId).toEqualTypeOf<string>();
    else expectTypeOf(story.audience.segmentIds).toEqualTypeOf<string[]>();
  });

  it('type segment rules recursively and conditions by op', () => {
    const rule: SegmentRule = { all: [{ not: { field: 'a', op: 'exists' } }, { any: [{ field: 'b', op: 'between', value: [1, 2] }] }] };
    void rule;
    // @ts-expect-error between takes a [low, high] pair
    const wrong: SegmentRule = { field: 'b', op: 'between', value: 3 };
    void wrong;
  });

  it('type parseModel by the model it is given', () => {
    expectTypeOf(parseModel(Money, {})).toEqualTypeOf<Money>();
    // Results carry the exact decimal string, read-only, and feed straight back in.
    const sum = addMoney({ amount: 1, currency: 'EUR' }, { amount: '2', currency: 'EUR' });
    expectTypeOf(sum).toEqualTypeOf<ExactMoney>();
    expectTypeOf(sum.amount).toEqualTypeOf<string>();
    expectTypeOf(addMoney(sum, sum)).toEqualTypeOf<ExactMoney>();
    expectTypeOf<Parameters<typeof addMoney>>().toEqualTypeOf<[augend: Money, addend: Money]>();
    expectTypeOf<Offer['riskReducers'][number]['kind']>().toEqualTypeOf<
      'warranty' | 'guarantee' | 'trial' | 'sla' | 'money-back' | 'insurance' | 'training' | 'support'
    >();
    expectTypeOf<ModelName>().toEqualTypeOf<'Money' | 'PlumbLine' | 'Story' | 'Segment' | 'Relationship' | 'TotalCostOfOwnership' | 'Offer'>();
  });

  it('narrow errors by code', () => {
    const error: unknown = new Error('x');
    if (isPlumblineError(error, 'INVALID_INPUT')) {
      expectTypeOf(error.details).toEqualTypeOf<{ readonly model: string; readonly summary: string }>();
    }
    expectTypeOf<PlumblineError['code']>().toEqualTypeOf<PlumblineErrorCode>();
  });
});

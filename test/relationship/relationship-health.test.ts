import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlumblineError, parseModel, PlumblineError, Relationship } from '@plumbline/core';
import type { Interaction } from '@plumbline/core';
import { relationshipHealth } from '../../src/relationship/relationship-health.js';
import { deepFreeze, thrown } from '../segment/helpers.js';

const argumentOf = (run: () => unknown): string => {
  const error = thrown(run);
  expect(isPlumblineError(error, 'INVALID_ARGUMENT')).toBe(true);
  return (error as PlumblineError<'INVALID_ARGUMENT'>).details.argument;
};

const relationshipWith = (interactions: Interaction[], stage: Relationship['stage'] = 'proposal'): Relationship =>
  deepFreeze({ id: 'rel', person: { name: 'Ana Okafor' }, stage, goals: [], risks: [], interactions });
const touch = (at: string, direction: Interaction['direction'], sentiment?: number): Interaction =>
  sentiment === undefined ? { at, channel: 'email', direction } : { at, channel: 'email', direction, sentiment };

describe('relationshipHealth', () => {
  it('scores each measure by its documented formula, checked by hand', () => {
    const relationship = relationshipWith([
      touch('2026-11-16', 'inbound', 0.8), // 15 days before asOf
      touch('2026-10-17T09:00:00+02:00', 'outbound', -0.2), // 45 days
      touch('2026-09-02', 'inbound'), // 90 days: outside the 90-day window (ages 0 to 89)
      touch('2026-09-03', 'outbound', 0.4), // 89 days: inside
    ]);
    const health = relationshipHealth(relationship, { asOf: '2026-12-01' });
    const scores = Object.fromEntries(health.measures.map((measure) => [measure.id, measure.score]));
    // recency: 100 × 0.5^(15/30) = 70.71; frequency: 3 in window / 6 = 50; balance: 2 × 1 / 3 = 66.67;
    // sentiment: mean(0.8, -0.2, 0.4) = 1/3 → 100 × (4/3) / 2 = 66.67; stage proposal: 65.
    expect(scores).toEqual({ recency: 70.7, frequency: 50, balance: 66.7, sentiment: 66.7, stage: 65 });
    // (30 × 70.7 + 20 × 50 + 15 × 66.7 + 25 × 66.7 + 10 × 65) / 100 = (2121 + 1000 + 1000.5 + 1667.5 + 650) / 100 = 64.39
    expect(health.score).toBe(64);
    expect(health.band).toBe('yellow');
    expect(health.asOf).toBe('2026-12-01');
    expect(health.relationshipId).toBe('rel');
    expect(health.measures.map((measure) => measure.weight)).toEqual([30, 20, 15, 25, 10]);
    expect(health.measures.map((measure) => measure.detail)).toEqual([
      '15 days since the last interaction (2026-11-16); half-life 30 days',
      '3 interactions in the last 90 days; target 6',
      '1 inbound, 2 outbound in the last 90 days',
      'average sentiment 0.33 over 3 interactions in the last 90 days',
      'stage proposal',
    ]);
  });

  it('skips measures without data and renormalises the weights', () => {
    const none = relationshipHealth(relationshipWith([], 'customer'), { asOf: '2026-12-01' });
    expect(none.measures.map((measure) => measure.score)).toEqual([null, 0, null, null, 85]);
    // Only frequency (0, weight 20) and stage (85, weight 10): 850 / 30 = 28.3.
    expect(none.score).toBe(28);
    expect(none.band).toBe('red');
    expect(none.measures.map((measure) => measure.detail)).toEqual([
      'no interaction yet',
      '0 interactions in the last 90 days; target 6',
      'no interaction in the last 90 days',
      'no sentiment recorded in the last 90 days',
      'stage customer',
    ]);
    // An old interaction: recency has data (180 days: 100 × 0.5^6 = 1.5625), the window does not.
    const old = relationshipHealth(relationshipWith([touch('2026-06-04', 'outbound', 0.9)]), { asOf: '2026-12-01' });
    expect(old.measures.map((measure) => measure.score)).toEqual([1.6, 0, null, null, 65]);
  });

  it('takes custom weights, half-life, window and target', () => {
    const relationship = relationshipWith([touch('2026-11-01', 'inbound', 1), touch('2026-10-01', 'outbound', 0)]);
    const stageOnly = relationshipHealth(relationship, { asOf: '2026-12-01', weights: { recency: 0, frequency: 0, balance: 0, sentiment: 0 } });
    expect(stageOnly.score).toBe(65);
    const recencyOnly = relationshipHealth(relationship, {
      asOf: '2026-12-01',
      weights: { recency: 1, frequency: 0, balance: 0, sentiment: 0, stage: 0 },
      halfLifeDays: 15,
    });
    // 30 days at a 15-day half-life: 25.
    expect(recencyOnly.score).toBe(25);
    const short = relationshipHealth(relationship, { asOf: '2026-12-01', windowDays: 31, frequencyTarget: 2 });
    expect(short.measures.find((measure) => measure.id === 'frequency')?.score).toBe(50);
    expect(short.measures.find((measure) => measure.id === 'frequency')?.detail).toBe('1 interaction in the last 31 days; target 2');
  });

  it('bands 0-50 red, 51-75 yellow, 76-100 green', () => {
    const stageScore = (stage: Relationship['stage']) =>
      relationshipHealth(relationshipWith([], stage), { asOf: '2026-12-01', weights: { frequency: 0 } });
    expect([stageScore('churned').band, stageScore('prospect').band, stageScore('qualified').band, stageScore('negotiation').band, stageScore('customer').band]).toEqual([
      'red', 'red', 'yellow', 'yellow', 'green',
    ]);
    const at = (score: number) => relationshipHealth(relationshipWith([touch('2026-12-01', 'inbound')]), {
      asOf: '2026-12-01', weights: { recency: score, frequency: 0, balance: 0, sentiment: 0, stage: 100 - score },
    });
    // recency 100 and churned... use stage 'proposal' (65): score = (100 w + 65 (100 - w)) / 100.
    expect(at(0).score).toBe(65);
    expect(at(100).score).toBe(100);
  });

  it('ignores interactions after asOf, and reports them', () => {
    const relationship = relationshipWith([
      touch('2026-11-01', 'inbound', 0.5),
      touch('2026-12-01T23:59:59Z', 'outbound', -1), // asOf's day: counted
      touch('2026-12-02T00:30:00+01:00', 'outbound', -1), // 1 December 23:30 UTC: counted
      touch('2026-12-02', 'outbound', -1), // the next day: future
      touch('2027-03-01T10:00:00Z', 'outbound', -1),
    ]);
    const health = relationshipHealth(relationship, { asOf: '2026-12-01' });
    expect(health.futureInteractions).toEqual([{ index: 3, at: '2026-12-02' }, { index: 4, at: '2027-03-01T10:00:00Z' }]);
    expect(health.measures.find((measure) => measure.id === 'frequency')?.detail).toBe('3 interactions in the last 90 days; target 6');
    const withoutFuture = relationshipHealth(relationshipWith(relationship.interactions.slice(0, 3)), { asOf: '2026-12-01' });
    expect(withoutFuture.score).toBe(health.score);
    // A date alone means the end of its UTC day: the same as its last millisecond, as a Date or a date-time.
    expect(relationshipHealth(relationship, { asOf: new Date('2026-12-01T23:59:59.999Z') })).toEqual(health);
    expect(relationshipHealth(relationship, { asOf: '2026-12-02T00:59:59.999+01:00' })).toEqual(health);
    // asOf as a Date or a date-time is its instant: 20:00 at -03:00 is 23:00 UTC, before 23:30 and 23:59:59.
    const evening = relationshipHealth(relationship, { asOf: '2026-12-01T20:00:00-03:00' });
    expect(evening.asOf).toBe('2026-12-01');
    expect(evening.futureInteractions.map((future) => future.index)).toEqual([1, 2, 3, 4]);
    expect(relationshipHealth(relationship, { asOf: new Date('2026-12-01T08:00:00Z') })).toEqual(evening);
  });

  it('leaves out an interaction later on the same day as an asOf with a time, and reports it', () => {
    const earlier = [touch('2026-11-20', 'inbound', 0.5), touch('2026-11-26T09:00:00Z', 'outbound', 0.6)];
    const laterToday = touch('2026-11-26T18:00:00Z', 'outbound', -1);
    const health = relationshipHealth(relationshipWith([...earlier, laterToday]), { asOf: '2026-11-26T10:00:00Z' });
    expect(health.futureInteractions).toEqual([{ index: 2, at: '2026-11-26T18:00:00Z' }]);
    expect(health).toEqual({ ...relationshipHealth(relationshipWith(earlier), { asOf: '2026-11-26T10:00:00Z' }), futureInteractions: health.futureInteractions });
    expect(health.measures.find((measure) => measure.id === 'sentiment')?.score).toBe(77.5); // mean(0.5, 0.6) = 0.55, not counting -1
    expect(health.measures.find((measure) => measure.id === 'frequency')?.detail).toBe('2 interactions in the last 90 days; target 6');
    // At asOf's very instant, written in any offset, an interaction counts; a millisecond later it does not.
    const atInstant = relationshipHealth(relationshipWith([touch('2026-11-26T11:00:00+01:00', 'inbound', 1)]), { asOf: '2026-11-26T10:00:00Z' });
    expect(atInstant.futureInteractions).toEqual([]);
    expect(atInstant.measures[0]?.detail).toBe('0 days since the last interaction (2026-11-26T11:00:00+01:00); half-life 30 days');
    const justAfter = relationshipHealth(relationshipWith([touch('2026-11-26T10:00:00.001Z', 'inbound', 1)]), { asOf: '2026-11-26T10:00:00Z' });
    expect(justAfter.futureInteractions).toEqual([{ index: 0, at: '2026-11-26T10:00:00.001Z' }]);
    expect(justAfter.measures[0]).toMatchObject({ score: null, detail: 'no interaction yet' });
    // A date-only interaction is at the start of its day, so it counts for any asOf on that day.
    const dateOnly = relationshipHealth(relationshipWith([touch('2026-11-26', 'inbound', 1)]), { asOf: '2026-11-26T00:00:00Z' });
    expect(dateOnly.futureInteractions).toEqual([]);
    expect(dateOnly.measures[0]?.score).toBe(100);
  });

  it('counts a same-day date-time interaction when asOf is a date alone (the end of that UTC day)', () => {
    const health = relationshipHealth(relationshipWith([touch('2026-11-20', 'outbound'), touch('2026-11-26T18:00:00Z', 'inbound', -1)]), { asOf: '2026-11-26' });
    expect(health.futureInteractions).toEqual([]);
    expect(health.measures.map((measure) => [measure.id, measure.score])).toEqual([
      ['recency', 100],
      ['frequency', 33.3],
      ['balance', 100],
      ['sentiment', 0],
      ['stage', 65],
    ]);
    expect(health.measures[0]?.detail).toBe('0 days since the last interaction (2026-11-26T18:00:00Z); half-life 30 days');
    // The next UTC day starts after it: 27 November 00:00 UTC (or 26 November 23:00 at -01:00) is in the future.
    const nextDay = relationshipHealth(relationshipWith([touch('2026-11-26T23:00:00-01:00', 'inbound')]), { asOf: '2026-11-26' });
    expect(nextDay.futureInteractions).toEqual([{ index: 0, at: '2026-11-26T23:00:00-01:00' }]);
  });

  it('scores the sample relationships', () => {
    const relationships = (JSON.parse(readFileSync(new URL('../../examples/data/relationships.json', import.meta.url), 'utf8')) as unknown[]).map((entry) =>
      parseModel(Relationship, entry),
    );
    const scores = relationships.map((relationship) => {
      const health = relationshipHealth(relationship, { asOf: '2026-12-01' });
      return [relationship.id, health.score, health.band];
    });
    expect(scores).toEqual([
      ['rel-maren-holt', 71, 'yellow'],
      ['rel-jonas-lindqvist', 73, 'yellow'],
      ['rel-priya-shah', 67, 'yellow'],
    ]);
  });

  it('names bad arguments: no hidden clock, no silent NaN', () => {
    const relationship = relationshipWith([touch('2026-11-01', 'inbound')]);
    expect(argumentOf(() => relationshipHealth(relationship, {} as never))).toBe('options.asOf');
    expect(argumentOf(() => relationshipHealth(relationship, undefined as never))).toBe('options');
    expect(argumentOf(() => relationshipHealth(relationship, { asOf: 'yesterday' }))).toBe('options.asOf');
    expect(argumentOf(() => relationshipHealth(relationship, { asOf: new Date(Number.NaN) }))).toBe('options.asOf');
    expect(argumentOf(() => relationshipHealth(relationship, { asOf: '2026-12-01', weights: { mood: 3 } as never }))).toBe('options.weights.mood');
    expect(argumentOf(() => relationshipHealth(relationship, { asOf: '2026-12-01', weights: { recency: -1 } }))).toBe('options.weights.recency');
    expect(argumentOf(() => relationshipHealth(relationship, { asOf: '2026-12-01', weights: { recency: 0, frequency: 0, balance: 0, sentiment: 0, stage: 0 } }))).toBe('options.weights');
    expect(argumentOf(() => relationshipHealth(relationshipWith([]), { asOf: '2026-12-01', weights: { frequency: 0, stage: 0 } }))).toBe('options.weights');
    expect(argumentOf(() => relationshipHealth(relationship, { asOf: '2026-12-01', halfLifeDays: 0 }))).toBe('options.halfLifeDays');
    expect(argumentOf(() => relationshipHealth(relationship, { asOf: '2026-12-01', windowDays: Number.POSITIVE_INFINITY }))).toBe('options.windowDays');
    expect(argumentOf(() => relationshipHealth(relationship, { asOf: '2026-12-01', frequencyTarget: -2 }))).toBe('options.frequencyTarget');
    expect(argumentOf(() => relationshipHealth(relationshipWith([touch('2026-02-30', 'inbound')]), { asOf: '2026-12-01' }))).toBe('relationship.interactions[0].at');
    expect(argumentOf(() => relationshipHealth(relationshipWith([touch('2026-11-01T10:00:00', 'inbound')]), { asOf: '2026-12-01' }))).toBe('relationship.interactions[0].at');
    expect(argumentOf(() => relationshipHealth(relationshipWith([touch('2026-11-01', 'sideways' as never)]), { asOf: '2026-12-01' }))).toBe('relationship.interactions[0].direction');
    expect(argumentOf(() => relationshipHealth(relationshipWith([touch('2026-11-01', 'inbound', 2)]), { asOf: '2026-12-01' }))).toBe('relationship.interactions[0].sentiment');
    expect(argumentOf(() => relationshipHealth(relationshipWith([touch('2026-11-01', 'inbound', Number.NaN)]), { asOf: '2026-12-01' }))).toBe('relationship.interactions[0].sentiment');
    expect(argumentOf(() => relationshipHealth(relationshipWith([], 'won' as never), { asOf: '2026-12-01' }))).toBe('relationship.stage');
    expect(argumentOf(() => relationshipHealth({ ...relationship, interactions: undefined } as never, { asOf: '2026-12-01' }))).toBe('relationship.interactions');
    expect(argumentOf(() => relationshipHealth(null as never, { asOf: '2026-12-01' }))).toBe('relationship');
  });
});

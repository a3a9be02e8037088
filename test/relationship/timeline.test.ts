import { describe, expect, it } from 'vitest';
import { isPlumblineError, PlumblineError } from '@plumbline/core';
import type { Interaction, Relationship } from '@plumbline/core';
import { timeline } from '../../src/relationship/timeline.js';
import { deepFreeze, thrown } from '../segment/helpers.js';

const relationshipWith = (interactions: Interaction[]): Relationship =>
  deepFreeze({ id: 'rel', person: { name: 'Ana Okafor' }, stage: 'qualified', goals: [], risks: [], interactions });

describe('timeline', () => {
  const relationship = relationshipWith([
    { at: '2026-03-10', channel: 'email', direction: 'outbound' },
    { at: '2026-01-05T09:00:00Z', channel: 'call', direction: 'inbound', sentiment: 0.2, summary: 'First call' },
    { at: '2026-02-04T23:30:00-05:00', channel: 'meeting', direction: 'outbound' }, // 5 February UTC
    { at: '2026-01-05T08:00:00Z', channel: 'email', direction: 'outbound' },
    { at: '2026-03-20', channel: 'email', direction: 'inbound' },
  ]);

  it('sorts by instant, with the gap in UTC days before each entry, and copies each interaction', () => {
    const view = timeline(relationship);
    expect(view.entries.map((entry) => [entry.index, entry.date, entry.gapDays])).toEqual([
      [3, '2026-01-05', null],
      [1, '2026-01-05', 0],
      [2, '2026-02-05', 31],
      [0, '2026-03-10', 33],
      [4, '2026-03-20', 10],
    ]);
    expect(view.entries[1]).toEqual({ at: '2026-01-05T09:00:00Z', channel: 'call', direction: 'inbound', sentiment: 0.2, summary: 'First call', index: 1, date: '2026-01-05', gapDays: 0 });
    expect(view.entries[1]).not.toBe(relationship.interactions[1]);
    // Gaps 0, 31, 33, 10: the median is (10 + 31) / 2 = 20.5, rounded half up to 21.
    expect(view.cadenceDays).toBe(21);
    expect(view.longestGapDays).toBe(33);
    expect(view.lastDate).toBe('2026-03-20');
    expect(view.nextTouchDue).toBe('2026-04-10');
    expect(view.daysUntilDue).toBeNull();
    expect(view.futureInteractions).toEqual([]);
  });

  it('with asOf: leaves later interactions out, lists them, and counts days to the next touch', () => {
    const view = timeline(relationship, { asOf: '2026-03-15' });
    expect(view.entries.map((entry) => entry.index)).toEqual([3, 1, 2, 0]);
    expect(view.futureInteractions).toEqual([{ index: 4, at: '2026-03-20' }]);
    // Gaps 0, 31, 33: median 31; due 10 March + 31 = 10 April; 26 days after 15 March.
    expect(view.cadenceDays).toBe(31);
    expect(view.nextTouchDue).toBe('2026-04-10');
    expect(view.daysUntilDue).toBe(26);
    expect(timeline(relationship, { asOf: '2026-05-01' }).daysUntilDue).toBe(-21);
  });

  it('with an asOf that has a time: leaves out interactions later that day, and counts days from its UTC day', () => {
    // 5 January 08:30 UTC: the 08:00 email counts, the 09:00 call is in the future.
    const morning = timeline(relationship, { asOf: '2026-01-05T08:30:00Z' });
    expect(morning.entries.map((entry) => entry.index)).toEqual([3]);
    expect(morning.futureInteractions).toEqual([
      { index: 0, at: '2026-03-10' },
      { index: 1, at: '2026-01-05T09:00:00Z' },
      { index: 2, at: '2026-02-04T23:30:00-05:00' },
      { index: 4, at: '2026-03-20' },
    ]);
    // At the call's very instant (written at +01:00) it counts.
    expect(timeline(relationship, { asOf: '2026-01-05T10:00:00+01:00' }).entries.map((entry) => entry.index)).toEqual([3, 1]);
    // A date-only interaction is at the start of its day: it counts for an asOf at any time that day.
    const march = timeline(relationship, { asOf: new Date('2026-03-20T00:00:00Z'), cadenceDays: 7 });
    expect(march.futureInteractions).toEqual([]);
    expect(march.nextTouchDue).toBe('2026-03-27');
    expect(march.daysUntilDue).toBe(7);
  });

  it('with a date-only asOf: keeps every interaction on that UTC day, date-times included', () => {
    const view = timeline(relationship, { asOf: '2026-01-05', cadenceDays: 10 });
    expect(view.entries.map((entry) => [entry.index, entry.date])).toEqual([[3, '2026-01-05'], [1, '2026-01-05']]);
    expect(view.futureInteractions.map((future) => future.index)).toEqual([0, 2, 4]);
    expect(view.daysUntilDue).toBe(10);
    // 4 February 23:30 at -05:00 is 5 February UTC: after the end of 4 February.
    expect(timeline(relationship, { asOf: '2026-02-04' }).futureInteractions.map((future) => future.index)).toEqual([0, 2, 4]);
    expect(timeline(relationship, { asOf: '2026-02-05' }).futureInteractions.map((future) => future.index)).toEqual([0, 4]);
  });

  it('takes a fixed cadence, and keeps a same-day median at one day', () => {
    expect(timeline(relationship, { cadenceDays: 14 }).nextTouchDue).toBe('2026-04-03');
    const sameDay = timeline(relationshipWith([
      { at: '2026-01-05T08:00:00Z', channel: 'email', direction: 'outbound' },
      { at: '2026-01-05T09:00:00Z', channel: 'email', direction: 'outbound' },
    ]));
    expect(sameDay.cadenceDays).toBe(1);
    expect(sameDay.nextTouchDue).toBe('2026-01-06');
  });

  it('says nothing it does not know with fewer than two interactions', () => {
    expect(timeline(relationshipWith([]), { asOf: '2026-01-01' })).toEqual({
      relationshipId: 'rel', entries: [], cadenceDays: null, longestGapDays: null, lastDate: null, nextTouchDue: null, daysUntilDue: null, futureInteractions: [],
    });
    const one = timeline(relationshipWith([{ at: '2026-01-05', channel: 'email', direction: 'outbound' }]));
    expect([one.cadenceDays, one.lastDate, one.nextTouchDue]).toEqual([null, '2026-01-05', null]);
  });

  it('names bad arguments', () => {
    const argumentOf = (run: () => unknown): string => {
      const error = thrown(run);
      expect(isPlumblineError(error, 'INVALID_ARGUMENT')).toBe(true);
      return (error as PlumblineError<'INVALID_ARGUMENT'>).details.argument;
    };
    expect(argumentOf(() => timeline(relationship, { asOf: '15 March' }))).toBe('options.asOf');
    expect(argumentOf(() => timeline(relationship, { cadenceDays: 0 }))).toBe('options.cadenceDays');
    expect(argumentOf(() => timeline(relationship, { cadenceDays: 2.5 }))).toBe('options.cadenceDays');
    expect(argumentOf(() => timeline(relationshipWith([{ at: 20260105, channel: 'x', direction: 'inbound' } as never])))).toBe('relationship.interactions[0].at');
    expect(argumentOf(() => timeline(relationshipWith([null as never])))).toBe('relationship.interactions[0]');
  });
});

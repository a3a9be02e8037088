import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStories, compilePlumbLine, createStoriesCheck, isPlumblineError, type Story } from '@plumbline/core';
import { deepFreeze, errorOf } from '../support.js';
import { marketing, plumbLine, relationship, sales, segment } from './helpers.js';

const pieces = ['client', 'Clients', 'TrackPro', 'best-in-class', 'uptime', '99.5%', '99.9%', 'truck rolls', '30%', '40%', '20% off', 'the', 'we', '.', '\n', '- ', '`code client`', '👍'];
const body = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((list) => list.join(' '));
const story = fc.tuple(fc.boolean(), body, fc.nat(9)).map(([isSales, text, n]): Story => (isSales ? sales(text, { id: `s${n}` }) : marketing(text, { id: `m${n}` })));
const context = { segments: [segment], relationships: [relationship], asOf: '2026-11-26' };

describe('createStoriesCheck', () => {
  it('gives the report checkStories gives for the same stories in the same order, whatever the stories (cross-story findings included)', () => {
    const compiled = compilePlumbLine(plumbLine);
    fc.assert(
      fc.property(fc.uniqueArray(story, { selector: (s) => s.id, maxLength: 8 }), (stories) => {
        deepFreeze(stories);
        const check = createStoriesCheck(compiled, context);
        for (const one of stories) check.add(one);
        expect(check.finish()).toEqual(checkStories(compiled, stories, context));
      }),
    );
  });

  it('names a repeated id by its place among the stories added, as checkStories does', () => {
    const check = createStoriesCheck(plumbLine, context);
    check.add(marketing('uptime', { id: 'a' }));
    check.add(marketing('uptime', { id: 'b' }));
    const error = errorOf(() => check.add(marketing('uptime', { id: 'a' })));
    expect(isPlumblineError(error, 'INVALID_ARGUMENT') && error.details.argument).toBe('stories[2].id');
    expect(errorOf(() => checkStories(plumbLine, [marketing('uptime', { id: 'a' }), marketing('uptime', { id: 'b' }), marketing('uptime', { id: 'a' })], context)).message).toBe(error.message);
    // The story refused is not part of the check: the report holds the two others.
    expect(check.finish().stories.map((s) => s.storyId)).toEqual(['a', 'b']);
  });

  it('keeps what it needs of a story at add: a caller may reuse or change its story objects afterwards', () => {
    const a = marketing('We cut truck rolls by 30%. Our client saw it.', { id: 'a' });
    const b = marketing('Truck rolls fall 40%.', { id: 'b' });
    const expected = checkStories(plumbLine, [a, b], context);
    // One record object, filled in again for each story (as a reader of records may do).
    const record: { -readonly [K in keyof Story]: Story[K] } = { ...a };
    const check = createStoriesCheck(plumbLine, context);
    check.add(record as Story);
    Object.assign(record, b);
    check.add(record as Story);
    record.body = 'x';
    record.id = 'changed';
    expect(check.finish()).toEqual(expected);
  });

  it('ends at finish: add and finish throw afterwards', () => {
    const check = createStoriesCheck(plumbLine);
    expect(check.finish()).toEqual(checkStories(plumbLine, []));
    expect(isPlumblineError(errorOf(() => check.add(marketing('uptime'))), 'INVALID_ARGUMENT')).toBe(true);
    expect(errorOf(() => check.finish()).message).toContain('createStoriesCheck');
  });

  it('refuses a bad plumb line or context at once, before any story', () => {
    expect(errorOf(() => createStoriesCheck(plumbLine, { rules: { 'no-such-rule': 'error' } })).message).toContain("context.rules['no-such-rule']");
    expect(errorOf(() => createStoriesCheck(null as never)).message).toContain('plumbLine');
  });
});

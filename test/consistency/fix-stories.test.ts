import { describe, expect, it } from 'vitest';
import { checkStories, fixStories, isPlumblineError } from '@plumbline/core';
import { deepFreeze, errorOf } from '../support.js';
import { marketing, plumbLine } from './helpers.js';

const line = { ...plumbLine, vocabulary: { preferred: [{ use: 'customer', avoid: ['client'] }], names: ['Client X', 'SiteWatch'] } };

describe('fixStories', () => {
  it('fixes pass after pass until nothing is left to fix, and reports what remains', () => {
    // "client x" is both a mis-cased name (brand-spelling) and an avoided term (preferred-term): the fixes overlap,
    // so the first pass respells the name and the second replaces the term inside it.
    const stories = deepFreeze([marketing('Our client x loves Sitewatch.', { id: 'a' }), marketing('Nothing to fix here.', { id: 'b' })]);
    const result = fixStories(line, stories);
    expect(result.stories.map((story) => story.body)).toEqual(['Our Customer X loves SiteWatch.', 'Nothing to fix here.']);
    expect(result.passes).toBe(2);
    expect(result.applied.map((d) => d.ruleId)).toEqual(['brand-spelling', 'brand-spelling', 'preferred-term']);
    expect(result.stories[1]).toBe(stories[1]);
    expect(result.report).toEqual(checkStories(line, result.stories));
    expect(result.report.diagnostics.filter((d) => d.fix !== undefined)).toEqual([]);
  });

  it('fixes only the stories named, and stops after maxPasses', () => {
    const stories = [marketing('Our client x.', { id: 'a' }), marketing('Our client.', { id: 'b' })];
    const onlyB = fixStories(line, stories, undefined, { storyIds: ['b'] });
    expect(onlyB.stories.map((story) => story.body)).toEqual(['Our client x.', 'Our customer.']);
    const once = fixStories(line, stories, undefined, { maxPasses: 1 });
    expect(once.passes).toBe(1);
    expect(once.stories[0]?.body).toBe('Our Client X.');
    expect(once.report.diagnostics.some((d) => d.storyId === 'a' && d.ruleId === 'preferred-term')).toBe(true);
    expect(fixStories(line, [marketing('Clean.')]).passes).toBe(0);
  });

  it('converges when the term to use holds the avoided one, in any form (no "field field crews")', () => {
    for (const [pair, body, fixed] of [
      [{ use: 'field crews', avoid: ['crews'] }, "Field crews' tools; the crews' vans.", "Field crews' tools; the field crews' vans."],
      [{ use: 'field crew', avoid: ['crew'] }, "The field crews and the crew's van.", "The field crews and the field crew's van."],
      [{ use: 'field crew', avoid: ['crew'] }, 'Crews, field crews.', 'Field crews, field crews.'],
    ] as const) {
      const result = fixStories({ ...plumbLine, vocabulary: { preferred: [{ use: pair.use, avoid: [...pair.avoid] }] } }, [marketing(body)]);
      expect(result.stories[0]?.body).toBe(fixed);
      expect(result.passes).toBe(1);
    }
  });

  it('rejects bad options, naming them', () => {
    for (const [options, argument] of [
      [{ maxPasses: 0 }, 'options.maxPasses'],
      [{ maxPasses: 1.5 }, 'options.maxPasses'],
      [{ storyIds: 'a' }, 'options.storyIds'],
      [{ storyIds: [1] }, 'options.storyIds'],
    ] as const) {
      const error = errorOf(() => fixStories(line, [marketing('x')], undefined, options as never));
      expect(isPlumblineError(error, 'INVALID_ARGUMENT') && error.details.argument).toBe(argument);
    }
  });
});

describe('fixStories on a long story', () => {
  it('applies 150,000 fixes in one story', () => {
    const body = 'client '.repeat(150_000);
    const result = fixStories(line, [marketing(body)], { rules: { 'theme-coverage': 'off', 'required-theme': 'off' } }, { maxPasses: 1 });
    expect(result.applied).toHaveLength(150_000);
    expect(result.stories[0]?.body).toBe('customer '.repeat(150_000));
  });
});

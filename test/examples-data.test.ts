// The sample workspace is what tests and the demo stand on: it must validate,
// and it must hold the cases it promises (good and rule-breaking stories, one
// to many and one to one).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Offer, parseModel, PlumbLine, Relationship, Segment, Story } from '@plumbline/core';

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../examples/data/${file}`, import.meta.url), 'utf8'));
const list = (file: string): unknown[] => read(file) as unknown[];

describe('sample workspace', () => {
  const plumbLine = parseModel(PlumbLine, read('plumb-line.json'));
  const stories = list('stories.json').map((story) => parseModel(Story, story));
  const segments = list('segments.json').map((segment) => parseModel(Segment, segment));
  const relationships = list('relationships.json').map((relationship) => parseModel(Relationship, relationship));
  const offers = list('offers.json').map((offer) => parseModel(Offer, offer));

  it('has the documents the issue asks for', () => {
    expect(plumbLine.themes.some((theme) => theme.required === true)).toBe(true);
    expect(stories.length).toBeGreaterThanOrEqual(6);
    expect(stories.filter((story) => story.kind === 'marketing').length).toBeGreaterThanOrEqual(2);
    expect(stories.filter((story) => story.kind === 'sales').length).toBeGreaterThanOrEqual(2);
    expect(segments).toHaveLength(3);
    expect(relationships).toHaveLength(3);
    expect(offers).toHaveLength(3);
  });

  it('gives each relationship goals, risks and about a year of interactions', () => {
    for (const relationship of relationships) {
      expect(relationship.goals.length).toBeGreaterThan(0);
      expect(relationship.risks.length).toBeGreaterThan(0);
      const dates = relationship.interactions.map((interaction) => Date.parse(interaction.at)).sort((a, b) => a - b);
      const spanDays = ((dates[dates.length - 1] ?? 0) - (dates[0] ?? 0)) / 86_400_000;
      expect(spanDays).toBeGreaterThan(300);
    }
  });

  it('points sales stories at relationships that exist', () => {
    const ids = new Set(relationships.map((relationship) => relationship.id));
    for (const story of stories) if (story.kind === 'sales') expect(ids.has(story.audience.relationshipId), story.id).toBe(true);
  });
});

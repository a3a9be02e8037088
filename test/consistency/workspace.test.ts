import { describe, expect, it } from 'vitest';
import { checkStories, checkStory, type Story } from '@plumbline/core';
import { marketing, plumbLine, workspace } from './helpers.js';

const context = { segments: workspace.segments, relationships: workspace.relationships, asOf: '2026-11-26' };
const report = checkStories(workspace.plumbLine, workspace.stories, context);
const rulesOf = (storyId: string): string[] => [...new Set(report.diagnostics.filter((d) => d.storyId === storyId).map((d) => d.ruleId))].sort();

describe('the sample workspace', () => {
  it('keeps the good stories clean', () => {
    for (const id of ['mkt-edge-launch', 'mkt-hallam-case-study', 'sal-maren-call-followup', 'sal-maren-proposal-summary', 'sal-priya-extension']) {
      expect(rulesOf(id), id).toEqual([]);
      expect(report.stories.find((story) => story.storyId === id)?.score, id).toBe(100);
    }
  });

  it('finds what each rule-breaking story was written to break', () => {
    expect(rulesOf('mkt-water-newsletter')).toEqual(['preferred-term']);
    expect(report.diagnostics.filter((d) => d.storyId === 'mkt-water-newsletter').map((d) => d.actual)).toEqual(['clients', 'signup', 'clients']);
    expect(rulesOf('mkt-field-ops-summit')).toEqual(['brand-spelling']);
    expect(report.diagnostics.filter((d) => d.storyId === 'mkt-field-ops-summit').map((d) => d.actual)).toEqual(['Trackpro Edge', 'FieldKit', 'TRACKPRO']);
    expect(rulesOf('mkt-winter-offer')).toEqual(['banned-phrase', 'price-promotion', 'theme-coverage']);
    expect(rulesOf('mkt-fleet-linkedin')).toEqual(['banned-phrase', 'claim-value']);
    expect(report.diagnostics.find((d) => d.ruleId === 'claim-value')?.actual).toBe('99.5%');
    expect(rulesOf('mkt-downtime-white-paper')).toEqual(['circulation']);
    expect(rulesOf('mkt-quarries-teaser')).toEqual(['unknown-audience']);
    expect(rulesOf('sal-jonas-quarter-end')).toEqual(['discount-talk', 'required-theme', 'risk-addressed', 'tco-framing', 'theme-coverage']);
    expect(rulesOf('sal-jonas-intro-generic')).toEqual(['claim-conflict', 'personalisation']);
  });

  it('names the other stories in a claim conflict', () => {
    const conflict = report.diagnostics.find((d) => d.ruleId === 'claim-conflict');
    expect(conflict).toMatchObject({ storyId: 'sal-jonas-intro-generic', actual: '40%', expected: ['30%'], line: 5 });
    expect(conflict?.message).toContain('"mkt-edge-launch" and "mkt-hallam-case-study"');
  });

  it('counts and scores consistently', () => {
    expect(report.errorCount + report.warningCount + report.infoCount).toBe(report.diagnostics.length);
    expect(report.stories.reduce((sum, story) => sum + story.errorCount, 0)).toBe(report.errorCount);
    expect(report.score).toBeGreaterThan(0);
    expect(report.score).toBeLessThan(100);
  });

  it('gives checkStory the same per-story diagnostics, without claim-conflict', () => {
    for (const story of workspace.stories) {
      expect(checkStory(workspace.plumbLine, story, context)).toEqual(report.diagnostics.filter((d) => d.storyId === story.id && d.ruleId !== 'claim-conflict'));
    }
  });
});

describe('claim-conflict', () => {
  const story = (id: string, body: string): Story => marketing(`Uptime at 99.9%. ${body}`, { id });
  it('flags both stories on a tie, each naming the other', () => {
    const found = checkStories(plumbLine, [story('a', 'We cut truck rolls by 30%.'), story('b', 'Truck rolls fell 40%.')]).diagnostics.filter((d) => d.ruleId === 'claim-conflict');
    expect(found.map((d) => [d.storyId, d.actual, d.expected])).toEqual([
      ['a', '30%', ['40%']],
      ['b', '40%', ['30%']],
    ]);
    expect(found[0]?.message).toContain('"b"');
  });

  it('flags only the minority against the majority, and nothing when stories agree', () => {
    const stories = [story('a', 'Truck rolls: 30% fewer.'), story('b', 'Truck rolls: 30% fewer.'), story('c', 'Truck rolls: 25% fewer.')];
    expect(checkStories(plumbLine, stories).diagnostics.filter((d) => d.ruleId === 'claim-conflict').map((d) => d.storyId)).toEqual(['c']);
    expect(checkStories(plumbLine, stories.slice(0, 2)).diagnostics).toEqual([]);
    expect(checkStories(plumbLine, stories, { rules: { 'claim-conflict': 'off' } }).diagnostics).toEqual([]);
  });

  it('reads figures as claim-value does: equal durations agree', () => {
    const line = { ...plumbLine, claims: [...(plumbLine.claims ?? []), { id: 'trial', label: 'Trial', terms: ['trial'] }] };
    const trial = (id: string, length: string): Story => story(id, `The trial lasts ${length}.`);
    const conflicts = (stories: Story[]) => checkStories(line, stories).diagnostics.filter((d) => d.ruleId === 'claim-conflict').map((d) => [d.storyId, d.expected]);
    expect(conflicts([trial('a', '2 weeks'), trial('b', '14 days')])).toEqual([]);
    expect(conflicts([trial('a', '2 weeks'), trial('b', '14 days'), trial('c', '1 month')])).toEqual([['c', ['2 weeks']]]);
  });

  it('rejects repeated story ids', () => {
    expect(() => checkStories(plumbLine, [story('a', ''), story('a', '')])).toThrow(/stories\[1\]\.id/);
  });
});

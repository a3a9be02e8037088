import { describe, expect, it } from 'vitest';
import { checkStories, type ConsistencyReport, shiftReport, splitFrontMatter } from '@plumbline/core';
import { deepFreeze, errorOf } from '../support.js';
import { marketing, plumbLine } from './helpers.js';

describe('shiftReport', () => {
  const front = '---\nid: m1\n---\n';
  const body = 'Our client\nsaw best-in-class uptime.';
  const report = deepFreeze(checkStories(plumbLine, [marketing(body), marketing('No client here uptime.', { id: 'm2' })]));

  it('moves lines and offsets of the named stories into their files; columns stay', () => {
    const moved = shiftReport(report, { m1: { lineOffset: 3, bodyStart: front.length } });
    const file = front + body;
    const before = report.diagnostics.filter((d) => d.storyId === 'm1' && d.start !== undefined);
    const after = moved.diagnostics.filter((d) => d.storyId === 'm1' && d.start !== undefined);
    expect(after.length).toBeGreaterThan(1);
    after.forEach((d, index) => {
      const was = before[index]!;
      expect([d.line, d.endLine, d.column, d.endColumn]).toEqual([was.line! + 3, was.endLine! + 3, was.column, was.endColumn]);
      expect(file.slice(d.start, d.end)).toBe(body.slice(was.start, was.end));
      if (d.fix !== undefined) expect(file.slice(d.fix.start, d.fix.end)).toBe(body.slice(was.fix!.start, was.fix!.end));
    });
    expect(moved.diagnostics.filter((d) => d.storyId === 'm2')).toEqual(report.diagnostics.filter((d) => d.storyId === 'm2'));
    expect({ ...moved, diagnostics: [] }).toEqual({ ...report, diagnostics: [] });
  });

  it("takes splitFrontMatter's result as it is", () => {
    const split = splitFrontMatter(front + body);
    expect(split.body).toBe(body);
    expect(shiftReport(report, { m1: split })).toEqual(shiftReport(report, { m1: { lineOffset: 3, bodyStart: front.length } }));
  });

  it('leaves whole-story diagnostics without positions', () => {
    const whole = checkStories(plumbLine, [marketing('Nothing on the plumb line.')]);
    const moved = shiftReport(whole, { m1: { lineOffset: 5, bodyStart: 50 } });
    expect(moved.diagnostics.every((d) => d.line === undefined && d.start === undefined)).toBe(true);
  });

  it('rejects a bad report or shift', () => {
    expect(errorOf(() => shiftReport({} as ConsistencyReport, {})).message).toContain('report');
    expect(errorOf(() => shiftReport(report, null as unknown as Record<string, never>)).message).toContain('files');
    expect(errorOf(() => shiftReport(report, { m1: { lineOffset: 1.5 } })).message).toContain("files['m1'].lineOffset");
    expect(errorOf(() => shiftReport(report, { m1: { bodyStart: -2 } })).message).toContain("files['m1'].bodyStart");
    expect(errorOf(() => shiftReport(report, { m1: { offset: 2 } as never })).message).toContain("files['m1'].offset");
    expect(errorOf(() => shiftReport(report, { m1: 3 as unknown as { bodyStart: number } })).message).toContain("files['m1']");
  });
});

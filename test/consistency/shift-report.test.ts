import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStories, type ConsistencyReport, formatJson, formatStylish, shiftReport, splitFrontMatter } from '@plumbline/core';
import { deepFreeze, errorOf } from '../support.js';
import { marketing, plumbLine } from './helpers.js';

const front = '---\nid: m1\n---\n';
const body = 'Our client\nsaw best-in-class uptime.';
const report = deepFreeze(checkStories(plumbLine, [marketing(body), marketing('No client here uptime.', { id: 'm2' })]));

describe('shiftReport', () => {
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

describe("the formatters' files option", () => {
  const bodies = fc.array(fc.constantFrom('Our client', 'best-in-class', 'uptime.', '\n', '\r\n', 'No', 'clients', 'Client'), { maxLength: 30 }).map((words) => words.join(' '));
  const shift = fc.record({ lineOffset: fc.nat(40), bodyStart: fc.nat(4000) }, { requiredKeys: [] });

  it('writes what formatting the report shiftReport moved writes, for any stories and shifts (stories not named unmoved)', () => {
    fc.assert(
      fc.property(fc.array(bodies, { minLength: 1, maxLength: 4 }), fc.array(fc.option(shift, { nil: undefined }), { minLength: 4, maxLength: 4 }), (texts, shifts) => {
        const stories = texts.map((text, at) => marketing(text, { id: `m${at}` }));
        const checked = deepFreeze(checkStories(plumbLine, stories));
        const files = Object.fromEntries(shifts.flatMap((given, at) => (given === undefined ? [] : [[`m${at}`, given]])));
        const moved = shiftReport(checked, files);
        expect(formatJson(checked, { files })).toBe(formatJson(moved));
        expect(formatStylish(checked, { files, storyNames: { m0: 'a.md' } })).toBe(formatStylish(moved, { storyNames: { m0: 'a.md' } }));
        // The same shifts as a Map.
        const map = new Map(Object.entries(files));
        expect(shiftReport(checked, map)).toEqual(moved);
        expect(formatJson(checked, { files: map })).toBe(formatJson(moved));
      }),
    );
  });

  it('rejects a shift as shiftReport does, naming options.files', () => {
    expect(errorOf(() => formatJson(report, { files: { m1: { lineOffset: -1 } } })).message).toContain("options.files['m1'].lineOffset");
    expect(errorOf(() => formatStylish(report, { files: { m1: { line: 2 } as never } })).message).toContain("options.files['m1'].line");
    expect(errorOf(() => formatJson(report, { files: 'x' as never })).message).toContain('options.files');
    expect(errorOf(() => formatJson(report, { files: new Map([[1, { lineOffset: 1 }]]) as never })).message).toContain('story ids (strings) as keys');
    expect(errorOf(() => shiftReport(report, new Map([['m1', { lineOffset: 2.5 }]]))).message).toContain("files['m1'].lineOffset");
  });

  it('reads a Map made in another realm as a Map', () => {
    const foreign = runInNewContext('new Map([["m1", { lineOffset: 3, bodyStart: 20 }]])') as Map<string, { lineOffset: number; bodyStart: number }>;
    expect(foreign instanceof Map).toBe(false);
    expect(formatJson(report, { files: foreign })).toBe(formatJson(report, { files: { m1: { lineOffset: 3, bodyStart: 20 } } }));
    expect(shiftReport(report, foreign)).toEqual(shiftReport(report, { m1: { lineOffset: 3, bodyStart: 20 } }));
  });
});

describe('formatStylish on a story with more diagnostics than a call takes arguments', () => {
  it('aligns 200,000 rows without overflowing the stack', () => {
    const diagnostics = Array.from({ length: 200_000 }, (_, at) => ({ ruleId: 'banned-phrase', severity: 'error' as const, message: 'Remove it.', storyId: 'big', line: at + 1, column: 1 }));
    const text = formatStylish({ diagnostics, stories: [], score: 0, errorCount: 200_000, warningCount: 0, infoCount: 0 }, { files: { big: { lineOffset: 2 } } });
    const lines = text.split('\n');
    expect(lines[1]).toBe('  3:1       error  Remove it.  banned-phrase');
    expect(lines[200_000]).toBe('  200002:1  error  Remove it.  banned-phrase');
  });
});

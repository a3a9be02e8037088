import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkStories, formatJson, formatStylish, toSarif } from '@plumbline/core';
import { workspace } from './helpers.js';

const report = checkStories(workspace.plumbLine, workspace.stories, {
  segments: workspace.segments,
  relationships: workspace.relationships,
  asOf: '2026-11-26',
});

describe('formatStylish', () => {
  const text = formatStylish(report);
  it('groups by story with aligned columns and a summary', () => {
    const lines = text.split('\n');
    expect(lines).toContain('mkt-water-newsletter');
    const group = lines.slice(lines.indexOf('mkt-water-newsletter') + 1, lines.indexOf('mkt-water-newsletter') + 4);
    expect(group[0]).toMatch(/^ {2}3:107 {2}warning {2}Use "customers" instead of "clients"\. +preferred-term$/);
    expect(new Set(group.map((line) => line.indexOf('preferred-term'))).size).toBe(1);
    expect(lines.at(-2)).toBe(`${report.diagnostics.length} problems (${report.errorCount} errors, ${report.warningCount} warnings, ${report.infoCount} infos), score ${report.score}`);
    expect(text).toContain('  -     ');
    expect(text).not.toContain('\u001b[');
  });

  it('heads a story not in storyNames with its id, whatever the id', () => {
    const diagnostic = { ruleId: 'banned-phrase', severity: 'error' as const, message: 'Remove it.' };
    const odd = { diagnostics: ['constructor', '__proto__', 'toString'].map((storyId) => ({ ...diagnostic, storyId })), stories: [], score: 0, errorCount: 3, warningCount: 0, infoCount: 0 };
    const headings = formatStylish(odd, { storyNames: { other: 'other.md' } }).split('\n').filter((line) => !line.startsWith(' ') && line !== '');
    expect(headings.slice(0, 3)).toEqual(['constructor', '__proto__', 'toString']);
  });

  it('colours only when asked, and uses story names', () => {
    const coloured = formatStylish(report, { color: true, storyNames: { 'mkt-winter-offer': 'stories/winter.md' } });
    expect(coloured).toContain('\u001b[31m');
    expect(coloured).toContain('stories/winter.md');
  });
});

describe('formatJson', () => {
  it('is stable and round-trips', () => {
    const text = formatJson(report);
    expect(formatJson(JSON.parse(text))).toBe(text);
    expect(JSON.parse(text).diagnostics.length).toBe(report.diagnostics.length);
  });

  it('writes one line with the documented keys in their order, whatever order the objects were built in', () => {
    const built = {
      diagnostics: [
        {
          fix: { text: 'customer', end: 9, start: 1, note: 'dropped' },
          expected: ['customer'],
          actual: 'client',
          endColumn: 10,
          endLine: 1,
          column: 2,
          line: 1,
          end: 9,
          start: 1,
          message: 'Use "customer".',
          severity: 'warning' as const,
          ruleId: 'preferred-term',
          storyId: 's',
          data: 'dropped',
        },
        { message: 'No theme.', severity: 'error' as const, ruleId: 'required-theme', storyId: 's' },
      ],
      stories: [{ words: 3, infoCount: 0, warningCount: 1, errorCount: 1, score: 87, storyId: 's' }],
      infoCount: 0,
      warningCount: 1,
      errorCount: 1,
      score: 87,
    };
    expect(formatJson(built)).toBe(
      '{"score":87,"errorCount":1,"warningCount":1,"infoCount":0,' +
        '"stories":[{"storyId":"s","score":87,"errorCount":1,"warningCount":1,"infoCount":0,"words":3}],' +
        '"diagnostics":[{"storyId":"s","ruleId":"preferred-term","severity":"warning","message":"Use \\"customer\\".",' +
        '"start":1,"end":9,"line":1,"column":2,"endLine":1,"endColumn":10,"actual":"client","expected":["customer"],' +
        '"fix":{"start":1,"end":9,"text":"customer"}},' +
        '{"storyId":"s","ruleId":"required-theme","severity":"error","message":"No theme."}]}\n',
    );
  });
});

describe('toSarif', () => {
  const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif-2.1.0.json', import.meta.url), 'utf8'));
  // CommonJS modules: the class and the plugin are `default` under NodeNext typing, the module itself under some loaders.
  const AjvClass = ((Ajv as unknown as { default?: unknown }).default ?? Ajv) as unknown as typeof Ajv.default;
  const formats = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as unknown as typeof addFormats.default;
  const ajv = new AjvClass({ strict: false, unicodeRegExp: false, allErrors: true });
  formats(ajv);
  const validate = ajv.compile(schema);

  it('validates against the SARIF 2.1.0 schema, with and without files', () => {
    for (const log of [toSarif(report), toSarif(report, { toolVersion: '0.1.0', files: { 'mkt-water-newsletter': { uri: 'stories/water.md', lineOffset: 4 } } })]) {
      const valid = validate(JSON.parse(JSON.stringify(log)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('has one result per diagnostic, rules with help and levels, regions and fixes', () => {
    const log = toSarif(report, { files: { 'mkt-water-newsletter': { uri: 'stories/water.md', lineOffset: 4 } } });
    const run = log.runs[0] as { tool: { driver: { name: string; rules: { id: string; defaultConfiguration: { level: string } }[] } }; results: any[] };
    expect(run.tool.driver.name).toBe('Plumbline');
    expect(run.tool.driver.rules.find((rule) => rule.id === 'segment-resonance')?.defaultConfiguration.level).toBe('note');
    expect(run.results).toHaveLength(report.diagnostics.length);
    const first = run.results.find((result) => result.ruleId === 'preferred-term');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'stories/water.md' },
      region: { startLine: 7, startColumn: 107, endLine: 7, endColumn: 114 },
    });
    expect(first.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('customers');
    const whole = run.results.find((result) => result.ruleId === 'circulation');
    expect(whole.locations[0].physicalLocation.region).toBeUndefined();
    expect(whole.level).toBe('warning');
  });
});

// Runs the examples as a user would, against the built package, and checks the
// sample workspace against the JSON Schemas the package ships.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const runExample = (file: string): string => execFileSync(process.execPath, [tsx, join(root, 'examples', file)], { cwd: root, encoding: 'utf8' });
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('examples', () => {
  it('the demo validates and prints the whole sample workspace', () => {
    const output = runExample('demo.ts');
    expect(output).toContain('Plumb line of Fieldline Systems');
    expect(output).toMatch(/Stories: \d+ marketing \(one to many\), \d+ sales \(one to one\)/);
    expect(output).toContain('Offers: 3');
    expect(output).toContain('Invalid Story:');
    expect(output).toContain('Price misleads: TrackPro Spring Discount has the lowest price, but TrackPro Guaranteed has the lowest TCO.');
    expect(output).toMatch(/Maren Holt: guaranteed [\d.]+ \([A-E]\)/);
    expect(output).toContain('mkt-fleet-linkedin');
    expect(output).toMatch(/claim-value/);
  });

  it('the CRM ranking ranks the sample offers for every relationship and segment, and compares each person with their segment', () => {
    const output = runExample('crm-ranking.ts');
    expect(output.match(/^Segment: /gm)).toHaveLength(3);
    expect(output).toContain('Covers your top risk, delivery, with a 36-month guarantee.');
    expect(output).toMatch(/Against Mid-sized water utilities: (same order|order differs)/);
  });

  it('the CRM import maps Twenty and HubSpot records into relationships with health and segments', () => {
    const output = runExample('crm-import.ts');
    expect(output).toMatch(/^Imported \d+ relationships from Twenty and HubSpot/);
    expect(output).toMatch(/health \d+\/100 (red|yellow|green)/);
    expect(output).toContain('segments: Mid-sized water utilities');
  });

  it('the TCO comparison prints the table and writes the chart', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plumbline-chart-')), 'chart.svg');
    const output = execFileSync(process.execPath, [tsx, join(root, 'examples', 'tco-comparison.ts'), out], { cwd: root, encoding: 'utf8' });
    expect(output).toContain('Price misleads: TrackPro Essentials has the lowest price, but TrackPro Guaranteed has the lowest TCO.');
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg [\s\S]*<\/svg>\n$/);
  });

  it('the CI check prints the report, writes SARIF and fails the job on the sample stories\' errors', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plumbline-ci-')), 'consistency.sarif');
    const run = spawnSync(process.execPath, [tsx, join(root, 'examples', 'ci-check.ts'), out], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\d+ problems \(7 errors, \d+ warnings, \d+ infos\), score \d+/);
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as { version: string; runs: { results: { locations: { physicalLocation: unknown }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    expect(sarif.runs[0]?.results[0]?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'examples/data/stories.json' } });
  });

  it('the README usage example runs and prints what its comments say', () => {
    expect(runExample('readme-usage.ts').split('\n')).toEqual([
      'rel-ana',
      '0.30 €0.30',
      'Cannot add amounts in EUR and USD: convert them to one currency with an explicit rate first.',
      '',
    ]);
  });
});

describe('shipped JSON Schemas', () => {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validator = (name: string) =>
    ajv.getSchema(`https://plumbline.dev/schemas/${name}.schema.json`) ?? ajv.compile(readJson(`schemas/${name}.schema.json`) as object);

  it('exist for every model and compile', () => {
    expect(readdirSync(join(root, 'schemas')).sort()).toEqual([
      'money.schema.json',
      'offer.schema.json',
      'plumb-line.schema.json',
      'relationship.schema.json',
      'segment.schema.json',
      'story.schema.json',
      'total-cost-of-ownership.schema.json',
    ]);
    for (const file of readdirSync(join(root, 'schemas'))) expect(typeof validator(file.replace('.schema.json', ''))).toBe('function');
  });

  it('accept the sample workspace', () => {
    const cases: [string, unknown[]][] = [
      ['plumb-line', [readJson('examples/data/plumb-line.json')]],
      ['story', readJson('examples/data/stories.json') as unknown[]],
      ['segment', readJson('examples/data/segments.json') as unknown[]],
      ['relationship', readJson('examples/data/relationships.json') as unknown[]],
      ['offer', readJson('examples/data/offers.json') as unknown[]],
    ];
    for (const [name, documents] of cases) {
      const validate = validator(name);
      for (const document of documents) expect(validate(document), `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('reject what the models reject where JSON Schema can say it', () => {
    const story = validator('story');
    const sales = { id: 's', kind: 'sales', title: 'T', body: '', audience: { segmentIds: ['a'] } };
    expect(story(sales)).toBe(false);
    const tco = validator('total-cost-of-ownership');
    expect(tco({ id: 't', currency: 'EUR', startDate: '2026-02-30', horizonMonths: 12, discountRate: 0.1, items: [] })).toBe(false);
  });
});

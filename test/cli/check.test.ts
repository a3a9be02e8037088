import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, cli, plumbline, read, root, STACK, tempFolder, workspace } from './helpers.js';

const version = (JSON.parse(read(join(root, 'package.json'))) as { version: string }).version;
const LAUNCH_WARNING = /^stories\/launch\.md\n {2}16:20 {2}warning {2}Use "customers" instead of "clients"\. {2}preferred-term$/m;

interface JsonReport {
  errorCount: number;
  warningCount: number;
  diagnostics: { storyId: string; ruleId: string; line?: number; column?: number; endLine?: number; start?: number; end?: number; fix?: { start: number; end: number; text: string } }[];
}

/** Every file of a folder as CRLF. */
function toCrlf(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(path, read(path).replace(/\r?\n/g, '\r\n'));
  }
}

describe('plumbline check: formats and positions', () => {
  it('stylish: file lines and columns, front matter counted, no colour when stdout is not a terminal; exit 0 with a warning', () => {
    const folder = workspace();
    const result = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(LAUNCH_WARNING);
    expect(result.stdout).toMatch(/^1 problem \(0 errors, 1 warning, 0 infos\), score \d+$/m);
    expect(result.stdout).not.toContain('\u001b[');
    expect(read(join(folder, 'stories/launch.md')).split('\n')[15]?.slice(19, 26)).toBe('clients');
  });

  it('json: lines, columns and offsets into the file itself, fixes included', () => {
    const folder = workspace();
    const result = plumbline(['check', 'stories', ...AUDIENCES, '--format', 'json'], folder);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    const text = read(join(folder, 'stories/launch.md'));
    const [diagnostic] = report.diagnostics;
    expect(diagnostic).toMatchObject({ storyId: 'launch', ruleId: 'preferred-term', line: 16, column: 20, endLine: 16 });
    expect(text.slice(diagnostic?.start, diagnostic?.end)).toBe('clients');
    expect(text.slice(diagnostic?.fix?.start, diagnostic?.fix?.end)).toBe('clients');
    expect(diagnostic?.fix?.text).toBe('customers');
  });

  it('json: one line; a report of megabytes reaches a pipe whole before the process exits', () => {
    const folder = workspace();
    const launch = read(join(folder, 'stories/launch.md'));
    const bodyStart = launch.indexOf('\n---\n') + 5;
    // 300 copies of the launch story, each with 100 more "clients" (100 more warnings, with their fixes).
    for (let copy = 0; copy < 300; copy += 1) {
      writeFileSync(join(folder, `stories/copy-${copy}.md`), `${launch.slice(0, bodyStart).replace(/^id: launch$/m, `id: copy-${copy}`)}${'Our clients stay. '.repeat(100)}\n${launch.slice(bodyStart)}`);
    }
    const result = plumbline(['check', 'stories', ...AUDIENCES, '--format', 'json'], folder);
    expect(result.stderr).toBe('');
    expect(result.stdout.length).toBeGreaterThan(8 * 2 ** 20);
    expect(result.stdout.indexOf('\n')).toBe(result.stdout.length - 1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.diagnostics.filter((d) => d.ruleId === 'preferred-term' && d.storyId === 'copy-299')).toHaveLength(101);
    expect(report.diagnostics.filter((d) => d.ruleId === 'preferred-term')).toHaveLength(301 * 101 - 100);
    expect(result.status).toBe(report.errorCount > 0 ? 1 : 0);
  });

  it('sarif: valid SARIF 2.1.0, URIs relative to the working directory, regions in file lines, fixes, the tool version', () => {
    const folder = workspace();
    const parent = dirname(folder);
    const name = basename(folder);
    const result = plumbline(
      ['check', `${name}/stories`, '-p', `${name}/plumb-line.yaml`, '--segments', `${name}/segment.yaml`, '--relationships', `${name}/relationship.yaml`, '-f', 'sarif'],
      parent,
    );
    expect(result.status).toBe(0);
    const log = JSON.parse(result.stdout);
    const schema = JSON.parse(read(join(root, 'test/fixtures/sarif-2.1.0.json')));
    const AjvClass = ((Ajv as unknown as { default?: unknown }).default ?? Ajv) as unknown as typeof Ajv.default;
    const formats = ((addFormats as unknown as { default?: unknown }).default ?? addFormats) as unknown as typeof addFormats.default;
    const ajv = new AjvClass({ strict: false, unicodeRegExp: false, allErrors: true });
    formats(ajv);
    const validate = ajv.compile(schema);
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(log.runs[0].tool.driver.version).toBe(version);
    const [only] = log.runs[0].results;
    expect(log.runs[0].results).toHaveLength(1);
    expect(only.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: `${name}/stories/launch.md` },
      region: { startLine: 16, startColumn: 20, endLine: 16, endColumn: 27 },
    });
    expect(only.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('customers');
  });

  // util-linux `script` gives the command a terminal for stdout.
  const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasScript)('colours stylish output only when stdout is a terminal and NO_COLOR is unset', () => {
    const folder = workspace();
    const inTerminal = (env: Record<string, string>): string =>
      spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" check stories -p plumb-line.yaml`, '/dev/null'], { cwd: folder, encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
    const { NO_COLOR: _, ...env } = process.env;
    const coloured = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" check stories -p plumb-line.yaml`, '/dev/null'], { cwd: folder, encoding: 'utf8', env }).stdout;
    expect(coloured).toContain('\u001b[33mwarning');
    expect(inTerminal({ NO_COLOR: '1' })).not.toContain('\u001b[');
    expect(inTerminal({ NO_COLOR: '1' })).toContain('warning');
  });

  it('writes the report to --output instead of stdout', () => {
    const folder = workspace();
    const result = plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json', '-o', 'report.json'], folder);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect((JSON.parse(read(join(folder, 'report.json'))) as JsonReport).warningCount).toBe(1);
  });

  it('works the same on Windows line endings (CRLF)', () => {
    const folder = workspace();
    toCrlf(folder);
    const stylish = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(stylish.status).toBe(0);
    expect(stylish.stdout.replace(/\r/g, '')).toMatch(LAUNCH_WARNING);
    const report = JSON.parse(plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json'], folder).stdout) as JsonReport;
    expect(report.diagnostics).toHaveLength(1);
    expect(read(join(folder, 'stories/launch.md')).slice(report.diagnostics[0]?.start, report.diagnostics[0]?.end)).toBe('clients');
    const sarif = JSON.parse(plumbline(['check', 'stories', ...AUDIENCES, '-f', 'sarif'], folder).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 16, startColumn: 20, endLine: 16, endColumn: 27 });
  });

  it('reads stories from JSON and YAML files (one or a list), positions in the body', () => {
    const folder = workspace();
    writeFileSync(
      join(folder, 'stories/more.json'),
      JSON.stringify([
        { id: 'json-a', kind: 'marketing', title: 'A', audience: { segmentIds: ['water-utilities'] }, body: 'Uptime first.\nOur client gets 99.9% uptime.' },
        { id: 'json-b', kind: 'marketing', title: 'B', audience: { segmentIds: ['water-utilities'] }, body: 'Uptime of 99.9% for every crew.' },
      ]),
    );
    writeFileSync(join(folder, 'stories/one.yaml'), 'id: yaml-a\nkind: marketing\ntitle: Y\naudience:\n  segmentIds: [water-utilities]\nbody: |\n  Uptime of 99.9%, the best-in-class.\n');
    const result = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^stories\/more\.json \(json-a\)\n( {2}- .*\n)* {2}2:5 +warning +Use "customer" instead of "client"\./m);
    expect(result.stdout).toMatch(/^stories\/one\.yaml\n( {2}- .*\n)* {2}1:22 +error +.*"best-in-class"/m);
    expect(result.stdout).toMatch(/^stories\/more\.json \(json-b\)\n {2}- +warning .* theme-coverage\n\n/m);
  });

  it('reads audiences from lists and NDJSON, in JSON or YAML', () => {
    const folder = workspace();
    const relationship = read(join(folder, 'relationship.yaml'));
    writeFileSync(join(folder, 'relationships.yaml'), `- ${relationship.replace(/^#.*\n/, '').replace(/\n(?=.)/g, '\n  ')}`);
    const list = plumbline(['check', 'stories', '-p', 'plumb-line.yaml', '--relationships', 'relationships.yaml', '--segments', 'segment.yaml', '-f', 'json'], folder);
    expect(list.stderr).toBe('');
    expect((JSON.parse(list.stdout) as JsonReport).diagnostics.map((d) => d.ruleId)).toEqual(['preferred-term']);
    const other = { id: 'rel-other', person: { name: 'Other' }, stage: 'prospect', goals: [], risks: [], interactions: [] };
    writeFileSync(join(folder, 'relationships.ndjson'), `${JSON.stringify(other)}\n`);
    const ndjson = plumbline(['check', 'stories', '-p', 'plumb-line.yaml', '--relationships', 'relationships.ndjson', '-f', 'json'], folder);
    expect(ndjson.status).toBe(1);
    expect((JSON.parse(ndjson.stdout) as JsonReport).diagnostics.map((d) => d.ruleId)).toContain('unknown-audience');
  });

  it('skips the plumb line and audience files when they sit in a folder it walks', () => {
    const folder = workspace();
    cpSync(join(folder, 'plumb-line.yaml'), join(folder, 'stories/plumb-line.yaml'));
    const result = plumbline(['check', 'stories', '-p', 'stories/plumb-line.yaml'], folder);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('plumbline check: exit codes', () => {
  it('exits 1 on an error, 0 when the rule is turned off', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/hype.md'), '---\nid: hype\nkind: marketing\ntitle: Hype\naudience:\n  segmentIds: [water-utilities]\n---\nSiteWatch: best-in-class uptime for crews.\n');
    const failed = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^stories\/hype\.md\n {2}8:12 {2}error {2}/m);
    const off = plumbline(['check', 'stories', ...AUDIENCES, '--rule', 'banned-phrase=off'], folder);
    expect(off.status).toBe(0);
    expect(off.stdout).not.toContain('banned-phrase');
    const warn = plumbline(['check', 'stories', ...AUDIENCES, '--rule', 'banned-phrase=warning', '--rule', 'preferred-term=info'], folder);
    expect(warn.status).toBe(0);
    expect(warn.stdout).toMatch(/8:12 +warning/);
  });

  it('exits 1 when warnings pass --max-warnings', () => {
    const folder = workspace();
    const over = plumbline(['check', 'stories', ...AUDIENCES, '--max-warnings', '0'], folder);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('Too many warnings (1, maximum 0).');
    expect(plumbline(['check', 'stories', ...AUDIENCES, '--max-warnings', '1'], folder).status).toBe(0);
  });

  it('exits 2, without a stack trace, on usage errors', () => {
    const folder = workspace();
    const cases: [string[], RegExp][] = [
      [['check', 'stories', ...AUDIENCES, '--bogus'], /Unknown option '--bogus'/],
      [['check', 'stories'], /--plumb-line <file> is required/],
      [['check', '-p', 'plumb-line.yaml'], /name the story files or folders/],
      [['check', 'stories', ...AUDIENCES, '--format', 'xml'], /--format must be one of stylish, json, sarif; got "xml"/],
      [['check', 'stories', ...AUDIENCES, '--max-warnings', 'many'], /--max-warnings expects a whole number/],
      [['check', 'stories', ...AUDIENCES, '--rule', 'banned-phrase'], /--rule expects <rule-id>=<severity>/],
      [['check', 'stories', ...AUDIENCES, '--rule', 'no-such-rule=error'], /no-such-rule/],
      [['check', 'stories', ...AUDIENCES, '--rule', 'banned-phrase=fatal'], /banned-phrase.*"fatal"/],
      [['check', 'stories', ...AUDIENCES, '--fix', '--fix-dry-run'], /cannot be used together/],
      [['check', 'stories', ...AUDIENCES, '--as-of', 'yesterday'], /asOf.*"yesterday"/],
    ];
    for (const [args, message] of cases) {
      const result = plumbline(args, folder);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      expect(result.stderr).not.toMatch(STACK);
      expect(result.stdout).toBe('');
    }
  });

  it('exits 2 on missing files, naming them', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'notes.txt'), 'hello');
    const cases: [string[], string][] = [
      [['check', 'stories', '-p', 'missing.yaml'], 'plumbline: missing.yaml: no such file'],
      [['check', 'nowhere', '-p', 'plumb-line.yaml'], 'plumbline: nowhere: no such file or folder'],
      [['check', 'notes.txt', '-p', 'plumb-line.yaml'], 'plumbline: notes.txt: not a story file'],
      [['check', 'stories', '-p', 'plumb-line.yaml', '--segments', 'segments.yaml'], 'plumbline: segments.yaml: no such file'],
    ];
    for (const [args, message] of cases) {
      const result = plumbline(args, folder);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(STACK);
    }
  });

  it('exits 2 on malformed JSON or YAML, naming the file, line and column (front matter lines counted)', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'bad.json'), '{\n  "id": "x",\n  "company": }\n');
    const json = plumbline(['check', 'stories', '-p', 'bad.json'], folder);
    expect(json.status).toBe(2);
    expect(json.stderr).toContain('plumbline: bad.json:3:14: malformed JSON: Expected a value, found "}"');
    writeFileSync(join(folder, 'bad.yaml'), 'id: x\ncompany: [Acme\nstatement: x\n');
    const yaml = plumbline(['check', 'stories', '-p', 'bad.yaml'], folder);
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toMatch(/^plumbline: bad\.yaml:\d+:\d+: malformed YAML: /);
    writeFileSync(join(folder, 'stories/bad.md'), '---\nid: bad\nkind: marketing\n  title: Bad\n---\nBody\n');
    const front = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(front.status).toBe(2);
    expect(front.stderr).toMatch(/^plumbline: stories\/bad\.md:3:\d+: malformed YAML: /);
    expect(front.stderr).not.toMatch(STACK);
  });

  it('exits 2 on documents that fail their schema, naming the file, position and field path of every issue', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/wrong.md'), '---\nid: wrong\nkind: marketing\ntitle: Wrong\naudience:\n  relationshipId: rel-ana-costa\n---\nBody\n');
    writeFileSync(join(folder, 'stories/plain.md'), 'Just text, no front matter.\n');
    writeFileSync(join(folder, 'stories/list.json'), JSON.stringify([{ id: 'ok', kind: 'sales', title: 'T', body: 'x', audience: { relationshipId: 'r' } }, { id: 'nok', kind: 'sales', title: 7, body: 'x', audience: { relationshipId: 'r' } }], null, 2));
    const result = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^plumbline: 4 problems in the input:$/m);
    expect(result.stderr).toMatch(/^ {2}stories\/wrong\.md:6:3: audience: .*one to many/m);
    expect(result.stderr).toMatch(/^ {2}stories\/wrong\.md:6:3: audience\.segmentIds: /m);
    expect(result.stderr).toMatch(/^ {2}stories\/plain\.md:1:1: expected YAML front matter/m);
    expect(result.stderr).toMatch(/^ {2}stories\/list\.json:14:14: \[1\]\.title: .*expected string, received number$/m);
    expect(result.stderr).not.toMatch(STACK);
  });

  it('exits 2 when two files hold stories with the same id, naming both', () => {
    const folder = workspace();
    cpSync(join(folder, 'stories/launch.md'), join(folder, 'stories/launch-copy.md'));
    const result = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('stories/launch.md: story id "launch" is already used by stories/launch-copy.md');
  });

  it('prints the stack trace with --debug', () => {
    const folder = workspace();
    const result = plumbline(['check', 'stories', '-p', 'missing.yaml', '--debug'], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(STACK);
  });
});

describe('plumbline check --fix', () => {
  const MORE = '---\nid: more\nkind: marketing\ntitle: More\naudience:\n  segmentIds: [water-utilities]\n---\nOur client loves Sitewatch.\nEvery CLIENT sees the uptime of 99.9%, and our clients\' crews too.\n';

  it('applies the safe fixes in place, front matter byte for byte untouched, and a second check finds none of them again', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/more.md'), MORE);
    const before = JSON.parse(plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json'], folder).stdout) as JsonReport;
    const fixable = before.diagnostics.filter((d) => d.fix !== undefined);
    expect(fixable.map((d) => d.ruleId).sort()).toEqual(['brand-spelling', 'preferred-term', 'preferred-term', 'preferred-term', 'preferred-term']);
    const launchBefore = read(join(folder, 'stories/launch.md'));

    const fixed = plumbline(['check', 'stories', ...AUDIENCES, '--fix'], folder);
    expect(fixed.status).toBe(0);
    expect(fixed.stderr).toContain('Fixed 5 problems in 2 files.');
    expect(fixed.stdout).toMatch(/^0 problems/m);
    const more = read(join(folder, 'stories/more.md'));
    expect(more.slice(0, MORE.indexOf('Our'))).toBe(MORE.slice(0, MORE.indexOf('Our')));
    expect(more.slice(MORE.indexOf('Our'))).toBe("Our customer loves SiteWatch.\nEvery CUSTOMER sees the uptime of 99.9%, and our customers' crews too.\n");
    const launch = read(join(folder, 'stories/launch.md'));
    expect(launch).toBe(launchBefore.replace('Our clients', 'Our customers'));

    const after = JSON.parse(plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json'], folder).stdout) as JsonReport;
    for (const d of fixable) expect(after.diagnostics.filter((again) => again.storyId === d.storyId && again.ruleId === d.ruleId)).toEqual([]);
    expect(after.diagnostics.filter((d) => d.fix !== undefined)).toEqual([]);
  });

  it('keeps Windows line endings when it fixes', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/more.md'), MORE);
    toCrlf(folder);
    const front = read(join(folder, 'stories/more.md')).split('---\r\n').slice(0, 2).join('---\r\n');
    expect(plumbline(['check', 'stories', ...AUDIENCES, '--fix'], folder).status).toBe(0);
    const more = read(join(folder, 'stories/more.md'));
    expect(more.startsWith(front)).toBe(true);
    expect(more).not.toMatch(/[^\r]\n/);
    expect(more).toContain('Our customer loves SiteWatch.\r\nEvery CUSTOMER');
    expect(JSON.parse(plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json'], folder).stdout).diagnostics).toEqual([]);
  });

  it('--fix-dry-run prints a unified diff of the same fixes and writes nothing', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/more.md'), MORE);
    const dry = plumbline(['check', 'stories', ...AUDIENCES, '--fix-dry-run'], folder);
    expect(dry.status).toBe(0);
    expect(read(join(folder, 'stories/more.md'))).toBe(MORE);
    expect(dry.stdout).toContain('--- a/stories/launch.md\n+++ b/stories/launch.md\n@@ -13,7 +13,7 @@\n');
    expect(dry.stdout).toContain('-gets in a van. Our clients in the pilot cut truck rolls by 30% in six months,\n+gets in a van. Our customers in the pilot');
    expect(dry.stdout).toContain('--- a/stories/more.md\n+++ b/stories/more.md\n@@ -5,5 +5,5 @@\n');
    expect(dry.stdout).toContain('-Our client loves Sitewatch.\n-Every CLIENT');
    expect(dry.stderr).toContain('Would fix 5 problems in 2 files; 0 would remain');

    const copy = tempFolder();
    cpSync(folder, copy, { recursive: true });
    plumbline(['check', 'stories', ...AUDIENCES, '--fix'], copy);
    // The diff, applied by hand: every "-" line replaced by its "+" line.
    const removed = dry.stdout.split('\n').filter((line) => /^-(?!--)/.test(line)).map((line) => line.slice(1));
    const added = dry.stdout.split('\n').filter((line) => /^\+(?!\+\+)/.test(line)).map((line) => line.slice(1));
    let more = MORE;
    removed.forEach((line, index) => {
      if (more.includes(line)) more = more.replace(line, added[index] ?? '');
    });
    expect(more).toBe(read(join(copy, 'stories/more.md')));
  });

  const LIST_JSON = `[
  {
    "id": "j1",
    "kind": "marketing",
    "title": "J1",
    "audience": { "segmentIds": ["water-utilities"] },
    "body": "Every client gets \\"uptime\\" of 99.9%.\\nOur client crews save."
  },
  { "id": "j2", "kind": "marketing", "title": "J2", "audience": { "segmentIds": ["water-utilities"] }, "body": "Uptime of 99.9% for crews." }
]
`;
  const MORE_YAML = `# Stories kept in YAML
- id: y1
  kind: marketing
  title: Y1   # a comment that stays, spacing and all
  audience: { segmentIds: [water-utilities] }
  body: |
    Our clients get uptime of 99.9%.

    Ask any client about crews.
- id: y2
  kind: marketing
  title: Y2
  audience:
    segmentIds: [water-utilities]
  body: The client sees uptime of 99.9% and crews.
- id: y3
  kind: marketing
  title: Y3
  audience: { segmentIds: [water-utilities] }
  body: 'A client''s uptime of 99.9%, and crews.'
- id: y4
  kind: marketing
  title: Y4
  audience: { segmentIds: [water-utilities] }
  body: >
    Folded client text about uptime of 99.9%
    and crews.
`;

  it('rewrites story bodies inside JSON and YAML files where they stand, and nothing else in the file', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/list.json'), LIST_JSON);
    writeFileSync(join(folder, 'stories/more.yaml'), MORE_YAML);
    const result = plumbline(['check', 'stories', ...AUDIENCES, '--fix'], folder);
    expect(result.stderr).toContain('Fixed 7 problems in 3 files.');
    expect(read(join(folder, 'stories/list.json'))).toBe(LIST_JSON.replaceAll('client', 'customer'));
    // A literal block line by line, plain and single-quoted scalars as written; a folded block cannot be
    // rewritten without changing more of the file, so it keeps its fix, and the command says so.
    expect(read(join(folder, 'stories/more.yaml'))).toBe(
      MORE_YAML.replace('Our clients', 'Our customers').replace('any client', 'any customer').replace('The client', 'The customer').replace("A client''s", "A customer''s"),
    );
    expect(result.stderr).toContain('1 fix not applied, in y4 (stories/more.yaml): a body that cannot be rewritten without changing more of its file');
    const after = JSON.parse(plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json'], folder).stdout) as JsonReport;
    expect(after.diagnostics.filter((d) => d.ruleId === 'preferred-term').map((d) => d.storyId)).toEqual(['y4']);
  });

  it('rewrites JSON and YAML story bodies in files with Windows line endings, keeping them', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/list.json'), LIST_JSON);
    writeFileSync(join(folder, 'stories/more.yaml'), MORE_YAML);
    toCrlf(folder);
    const result = plumbline(['check', 'stories', ...AUDIENCES, '--fix'], folder);
    expect(result.stderr).toContain('Fixed 7 problems in 3 files.');
    expect(read(join(folder, 'stories/list.json'))).toBe(LIST_JSON.replaceAll('client', 'customer').replace(/\n/g, '\r\n'));
    const yaml = read(join(folder, 'stories/more.yaml'));
    expect(yaml).not.toMatch(/[^\r]\n/);
    expect(yaml).toContain('    Our customers get uptime of 99.9%.\r\n\r\n    Ask any customer about crews.\r\n');
  });

  it('--fix-dry-run shows the rewritten JSON and YAML lines and writes nothing', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/list.json'), LIST_JSON);
    writeFileSync(join(folder, 'stories/more.yaml'), MORE_YAML);
    const dry = plumbline(['check', 'stories', ...AUDIENCES, '--fix-dry-run'], folder);
    expect(read(join(folder, 'stories/list.json'))).toBe(LIST_JSON);
    expect(read(join(folder, 'stories/more.yaml'))).toBe(MORE_YAML);
    expect(dry.stdout).toContain('--- a/stories/list.json\n+++ b/stories/list.json\n');
    expect(dry.stdout).toContain('-    "body": "Every client gets');
    expect(dry.stdout).toContain('+    "body": "Every customer gets');
    expect(dry.stdout).toContain('-  body: The client sees uptime of 99.9% and crews.\n+  body: The customer sees uptime of 99.9% and crews.\n');
    expect(dry.stderr).toContain('Would fix 7 problems in 3 files; 1 would remain');
  });

  it('rewrites only the stretch of a JSON string that changed, other escapes as written', () => {
    const folder = workspace();
    const json = '{"id":"e","kind":"marketing","title":"E","audience":{"segmentIds":["water-utilities"]},"body":"Caf\\u00e9 a\\/b, our client: uptime of 99.9% for crews \\ud83d\\ude00."}\n';
    writeFileSync(join(folder, 'stories/e.json'), json);
    expect(plumbline(['check', 'stories/e.json', ...AUDIENCES, '--fix'], folder).stderr).toContain('Fixed 1 problem in 1 file.');
    expect(read(join(folder, 'stories/e.json'))).toBe(json.replace('our client', 'our customer'));
  });

  it('quotes only the YAML bodies that cannot keep their style, and fixes a large file in one go', () => {
    const folder = workspace();
    const flow = (id: string, body: string): string => `- {id: ${id}, kind: marketing, title: T, audience: {segmentIds: [water-utilities]}, body: ${body}}\n`;
    const many = Array.from({ length: 300 }, (_, at) => flow(`s${at}`, `our client ${at} gets uptime of 99.9% and crews`)).join('');
    const yaml = `${flow('a', 'a client gets uptime of 99.9% and crews')}${flow('b', "'a quoted client, uptime of 99.9%, crews'")}- id: c
  kind: marketing
  title: T
  audience: {segmentIds: [water-utilities]}
  body: a plain body folded
    over two lines for the client, uptime of 99.9% and crews
${many}- id: d
  kind: marketing
  title: T
  audience: {segmentIds: [water-utilities]}
  body: >
    a folded client body, uptime of 99.9% and crews
`;
    writeFileSync(join(folder, 'stories/many.yaml'), yaml);
    const result = plumbline(['check', 'stories/many.yaml', ...AUDIENCES, '--fix'], folder);
    expect(result.stderr).toContain('Fixed 303 problems in 1 file.');
    expect(result.stderr).toContain('1 fix not applied, in d (stories/many.yaml)');
    const after = read(join(folder, 'stories/many.yaml'));
    expect(after).toContain(flow('a', 'a customer gets uptime of 99.9% and crews'));
    expect(after).toContain(flow('b', "'a quoted customer, uptime of 99.9%, crews'"));
    expect(after).toContain('  body: "a plain body folded over two lines for the customer, uptime of 99.9% and crews"\n');
    expect(after).toContain(flow('s299', 'our customer 299 gets uptime of 99.9% and crews'));
    expect(after).toContain('    a folded client body');
  });

  it('leaves a file holding bytes that are not UTF-8 alone, and says so', () => {
    const folder = workspace();
    const bytes = Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from('\nid: l\nkind: marketing\ntitle: L\naudience: {segmentIds: [water-utilities]}\nbody: our client gets uptime of 99.9% and crews\n')]);
    writeFileSync(join(folder, 'stories/latin1.yaml'), bytes);
    const result = plumbline(['check', 'stories', ...AUDIENCES, '--fix'], folder);
    expect(result.stderr).toContain('Not fixed: stories/latin1.yaml holds bytes that are not UTF-8');
    expect(readFileSync(join(folder, 'stories/latin1.yaml')).equals(bytes)).toBe(true);
    expect(result.stderr).toContain('Fixed 1 problem in 1 file.');
    expect(result.stdout).toMatch(/stories\/latin1\.yaml\n +1:5 +warning +Use "customer"/);
  });

  it('quotes a plain YAML body when the fixed text could not stay plain', () => {
    const folder = workspace();
    const plumbLine = read(join(folder, 'plumb-line.yaml')).replace('- use: customer', '- use: "customer: the one who pays"');
    writeFileSync(join(folder, 'plumb-line.yaml'), plumbLine);
    writeFileSync(join(folder, 'stories/one.yaml'), 'id: one\nkind: marketing\ntitle: One\naudience: { segmentIds: [water-utilities] }\nbody: Our client gets uptime of 99.9% and crews.\n');
    const result = plumbline(['check', 'stories/one.yaml', ...AUDIENCES, '--fix'], folder);
    expect(result.stderr).toContain('Fixed 1 problem in 1 file.');
    expect(read(join(folder, 'stories/one.yaml'))).toBe(
      'id: one\nkind: marketing\ntitle: One\naudience: { segmentIds: [water-utilities] }\nbody: "Our customer: the one who pays gets uptime of 99.9% and crews."\n',
    );
  });
});

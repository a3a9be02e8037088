// End-to-end cases found in review: each was wrong once (a diff patch could not apply, a body opening
// with a --- rule went unchecked, symbolic links were skipped, ...).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AUDIENCES, plumbline, read, STACK, tempFolder, workspace } from './helpers.js';

const story = (id: string, body: string): string => `---\nid: ${id}\nkind: marketing\ntitle: T\naudience:\n  segmentIds: [water-utilities]\n---\n${body}`;

describe('plumbline check: edge cases', () => {
  it('--fix-dry-run writes a diff that patch -p1 applies, for paths with spaces too', () => {
    const folder = workspace();
    mkdirSync(join(folder, 'stories/with space'));
    const path = join(folder, 'stories/with space/x y.md');
    writeFileSync(path, story('spaced', 'Our client reads it.\n'));
    const dry = plumbline(['check', 'stories', ...AUDIENCES, '--fix-dry-run'], folder);
    expect(dry.stdout).toContain('--- a/stories/with space/x y.md\t\n+++ b/stories/with space/x y.md\t\n');
    const patched = spawnSync('patch', ['-p1', '--dry-run', '--batch'], { cwd: folder, input: dry.stdout, encoding: 'utf8' });
    expect(patched.status, patched.stdout + patched.stderr).toBe(0);
    spawnSync('patch', ['-p1', '--batch'], { cwd: folder, input: dry.stdout, encoding: 'utf8' });
    expect(read(path)).toBe(story('spaced', 'Our customer reads it.\n'));
  });

  it('checks a body that opens with a --- rule (it is not front matter once the file\'s own is split off)', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/rule.md'), story('rule', '---\nOur best-in-class uptime.\n\n---\nMore.\n'));
    const result = plumbline(['check', 'stories/rule.md', ...AUDIENCES, '-f', 'json'], folder);
    expect(result.status).toBe(1);
    const found = (JSON.parse(result.stdout) as { diagnostics: { ruleId: string; line?: number; column?: number }[] }).diagnostics.filter((d) => d.ruleId === 'banned-phrase');
    expect(found.map((d) => [d.line, d.column])).toEqual([[9, 5]]);
  });

  it('follows symbolic links in the folders it walks, once each', () => {
    const folder = workspace();
    mkdirSync(join(folder, 'real'));
    writeFileSync(join(folder, 'real/bad.md'), story('linked', 'A best-in-class claim.\n'));
    mkdirSync(join(folder, 'linked'));
    symlinkSync(join(folder, 'real/bad.md'), join(folder, 'linked/bad.md'));
    symlinkSync(join(folder, 'linked'), join(folder, 'linked/loop'));
    const result = plumbline(['check', 'linked', ...AUDIENCES], folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('linked/bad.md');
    expect(result.stdout).toContain('banned-phrase');
  });

  it('reads a file reached twice (named and walked, or through a link) once, and never an option file, even named', () => {
    const folder = workspace();
    mkdirSync(join(folder, 'other'));
    symlinkSync(join(folder, 'stories/launch.md'), join(folder, 'other/link.md'));
    symlinkSync(join(folder, 'plumb-line.yaml'), join(folder, 'stories/pl.yaml'));
    const once = plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json'], folder);
    expect(once.status, once.stderr).toBe(0);
    for (const args of [
      ['stories', 'other', 'stories/launch.md'],
      ['stories', 'plumb-line.yaml', 'segment.yaml', 'relationship.yaml'],
    ]) {
      const result = plumbline(['check', ...args, ...AUDIENCES, '-f', 'json'], folder);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe(once.stdout);
    }
  });

  it('says a file is UTF-16, and a YAML file holds two documents, in plain words', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/wide.md'), Buffer.from(`\ufeff${story('wide', 'Hello.\n')}`, 'utf16le'));
    const wide = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(wide.status).toBe(2);
    expect(wide.stderr).toBe('plumbline: stories/wide.md: the file is UTF-16; save it as UTF-8\n');
    rmSync(join(folder, 'stories/wide.md'));
    writeFileSync(join(folder, 'stories/two.yaml'), 'id: a\n---\nid: b\n');
    const two = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('plumbline: stories/two.yaml:2:1: malformed YAML: a second YAML document starts here');
  });

  it('score --relationships names a folder given for the NDJSON file, exit 2', () => {
    const folder = workspace();
    const result = plumbline(['score', 'offers.yaml', '--relationships', 'stories'], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('plumbline: stories: is a folder, not a file\n');
  });

  it('score --relationships says a JSON list or a YAML file is not NDJSON, and how to convert it, exit 2', () => {
    const folder = workspace();
    const relationship = parse(read(join(folder, 'relationship.yaml'))) as Record<string, unknown>;
    writeFileSync(join(folder, 'one-line.json'), JSON.stringify([relationship]));
    writeFileSync(join(folder, 'pretty.json'), JSON.stringify([relationship], null, 2));
    const runs = ['one-line.json', 'pretty.json', 'relationship.yaml'].map((file) => plumbline(['score', 'offers.yaml', '--relationships', file], folder));
    expect(runs.map((run) => run.status)).toEqual([2, 2, 2]);
    expect(runs[0]?.stderr).toBe("plumbline: one-line.json: a JSON list: score --relationships reads NDJSON, one relationship a line (jq -c '.[]' one-line.json writes one)\n");
    expect(runs[1]?.stderr).toBe("plumbline: pretty.json: a JSON list: score --relationships reads NDJSON, one relationship a line (jq -c '.[]' pretty.json writes one)\n");
    expect(runs[2]?.stderr).toBe('plumbline: relationship.yaml: a YAML file: score --relationships reads NDJSON, one relationship a line\n');
  });

  it('never reads its own --output report back as a story', () => {
    const folder = workspace();
    for (let run = 0; run < 2; run += 1) {
      const result = plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json', '-o', 'stories/report.json'], folder);
      expect(result.status, result.stderr).toBe(0);
    }
  });

  it('points SARIF results for stories inside JSON or YAML files at the file, without a region or fixes', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'stories/list.yaml'), '- id: y1\n  kind: marketing\n  title: Y\n  audience:\n    segmentIds: [water-utilities]\n  body: |\n    Uptime matters.\n    Our client knows.\n');
    const sarif = JSON.parse(plumbline(['check', 'stories/list.yaml', ...AUDIENCES, '-f', 'sarif'], folder).stdout) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: Record<string, unknown> }[]; fixes?: unknown }[] }[];
    };
    const result = sarif.runs[0]?.results.find((item) => item.ruleId === 'preferred-term');
    expect(result?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'stories/list.yaml' } });
    expect(result?.fixes).toBeUndefined();
  });

  it('counts columns on line 1 of a YAML file with a byte-order mark from its first character', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'bom.yaml'), '\uFEFFid: a: b\n');
    writeFileSync(join(folder, 'plain.yaml'), 'id: a: b\n');
    const bom = plumbline(['check', 'x.md', '--plumb-line', 'bom.yaml'], folder);
    const plain = plumbline(['check', 'x.md', '--plumb-line', 'plain.yaml'], folder);
    expect(bom.status).toBe(2);
    expect(bom.stderr.replace('bom.yaml', 'plain.yaml')).toBe(plain.stderr);
  });

  it('exits 2 on an empty story path, an empty list of stories, a bad --locale and a rule named __proto__', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'empty.json'), '[]');
    const runs = [
      plumbline(['check', '', ...AUDIENCES], folder),
      plumbline(['check', 'empty.json', ...AUDIENCES], folder),
      plumbline(['check', 'stories', ...AUDIENCES, '--rule', '__proto__=off'], folder),
      plumbline(['tco', 'offers.yaml', '--locale', 'xx-invalid-locale-zz'], folder),
      plumbline(['score', 'offers.yaml', '--relationship', 'relationship.yaml', '--locale', ''], folder),
      plumbline(['score', 'empty.json', '--relationship', 'relationship.yaml'], folder),
    ];
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).not.toMatch(STACK);
      expect(run.stderr).not.toContain('unexpected error');
    }
    expect(runs[0]?.stderr).toContain('a story path is empty');
    expect(runs[1]?.stderr).toContain('no stories in empty.json');
    expect(runs[3]?.stderr).toContain('--locale expects a language tag');
  });

  it('names the option behind a value the library rejects, and takes --debug before the command', () => {
    const folder = workspace();
    const asOf = plumbline(['check', 'stories', ...AUDIENCES.slice(0, -2), '--as-of', 'yesterday'], folder);
    expect(asOf.status).toBe(2);
    expect(asOf.stderr).toContain('(from --as-of)');
    const rule = plumbline(['check', 'stories', ...AUDIENCES, '--rule', 'bogus=error'], folder);
    expect(rule.stderr).toContain('(from --rule)');
    expect(plumbline(['--debug', 'check', 'stories', ...AUDIENCES], folder).status).toBe(0);
  });

  it('warns about a likely typo in a field name, once per file and field, with its line; leaves other fields alone', () => {
    const folder = workspace();
    // A misspelt optional field is dropped by the model: the check would pass for the wrong reason.
    writeFileSync(join(folder, 'plumb-line.yaml'), read(join(folder, 'plumb-line.yaml')).replace(/^vocabulary:/m, 'vocabularly:'));
    const line = read(join(folder, 'plumb-line.yaml')).split('\n').findIndex((text) => text.startsWith('vocabularly:')) + 1;
    writeFileSync(join(folder, 'stories', 'extra.md'), story('extra', 'Uptime for crews.').replace('title: T\n', 'title: T\ntheme: [uptime]\nlayout: post\ntags: [news]\n'));
    // The same typo in two more files (one with a byte-order mark and Windows line endings): one warning, then a count.
    writeFileSync(join(folder, 'stories', 'more.md'), story('more', 'Uptime for crews.').replace('title: T\n', 'title: T\ntheme: [crews]\n'));
    writeFileSync(join(folder, 'stories', 'windows.md'), `\ufeff${story('windows', 'Uptime for crews.').replace('title: T\n', 'title: T\ntheme: [crews]\n')}`.replaceAll('\n', '\r\n'));
    const checked = plumbline(['check', 'stories', ...AUDIENCES], folder);
    expect(checked.status).toBe(0);
    expect(checked.stderr).toBe(
      `plumbline: plumb-line.yaml:${line}:1: vocabularly: unknown field, ignored; did you mean "vocabulary"?\n` +
        'plumbline: stories/extra.md:5:1: theme: unknown field, ignored; did you mean "themes"?\n' +
        'plumbline: theme: the same unknown field in 2 more files (stories/more.md, stories/windows.md)\n',
    );
    rmSync(join(folder, 'stories', 'extra.md'));
    rmSync(join(folder, 'stories', 'more.md'));
    expect(plumbline(['check', 'stories', ...AUDIENCES], folder).stderr).toContain('plumbline: stories/windows.md:5:1: theme: unknown field, ignored; did you mean "themes"?\n');
    // NDJSON of many records with the same typo: one warning, at the first record's line.
    const relationship = parse(read(join(folder, 'relationship.yaml'))) as Record<string, unknown>;
    const records = [1, 2, 3].map((n) => JSON.stringify({ ...relationship, id: `r${n}`, satge: 'proposal', crmId: n })).join('\n');
    writeFileSync(join(folder, 'crm.ndjson'), `${records}\n`);
    const scored = plumbline(['score', 'offers.yaml', '--relationships', 'crm.ndjson'], folder);
    expect(scored.status).toBe(0);
    expect(scored.stderr).toBe('plumbline: crm.ndjson:1: satge: unknown field, ignored; did you mean "stage"?\n');
    // In a JSON file over 1 MB the warning names the file and field without a position (one would cost
    // reading the whole file again).
    const list = Array.from({ length: 1500 }, (_, n) => (n === 0 ? { ...relationship, satge: 'proposal' } : { ...relationship, id: `big${n}` }));
    writeFileSync(join(folder, 'big.json'), JSON.stringify(list));
    expect(read(join(folder, 'big.json')).length).toBeGreaterThan(2 ** 20);
    const big = plumbline(['check', 'stories', '--plumb-line', 'plumb-line.yaml', '--segments', 'segment.yaml', '--relationships', 'big.json'], folder);
    expect(big.status).toBe(0);
    expect(big.stderr).toContain('plumbline: big.json: [0].satge: unknown field, ignored; did you mean "stage"?\n');
    expect(big.stderr).not.toMatch(/big\.json:\d/);
    // A typo next to a missing required field: the hint comes before the problem.
    writeFileSync(join(folder, 'bad.json'), JSON.stringify({ id: 'p', company: 'A', statement: 'S', themes: [{ id: 'u', label: 'U', term: ['uptime'] }] }));
    const bad = plumbline(['check', 'stories', '--plumb-line', 'bad.json'], folder);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^plumbline: bad\.json:1:\d+: themes\[0\]\.term: unknown field, ignored; did you mean "terms"\?\nplumbline: 1 problem in the input:\n  bad\.json:1:\d+: themes\[0\]\.terms: /);
  });

  it('names the file and id of a TCO or offer the library rejects, and the command option, not the library argument', () => {
    const folder = workspace();
    const offers = parse(read(join(folder, 'offers.yaml'))) as { id: string; tco: { id: string; discountRate: number } }[];
    const [first] = offers;
    if (first === undefined) throw new Error('no offers');
    writeFileSync(join(folder, 'other.json'), JSON.stringify({ ...first.tco, id: 'other', discountRate: 0.05 }));
    const rate = plumbline(['tco', 'offers.yaml', 'other.json'], folder);
    expect(rate.status).toBe(2);
    expect(rate.stderr).toBe(`plumbline: other.json ("other").discountRate: expected 0.08, the rate of offers.yaml ("${first.tco.id}"), or one rate for all in --discount-rate; received 0.05\n`);
    writeFileSync(join(folder, 'twice.json'), JSON.stringify([first, first]));
    const twice = plumbline(['score', 'twice.json', '--relationship', 'relationship.yaml'], folder);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain(`twice.json ("${first.id}").id: expected ids that differ`);
    expect(plumbline(['tco', 'offers.yaml', '--discount-rate=-1'], folder).stderr).toContain('plumbline: --discount-rate: expected a rate above -1');
  });
});

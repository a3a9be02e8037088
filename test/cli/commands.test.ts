import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, cli, plumbline, read, root, STACK, tempFolder, workspace } from './helpers.js';

const version = (JSON.parse(read(join(root, 'package.json'))) as { version: string }).version;

describe('plumbline: help and version', () => {
  it('prints the version from package.json', () => {
    for (const flag of ['--version', '-v']) {
      const result = plumbline([flag], root);
      expect(result).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('prints help for the tool and for each command', () => {
    const main = plumbline(['--help'], root);
    expect(main.status).toBe(0);
    for (const command of ['check', 'tco', 'score', 'schema', 'init']) expect(main.stdout).toContain(`  ${command} `);
    const options: Record<string, string[]> = {
      check: ['--plumb-line', '--segments', '--relationships', '--as-of', '--format', '--max-warnings', '--rule', '--fix', '--fix-dry-run', '--output'],
      tco: ['--currency', '--rate', '--format', '--chart', '--discount-rate', '--basis'],
      score: ['--relationship', '--segment', '--relationships', '--format', '--rate'],
      schema: ['Model'],
      init: ['folder'],
    };
    for (const [command, names] of Object.entries(options)) {
      for (const flag of ['--help', '-h']) {
        const result = plumbline([command, flag], root);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(new RegExp(`^Usage: plumbline ${command}`));
        for (const name of names) expect(result.stdout, `${command} ${name}`).toContain(name);
        expect(result.stdout).toContain('Exit codes:');
      }
    }
  });

  it('exits 2 without a command, on an unknown command or option', () => {
    const none = plumbline([], root);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Usage: plumbline <command>');
    const unknown = plumbline(['lint'], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('plumbline: unknown command "lint"\n  Commands: check, tco, score, schema, init. Run "plumbline --help" for usage.\n');
    const option = plumbline(['--colour'], root);
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('unknown option "--colour"');
  });
});

describe('plumbline init', () => {
  it('writes a workspace that check, tco and score run on at once', () => {
    const folder = tempFolder();
    const init = plumbline(['init', 'ws'], folder);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Wrote a Plumbline workspace to ws:');
    const ws = join(folder, 'ws');
    expect(readdirSync(ws).sort()).toEqual(['offers.yaml', 'plumb-line.yaml', 'relationship.yaml', 'segment.yaml', 'stories']);
    expect(readdirSync(join(ws, 'stories')).sort()).toEqual(['follow-up.md', 'launch.md']);
    // The commands init suggests, run as printed, one after the other (one cd first).
    expect(init.stdout).toContain('Try:\n  cd ws\n  plumbline check ');
    const suggested = init.stdout
      .split('\n')
      .filter((line) => line.startsWith('  plumbline '))
      .map((line) => line.replace(/^ {2}plumbline /, '').split(' '));
    expect(suggested).toHaveLength(3);
    for (const args of suggested) {
      const result = plumbline(args, ws);
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stderr, args.join(' ')).toBe('');
    }
    expect(read(join(ws, 'tco.svg'))).toMatch(/^<svg /);
    const check = plumbline(['check', 'stories', ...AUDIENCES, '-f', 'json'], ws);
    expect(JSON.parse(check.stdout).errorCount).toBe(0);
  });

  it('writes all of the workspace or nothing (a file where a folder goes)', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'stories'), 'a file where the stories folder goes');
    const result = plumbline(['init'], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Nothing was written.');
    expect(readdirSync(folder)).toEqual(['stories']);
  });

  it('refuses to overwrite any file, and writes nothing then', () => {
    const folder = tempFolder();
    writeFileSync(join(folder, 'offers.yaml'), 'mine\n');
    const result = plumbline(['init'], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('refusing to overwrite a file: offers.yaml');
    expect(result.stderr).not.toMatch(STACK);
    expect(readdirSync(folder)).toEqual(['offers.yaml']);
    expect(read(join(folder, 'offers.yaml'))).toBe('mine\n');
    const again = workspace();
    expect(plumbline(['init'], again).status).toBe(2);
  });
});

describe('plumbline tco', () => {
  it('prints the side-by-side table, says when the cheapest price is not the cheapest TCO, and writes the chart', () => {
    const folder = workspace();
    const result = plumbline(['tco', 'offers.yaml', '--chart', 'out.svg'], folder);
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^Option +Price +Total +Present value +TCO rank +Price rank +Over best$/);
    expect(lines[1]).toMatch(/^SiteWatch Essentials, 3 years +€40,000\.00 +€103,000\.00 +€[\d,.]+ +#2 +#1 +\+€[\d,.]+$/);
    expect(result.stdout).toContain('Break-even in month 10 (2027-11-01)');
    expect(result.stdout).toContain('Price misleads: SiteWatch Essentials, 3 years has the lowest price, but SiteWatch Guaranteed, 3 years has the lowest TCO.');
    expect(read(join(folder, 'out.svg'))).toMatch(/^<svg [\s\S]*<\/svg>\n$/);
  });

  it('prints compareTco\'s result as JSON, from TCO files and offer files alike', () => {
    const folder = workspace();
    const offers = JSON.parse(plumbline(['tco', 'offers.yaml', '-f', 'json'], folder).stdout);
    writeFileSync(join(folder, 'a.json'), JSON.stringify({ id: 'a', currency: 'EUR', startDate: '2027-01-01', horizonMonths: 36, discountRate: 0.08, items: [{ id: 'p', label: 'Price', category: 'price', amount: { amount: '70000', currency: 'EUR' }, schedule: { type: 'once' } }] }));
    const mixed = plumbline(['tco', 'offers.yaml', 'a.json', '--format', 'json'], folder);
    expect(mixed.status).toBe(0);
    const comparison = JSON.parse(mixed.stdout);
    expect(comparison.rows.map((row: { id: string }) => row.id)).toEqual(['essentials-3y', 'guaranteed-3y', 'a']);
    expect(comparison.rows[0].presentValue).toEqual(offers.rows[0].presentValue);
    expect(comparison.cheapestByTco).toBe('a');
    expect(comparison.priceMisleads).toBe(true);
  });

  it('converts with --currency and --rate; mixing currencies without a rate exits 2', () => {
    const folder = workspace();
    const usd = plumbline(['tco', 'offers.yaml', '--currency', 'USD', '--rate', 'EUR=1.08', '-f', 'json'], folder);
    expect(usd.status).toBe(0);
    expect(JSON.parse(usd.stdout).rows[0].price).toEqual({ amount: '43200.00', currency: 'USD' });
    const nominal = JSON.parse(plumbline(['tco', 'offers.yaml', '--basis', 'nominal', '--discount-rate', '0', '-f', 'json'], folder).stdout);
    expect([nominal.basis, nominal.discountRate]).toEqual(['nominal', 0]);
    const mismatch = plumbline(['tco', 'offers.yaml', '--currency', 'USD'], folder);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toMatch(/^plumbline: Cannot compare amounts in EUR and USD/);
    expect(mismatch.stderr).not.toMatch(STACK);
    const badRate = plumbline(['tco', 'offers.yaml', '--currency', 'USD', '--rate', 'EUR'], folder);
    expect(badRate.status).toBe(2);
    expect(badRate.stderr).toContain('--rate expects CURRENCY=RATE');
    // A code in any case and a number written any way are read; a rate that is no positive number, or one
    // for the currency compared in, is refused naming what was typed.
    const spelled = plumbline(['tco', 'offers.yaml', '--currency', 'USD', '--rate', 'eur=1.08e0', '-f', 'json'], folder);
    expect(spelled.stdout).toBe(usd.stdout);
    expect(plumbline(['tco', 'offers.yaml', '--currency', 'USD', '--rate', 'EUR=abc'], folder).stderr).toMatch(/^plumbline: --rate EUR=abc: expected a positive number/);
    expect(plumbline(['tco', 'offers.yaml', '--currency', 'USD', '--rate', 'EUR=0x10'], folder).stderr).toMatch(/^plumbline: --rate EUR=0x10: expected a positive number/);
    expect(plumbline(['tco', 'offers.yaml', '--currency', 'usd', '--rate', 'EUR=1.08', '-f', 'json'], folder).stdout).toBe(usd.stdout);
    expect(plumbline(['tco', 'offers.yaml', '--currency', 'USD', '--rate', 'USD=2'], folder).stderr).toMatch(/^plumbline: --rate USD=2: USD is the currency compared in/);
  });

  it('exits 2 on bad input, naming the file and field', () => {
    const folder = workspace();
    writeFileSync(join(folder, 'bad.yaml'), 'id: a\ncurrency: EUR\nstartDate: 2027-01-01\nhorizonMonths: -3\ndiscountRate: 0.08\nitems: []\n');
    const result = plumbline(['tco', 'bad.yaml'], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^ {2}bad\.yaml:4:16: horizonMonths: /m);
    expect(plumbline(['tco'], folder).status).toBe(2);
    expect(plumbline(['tco', 'missing.json'], folder).stderr).toContain('missing.json: no such file');
    expect(plumbline(['tco', 'offers.yaml', '-f', 'csv'], folder).status).toBe(2);
  });
});

describe('plumbline score', () => {
  it('ranks offers for a relationship: a table with components and notes, or JSON', () => {
    const folder = workspace();
    const table = plumbline(['score', 'offers.yaml', '--relationship', 'relationship.yaml'], folder);
    expect(table.status).toBe(0);
    const lines = table.stdout.split('\n');
    expect(lines[0]).toBe('Offers for Ana Costa, Riverside Water (rel-ana-costa)');
    expect(lines[2]).toMatch(/^Rank +Offer +Score +Grade +Value for money +Fit +Risk coverage +No discount +Net value +ROI +Payback$/);
    expect(lines[3]).toMatch(/^ +1 +SiteWatch Guaranteed +\d+\.\d\d +[A-E] /);
    expect(table.stdout).toContain('SiteWatch Guaranteed (guaranteed)\n  - Covers your top risk, delivery, with a 36-month guarantee.');
    expect(table.stdout).toContain('SiteWatch Essentials (essentials)\n  - Leaves your top risk uncovered: delivery');
    const json = JSON.parse(plumbline(['score', 'offers.yaml', '--relationship', 'relationship.yaml', '--format', 'json'], folder).stdout);
    expect(json.map((score: { offerId: string }) => score.offerId)).toEqual(['guaranteed', 'essentials']);
    expect(Object.keys(json[0].components)).toEqual(['valueForMoney', 'fit', 'riskCoverage', 'discountDependence']);
    expect(json[0].notes.length).toBeGreaterThan(0);
  });

  it('ranks offers for a segment', () => {
    const folder = workspace();
    const result = plumbline(['score', 'offers.yaml', '--segment', 'segment.yaml'], folder);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Offers for the segment Mid-sized water utilities \(water-utilities\)\n/);
  });

  it('exits 2 on usage errors and bad input', () => {
    const folder = workspace();
    const cases: [string[], string][] = [
      [['score', 'offers.yaml'], 'give exactly one of --relationship'],
      [['score', 'offers.yaml', '--segment', 'segment.yaml', '--relationship', 'relationship.yaml'], 'give exactly one of --relationship'],
      [['score', '--segment', 'segment.yaml'], 'name one offers file'],
      [['score', 'offers.yaml', '--segment', 'relationship.yaml'], 'relationship.yaml:'],
      [['score', 'offers.yaml', '--relationships', 'r.ndjson', '-f', 'json'], 'always writes NDJSON'],
      [['score', 'offers.yaml', '--relationships', 'missing.ndjson'], 'missing.ndjson: no such file'],
    ];
    for (const [args, message] of cases) {
      const result = plumbline(args, folder);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr).not.toMatch(STACK);
    }
  });

  it('streams NDJSON: one line of JSON per relationship; a bad line exits 2 naming it', () => {
    const folder = workspace();
    const relationship = (id: string): string =>
      JSON.stringify({ id, person: { name: id }, stage: 'proposal', goals: [{ id: 'g', description: 'Cut costs', driver: 'cost', priority: 3 }], risks: [{ id: 'r', kind: 'adoption', description: 'Crews', severity: 4 }], interactions: [] });
    writeFileSync(join(folder, 'r.ndjson'), `${relationship('a')}\r\n\n${relationship('b')}\n${relationship('c')}`);
    const result = plumbline(['score', 'offers.yaml', '--relationships', 'r.ndjson'], folder);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line).relationshipId)).toEqual(['a', 'b', 'c']);
    expect(JSON.parse(lines[0] ?? '').ranking[0]).toMatchObject({ offerId: 'guaranteed' });

    writeFileSync(join(folder, 'bad.ndjson'), `${relationship('a')}\n{"id": "b",}\n`);
    const bad = plumbline(['score', 'offers.yaml', '--relationships', 'bad.ndjson'], folder);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('plumbline: bad.ndjson:2:12: malformed JSON: Expected a property name in double quotes, found "}"');
    writeFileSync(join(folder, 'invalid.ndjson'), `${relationship('a')}\n${relationship('b').replace('"proposal"', '"dating"')}\n`);
    const invalid = plumbline(['score', 'offers.yaml', '--relationships', 'invalid.ndjson'], folder);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/^ {2}invalid\.ndjson:2: stage: /m);
    expect(invalid.stdout.split('\n')[0]).toContain('"relationshipId":"a"');
  });

  // util-linux `script` runs the command in a terminal (stdout and stderr both).
  const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
  it.skipIf(!hasScript)('shows a progress line on stderr only when stderr is a terminal', () => {
    const folder = workspace();
    const line = JSON.stringify({ id: 'r', person: { name: 'R' }, stage: 'proposal', goals: [], risks: [], interactions: [] });
    writeFileSync(join(folder, 'r.ndjson'), `${line}\n`.repeat(2_500));
    const terminal = spawnSync('script', ['-qec', `"${process.execPath}" "${cli}" score offers.yaml --relationships r.ndjson > out.ndjson`, '/dev/null'], { cwd: folder, encoding: 'utf8' });
    expect(terminal.stdout).toContain('Scored 2,000 relationships');
    expect(terminal.stdout).toContain('Scored 2,500 relationships\r\n');
    expect(read(join(folder, 'out.ndjson')).split('\n')).toHaveLength(2_501);
    const piped = plumbline(['score', 'offers.yaml', '--relationships', 'r.ndjson'], folder);
    expect(piped.stderr).toBe('');
  });

  it('streams 100,000 relationships with flat memory (peak RSS barely above a 10,000-line run)', async () => {
    const folder = workspace();
    const write = async (file: string, count: number): Promise<void> => {
      const out = createWriteStream(join(folder, file));
      const kinds = ['delivery', 'adoption', 'financial', 'performance', 'security', 'vendor', 'compliance'];
      const drivers = ['cost', 'productivity', 'risk', 'revenue', 'experience'];
      for (let at = 0; at < count; at += 1) {
        const line = JSON.stringify({
          id: `rel-${at}`,
          person: { name: `Person ${at}` },
          stage: 'proposal',
          goals: [{ id: 'g', description: 'Cut costs', driver: drivers[at % 5], priority: 1 + (at % 5) }],
          risks: [{ id: 'r', kind: kinds[at % 7], description: 'A risk', severity: 1 + (at % 5) }],
          interactions: [],
        });
        if (!out.write(`${line}\n`)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
    };
    // Peak RSS of the child, reported by a preloaded module at exit; stdout counted as it streams, never held.
    const probe = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxRSS="+process.resourceUsage().maxRSS+"\\n"))';
    const run = async (file: string): Promise<{ lines: number; maxRss: number; last: string; stderr: string }> => {
      const child = spawn(process.execPath, ['--import', probe, cli, 'score', 'offers.yaml', '--relationships', file], { cwd: folder });
      let lines = 0;
      let tail = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', at + 1)) lines += 1;
        tail = (tail + chunk).slice(-4000);
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const [code] = (await once(child, 'close')) as [number];
      expect(code).toBe(0);
      const maxRss = Number(/maxRSS=(\d+)/.exec(stderr)?.[1]) / 1024;
      return { lines, maxRss, last: tail.trimEnd().split('\n').at(-1) ?? '', stderr: stderr.replace(/maxRSS=\d+\n/, '') };
    };
    await write('10k.ndjson', 10_000);
    await write('100k.ndjson', 100_000);
    const small = await run('10k.ndjson');
    const large = await run('100k.ndjson');
    expect(small.lines).toBe(10_000);
    expect(large.lines).toBe(100_000);
    expect(JSON.parse(large.last).relationshipId).toBe('rel-99999');
    // No progress line: stderr is not a terminal here.
    expect(large.stderr).toBe('');
    // 10 times the input (24 MB in, 250 MB out) costs well under the size of either: memory stays flat.
    expect(large.maxRss - small.maxRss).toBeLessThan(64);
    expect(large.maxRss).toBeLessThan(256);
  }, 60_000);
});

describe('plumbline schema', () => {
  it('prints the JSON Schema of one model (by name or file name) or all of them', () => {
    const all = plumbline(['schema'], root);
    expect(all.status).toBe(0);
    const schemas = JSON.parse(all.stdout);
    expect(Object.keys(schemas)).toEqual(['Money', 'PlumbLine', 'Story', 'Segment', 'Relationship', 'TotalCostOfOwnership', 'Offer']);
    for (const name of ['Story', 'story', 'plumb-line', 'total-cost-of-ownership', 'Offer']) {
      const one = plumbline(['schema', name], root);
      expect(one.status, name).toBe(0);
      expect(JSON.parse(one.stdout).$id).toMatch(/^https:\/\/plumbline\.dev\/schemas\/[a-z-]+\.schema\.json$/);
    }
    expect(JSON.parse(plumbline(['schema', 'PlumbLine'], root).stdout)).toEqual(JSON.parse(read(join(root, 'schemas/plumb-line.schema.json'))));
  });

  it('exits 2 on an unknown model', () => {
    const result = plumbline(['schema', 'Invoice'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown model "Invoice": expected one of Money, PlumbLine, Story, Segment, Relationship, TotalCostOfOwnership, Offer');
    expect(plumbline(['schema', 'Story', 'Offer'], root).status).toBe(2);
  });
});

describe('the built binary', () => {
  it('stops quietly when the reader of its output goes away (| head)', async () => {
    const folder = workspace();
    const line = JSON.stringify({ id: 'r', person: { name: 'R' }, stage: 'proposal', goals: [], risks: [], interactions: [] });
    writeFileSync(join(folder, 'r.ndjson'), `${line}\n`.repeat(20_000));
    for (const args of [['score', 'offers.yaml', '--relationships', 'r.ndjson'], ['schema']]) {
      const child = spawn(process.execPath, [cli, ...args], { cwd: folder });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.once('data', () => child.stdout.destroy());
      const [code] = (await once(child, 'close')) as [number];
      expect(stderr, args.join(' ')).toBe('');
      expect(code, args.join(' ')).toBe(0);
    }
  });

  it('keeps its exit code when the reader of its output goes away, before or after the first write (| true, | head)', async () => {
    const folder = workspace();
    for (const when of ['at once', 'after the first write']) {
      // An error (exit 1): preferred terms made errors, in a report of a few hundred kilobytes.
      const child = spawn(process.execPath, [cli, 'check', 'stories', ...AUDIENCES, '--rule', 'preferred-term=error', '--format', 'sarif'], { cwd: folder });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      if (when === 'at once') child.stdout.destroy();
      else child.stdout.once('data', () => child.stdout.destroy());
      const [code] = (await once(child, 'close')) as [number];
      expect(stderr, when).toBe('');
      expect(code, when).toBe(1);
    }
  });

  it('is one executable file with a shebang, holding the library and zod (with its licence), loading nothing else at start', () => {
    const code = read(cli);
    expect(code.startsWith('#!/usr/bin/env node\n')).toBe(true);
    // One file starts faster than the library's files plus zod's 95 modules (bench/cli.bench.ts).
    expect(code).not.toMatch(/from "\.\/index\.js"|from "zod"|require\("zod"\)/);
    expect(code).toMatch(/function checkStories/);
    expect(code).toContain('Copyright (c) 2025 Colin McDonnell');
    // zod's translations of its messages are not needed: the CLI prints its own.
    expect(code).not.toMatch(/locales\/(de|fr|ja)\.js/);
    // yaml is a file of its own beside it (with its licence), loaded when first needed.
    expect(code).toMatch(/require2?\("\.\/yaml\.cjs"\)/);
    expect(code).not.toMatch(/require2?\("yaml"\)|class LineCounter|function parseDocument/);
    const yaml = read(join(root, 'dist', 'yaml.cjs'));
    expect(yaml).toContain('Copyright Eemeli Aro');
    expect(yaml).not.toMatch(/require\("yaml"\)/);
    expect(existsSync(join(root, 'dist', 'index.js'))).toBe(true);
  });
});

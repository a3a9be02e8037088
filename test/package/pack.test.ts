// Packs the package as npm would publish it, installs the tarball into an empty
// project, and loads it with require and import, types included.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let project: string;
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };

beforeAll(() => {
  // A "#" and a space in the path, as in some users' folders: file URLs must escape them.
  project = mkdtempSync(join(tmpdir(), 'plumbline pack #'));
  const output = execFileSync(npm, ['pack', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8' });
  packed = (JSON.parse(output) as (typeof packed)[])[0] as typeof packed;
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, packed.filename), 'zod@4'], {
    cwd: project,
    stdio: 'pipe',
  });
});

afterAll(() => {
  if (project !== undefined) rmSync(project, { recursive: true, force: true });
});

const run = (args: string[]): string => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' }).trim();

describe('the packed tarball', () => {
  it('holds only what users need', () => {
    const paths = packed.files.map((file) => file.path);
    expect(paths).toContain('dist/index.js');
    expect(paths).toContain('dist/index.cjs');
    expect(paths).toContain('dist/index.d.ts');
    expect(paths).toContain('dist/index.d.cts');
    expect(paths).toContain('schemas/plumb-line.schema.json');
    expect(paths).toContain('dist/cli.cjs');
    expect(paths).toContain('dist/yaml.cjs');
    expect(paths.filter((path) => /^(src|test|examples|bench|docs|scripts)\//.test(path))).toEqual([]);
  });

  it('loads with require', () => {
    expect(run(['-e', `const p = require('@plumbline/core'); console.log(p.addMoney({ amount: '0.1', currency: 'EUR' }, { amount: '0.2', currency: 'EUR' }).amount, typeof p.Money.parse)`])).toBe(
      '0.30 function',
    );
  });

  it('loads with import', () => {
    writeFileSync(
      join(project, 'check.mjs'),
      `import { money, Story, modelJsonSchema } from '@plumbline/core';
       console.log(money('2', 'KWD').amount, Story.safeParse({}).success, modelJsonSchema('Offer').$id);`,
    );
    expect(run(['check.mjs'])).toBe('2.000 false https://plumbline.dev/schemas/offer.schema.json');
  });

  it('ships JSON Schemas through the exports map', () => {
    const fromRequire = run(['-e', `console.log(require('@plumbline/core/schemas/offer.schema.json').$id)`]);
    expect(fromRequire).toBe('https://plumbline.dev/schemas/offer.schema.json');
    const version = run(['-e', `console.log(require('@plumbline/core/package.json').version)`]);
    expect(version).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('installs the plumbline command, which runs on the built files alone (zod and yaml built in) and reads YAML', () => {
    const bin = join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'plumbline.cmd' : 'plumbline');
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(execFileSync(bin, ['--version'], { cwd: project, encoding: 'utf8' })).toBe(`${version}\n`);
    expect(JSON.parse(execFileSync(bin, ['schema', 'Money'], { cwd: project, encoding: 'utf8' })).$id).toBe('https://plumbline.dev/schemas/money.schema.json');
    execFileSync(bin, ['init', 'ws'], { cwd: project, encoding: 'utf8' });
    const check = execFileSync(bin, ['check', 'stories', '-p', 'plumb-line.yaml', '-f', 'json'], { cwd: join(project, 'ws'), encoding: 'utf8' });
    expect(JSON.parse(check).warningCount).toBe(1);
  });

  it('type-checks for ESM and CJS consumers', () => {
    const source = `import { addMoney, type ExactMoney, type Story } from '@plumbline/core';
const sum: ExactMoney = addMoney({ amount: '1', currency: 'EUR' }, { amount: 2, currency: 'EUR' });
const story: Story = { id: 's', kind: 'sales', title: 'T', body: '', audience: { relationshipId: 'r' } };
export const amount: string = sum.amount + story.id;
`;
    writeFileSync(join(project, 'esm.mts'), source);
    writeFileSync(join(project, 'cjs.cts'), source);
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    const options = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext'];
    expect(() => execFileSync(process.execPath, [tsc, ...options, 'esm.mts', 'cjs.cts'], { cwd: project, stdio: 'pipe' })).not.toThrow();
  });
});

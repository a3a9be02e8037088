// Bundles the built ESM output the way an app would, with esbuild, to prove that
// tree-shaking keeps zod out of apps that use only pure functions, and that the
// library needs nothing from Node.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = join(root, 'dist', 'index.js');
// Strings that only zod's own code contains.
const ZOD_MARKERS = /\$ZodType|ZodError|_zod\.def/;

async function bundle(contents: string, platform: 'browser' | 'neutral' = 'browser'): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    minify: false,
    treeShaking: true,
    logLevel: 'silent',
    alias: { '@plumbline/core': entry },
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

describe('tree-shaking', () => {
  it('keeps zod out of an app that imports only pure money functions', async () => {
    const code = await bundle(`import { addMoney, formatMoney } from '@plumbline/core';
      console.log(formatMoney(addMoney({ amount: '1', currency: 'EUR' }, { amount: '2', currency: 'EUR' })));`);
    expect(code).toContain('function addMoney');
    expect(code).not.toMatch(ZOD_MARKERS);
    expect(code).not.toContain('date-fns');
  });

  it('keeps zod out of an app that summarises TCOs, ranks offers and solves XIRR, and needs no date library', async () => {
    const code = await bundle(
      `import { summarizeTco, compareTco, tcoChartSvg, rankOffers, xirr } from '@plumbline/core'; console.log(summarizeTco, compareTco, tcoChartSvg, rankOffers, xirr);`,
    );
    expect(code).toContain('function summarizeTco');
    expect(code).not.toMatch(ZOD_MARKERS);
    // Calendar months are added on the date alone (no Date, no time zone): nothing from date-fns ships.
    expect(code).not.toContain('date-fns');
  });

  it('does bring zod in for an app that validates (the check above can fail)', async () => {
    const code = await bundle(`import { Money } from '@plumbline/core'; console.log(Money.parse({ amount: '1', currency: 'EUR' }));`);
    expect(code).toMatch(ZOD_MARKERS);
  });

  it('keeps unrelated models out of an app that validates money only', async () => {
    const code = await bundle(`import { Money } from '@plumbline/core'; console.log(Money.parse({ amount: '1', currency: 'EUR' }));`);
    expect(code).not.toContain('SegmentRule');
    expect(code).not.toContain('TotalCostOfOwnership');
  });
});

describe('runtime neutrality', () => {
  it('bundles the whole library for the browser without any Node built-in', async () => {
    // esbuild fails the build on any import of a Node built-in for the browser platform.
    const code = await bundle(`import * as plumbline from '@plumbline/core'; console.log(Object.keys(plumbline).length);`);
    expect(code).not.toMatch(/from\s+["']node:|require\(["'](node:)?(fs|path|os|crypto|util|url|stream|buffer)["']\)/);
  });

  it('uses no Node globals anywhere in the built library', () => {
    const files: string[] = [];
    const walk = (folder: string): void => {
      for (const item of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, item.name);
        if (item.isDirectory()) walk(path);
        else if (item.name.endsWith('.js') && !relative(join(root, 'dist'), path).startsWith('cli')) files.push(path);
      }
    };
    walk(join(root, 'dist'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, relative(root, file)).not.toMatch(/\b(process|Buffer|__dirname|__filename|require|global|setImmediate)\b(?!\s*:)/);
      expect(code, relative(root, file)).not.toMatch(/from\s+["']node:/);
    }
  });
});

// Source-level rules that keep the library cheap to load, tree-shakable and
// runtime-neutral (DESIGN.md, "Layout" and "Conventions").
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));
const files = (function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === 'cli' ? [] : walk(join(folder, entry.name))) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
})(src);
const read = (file: string): string => readFileSync(file, 'utf8');
const name = (file: string): string => relative(src, file);

// Only these modules build schemas; everything else is a pure function and imports model types only.
const SCHEMA_MODULES = /(^|\/)(schema|models|parse-model)\.ts$/;

describe('source conventions', () => {
  it('import date-fns functions by subpath, never its index (about 60 ms to load)', () => {
    for (const file of files) expect(read(file), name(file)).not.toMatch(/from\s+['"]date-fns['"]/);
  });

  it('import nothing from Node in the library', () => {
    for (const file of files) expect(read(file), name(file)).not.toMatch(/from\s+['"](node:|fs|path|os|crypto|util|url|stream|buffer)['"/]/);
  });

  it('keep zod out of pure-function modules, so bundles that use only them need no zod', () => {
    const offenders = files.filter((file) => !SCHEMA_MODULES.test(name(file)) && /import\s+(\*\s+as\s+z|\{[^}]*\})\s+from\s+['"]zod['"]/.test(read(file)));
    expect(offenders.map(name)).toEqual([]);
  });

  it('import model schemas into pure-function modules as types only', () => {
    for (const file of files.filter((path) => !SCHEMA_MODULES.test(name(path)))) {
      expect(read(file), name(file)).not.toMatch(/^import\s+\{[^}]*\}\s+from\s+['"][^'"]*\/schema\.js['"]/m);
    }
  });

  it('keep src/index.ts to re-exports only', () => {
    const statements = read(join(src, 'index.ts'))
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .split(';')
      .map((statement) => statement.trim())
      .filter((statement) => statement.length > 0);
    for (const statement of statements) expect(statement).toMatch(/^export (type )?\{[^}]*\} from '[^']+';?$|^export (type )?\{[^}]*\} from '[^']+'$/);
  });
});

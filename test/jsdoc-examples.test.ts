// Runs every @example in the JSDoc of src/ against the library, and checks each
// result the example shows (`expr; // => value`), so the docs cannot drift from
// the code. A statement followed by `// throws` must throw.
import { transformSync } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as lib from '@plumbline/core';

const src = fileURLToPath(new URL('../src', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  readonly where: string;
  readonly code: string;
}

function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const match of text.matchAll(/@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g)) {
    const body = (match[2] ?? '')
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n');
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({ where: `${relative(src, file)}:${line}`, code: body });
  }
  return examples;
}

/** A JS expression source for the shown value, or undefined when the text is prose (`...`, `[Function]`). */
function expectedSource(shown: string): string | undefined {
  const value = shown.replace(/\s+\([^()]*\)\s*$/, '').trim();
  if (value.includes('...')) return undefined;
  try {
    new Function(`return (${value});`);
    return value;
  } catch {
    return undefined;
  }
}

const RESULT = /^(.*;)\s*\/\/\s*(=>|throws)\s?(.*)$/;
const COMMENT = /^\s*\/\/\s*(=>|throws)\s?(.*)$/;

/** Rewrites an example into code that asserts what it shows; counts the assertions. */
function instrument(code: string): { code: string; checks: number } {
  const lines = code.split('\n');
  const out: string[] = [];
  let pending: string[] = [];
  let checks = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const trimmed = line.trim();
    const importMatch = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'@plumbline\/core';$/.exec(trimmed);
    if (importMatch !== null) {
      if (importMatch[1] === undefined) out.push(`const {${importMatch[2]}} = lib;`);
      continue;
    }
    const opensOrCloses = /[{}]\s*$/.test(trimmed) && !/;\s*(\/\/.*)?$/.test(trimmed);
    if (pending.length === 0 && (trimmed === '' || trimmed.startsWith('//') || opensOrCloses)) {
      out.push(line);
      continue;
    }
    pending.push(line);
    const result = RESULT.exec(trimmed);
    if (result === null && !/;\s*$/.test(trimmed)) continue;
    let statement = [...pending.slice(0, -1), result === null ? line : line.slice(0, line.lastIndexOf(result[1] ?? '') + (result[1] ?? '').length)].join('\n');
    pending = [];
    let kind = result?.[2];
    let shown = result?.[3];
    const next = COMMENT.exec(lines[index + 1] ?? '');
    if (kind === undefined && next !== null) {
      kind = next[1];
      shown = next[2];
      index += 1;
    }
    if (kind === 'throws') {
      checks += 1;
      out.push(`__throws(() => { ${statement} });`);
      continue;
    }
    const source = kind === '=>' && shown !== undefined ? expectedSource(shown) : undefined;
    statement = statement.trim().replace(/;$/, '');
    if (source === undefined || /^(const|let|var)\s/.test(statement)) {
      out.push(`${statement};`);
      continue;
    }
    const logged = /^console\.log\(([\s\S]*)\)$/.exec(statement);
    checks += 1;
    out.push(`__assert(() => (${logged === null ? statement : logged[1]}), () => (${source}));`);
  }
  return { code: out.join('\n'), checks };
}

// Intl puts non-breaking spaces in formatted money; the docs show plain ones.
const plain = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(/[\u00a0\u202f]/g, ' ') : Array.isArray(value) ? value.map(plain) : value;

const examples = sourceFiles(src).flatMap(examplesIn);

describe('JSDoc @example blocks', () => {
  it('exist in quantity', () => {
    expect(examples.length).toBeGreaterThan(60);
  });

  it.each(examples.map((example) => [example.where, example] as const))('%s runs and shows true results', async (where, example) => {
    const { code, checks } = instrument(example.code);
    expect(checks, `${where} shows no result to check`).toBeGreaterThan(0);
    const js = transformSync(`(async () => {\n${code}\n})()`, { loader: 'ts' }).code;
    const __assert = (actual: () => unknown, expected: () => unknown): void => {
      expect(plain(actual()), where).toEqual(plain(expected()));
    };
    const __throws = (run: () => unknown): void => {
      expect(run, where).toThrow(lib.PlumblineError);
    };
    const run = new Function('lib', '__assert', '__throws', 'console', `return ${js}`) as (...args: unknown[]) => Promise<void>;
    await run(lib, __assert, __throws, { log: () => undefined });
  });
});

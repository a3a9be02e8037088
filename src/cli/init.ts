// plumbline init: write the sample workspace, never over an existing file.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { COMMON_OPTIONS, parseCommand } from './args.js';
import { CliError, usageError } from './errors.js';
import { INIT_HELP } from './help.js';
import { displayPath } from './io.js';
import { print } from './output.js';
import { WORKSPACE } from './workspace.js';

/** The command. Returns the exit code. */
export function init(args: readonly string[]): number {
  const { values, positionals } = parseCommand('init', () =>
    parseArgs({ args: [...args], options: COMMON_OPTIONS, allowPositionals: true, strict: true }),
  );
  if (values.help === true) {
    print(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw usageError('name at most one folder', 'init');
  const folder = resolve(positionals[0] ?? '.');
  const targets = WORKSPACE.map(([path, text]) => [join(folder, path), text] as const);
  const existing = targets.filter(([path]) => existsSync(path)).map(([path]) => displayPath(path));
  if (existing.length > 0) {
    throw new CliError(`refusing to overwrite ${existing.length === 1 ? 'a file' : 'files'}: ${existing.join(', ')}`, { lines: ['Nothing was written. Run plumbline init in an empty folder.'] });
  }
  // All or nothing: a failure half-way (a file where a folder must go, no permission) takes back what was written.
  const written: string[] = [];
  const created: string[] = [];
  try {
    for (const [path, text] of targets) {
      // The first folder mkdir made, if any: taken back, with what is under it, on failure.
      const made = mkdirSync(dirname(path), { recursive: true });
      if (made !== undefined) created.push(made);
      writeFileSync(path, text, { flag: 'wx' });
      written.push(path);
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    for (const folder of created.reverse()) rmSync(folder, { recursive: true, force: true });
    throw new CliError(`cannot write the workspace: ${(error as Error).message}`, { cause: error, lines: ['Nothing was written.'] });
  }
  const at = displayPath(folder);
  print(
    [
      `Wrote a Plumbline workspace to ${at}:`,
      ...targets.map(([path]) => `  ${displayPath(path)}`),
      '',
      'Try:',
      ...(at === '.' ? [] : [`  cd ${at.includes(' ') ? JSON.stringify(at) : at}`]),
      '  plumbline check stories --plumb-line plumb-line.yaml --segments segment.yaml --relationships relationship.yaml --as-of 2026-11-26',
      '  plumbline tco offers.yaml --chart tco.svg',
      '  plumbline score offers.yaml --relationship relationship.yaml',
      '',
    ].join('\n'),
  );
  return 0;
}

// plumbline init: write the sample workspace, never over an existing file.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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
  try {
    for (const [path, text] of targets) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, { flag: 'wx' });
    }
  } catch (error) {
    throw new CliError(`cannot write the workspace: ${(error as Error).message}`, { cause: error });
  }
  const at = displayPath(folder);
  const cd = at === '.' ? '' : `cd ${at.includes(' ') ? JSON.stringify(at) : at} && `;
  print(
    [
      `Wrote a Plumbline workspace to ${at}:`,
      ...targets.map(([path]) => `  ${displayPath(path)}`),
      '',
      'Try:',
      `  ${cd}plumbline check stories --plumb-line plumb-line.yaml --segments segment.yaml --relationships relationship.yaml --as-of 2026-11-26`,
      `  ${cd}plumbline tco offers.yaml --chart tco.svg`,
      `  ${cd}plumbline score offers.yaml --relationship relationship.yaml`,
      '',
    ].join('\n'),
  );
  return 0;
}

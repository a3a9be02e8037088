// Runs the built binary (dist/cli.cjs) as users do, in temporary folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = join(root, 'dist', 'cli.cjs');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `plumbline ...args` in `cwd` (stdout and stderr are pipes, never terminals). */
export function plumbline(args: readonly string[], cwd: string, env: Readonly<Record<string, string>> = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 2 ** 20 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A new empty temporary folder, removed after the test file. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'plumbline-cli-'));
  folders.push(folder);
  return folder;
}

/** A temporary folder holding the `plumbline init` workspace. */
export function workspace(): string {
  const folder = tempFolder();
  const result = plumbline(['init'], folder);
  if (result.status !== 0) throw new Error(`init failed: ${result.stderr}`);
  return folder;
}

export const read = (path: string): string => readFileSync(path, 'utf8');

/** The options that check the init workspace with its audiences. */
export const AUDIENCES = ['--plumb-line', 'plumb-line.yaml', '--segments', 'segment.yaml', '--relationships', 'relationship.yaml', '--as-of', '2026-11-26'];

/** No stack trace in the output. */
export const STACK = /^\s+at .+\(.+:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

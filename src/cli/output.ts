// Printing: stdout, stderr, output files, colour.
import { writeFileSync } from 'node:fs';
import { CliError } from './errors.js';
import { displayPath } from './io.js';

/** Colour only when stdout is a terminal and NO_COLOR is unset (or empty, as no-color.org says). */
export function useColor(): boolean {
  return process.stdout.isTTY === true && (process.env['NO_COLOR'] ?? '') === '';
}

/** Writes to stdout. */
export function print(text: string): void {
  process.stdout.write(text);
}

/** Writes a line to stderr. */
export function warn(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Writes a file, or fails with exit 2 naming it. */
export function writeOutput(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new CliError(`${displayPath(file)}: cannot write: ${(error as Error).message}`, { cause: error });
  }
}

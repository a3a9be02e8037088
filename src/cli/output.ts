// Printing: stdout, stderr, output files, colour.
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { CliError } from './errors.js';
import { displayPath } from './io.js';

/** Colour only when stdout is a terminal and NO_COLOR is unset (or empty, as no-color.org says). */
export function useColor(): boolean {
  return process.stdout.isTTY === true && (process.env['NO_COLOR'] ?? '') === '';
}

/** The most UTF-16 units handed to the system in one write. */
const SLICE = 2 ** 20;

/**
 * A text cut into slices of at most `size` UTF-16 units (one more where a cut would fall inside a
 * surrogate pair: each half alone would be written as U+FFFD). Written slice by slice, a report of
 * 10 MB is never converted to bytes at once, which costs a fresh buffer of 10 to 30 MB and about
 * 10 ms of the command's time.
 */
export function* slices(text: string, size = SLICE): Generator<string> {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`slices: size must be a whole number of at least 1, not ${size}`);
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    const next = text.charCodeAt(end);
    if (last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end += 1;
    yield at === 0 && end === text.length ? text : text.slice(at, end);
    at = end;
  }
}

/** Writes to stdout. */
export function print(text: string): void {
  for (const slice of slices(text)) process.stdout.write(slice);
}

/** Writes a line to stderr. */
export function warn(text: string): void {
  process.stderr.write(`${text}\n`);
}

/** Writes a file, or fails with exit 2 naming it. */
export function writeOutput(file: string, text: string): void {
  try {
    const fd = openSync(file, 'w');
    try {
      // writeFileSync on a descriptor writes the whole slice (one writeSync may write part of it).
      for (const slice of slices(text)) writeFileSync(fd, slice);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new CliError(`${displayPath(file)}: cannot write: ${(error as Error).message}`, { cause: error });
  }
}

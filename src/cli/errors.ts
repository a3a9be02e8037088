import { isPlumblineError } from '../index.js';

/** A failure the CLI reports in plain words, without a stack trace: bad usage or bad input (exit 2). */
export class CliError extends Error {
  /** The process exit code. */
  readonly exitCode: number;
  /** Extra lines printed after the message (one per schema issue). */
  readonly lines: readonly string[];

  constructor(message: string, options?: { readonly exitCode?: number; readonly lines?: readonly string[]; readonly cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CliError';
    this.exitCode = options?.exitCode ?? 2;
    this.lines = options?.lines ?? [];
  }
}

/** A usage error: exit 2, with a pointer to the command's help. */
export function usageError(message: string, command?: string): CliError {
  return new CliError(message, { lines: [`Run "plumbline ${command === undefined ? '' : `${command} `}--help" for usage.`] });
}

/** Where an item of a list the library was given came from: the file as shown, and the item's id. */
export interface Origin {
  readonly shown: string;
  readonly id: string;
}

/**
 * A library error about an item of a list read from files (`tcos[2].discountRate`), told in the
 * user's terms: the file and the item's id instead of the index, the command's options instead of
 * the library's (`--discount-rate` for `options.discountRate`). Any other error is returned as it is.
 *
 * @param error - what the library threw
 * @param list - the library's name for the list (`tcos`, `offers`)
 * @param origins - per item of the list, where it came from
 * @returns the error to throw
 */
export function inFiles(error: unknown, list: string, origins: readonly Origin[]): unknown {
  if (!isPlumblineError(error, 'INVALID_ARGUMENT')) return error;
  const item = new RegExp(`\\b${list}\\[(\\d+)\\]`, 'g');
  const tell = (text: string): string =>
    text
      .replace(item, (whole, index: string) => {
        const origin = origins[Number(index)];
        return origin === undefined ? whole : `${origin.shown} ("${origin.id}")`;
      })
      .replace(/\boptions\.(\w+)/g, (_, name: string) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
  const { argument, expected, received } = error.details;
  if (!new RegExp(`\\b${list}\\[`).test(argument) && !/\boptions\./.test(argument)) return error;
  return new CliError(`${tell(argument)}: expected ${tell(expected)}; received ${received}`, { cause: error });
}

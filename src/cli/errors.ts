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

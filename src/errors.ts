/**
 * The one place that holds Plumbline's error codes and their messages.
 *
 * Codes are stable: applications may branch on `error.code`; messages may be
 * reworded between minor versions.
 *
 * @module
 */

/** Everything a message needs, per error code. */
export interface PlumblineErrorDetails {
  /** A document failed its schema; `issues` carries the zod issues with their paths. */
  readonly INVALID_INPUT: { readonly model: string; readonly summary: string };
  /** A function argument is outside what the function accepts. */
  readonly INVALID_ARGUMENT: { readonly argument: string; readonly expected: string; readonly received: string };
  /** A currency code that ISO 4217 does not define (or defines without a minor unit). */
  readonly UNKNOWN_CURRENCY: { readonly currency: string };
  /** An amount that is not a decimal number, or has more decimals than its currency. */
  readonly INVALID_AMOUNT: { readonly amount: string; readonly currency: string; readonly expected: string };
  /** Two amounts in different currencies met without an explicit exchange rate. */
  readonly CURRENCY_MISMATCH: { readonly operation: string; readonly currencies: readonly string[] };
  /** An amount whose minor units are beyond `Number.MAX_SAFE_INTEGER`. */
  readonly AMOUNT_OUT_OF_RANGE: { readonly amount: string; readonly currency: string };
  /** A numerical method found no solution (no sign change, or no convergence). */
  readonly NO_SOLUTION: { readonly method: string; readonly reason: string };
}

/** The stable code of a {@link PlumblineError}. */
export type PlumblineErrorCode = keyof PlumblineErrorDetails;

const messages: { readonly [C in PlumblineErrorCode]: (details: PlumblineErrorDetails[C]) => string } = {
  INVALID_INPUT: (d) => `Invalid ${d.model}:\n${d.summary}`,
  INVALID_ARGUMENT: (d) => `Invalid ${d.argument}: expected ${d.expected}, received ${d.received}.`,
  UNKNOWN_CURRENCY: (d) =>
    `Unknown currency ${JSON.stringify(d.currency)}: expected an upper-case ISO 4217 code with a minor unit, such as "EUR", "JPY" or "KWD".`,
  INVALID_AMOUNT: (d) => `Invalid amount ${JSON.stringify(d.amount)} for ${d.currency}: expected ${d.expected}.`,
  CURRENCY_MISMATCH: (d) =>
    `Cannot ${d.operation} amounts in ${d.currencies.join(' and ')}: convert them to one currency with an explicit rate first.`,
  AMOUNT_OUT_OF_RANGE: (d) =>
    `Amount out of range: ${d.amount} (${d.currency}) needs more than Number.MAX_SAFE_INTEGER minor units, so it cannot be held exactly.`,
  NO_SOLUTION: (d) => `${d.method} has no solution: ${d.reason}.`,
};

/** Options of the {@link PlumblineError} constructor. */
export interface PlumblineErrorOptions {
  /** The zod issues behind an `INVALID_INPUT` error, each with its `path`. */
  readonly issues?: readonly PlumblineIssue[] | undefined;
  /** The error that caused this one. */
  readonly cause?: unknown;
}

/** A validation issue as zod reports it: where (`path`) and what (`message`). */
export interface PlumblineIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The only error Plumbline throws on purpose, with a stable {@link PlumblineErrorCode}.
 *
 * @example
 * ```ts
 * import { addMoney, PlumblineError } from '@plumbline/core';
 *
 * try {
 *   addMoney({ amount: '1', currency: 'EUR' }, { amount: '1', currency: 'USD' });
 * } catch (error) {
 *   if (error instanceof PlumblineError && error.code === 'CURRENCY_MISMATCH') {
 *     console.log(error.message);
 *     // => 'Cannot add amounts in EUR and USD: convert them to one currency with an explicit rate first.'
 *   }
 * }
 * ```
 */
export class PlumblineError<C extends PlumblineErrorCode = PlumblineErrorCode> extends Error {
  /** The stable code to branch on. */
  readonly code: C;
  /** The values the message was built from (the field, the value, what was expected). */
  readonly details: PlumblineErrorDetails[C];
  /** For `INVALID_INPUT`: the zod issues, each with its path; otherwise empty. */
  readonly issues: readonly PlumblineIssue[];

  /**
   * @param code - the stable error code
   * @param details - the values the message names
   * @param options - zod issues and the cause, when there are any
   */
  constructor(code: C, details: PlumblineErrorDetails[C], options?: PlumblineErrorOptions | undefined) {
    super(messages[code](details), options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PlumblineError';
    this.code = code;
    this.details = details;
    this.issues = options?.issues ?? [];
  }
}

/**
 * Tells whether a value is a {@link PlumblineError}, optionally of one code.
 *
 * Works across bundles and realms, where `instanceof` may not, by checking the
 * error's name and code.
 *
 * @param error - anything caught
 * @param code - the code to require, if any
 * @returns true when `error` is a Plumbline error (with that code)
 *
 * @example
 * ```ts
 * import { isPlumblineError, money } from '@plumbline/core';
 *
 * try {
 *   money('1.005', 'EUR');
 * } catch (error) {
 *   isPlumblineError(error, 'INVALID_AMOUNT'); // => true
 * }
 * ```
 */
export function isPlumblineError<C extends PlumblineErrorCode>(
  error: unknown,
  code?: C | undefined,
): error is PlumblineError<C> {
  if (error instanceof PlumblineError) return code === undefined || error.code === code;
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as { name?: unknown; code?: unknown };
  return (
    candidate.name === 'PlumblineError' &&
    typeof candidate.code === 'string' &&
    candidate.code in messages &&
    (code === undefined || candidate.code === code)
  );
}

/**
 * The `INVALID_ARGUMENT` error for one argument or field: what it is, what was
 * expected, and (briefly) what was received. The one way every function
 * reports a bad argument.
 *
 * @internal
 */
export function invalidArgument(argument: string, expected: string, received: unknown): PlumblineError<'INVALID_ARGUMENT'> {
  return new PlumblineError('INVALID_ARGUMENT', { argument, expected, received: describeValue(received) });
}

/** Whether a value is a plain object (not null, not an array): the shape argument checks start from. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a received value briefly for an error message, without dumping large objects. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return `a ${typeof value}`;
}

// Helpers every test folder shares.
import { PlumblineError } from '@plumbline/core';

/** Runs `run` and returns the PlumblineError it throws; fails the test on anything else, or on no error. */
export function errorOf(run: () => unknown): PlumblineError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlumblineError) return error;
    throw new Error(`expected a PlumblineError, got ${String(error)}`);
  }
  throw new Error('expected a PlumblineError, nothing was thrown');
}

/** Freezes a value and everything in it, so a function that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

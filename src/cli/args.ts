// Argument parsing with node:util parseArgs (strict): unknown options and missing values are usage errors.
import { usageError } from './errors.js';

/** Options every command takes (to spread into its parseArgs options). */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  debug: { type: 'boolean' },
} as const;

/** Runs a command's strict `parseArgs` call: an unknown option or a missing value becomes a usage error (exit 2). */
export function parseCommand<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '.');
    throw usageError(message, command);
  }
}

/** `--format` checked against the formats a command writes. */
export function formatOption<F extends string>(value: string | undefined, allowed: readonly F[], fallback: F, command: string): F {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw usageError(`--format must be one of ${allowed.join(', ')}; got "${value}"`, command);
  return value as F;
}

/** `--rate USD=0.92` options as `{ USD: '0.92' }`: codes in capitals, rates positive numbers, none for the currency compared in (`into`). */
export function rateOptions(values: readonly string[] | undefined, command: string, into?: string | undefined): Record<string, string | number> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  // No prototype: a currency named `__proto__` is a key like any other (the library rejects it).
  const rates: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  for (const value of values) {
    const match = /^([^=\s]+)=(\S+)$/.exec(value);
    if (match === null) throw usageError(`--rate expects CURRENCY=RATE, such as USD=0.92; got "${value}"`, command);
    // Codes in any case, as people type them (`usd`); the library knows them in capitals.
    const currency = (match[1] as string).toUpperCase();
    const given = match[2] as string;
    // A decimal as written stays exact (the library reads it as a decimal); `.92` or `1e-7` is read as a number.
    const rate = /^[0-9]+(?:\.[0-9]+)?$/.test(given) ? given : /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[+-]?[0-9]+)?$/i.test(given) ? Number(given) : undefined;
    if (rate === undefined || !(Number(rate) > 0) || !Number.isFinite(Number(rate))) throw usageError(`--rate ${value}: expected a positive number after the "=", such as ${currency}=0.92`, command);
    if (currency === into?.toUpperCase()) throw usageError(`--rate ${value}: ${currency} is the currency compared in (--currency); give rates from the other currencies into it`, command);
    rates[currency] = rate;
  }
  return rates;
}

/** A whole number option. */
export function integerOption(value: string | undefined, name: string, command: string, minimum: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || Number(value) < minimum) throw usageError(`--${name} expects a whole number >= ${minimum}; got "${value}"`, command);
  return Number(value);
}

/** A number option. */
export function numberOption(value: string | undefined, name: string, command: string): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw usageError(`--${name} expects a number; got "${value}"`, command);
  return number;
}

/** `--locale`: a BCP 47 tag that Intl accepts. */
export function localeOption(value: string | undefined, command: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    if (value.trim() === '' || Intl.getCanonicalLocales(value).length !== 1) throw new RangeError(value);
  } catch {
    throw usageError(`--locale expects a language tag such as en-US or de-DE; got "${value}"`, command);
  }
  return value;
}

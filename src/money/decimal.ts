/**
 * Internal: exact decimal parsing and half-even rounding on bigints, shared by
 * the money functions so that no amount or factor ever passes through a
 * binary fraction.
 *
 * @module
 * @internal
 */

/** A decimal number as `sign × digits × 10^-scale`, exactly. */
export interface Decimal {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly scale: number;
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const SCIENTIFIC = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses a decimal string (`"-12.50"`) or a finite number (by its shortest
 * round-trip form, so `0.1` is exactly one tenth). Strings take the plain form
 * only; numbers may print in exponent form (`1e-7`). Returns undefined when the
 * text is not a decimal.
 */
export function parseDecimal(value: string | number): Decimal | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const match = SCIENTIFIC.exec(String(value));
    if (match === null) return undefined;
    const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText);
    const scale = fraction.length - exponent;
    const digits = BigInt(whole + fraction);
    return scale >= 0
      ? { negative: sign === '-' && digits !== 0n, digits, scale }
      : { negative: sign === '-' && digits !== 0n, digits: digits * 10n ** BigInt(-scale), scale: 0 };
  }
  const match = PLAIN.exec(value);
  if (match === null) return undefined;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const digits = BigInt(whole + fraction);
  return { negative: sign === '-' && digits !== 0n, digits, scale: fraction.length };
}

/**
 * Divides `numerator` by a positive `denominator`, rounding half to even
 * (banker's rounding), so that rounding errors do not drift in one direction
 * over many payments.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  const twiceRemainder = (magnitude % denominator) * 2n;
  if (twiceRemainder > denominator || (twiceRemainder === denominator && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/**
 * The root finder behind `irr` and `xirr`: the rate `r > -1` at
 * which `sum(values[i] / (1 + r)^times[i])` is zero.
 *
 * 1. Newton's method from the guess, as Excel does, at most 100 steps. A step
 *    that would land at or below -1 goes halfway to -1 instead; once two
 *    rates with opposite signs are known, a step that leaves them or makes
 *    slow progress becomes a bisection between them. The result is accepted
 *    only when the step has shrunk below 1e-12 (relative) and the net present
 *    value there is zero to 1e-9 of the flows' discounted size.
 * 2. Otherwise a bracketing fallback: the net present value is scanned over a
 *    fixed grid of about 360 rates from just above -100% to about 1e304,
 *    outwards from the guess, and the first sign change found is refined with
 *    Brent's method. This finds a root wherever the scan sees the net present
 *    value change sign, whatever the guess, and never diverges.
 *
 * The scan and Brent's method work in `u = ln(1 + r)`, and below `u = 0` on
 * the net present value multiplied by `(1 + r)^T` (T the last time): the
 * same sign and the same roots, but no overflow as `r` approaches -1.
 * Every loop is bounded, so the solver always returns or throws.
 *
 * @module
 */

import { PlumblineError } from '../errors.js';

/** Cash flows at times (periods for IRR, actual/365 years for XIRR) from the first. */
export interface Schedule {
  /** The cash flows, finite numbers. */
  readonly values: readonly number[];
  /** One non-negative time per value. */
  readonly times: readonly number[];
  /** The largest time (the horizon). */
  readonly horizon: number;
  /** True when `times[i] === i` (IRR), which allows Horner's scheme. */
  readonly periodic: boolean;
}

const MAX_NEWTON_STEPS = 100;
const NEWTON_STEP_TOLERANCE = 1e-12;
const RESIDUAL_TOLERANCE = 1e-9;
const MAX_BRENT_STEPS = 200;
const EPSILON = Number.EPSILON;

// ln(1 + r) from -36 (r = -1 + 2.3e-16, the closest doubles get to -100%) to 700 (r = 1e304),
// dense near 0 (steps of 0.001) and geometric further out.
const U_MIN = -36;
const U_MAX = 700;
let grid: number[] | undefined;

/** The scan grid, built on first use so that loading the module does no work. */
function scanGrid(): readonly number[] {
  if (grid === undefined) {
    grid = [U_MIN];
    for (let k = -209; k <= 209; k += 1) {
      const u = Math.sign(k) * 0.02 * Math.expm1(Math.abs(k) * 0.05);
      if (u > U_MIN && u < U_MAX) grid.push(u);
    }
    grid.push(U_MAX);
  }
  return grid;
}

/** The net present value at `rate` (> -1) and its derivative in `rate`, into `out`. */
function npvAndSlope(schedule: Schedule, rate: number, out: [number, number]): void {
  const { values, times } = schedule;
  if (schedule.periodic) {
    // p(y) = sum v_i y^i with y = 1 / (1 + r); d/dr = p'(y) * -y^2.
    const y = 1 / (1 + rate);
    let p = 0;
    let slope = 0;
    for (let index = values.length - 1; index >= 0; index -= 1) {
      slope = slope * y + p;
      p = p * y + (values[index] ?? 0);
    }
    out[0] = p;
    out[1] = -slope * y * y;
    return;
  }
  const u = Math.log1p(rate);
  let value = 0;
  let weighted = 0;
  for (let index = 0; index < values.length; index += 1) {
    const time = times[index] ?? 0;
    const term = (values[index] ?? 0) * Math.exp(-time * u);
    value += term;
    weighted += time * term;
  }
  out[0] = value;
  out[1] = -weighted / (1 + rate);
}

/**
 * The net present value at `r = e^u - 1`, multiplied by `(1 + r)^T` when
 * `u < 0` so that nothing overflows: same sign, same roots. With `out`, also
 * the same sum over absolute values (the scale a residual is judged against).
 */
function scaledNpv(schedule: Schedule, u: number, out?: [number, number]): number {
  const { values, times } = schedule;
  let value = 0;
  let size = 0;
  if (schedule.periodic) {
    if (u < 0) {
      // sum v_i x^(n-1-i), x = 1 + r < 1
      const x = Math.exp(u);
      for (let index = 0; index < values.length; index += 1) {
        const flow = values[index] ?? 0;
        value = value * x + flow;
        size = size * x + Math.abs(flow);
      }
    } else {
      // sum v_i y^i, y = 1 / (1 + r) <= 1
      const y = Math.exp(-u);
      for (let index = values.length - 1; index >= 0; index -= 1) {
        const flow = values[index] ?? 0;
        value = value * y + flow;
        size = size * y + Math.abs(flow);
      }
    }
  } else {
    const last = u < 0 ? schedule.horizon : 0;
    for (let index = 0; index < values.length; index += 1) {
      const flow = values[index] ?? 0;
      const factor = Math.exp((last - (times[index] ?? 0)) * u);
      value += flow * factor;
      size += Math.abs(flow) * factor;
    }
  }
  if (out !== undefined) {
    out[0] = value;
    out[1] = size;
  }
  return value;
}

/** True when the net present value at `rate` is zero to within rounding of the flows' size. */
function isRoot(schedule: Schedule, rate: number): boolean {
  const out: [number, number] = [0, 0];
  scaledNpv(schedule, Math.log1p(rate), out);
  return Math.abs(out[0]) <= RESIDUAL_TOLERANCE * out[1];
}

/** One plain Newton step from `rate`, kept when it moves less than 1e-9: full precision after a bisection. */
function polish(schedule: Schedule, rate: number, out: [number, number]): number {
  npvAndSlope(schedule, rate, out);
  const next = rate - out[0] / out[1];
  return next > -1 && Math.abs(next - rate) <= 1e-9 * (1 + Math.abs(rate)) ? next : rate;
}

/** The rate halfway between two rates in `ln(1 + r)`: a bisection step that respects -100%. */
const midway = (a: number, b: number): number => Math.expm1((Math.log1p(a) + Math.log1p(b)) / 2);

/**
 * Newton's method on the net present value from `guess`, safeguarded once
 * two rates with opposite signs are known (as in Numerical Recipes' rtsafe):
 * a step that leaves that bracket, or does not halve the last one, becomes a
 * bisection in `ln(1 + r)`. Undefined when it does not converge.
 */
function newton(schedule: Schedule, guess: number): number | undefined {
  const out: [number, number] = [0, 0];
  let rate = guess;
  let above: number | undefined; // a rate where the net present value is positive
  let below: number | undefined; // ... and one where it is negative
  let lastStep = Number.POSITIVE_INFINITY;
  for (let step = 0; step < MAX_NEWTON_STEPS; step += 1) {
    npvAndSlope(schedule, rate, out);
    let [value, slope] = out;
    if (!Number.isFinite(value)) {
      // Overflow near -100%: the scaled value still has the right sign.
      value = scaledNpv(schedule, Math.log1p(rate));
      slope = Number.NaN;
    }
    if (value === 0) return rate;
    if (value > 0) above = rate;
    else below = rate;
    let next = rate - value / slope;
    let bisected = false;
    if (above !== undefined && below !== undefined) {
      const low = Math.min(above, below);
      const high = Math.max(above, below);
      if (!(next > low && next < high) || Math.abs(2 * value) > Math.abs(lastStep * slope)) {
        next = midway(low, high);
        bisected = true;
      }
    } else if (!Number.isFinite(next)) {
      return undefined;
    } else if (!(next > -1)) {
      next = (rate - 1) / 2; // halfway to -1, never past it
    }
    if (Math.abs(next - rate) <= NEWTON_STEP_TOLERANCE * (1 + Math.abs(next))) {
      if (bisected) next = polish(schedule, next, out);
      return isRoot(schedule, next) ? next : undefined;
    }
    lastStep = next - rate;
    rate = next;
  }
  return undefined;
}

const changesSign = (a: number, b: number): boolean => (a < 0 && b > 0) || (a > 0 && b < 0);

/** Brent's method on `fn` over `[a, b]`, where `fa` and `fb` have opposite signs. */
function brent(fn: (x: number) => number, a: number, b: number, fa: number, fb: number): number {
  let c = b;
  let fc = fb;
  let d = b - a;
  let e = d;
  for (let step = 0; step < MAX_BRENT_STEPS; step += 1) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tolerance = 2 * EPSILON * Math.abs(b) + 1e-300;
    const middle = 0.5 * (c - b);
    if (Math.abs(middle) <= tolerance || fb === 0) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      // Inverse quadratic interpolation, or the secant when only two points are known.
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * middle * s;
        q = 1 - s;
      } else {
        const qa = fa / fc;
        const r = fb / fc;
        p = s * (2 * middle * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * middle * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = middle;
        e = d;
      }
    } else {
      d = middle;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : middle > 0 ? tolerance : -tolerance;
    fb = fn(b);
  }
  return b;
}

/**
 * Scans the grid outwards from the guess for the nearest sign change of the
 * net present value and refines it; undefined when the scan finds none.
 */
function bracketAndRefine(schedule: Schedule, guess: number): number | undefined {
  const points = scanGrid();
  const fn = (u: number): number => scaledNpv(schedule, u);
  const guessU = Math.log1p(guess);
  let centre = 0;
  for (let index = 1; index < points.length; index += 1) {
    if (Math.abs((points[index] ?? 0) - guessU) < Math.abs((points[centre] ?? 0) - guessU)) centre = index;
  }
  const values = new Map<number, number>();
  const at = (index: number): number => {
    let value = values.get(index);
    if (value === undefined) {
      value = fn(points[index] ?? 0);
      values.set(index, value);
    }
    return value;
  };
  const refine = (inner: number, outer: number): number => {
    const [left, right] = inner < outer ? [inner, outer] : [outer, inner];
    return brent(fn, points[left] ?? 0, points[right] ?? 0, at(left), at(right));
  };
  if (at(centre) === 0) return Math.expm1(points[centre] ?? 0);
  for (let low = centre, high = centre; low > 0 || high < points.length - 1; ) {
    if (high < points.length - 1) {
      high += 1;
      if (at(high) === 0) return Math.expm1(points[high] ?? 0);
      if (changesSign(at(high - 1), at(high))) return Math.expm1(refine(high - 1, high));
    }
    if (low > 0) {
      low -= 1;
      if (at(low) === 0) return Math.expm1(points[low] ?? 0);
      if (changesSign(at(low + 1), at(low))) return Math.expm1(refine(low + 1, low));
    }
  }
  return undefined;
}

/**
 * The rate `r > -1` at which the schedule's net present value is zero.
 *
 * @param schedule - values and their times
 * @param guess - where Newton's method starts (a finite number above -1)
 * @param method - `'IRR'` or `'XIRR'`, for the error
 * @throws {@link PlumblineError} `NO_SOLUTION` when the values do not change
 *   sign, or when no root is found
 */
export function solveRate(schedule: Schedule, guess: number, method: 'IRR' | 'XIRR'): number {
  let positive = false;
  let negative = false;
  for (const value of schedule.values) {
    if (value > 0) positive = true;
    else if (value < 0) negative = true;
  }
  if (!positive || !negative) {
    const sign = positive ? 'positive or zero' : negative ? 'negative or zero' : 'zero';
    throw new PlumblineError('NO_SOLUTION', {
      method,
      reason: `the values are all ${sign}, so no rate makes the net present value zero (${method} needs at least one negative and one positive value)`,
    });
  }
  const rate = newton(schedule, guess) ?? bracketAndRefine(schedule, guess);
  if (rate === undefined || !(rate > -1) || !Number.isFinite(rate)) {
    throw new PlumblineError('NO_SOLUTION', {
      method,
      reason: `no rate above -100% was found at which the net present value is zero: Newton's method from the guess ${guess} did not converge, and a scan of rates from just above -100% to 1e304 found no sign change`,
    });
  }
  return rate;
}

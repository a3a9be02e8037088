import { invalidArgument } from '../errors.js';

/** Counts of diagnostics by severity, as a {@link ConsistencyReport} holds them. */
export interface SeverityCounts {
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
}

/** Points a diagnostic of each severity costs before normalising by length. */
const WEIGHTS = { error: 10, warning: 3, info: 1 } as const;

/** Throws naming the field unless `value` is a finite number >= 0 (called once per story: no list built). */
function checkCount(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw invalidArgument(name, 'a finite number >= 0', value);
}

/**
 * Scores a story (or a set of stories) from 0 to 100, in the spirit of
 * Acrolinx: diagnostics weighted by severity (error 10, warning 3, info 1),
 * divided by the length in units of 75 words (at least one unit), times 5,
 * taken from 100, rounded, and never below 0:
 *
 * `score = max(0, round(100 - 5 × (10·errors + 3·warnings + 1·infos) / max(1, words / 75)))`
 *
 * A story with no diagnostics scores 100. A 300-word story (4 units) with one
 * error and two warnings: penalty 16, density 4, score 100 - 20 = 80.
 *
 * @param counts - diagnostics by severity
 * @param words - words of prose (code, URLs and HTML masked)
 * @returns the score, a whole number from 0 to 100
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for negative or non-finite counts or words
 *
 * @example
 * ```ts
 * import { consistencyScore } from '@plumbline/core';
 *
 * consistencyScore({ errorCount: 0, warningCount: 0, infoCount: 0 }, 300); // => 100
 * consistencyScore({ errorCount: 1, warningCount: 2, infoCount: 0 }, 300); // => 80
 * consistencyScore({ errorCount: 1, warningCount: 0, infoCount: 0 }, 20); // => 50
 * consistencyScore({ errorCount: -1, warningCount: 0, infoCount: 0 }, 20); // throws
 * ```
 */
export function consistencyScore(counts: SeverityCounts, words: number): number {
  checkCount('counts.errorCount', counts?.errorCount);
  checkCount('counts.warningCount', counts?.warningCount);
  checkCount('counts.infoCount', counts?.infoCount);
  checkCount('words', words);
  const penalty = WEIGHTS.error * counts.errorCount + WEIGHTS.warning * counts.warningCount + WEIGHTS.info * counts.infoCount;
  const units = Math.max(1, words / 75);
  return Math.max(0, Math.round(100 - (5 * penalty) / units));
}

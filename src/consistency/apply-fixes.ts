import { invalidArgument } from '../errors.js';
import type { Diagnostic, DiagnosticFix } from './diagnostic.js';

/** What {@link applyFixes} returns: the fixed text, and which diagnostics' fixes went in. */
export interface AppliedFixes {
  /** The body with every applied fix in place. */
  readonly text: string;
  /** The diagnostics whose fix is in `text` (a fix identical to one applied counts as applied, once). */
  readonly applied: readonly Diagnostic[];
  /** The diagnostics whose fix overlapped one applied before it (by start); check again to fix them. */
  readonly skipped: readonly Diagnostic[];
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (an emoji, a rare CJK character). */
function splitsPair(body: string, offset: number): boolean {
  return offset > 0 && offset < body.length && isHighSurrogate(body.charCodeAt(offset - 1)) && isLowSurrogate(body.charCodeAt(offset));
}

function checkFix(body: string, fix: DiagnosticFix, field: string): void {
  if (typeof fix !== 'object' || fix === null) throw invalidArgument(field, 'a fix { start, end, text }', fix);
  const { start, end, text } = fix;
  if (!Number.isInteger(start) || start < 0 || start > body.length) throw invalidArgument(`${field}.start`, `a whole number from 0 to ${body.length}`, start);
  if (!Number.isInteger(end) || end < start || end > body.length) throw invalidArgument(`${field}.end`, `a whole number from ${start} to ${body.length}`, end);
  if (typeof text !== 'string') throw invalidArgument(`${field}.text`, 'a string', text);
  if (splitsPair(body, start)) throw invalidArgument(`${field}.start`, 'an offset that does not split a surrogate pair', start);
  if (splitsPair(body, end)) throw invalidArgument(`${field}.end`, 'an offset that does not split a surrogate pair', end);
}

/**
 * Applies the safe fixes of a story's diagnostics to its body, each once,
 * the way ESLint's `--fix` does: fixes are taken in order of their start
 * (the given order on a tie) and one that overlaps a fix already applied is
 * skipped (two fixes at the same start always overlap), so the text outside
 * the applied ranges is never touched and no fix lands inside another's
 * replacement. A fix identical to one applied is applied once and counts as
 * applied. Diagnostics without a fix are ignored. Check the new text again
 * to fix what was skipped.
 *
 * @param body - the story's body the diagnostics' offsets point into
 * @param diagnostics - the story's diagnostics (from {@link checkStory} or one story's share of {@link checkStories})
 * @returns the new text, and the diagnostics applied and skipped, each in order of their fix's start
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `body` is not a
 *   string, `diagnostics` not an array, or a fix's range lies outside the
 *   body or splits a surrogate pair
 *
 * @example
 * ```ts
 * import { applyFixes } from '@plumbline/core';
 *
 * const diagnostic = (start: number, end: number, text: string) => ({
 *   ruleId: 'preferred-term', severity: 'warning' as const, message: 'Use another word.', storyId: 's', start, end, fix: { start, end, text },
 * });
 * const result = applyFixes('Our client uses email.', [diagnostic(4, 10, 'customer'), diagnostic(16, 21, 'e-mail'), diagnostic(4, 8, 'x')]);
 * result.text; // => 'Our customer uses e-mail.'
 * result.applied.length; // => 2
 * result.skipped.map((d) => d.fix?.text); // => ['x']
 * applyFixes('text', [diagnostic(2, 9, 'x')]);
 * // throws PlumblineError INVALID_ARGUMENT
 * ```
 */
export function applyFixes(body: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  if (typeof body !== 'string') throw invalidArgument('body', 'a string', body);
  if (!Array.isArray(diagnostics)) throw invalidArgument('diagnostics', 'an array of diagnostics', diagnostics);
  const withFix: { diagnostic: Diagnostic; fix: DiagnosticFix; at: number }[] = [];
  diagnostics.forEach((diagnostic: Diagnostic, at) => {
    if (typeof diagnostic !== 'object' || diagnostic === null) throw invalidArgument(`diagnostics[${at}]`, 'a diagnostic', diagnostic);
    if (diagnostic.fix === undefined) return;
    checkFix(body, diagnostic.fix, `diagnostics[${at}].fix`);
    withFix.push({ diagnostic, fix: diagnostic.fix, at });
  });
  withFix.sort((a, b) => a.fix.start - b.fix.start || a.at - b.at);

  const parts: string[] = [];
  const applied: Diagnostic[] = [];
  const skipped: Diagnostic[] = [];
  let last: DiagnosticFix | undefined;
  let copied = 0;
  for (const { diagnostic, fix } of withFix) {
    if (last !== undefined && fix.start === last.start && fix.end === last.end && fix.text === last.text) {
      applied.push(diagnostic);
      continue;
    }
    if (last !== undefined && (fix.start < last.end || fix.start === last.start)) {
      skipped.push(diagnostic);
      continue;
    }
    parts.push(body.slice(copied, fix.start), fix.text);
    copied = fix.end;
    last = fix;
    applied.push(diagnostic);
  }
  parts.push(body.slice(copied));
  return { text: parts.join(''), applied, skipped };
}

/**
 * Internal: runs the active rules over analysed stories and turns findings into sorted diagnostics.
 *
 * @module
 * @internal
 */
import { invalidArgument } from '../errors.js';
import type { PlumbLine } from '../plumb-line/schema.js';
import { compilePlumbLine, type CompiledPlumbLine } from './compile-plumb-line.js';
import type { Diagnostic } from './diagnostic.js';
import type { RuleFinding, StoryAnalysis } from './rule.js';
import type { ActiveRule } from './settings.js';

/**
 * Accepts a plumb line or a compiled one.
 *
 * @param plumbLine - either
 * @returns the compiled plumb line
 */
export function compiledOf(plumbLine: PlumbLine | CompiledPlumbLine): CompiledPlumbLine {
  if (typeof plumbLine !== 'object' || plumbLine === null) throw invalidArgument('plumbLine', 'a plumb line or a compiled plumb line', plumbLine);
  return 'compiled' in plumbLine && plumbLine.compiled === true ? plumbLine : compilePlumbLine(plumbLine as PlumbLine);
}

/**
 * Turns a finding into a diagnostic with positions.
 *
 * @param finding - the rule's finding
 * @param active - the rule and its severity
 * @param analysis - the story the finding is about
 * @returns the diagnostic
 */
export function toDiagnostic(finding: RuleFinding, active: ActiveRule, analysis: { readonly story: { readonly id: string }; readonly lines: StoryAnalysis['lines'] }): Diagnostic {
  const { start, end, actual, expected, fix } = finding;
  // A finding's `expected` (fresh or frozen) and `fix` (fresh) are the rule's to give, so the diagnostic takes them as they are.
  if (start !== undefined && end !== undefined && actual !== undefined && expected !== undefined && fix !== undefined) {
    // The common case (a term with a safe fix): every key at once, in the order the report shows them.
    const lines = analysis.lines;
    const line = lines.line(start);
    const endLine = lines.line(end);
    return {
      ruleId: active.rule.meta.id,
      severity: active.severity,
      message: finding.message,
      storyId: analysis.story.id,
      start,
      end,
      line,
      column: start - lines.lineStart(line) + 1,
      endLine,
      endColumn: end - lines.lineStart(endLine) + 1,
      actual,
      expected,
      fix,
    };
  }
  // Otherwise key by key, in the same order, leaving out what the finding lacks.
  const diagnostic: { -readonly [Key in keyof Diagnostic]: Diagnostic[Key] } = {
    ruleId: active.rule.meta.id,
    severity: active.severity,
    message: finding.message,
    storyId: analysis.story.id,
  };
  if (start !== undefined && end !== undefined) {
    const lines = analysis.lines;
    const line = lines.line(start);
    const endLine = lines.line(end);
    diagnostic.start = start;
    diagnostic.end = end;
    diagnostic.line = line;
    diagnostic.column = start - lines.lineStart(line) + 1;
    diagnostic.endLine = endLine;
    diagnostic.endColumn = end - lines.lineStart(endLine) + 1;
  }
  if (actual !== undefined) diagnostic.actual = actual;
  if (expected !== undefined) diagnostic.expected = expected;
  if (fix !== undefined) diagnostic.fix = fix;
  return diagnostic;
}

/**
 * Runs the single-story rules over one story.
 *
 * @param analysis - the story
 * @param rules - the active rules
 * @returns its diagnostics, unsorted
 */
export function runStoryRules(analysis: StoryAnalysis, rules: readonly ActiveRule[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (let at = 0; at < rules.length; at += 1) {
    const active = rules[at] as ActiveRule;
    if (active.rule.check === undefined) continue;
    const findings = active.rule.check(analysis, active.options);
    for (let index = 0; index < findings.length; index += 1) diagnostics.push(toDiagnostic(findings[index] as RuleFinding, active, analysis));
  }
  return diagnostics;
}

/**
 * Sorts one story's diagnostics in place with {@link compareDiagnostics}. A story usually has a few:
 * an insertion sort then (stable, like `Array.prototype.sort`, and it allocates nothing); a long list
 * (interleaved runs from several rules) goes to `Array.prototype.sort`, which stays O(n log n).
 *
 * @param diagnostics - one story's diagnostics
 * @returns the same array, sorted
 */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length > 64) return diagnostics.sort(compareDiagnostics);
  for (let at = 1; at < diagnostics.length; at += 1) {
    const item = diagnostics[at] as Diagnostic;
    let to = at;
    while (to > 0 && compareDiagnostics(diagnostics[to - 1] as Diagnostic, item) > 0) {
      diagnostics[to] = diagnostics[to - 1] as Diagnostic;
      to -= 1;
    }
    diagnostics[to] = item;
  }
  return diagnostics;
}

/** Orders one story's diagnostics: whole-story ones first, then by position, rule id, end and message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.start ?? -1) - (b.start ?? -1) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.end ?? -1) - (b.end ?? -1) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

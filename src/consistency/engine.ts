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
export function toDiagnostic(finding: RuleFinding, active: ActiveRule, analysis: Pick<StoryAnalysis, 'story' | 'lines'>): Diagnostic {
  // Built property by property, in the order the report shows them (no spreads of temporary objects).
  const diagnostic: { -readonly [Key in keyof Diagnostic]: Diagnostic[Key] } = {
    ruleId: active.rule.meta.id,
    severity: active.severity,
    message: finding.message,
    storyId: analysis.story.id,
  };
  if (finding.start !== undefined && finding.end !== undefined) {
    const lines = analysis.lines;
    const line = lines.line(finding.start);
    const endLine = lines.line(finding.end);
    diagnostic.start = finding.start;
    diagnostic.end = finding.end;
    diagnostic.line = line;
    diagnostic.column = finding.start - lines.lineStart(line) + 1;
    diagnostic.endLine = endLine;
    diagnostic.endColumn = finding.end - lines.lineStart(endLine) + 1;
  }
  // A finding's `expected` (fresh or frozen) and `fix` (fresh) are the rule's to give, so the diagnostic takes them as they are.
  if (finding.actual !== undefined) diagnostic.actual = finding.actual;
  if (finding.expected !== undefined) diagnostic.expected = finding.expected;
  if (finding.fix !== undefined) diagnostic.fix = finding.fix;
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
  for (const active of rules) {
    if (active.rule.check === undefined) continue;
    for (const finding of active.rule.check(analysis, active.options)) diagnostics.push(toDiagnostic(finding, active, analysis));
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

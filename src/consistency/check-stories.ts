import { invalidArgument } from '../errors.js';
import type { PlumbLine } from '../plumb-line/schema.js';
import type { Story } from '../story/schema.js';
import { analyseStory, readAudience } from './analyse.js';
import type { CompiledPlumbLine } from './compile-plumb-line.js';
import type { CheckContext, ConsistencyReport, Diagnostic, StoryReport } from './diagnostic.js';
import { compareDiagnostics, compiledOf, runStoryRules, toDiagnostic } from './engine.js';
import type { StoryAnalysis } from './rule.js';
import { consistencyScore } from './score.js';
import { activeRules } from './settings.js';

/**
 * Checks stories against the plumb line, their audiences and each other
 * (`claim-conflict`), and scores them: one scan per story, the plumb line
 * compiled once.
 *
 * @param plumbLine - the plumb line, or the result of {@link compilePlumbLine}
 * @param stories - the stories (ids unique)
 * @param context - segments, relationships, `asOf` and rule settings
 * @returns the report: diagnostics by story (in the order given), then
 *   position and rule id; a score and counts per story and overall
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field, as
 *   {@link checkStory}, and for `stories` that is not an array or repeats an id
 *
 * @example
 * ```ts
 * import { checkStories } from '@plumbline/core';
 *
 * const plumbLine = {
 *   id: 'acme', company: 'Acme', statement: 'Acme cuts truck rolls.',
 *   themes: [{ id: 'crews', label: 'Crews', terms: ['truck rolls'] }],
 *   claims: [{ id: 'rolls', label: 'Fewer truck rolls', terms: ['truck rolls'] }],
 * };
 * const story = (id: string, body: string) => ({ id, kind: 'marketing' as const, title: id, audience: { segmentIds: ['fleets'] }, body });
 * const report = checkStories(plumbLine, [story('a', 'We cut truck rolls by 30%.'), story('b', 'Truck rolls fall 40%.')]);
 * report.diagnostics.map((d) => [d.storyId, d.ruleId, d.actual]); // => [['a', 'claim-conflict', '30%'], ['b', 'claim-conflict', '40%']]
 * report.errorCount; // => 2
 * report.stories.map((s) => s.score); // => [50, 50]
 * ```
 */
export function checkStories(plumbLine: PlumbLine | CompiledPlumbLine, stories: readonly Story[], context?: CheckContext | undefined): ConsistencyReport {
  const compiled = compiledOf(plumbLine);
  const rules = activeRules(context);
  if (!Array.isArray(stories)) throw invalidArgument('stories', 'an array of stories', stories);
  const audience = readAudience(context);
  const seen = new Set<string>();
  const analyses: StoryAnalysis[] = stories.map((story, index) => {
    const analysis = analyseStory(compiled, story, audience, `stories[${index}]`);
    if (seen.has(story.id)) throw invalidArgument(`stories[${index}].id`, 'an id no other story has', story.id);
    seen.add(story.id);
    return analysis;
  });
  const perStory = new Map<string, Diagnostic[]>(analyses.map((analysis) => [analysis.story.id, runStoryRules(analysis, rules)]));
  const byId = new Map(analyses.map((analysis) => [analysis.story.id, analysis]));
  for (const active of rules) {
    if (active.rule.checkStories === undefined) continue;
    for (const finding of active.rule.checkStories(analyses, active.options)) {
      const analysis = byId.get(finding.storyId);
      if (analysis !== undefined) perStory.get(finding.storyId)?.push(toDiagnostic(finding, active, analysis));
    }
  }
  const diagnostics: Diagnostic[] = [];
  const reports: StoryReport[] = [];
  let words = 0;
  const total = { errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const analysis of analyses) {
    const list = (perStory.get(analysis.story.id) ?? []).sort(compareDiagnostics);
    diagnostics.push(...list);
    const counts = {
      errorCount: list.filter((d) => d.severity === 'error').length,
      warningCount: list.filter((d) => d.severity === 'warning').length,
      infoCount: list.filter((d) => d.severity === 'info').length,
    };
    total.errorCount += counts.errorCount;
    total.warningCount += counts.warningCount;
    total.infoCount += counts.infoCount;
    words += analysis.wordCount;
    reports.push({ storyId: analysis.story.id, score: consistencyScore(counts, analysis.wordCount), ...counts, words: analysis.wordCount });
  }
  return { diagnostics, stories: reports, score: consistencyScore(total, words), ...total };
}

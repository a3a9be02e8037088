import { invalidArgument } from '../errors.js';
import type { PlumbLine } from '../plumb-line/schema.js';
import type { Story } from '../story/schema.js';
import { analyseStory, readAudience } from './analyse.js';
import type { CompiledPlumbLine } from './compile-plumb-line.js';
import type { CheckContext, ConsistencyReport, Diagnostic, StoryReport } from './diagnostic.js';
import { compiledOf, runStoryRules, sortDiagnostics, toDiagnostic } from './engine.js';
import type { CollectedStory } from './rule.js';
import { lineIndex, type LineIndex } from '../text/line-index.js';
import { consistencyScore } from './score.js';
import { activeRules, type ActiveRule } from './settings.js';

/** What the report needs of a story once its analysis is gone: its words, and its lines for cross-story findings. */
interface Located {
  readonly story: Story;
  readonly wordCount: number;
  lines: LineIndex | undefined;
}

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
  const crossStory = rules.filter((active) => active.rule.checkStories !== undefined);
  const collected: CollectedStory<unknown>[][] = crossStory.map(() => []);
  // Story by story: analyse, run its rules, keep what cross-story rules collect, and let the analysis go.
  const perStory = new Map<string, Diagnostic[]>();
  const located: Located[] = [];
  const byId = new Map<string, Located>();
  for (let index = 0; index < stories.length; index += 1) {
    const story = stories[index] as Story;
    const analysis = analyseStory(compiled, story, audience, `stories[${index}]`);
    if (perStory.has(story.id)) throw invalidArgument(`stories[${index}].id`, 'an id no other story has', story.id);
    perStory.set(story.id, runStoryRules(analysis, rules));
    for (let at = 0; at < crossStory.length; at += 1) {
      const active = crossStory[at] as ActiveRule;
      (collected[at] as CollectedStory<unknown>[]).push({ storyId: story.id, facts: active.rule.collect?.(analysis, active.options) });
    }
    const record: Located = { story, wordCount: analysis.wordCount, lines: analysis.linesIfBuilt };
    located.push(record);
    byId.set(story.id, record);
  }
  crossStory.forEach((active, at) => {
    for (const finding of active.rule.checkStories?.(collected[at] as CollectedStory<unknown>[], compiled, active.options) ?? []) {
      const record = byId.get(finding.storyId);
      if (record === undefined) continue;
      const lines = (record.lines ??= lineIndex(record.story.body));
      perStory.get(finding.storyId)?.push(toDiagnostic(finding, active, { story: record.story, lines }));
    }
  });
  const diagnostics: Diagnostic[] = [];
  const reports: StoryReport[] = [];
  let words = 0;
  const total = { errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const record of located) {
    const list = sortDiagnostics(perStory.get(record.story.id) ?? []);
    const counts = { errorCount: 0, warningCount: 0, infoCount: 0 };
    for (let at = 0; at < list.length; at += 1) {
      const diagnostic = list[at] as Diagnostic;
      diagnostics.push(diagnostic);
      if (diagnostic.severity === 'error') counts.errorCount += 1;
      else if (diagnostic.severity === 'warning') counts.warningCount += 1;
      else counts.infoCount += 1;
    }
    total.errorCount += counts.errorCount;
    total.warningCount += counts.warningCount;
    total.infoCount += counts.infoCount;
    words += record.wordCount;
    reports.push({
      storyId: record.story.id,
      score: consistencyScore(counts, record.wordCount),
      errorCount: counts.errorCount,
      warningCount: counts.warningCount,
      infoCount: counts.infoCount,
      words: record.wordCount,
    });
  }
  return { diagnostics, stories: reports, score: consistencyScore(total, words), ...total };
}

import { invalidArgument } from '../errors.js';
import type { PlumbLine } from '../plumb-line/schema.js';
import type { Story } from '../story/schema.js';
import { lineIndex, type LineIndex } from '../text/line-index.js';
import { analyseStory, readAudience } from './analyse.js';
import type { CompiledPlumbLine } from './compile-plumb-line.js';
import type { CheckContext, ConsistencyReport, Diagnostic, StoryReport } from './diagnostic.js';
import { compiledOf, runStoryRules, sortDiagnostics, toDiagnostic } from './engine.js';
import type { CollectedStory } from './rule.js';
import { consistencyScore } from './score.js';
import { activeRules, type ActiveRule } from './settings.js';

/**
 * What the report needs of a story once its analysis is gone: its id and words, and its body's lines
 * for cross-story findings. Copied out of the story (strings do not change), so a caller that
 * reuses or changes its story objects after `add` cannot change the report.
 */
interface Located {
  readonly id: string;
  readonly body: string;
  readonly wordCount: number;
  lines: LineIndex | undefined;
  /** Its diagnostics: its own rules' at `add`, the cross-story rules' at `finish`. */
  readonly diagnostics: Diagnostic[];
}

/** A check of stories given one at a time, from {@link createStoriesCheck}. */
export interface StoriesCheck {
  /**
   * Checks one more story: analyses it and runs its own rules now, keeping what the
   * cross-story rules need of it. Throws as {@link checkStories} does, naming the story by
   * its place among those added (`stories[3].id` for an id already added).
   */
  add(story: Story): void;
  /**
   * Runs the cross-story rules over every story added and returns the report, the same
   * as {@link checkStories} over those stories in that order. The check ends here: `add` and
   * `finish` throw afterwards.
   */
  finish(): ConsistencyReport;
}

/**
 * Starts a check of stories that arrive one at a time (a CRM export read
 * record by record, files read in turn): {@link checkStories} in steps, with the
 * same report. Each story is analysed as it is added; the check keeps its
 * diagnostics, what the cross-story rules collect of it, its id, word count and
 * body (for the positions of cross-story findings), not the story object, which
 * the caller may reuse or change afterwards.
 *
 * @param plumbLine - the plumb line, or the result of {@link compilePlumbLine}
 * @param context - segments, relationships, `asOf` and rule settings
 * @returns the check: `add` each story, then `finish`
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field, as
 *   {@link checkStories} (from `add` for a story, or when the check has finished)
 *
 * @example
 * ```ts
 * import { checkStories, createStoriesCheck } from '@plumbline/core';
 *
 * const plumbLine = {
 *   id: 'acme', company: 'Acme', statement: 'Acme cuts truck rolls.',
 *   themes: [{ id: 'crews', label: 'Crews', terms: ['truck rolls'] }],
 *   claims: [{ id: 'rolls', label: 'Fewer truck rolls', terms: ['truck rolls'] }],
 * };
 * const story = (id: string, body: string) => ({ id, kind: 'marketing' as const, title: id, audience: { segmentIds: ['fleets'] }, body });
 * const check = createStoriesCheck(plumbLine);
 * check.add(story('a', 'We cut truck rolls by 30%.'));
 * check.add(story('b', 'Truck rolls fall 40%.'));
 * const report = check.finish();
 * report.diagnostics.map((d) => [d.storyId, d.ruleId, d.actual]); // => [['a', 'claim-conflict', '30%'], ['b', 'claim-conflict', '40%']]
 * JSON.stringify(report) === JSON.stringify(checkStories(plumbLine, [story('a', 'We cut truck rolls by 30%.'), story('b', 'Truck rolls fall 40%.')])); // => true
 * check.finish();
 * // throws PlumblineError INVALID_ARGUMENT
 * ```
 */
export function createStoriesCheck(plumbLine: PlumbLine | CompiledPlumbLine, context?: CheckContext | undefined): StoriesCheck {
  return startCheck(compiledOf(plumbLine), activeRules(context), context);
}

/** A check with its plumb line compiled and its rules read (checkStories reads them before its stories). */
export function startCheck(compiled: CompiledPlumbLine, rules: readonly ActiveRule[], context: CheckContext | undefined): StoriesCheck {
  const audience = readAudience(context);
  const crossStory = rules.filter((active) => active.rule.checkStories !== undefined);
  const collected: CollectedStory<unknown>[][] = crossStory.map(() => []);
  // Story by story: analyse, run its rules, keep what cross-story rules collect, and let the analysis go.
  const located: Located[] = [];
  const byId = new Map<string, Located>();
  let finished = false;
  const open = (): void => {
    if (finished) throw invalidArgument('check', 'a check that has not finished (start another with createStoriesCheck)', 'a finished check');
  };
  const add = (story: Story): void => {
    open();
    const index = located.length;
    const analysis = analyseStory(compiled, story, audience, `stories[${index}]`);
    const { id, body } = analysis.story;
    if (byId.has(id)) throw invalidArgument(`stories[${index}].id`, 'an id no other story has', id);
    // Everything worked out before anything is kept: a story that throws leaves the check as it was.
    const diagnostics = runStoryRules(analysis, rules);
    const facts = crossStory.map((active) => active.rule.collect?.(analysis, active.options));
    facts.forEach((fact, at) => (collected[at] as CollectedStory<unknown>[]).push({ storyId: id, facts: fact }));
    const record: Located = { id, body, wordCount: analysis.wordCount, lines: analysis.linesIfBuilt, diagnostics };
    located.push(record);
    byId.set(id, record);
  };
  const finish = (): ConsistencyReport => {
    open();
    finished = true;
    crossStory.forEach((active, at) => {
      for (const finding of active.rule.checkStories?.(collected[at] as CollectedStory<unknown>[], compiled, active.options) ?? []) {
        const record = byId.get(finding.storyId);
        if (record === undefined) continue;
        const lines = (record.lines ??= lineIndex(record.body));
        record.diagnostics.push(toDiagnostic(finding, active, { story: record, lines }));
      }
    });
    const diagnostics: Diagnostic[] = [];
    const reports: StoryReport[] = [];
    let words = 0;
    const total = { errorCount: 0, warningCount: 0, infoCount: 0 };
    for (const record of located) {
      const list = sortDiagnostics(record.diagnostics);
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
        storyId: record.id,
        score: consistencyScore(counts, record.wordCount),
        errorCount: counts.errorCount,
        warningCount: counts.warningCount,
        infoCount: counts.infoCount,
        words: record.wordCount,
      });
    }
    return { diagnostics, stories: reports, score: consistencyScore(total, words), ...total };
  };
  return { add, finish };
}

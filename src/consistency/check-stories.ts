import { invalidArgument } from '../errors.js';
import type { PlumbLine } from '../plumb-line/schema.js';
import type { Story } from '../story/schema.js';
import type { CompiledPlumbLine } from './compile-plumb-line.js';
import { startCheck } from './create-stories-check.js';
import type { CheckContext, ConsistencyReport } from './diagnostic.js';
import { compiledOf } from './engine.js';
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
 * (For stories that arrive one at a time, {@link createStoriesCheck} gives the same report in steps.)
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
  const check = startCheck(compiled, rules, context);
  for (let index = 0; index < stories.length; index += 1) check.add(stories[index] as Story);
  return check.finish();
}

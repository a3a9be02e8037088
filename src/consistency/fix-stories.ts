import { invalidArgument } from '../errors.js';
import type { PlumbLine } from '../plumb-line/schema.js';
import type { Story } from '../story/schema.js';
import { applyFixes } from './apply-fixes.js';
import { checkStories } from './check-stories.js';
import type { CompiledPlumbLine } from './compile-plumb-line.js';
import type { CheckContext, ConsistencyReport, Diagnostic } from './diagnostic.js';
import { compiledOf } from './engine.js';

/** Options of {@link fixStories}. */
export interface FixStoriesOptions {
  /** Only these stories are fixed (say, those stored where they can be rewritten); default every story. */
  readonly storyIds?: readonly string[] | undefined;
  /** How many times at most to apply fixes and check again (fixes skipped for overlapping get their turn); default 10, from 1 to 100. */
  readonly maxPasses?: number | undefined;
}

/** What {@link fixStories} returns. */
export interface FixedStories {
  /** The stories, those that changed as new objects with the fixed body, the others as given. */
  readonly stories: readonly Story[];
  /** The report on the fixed stories: what remains. */
  readonly report: ConsistencyReport;
  /** Every diagnostic whose fix went in, pass after pass (offsets into the body of its pass). */
  readonly applied: readonly Diagnostic[];
  /** How many times fixes were applied (each time followed by a new check); 0 when there was nothing to fix. */
  readonly passes: number;
}

/**
 * Applies the safe fixes of a set of stories the way ESLint's `--fix` does:
 * check, apply every story's fixes with {@link applyFixes} (each once, an
 * overlapping one skipped), check again, until a pass changes nothing or
 * `maxPasses` is reached; then report what remains. Pure: the stories given
 * are not touched; a story that changes comes back as a new object.
 *
 * @param plumbLine - the plumb line, or the result of {@link compilePlumbLine}
 * @param stories - the stories (ids unique)
 * @param context - segments, relationships, `asOf` and rule settings, as {@link checkStories} takes them
 * @param options - which stories to fix, and how many passes at most
 * @returns the stories with their fixes, the report on them, the fixes applied and the number of passes
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` as {@link checkStories},
 *   and for `maxPasses` that is not a whole number from 1 to 100 or `storyIds` that is not an array of strings
 *
 * @example
 * ```ts
 * import { fixStories } from '@plumbline/core';
 *
 * const plumbLine = {
 *   id: 'acme', company: 'Acme', statement: 'Acme keeps machines running.', themes: [],
 *   vocabulary: { preferred: [{ use: 'customer', avoid: ['client'] }], names: ['SiteWatch'] },
 * };
 * const story = { id: 'a', kind: 'marketing' as const, title: 'A', audience: { segmentIds: ['fleets'] }, body: 'Our Client loves Sitewatch.' };
 * const result = fixStories(plumbLine, [story]);
 * result.stories[0]?.body; // => 'Our Customer loves SiteWatch.'
 * result.applied.length; // => 2
 * result.report.diagnostics; // => []
 * story.body; // => 'Our Client loves Sitewatch.'
 * fixStories(plumbLine, [story], undefined, { storyIds: [] }).stories[0] === story; // => true
 * fixStories(plumbLine, [story], undefined, { maxPasses: 0 }); // throws
 * ```
 */
export function fixStories(
  plumbLine: PlumbLine | CompiledPlumbLine,
  stories: readonly Story[],
  context?: CheckContext | undefined,
  options?: FixStoriesOptions | undefined,
): FixedStories {
  const compiled = compiledOf(plumbLine);
  const maxPasses = options?.maxPasses ?? 10;
  if (!Number.isInteger(maxPasses) || maxPasses < 1 || maxPasses > 100) throw invalidArgument('options.maxPasses', 'a whole number from 1 to 100', maxPasses);
  const storyIds = options?.storyIds;
  if (storyIds !== undefined && (!Array.isArray(storyIds) || storyIds.some((id) => typeof id !== 'string'))) {
    throw invalidArgument('options.storyIds', 'an array of story ids', storyIds);
  }
  const fixable = storyIds === undefined ? undefined : new Set(storyIds);
  let current = stories;
  let report = checkStories(compiled, current, context);
  const applied: Diagnostic[] = [];
  let passes = 0;
  while (passes < maxPasses) {
    const byStory = new Map<string, Diagnostic[]>();
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.fix === undefined || (fixable !== undefined && !fixable.has(diagnostic.storyId))) continue;
      const list = byStory.get(diagnostic.storyId);
      if (list === undefined) byStory.set(diagnostic.storyId, [diagnostic]);
      else list.push(diagnostic);
    }
    let changed = false;
    const next = current.map((story) => {
      const diagnostics = byStory.get(story.id);
      if (diagnostics === undefined) return story;
      const result = applyFixes(story.body, diagnostics);
      if (result.text === story.body) return story;
      changed = true;
      // One at a time: spreading a list of many thousand fixes into push() would overflow the call stack.
      for (const diagnostic of result.applied) applied.push(diagnostic);
      return { ...story, body: result.text };
    });
    if (!changed) break;
    // Every change is checked again, so the report always speaks of the stories returned.
    current = next;
    report = checkStories(compiled, current, context);
    passes += 1;
  }
  return { stories: current, report, applied, passes };
}

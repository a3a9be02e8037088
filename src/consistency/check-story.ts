import type { PlumbLine } from '../plumb-line/schema.js';
import type { Story } from '../story/schema.js';
import { analyseStory, readAudience } from './analyse.js';
import type { CompiledPlumbLine } from './compile-plumb-line.js';
import type { CheckContext, Diagnostic } from './diagnostic.js';
import { compiledOf, runStoryRules, sortDiagnostics } from './engine.js';
import { activeRules } from './settings.js';

/**
 * Checks one story against the plumb line (and, through the context, its
 * audience): every rule but the cross-story `claim-conflict`, in one scan of
 * the story's prose (Markdown code, URLs and HTML masked).
 *
 * @param plumbLine - the plumb line, or the result of {@link compilePlumbLine} (compiled once per object either way)
 * @param story - the story
 * @param context - segments, relationships, `asOf` and rule settings
 * @returns diagnostics, whole-story ones first, then by position and rule id
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field: an
 *   invalid plumb line (as {@link compilePlumbLine}), a story without a string
 *   id or body, an unknown rule id or severity, an invalid option, an `asOf`,
 *   `publishedAt` or `lastCirculatedAt` that is not an ISO date or date-time
 *   with a zone, a segment or relationship the story names that lacks what the
 *   rules read of it (`context.relationships[3].goals`)
 *
 * @example
 * ```ts
 * import { checkStory } from '@plumbline/core';
 *
 * const plumbLine = {
 *   id: 'acme', company: 'Acme', statement: 'Acme keeps machines running.',
 *   themes: [{ id: 'uptime', label: 'Always on', terms: ['uptime'], required: true }],
 *   vocabulary: { preferred: [{ use: 'customer', avoid: ['client'] }] },
 * };
 * const story = {
 *   id: 's1', kind: 'marketing' as const, title: 'Hello', audience: { segmentIds: ['fleets'] },
 *   body: 'Our Client keeps 99.9% uptime.',
 * };
 * checkStory(plumbLine, story).map((d) => [d.ruleId, d.column, d.fix?.text]); // => [['preferred-term', 5, 'Customer']]
 * checkStory(plumbLine, story, { rules: { 'preferred-term': 'off' } }); // => []
 * checkStory(plumbLine, { ...story, body: 'Always on.' })[0]?.ruleId; // => 'required-theme'
 * ```
 */
export function checkStory(plumbLine: PlumbLine | CompiledPlumbLine, story: Story, context?: CheckContext | undefined): Diagnostic[] {
  const compiled = compiledOf(plumbLine);
  const rules = activeRules(context);
  const analysis = analyseStory(compiled, story, readAudience(context), 'story');
  return sortDiagnostics(runStoryRules(analysis, rules));
}

import { invalidArgument } from '../../errors.js';
import type { ConsistencyReport, Diagnostic } from '../diagnostic.js';
import { moved, readShifts, type ReportShifts, type Shift } from '../shift-report.js';

/** Options of {@link formatJson}. */
export interface FormatJsonOptions {
  /**
   * Per story id (an object or a Map), where its body sits in its file, as {@link shiftReport} takes it: lines and
   * offsets are written in the file's own numbering, without a shifted copy of the report.
   * Stories not named keep their positions.
   */
  readonly files?: ReportShifts | undefined;
}

const UNSHIFTED: Shift = [0, 0];

/**
 * A diagnostic with its keys in the documented order and its positions shifted. One object
 * literal (one shape, fast to build and to serialise); `JSON.stringify` leaves out the keys whose
 * value is undefined.
 */
function orderedDiagnostic(diagnostic: Diagnostic, [lines, offset]: Shift): Record<string, unknown> {
  const fix = diagnostic.fix;
  return {
    storyId: diagnostic.storyId,
    ruleId: diagnostic.ruleId,
    severity: diagnostic.severity,
    message: diagnostic.message,
    start: moved(diagnostic.start, offset),
    end: moved(diagnostic.end, offset),
    line: moved(diagnostic.line, lines),
    column: diagnostic.column,
    endLine: moved(diagnostic.endLine, lines),
    endColumn: diagnostic.endColumn,
    actual: diagnostic.actual,
    expected: diagnostic.expected,
    fix: fix === undefined ? undefined : { start: moved(fix.start, offset), end: moved(fix.end, offset), text: fix.text },
  };
}

/**
 * Formats a report as stable JSON: keys in a fixed order whatever order the
 * objects were built in, so that two runs over the same stories give the same
 * bytes (good for snapshots and caches); one line with a final line break, as
 * ESLint's and textlint's `json` formatters write it: about a third smaller
 * and faster to write and read than indented JSON (`jq .` shows it indented).
 * With `files`, positions are those of each story's file (a Markdown story's
 * body after its front matter), as {@link shiftReport} would move them.
 *
 * @param report - the report from {@link checkStories}
 * @param options - where each story's body sits in its file
 * @returns the JSON text
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `report` has no
 *   diagnostics or stories array, or a shift in `files` is not as
 *   {@link shiftReport} takes it (`options.files['a'].lineOffset`)
 *
 * @example
 * ```ts
 * import { formatJson } from '@plumbline/core';
 *
 * const report = { infoCount: 0, warningCount: 0, errorCount: 0, score: 100, stories: [], diagnostics: [] };
 * JSON.parse(formatJson(report)).score; // => 100
 * Object.keys(JSON.parse(formatJson(report))); // => ['score', 'errorCount', 'warningCount', 'infoCount', 'stories', 'diagnostics']
 * formatJson(report); // => '{"score":100,"errorCount":0,"warningCount":0,"infoCount":0,"stories":[],"diagnostics":[]}\n'
 *
 * const found = { ...report, diagnostics: [{ storyId: 'a', ruleId: 'banned-phrase', severity: 'error' as const, message: 'Remove it.', start: 0, end: 8, line: 1, column: 1, endLine: 1, endColumn: 9 }] };
 * const [moved] = JSON.parse(formatJson(found, { files: { a: { lineOffset: 4, bodyStart: 40 } } })).diagnostics;
 * [moved.line, moved.column, moved.start, moved.end]; // => [5, 1, 40, 48]
 * ```
 */
export function formatJson(report: ConsistencyReport, options?: FormatJsonOptions | undefined): string {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.diagnostics) || !Array.isArray(report.stories)) {
    throw invalidArgument('report', 'a consistency report with diagnostics and stories arrays', report);
  }
  const shifts = options?.files === undefined ? undefined : readShifts(options.files, 'options.files');
  // Diagnostics come grouped by story: look a story's shift up once per run of its diagnostics.
  let lastStory: string | undefined;
  let shift = UNSHIFTED;
  const ordered = {
    score: report.score,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    infoCount: report.infoCount,
    stories: report.stories.map((story) => ({
      storyId: story.storyId,
      score: story.score,
      errorCount: story.errorCount,
      warningCount: story.warningCount,
      infoCount: story.infoCount,
      words: story.words,
    })),
    diagnostics: report.diagnostics.map((diagnostic: Diagnostic) => {
      if (shifts !== undefined && diagnostic.storyId !== lastStory) {
        lastStory = diagnostic.storyId;
        shift = shifts.get(lastStory) ?? UNSHIFTED;
      }
      return orderedDiagnostic(diagnostic, shift);
    }),
  };
  return `${JSON.stringify(ordered)}\n`;
}

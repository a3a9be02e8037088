import { invalidArgument } from '../../errors.js';
import type { ConsistencyReport, Diagnostic, Severity } from '../diagnostic.js';
import { moved, readShifts, type ReportShifts } from '../shift-report.js';

/** Options of {@link formatStylish}. */
export interface FormatStylishOptions {
  /** Colour with ANSI escapes (for a terminal); default false. */
  readonly color?: boolean | undefined;
  /** A heading per story id (a file path, a title); default the story id. */
  readonly storyNames?: Readonly<Record<string, string>> | undefined;
  /**
   * Per story id (an object or a Map), where its body sits in its file, as {@link shiftReport} takes it: lines are
   * shown in the file's own numbering (a Markdown story's body after its front matter).
   */
  readonly files?: ReportShifts | undefined;
}

const COLORS: Readonly<Record<Severity | 'dim' | 'bold' | 'reset', string>> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Formats a report for people, ESLint's "stylish" way: diagnostics grouped by
 * story under a heading, in aligned columns (`line:column`, severity,
 * message, rule id; `-` for a whole-story diagnostic), then a summary line.
 * Plain text unless `color` is true. With `files`, lines are those of each
 * story's file, as {@link shiftReport} would move them.
 *
 * @param report - the report from {@link checkStories}
 * @param options - colour, story headings, where each story's body sits in its file
 * @returns the text, ending with a line break (empty for a report without diagnostics but the summary)
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `report` has no diagnostics array, or a
 *   shift in `files` is not as {@link shiftReport} takes it
 *
 * @example
 * ```ts
 * import { formatStylish } from '@plumbline/core';
 *
 * const report = {
 *   diagnostics: [{ ruleId: 'preferred-term', severity: 'warning' as const, message: 'Use "customer".', storyId: 'a', start: 4, end: 10, line: 2, column: 5, endLine: 2, endColumn: 11 }],
 *   stories: [], score: 97, errorCount: 0, warningCount: 1, infoCount: 0,
 * };
 * formatStylish(report).split('\n'); // => ['a', '  2:5  warning  Use "customer".  preferred-term', '', '1 problem (0 errors, 1 warning, 0 infos), score 97', '']
 * formatStylish(report, { storyNames: { a: 'stories/a.md' }, files: { a: { lineOffset: 5 } } }).split('\n').slice(0, 2); // => ['stories/a.md', '  7:5  warning  Use "customer".  preferred-term']
 * ```
 */
export function formatStylish(report: ConsistencyReport, options?: FormatStylishOptions | undefined): string {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.diagnostics)) {
    throw invalidArgument('report', 'a consistency report with a diagnostics array', report);
  }
  const color = options?.color === true;
  const shifts = options?.files === undefined ? undefined : readShifts(options.files, 'options.files');
  const paint = (code: string, text: string): string => (color ? `${code}${text}${COLORS.reset}` : text);
  const groups = new Map<string, Diagnostic[]>();
  for (const diagnostic of report.diagnostics) {
    const list = groups.get(diagnostic.storyId) ?? [];
    list.push(diagnostic);
    groups.set(diagnostic.storyId, list);
  }
  const lines: string[] = [];
  for (const [storyId, diagnostics] of groups) {
    const lineOffset = shifts?.get(storyId)?.[0] ?? 0;
    const rows = diagnostics.map((d) => [d.line === undefined ? '-' : `${moved(d.line, lineOffset)}:${d.column ?? 1}`, d.severity, d.message.replace(/\s+/g, ' '), d.ruleId] as const);
    // A loop, not Math.max(...): a story may have more diagnostics than a call has room for arguments.
    const widths = [0, 0, 0];
    for (const row of rows) for (let column = 0; column < 3; column += 1) widths[column] = Math.max(widths[column] as number, row[column]?.length ?? 0);
    // Own names only: a story with the id "constructor" is not named by Object.prototype.
    const names = options?.storyNames;
    lines.push(paint(COLORS.bold, (names !== undefined && Object.hasOwn(names, storyId) ? names[storyId] : undefined) ?? storyId));
    for (const [position, severity, message, ruleId] of rows) {
      lines.push(
        `  ${paint(COLORS.dim, position.padEnd(widths[0] ?? 0))}  ${paint(COLORS[severity], severity.padEnd(widths[1] ?? 0))}  ${message.padEnd(widths[2] ?? 0)}  ${paint(COLORS.dim, ruleId)}`,
      );
    }
    lines.push('');
  }
  const problems = report.diagnostics.length;
  const summary = `${plural(problems, 'problem')} (${plural(report.errorCount, 'error')}, ${plural(report.warningCount, 'warning')}, ${plural(report.infoCount, 'info')}), score ${report.score}`;
  const summaryColor = report.errorCount > 0 ? COLORS.error : report.warningCount > 0 ? COLORS.warning : COLORS.bold;
  lines.push(paint(summaryColor, summary), '');
  return lines.join('\n');
}

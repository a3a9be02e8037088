import { invalidArgument } from '../errors.js';
import type { ConsistencyReport, Diagnostic } from './diagnostic.js';

/** Where a story's body sits in its file, for {@link shiftReport}. */
export interface ReportShift {
  /** Lines before the body (front matter, its fences): added to `line` and `endLine`. Default 0. */
  readonly lineOffset?: number | undefined;
  /**
   * UTF-16 offset of the body in the file: added to `start`, `end` and the fix's range. Default 0.
   * The name {@link splitFrontMatter} gives it, so its result can be passed as it is.
   */
  readonly bodyStart?: number | undefined;
}

function amount(value: number | undefined, field: string): number {
  const given = value ?? 0;
  if (!Number.isInteger(given) || given < 0) throw invalidArgument(field, 'a whole number >= 0', given);
  return given;
}

/**
 * Shifts by story id: an object, or a Map (quicker to build for thousands of stories than an
 * object with as many keys).
 */
export type ReportShifts = Readonly<Record<string, ReportShift>> | ReadonlyMap<string, ReportShift>;

/** A shift's fields, with the rest of what splitFrontMatter gives beside them (read by nothing here). */
const SHIFT_FIELDS = new Set(['lineOffset', 'bodyStart', 'frontMatter', 'frontMatterLine', 'body']);

/** What a story's positions move by: lines, and UTF-16 units. */
export type Shift = readonly [lines: number, offset: number];

/**
 * The shifts by story id, checked: objects of whole numbers >= 0 with no stray field. `argument`
 * names the shifts in errors (`files`, `options.files`). Shared by shiftReport and the formatters.
 */
export function readShifts(files: unknown, argument: string): Map<string, Shift> {
  if (typeof files !== 'object' || files === null) throw invalidArgument(argument, 'an object or a Map of shifts by story id', files);
  const shifts = new Map<string, Shift>();
  // A Map from another realm (a vm context, a worker's message) is a Map too: read it as one, not as an empty object.
  const isMap = files instanceof Map || Object.prototype.toString.call(files) === '[object Map]';
  const entries = isMap ? (files as ReadonlyMap<unknown, unknown>) : Object.entries(files as Record<string, unknown>);
  for (const [storyId, shift] of entries) {
    if (typeof storyId !== 'string') throw invalidArgument(argument, 'story ids (strings) as keys', storyId);
    const at = `${argument}['${storyId}']`;
    if (typeof shift !== 'object' || shift === null) throw invalidArgument(at, 'a shift { lineOffset?, bodyStart? }', shift);
    // A misspelt field would leave positions unmoved without a word: refuse it.
    const stray = Object.keys(shift).find((field) => !SHIFT_FIELDS.has(field));
    if (stray !== undefined) throw invalidArgument(`${at}.${stray}`, 'no such field: a shift has lineOffset and bodyStart', stray);
    const { lineOffset, bodyStart } = shift as ReportShift;
    shifts.set(storyId, [amount(lineOffset, `${at}.lineOffset`), amount(bodyStart, `${at}.bodyStart`)]);
  }
  return shifts;
}

/** A position moved by a shift's lines or offset; a position a diagnostic lacks stays absent. */
export function moved(position: number, by: number): number;
export function moved(position: number | undefined, by: number): number | undefined;
export function moved(position: number | undefined, by: number): number | undefined {
  return position === undefined || by === 0 ? position : position + by;
}

function shifted(diagnostic: Diagnostic, lines: number, offset: number): Diagnostic {
  const out: { -readonly [K in keyof Diagnostic]: Diagnostic[K] } = { ...diagnostic };
  if (diagnostic.line !== undefined) out.line = moved(diagnostic.line, lines);
  if (diagnostic.endLine !== undefined) out.endLine = moved(diagnostic.endLine, lines);
  if (diagnostic.start !== undefined) out.start = moved(diagnostic.start, offset);
  if (diagnostic.end !== undefined) out.end = moved(diagnostic.end, offset);
  if (diagnostic.fix !== undefined) out.fix = { start: moved(diagnostic.fix.start, offset), end: moved(diagnostic.fix.end, offset), text: diagnostic.fix.text };
  return out;
}

/**
 * Moves a report's positions from each story's body into the file the story
 * lives in, for tools that jump to a file's own lines: a Markdown story with
 * front matter has its body after the closing `---`, so its line 1 is the
 * file's line `lineOffset + 1`. Lines (`line`, `endLine`) move by the
 * story's `lineOffset`, offsets (`start`, `end`, the fix's range) by its
 * `bodyStart` (both as {@link splitFrontMatter} gives them, so its result can
 * be passed as it is); columns stay as they are, since a body starts at the start of a
 * line. Stories not named keep their positions. Returns a new report; the
 * scores and counts are unchanged. (The formatters take the same shifts
 * through their `files` option, without a copy of the report, and
 * {@link toSarif} the line offsets through its own `files`: give them the
 * report unshifted.)
 *
 * @param report - the report from {@link checkStories}
 * @param files - per story id (an object or a Map), where its body starts in its file
 * @returns a new report with the positions moved
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `report` has no
 *   diagnostics array, a shift has a field other than `lineOffset`, `bodyStart`
 *   and those `splitFrontMatter` gives with them, or one is not a whole number >= 0
 *
 * @example
 * ```ts
 * import { shiftReport } from '@plumbline/core';
 *
 * const report = {
 *   diagnostics: [{ ruleId: 'banned-phrase', severity: 'error' as const, message: 'Remove it.', storyId: 'a', start: 0, end: 8, line: 1, column: 1, endLine: 1, endColumn: 9 }],
 *   stories: [], score: 50, errorCount: 1, warningCount: 0, infoCount: 0,
 * };
 * const moved = shiftReport(report, { a: { lineOffset: 4, bodyStart: 40 } });
 * moved.diagnostics.map((d) => [d.line, d.column, d.endLine, d.start, d.end]); // => [[5, 1, 5, 40, 48]]
 * report.diagnostics[0]?.line; // => 1
 * shiftReport(report, { a: { lineOffset: -1 } });
 * // throws PlumblineError INVALID_ARGUMENT
 * ```
 */
export function shiftReport(report: ConsistencyReport, files: ReportShifts): ConsistencyReport {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.diagnostics)) {
    throw invalidArgument('report', 'a consistency report with a diagnostics array', report);
  }
  const shifts = readShifts(files, 'files');
  const diagnostics = report.diagnostics.map((diagnostic: Diagnostic) => {
    const shift = shifts.get(diagnostic.storyId);
    return shift === undefined || (shift[0] === 0 && shift[1] === 0) ? diagnostic : shifted(diagnostic, shift[0], shift[1]);
  });
  return { ...report, diagnostics };
}

/**
 * The shapes the consistency engine returns: diagnostics, the report, and the
 * context a check runs in.
 *
 * @module
 */
import type { Relationship } from '../relationship/schema.js';
import type { Segment } from '../segment/schema.js';

/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/** A rule's setting in {@link CheckContext.rules}: a severity, `'off'`, or a severity with options. */
export type RuleSetting = Severity | 'off' | readonly [Severity | 'off', Readonly<Record<string, unknown>>];

/** A safe replacement: put `text` in place of `body.slice(start, end)`. */
export interface DiagnosticFix {
  /** UTF-16 offset into the story's body where the replaced text starts. */
  readonly start: number;
  /** UTF-16 offset just past the replaced text. */
  readonly end: number;
  /** The replacement. */
  readonly text: string;
}

/**
 * One finding of one rule in one story. A finding about the whole story (a
 * missing theme) has no range; every other one has offsets and 1-based lines
 * and columns (UTF-16 code units) into the story's `body`.
 */
export interface Diagnostic {
  /** The rule that found it, such as `'preferred-term'`. */
  readonly ruleId: string;
  /** Its severity, after the context's rule settings. */
  readonly severity: Severity;
  /** A sentence a marketer understands, naming the text and what to do. */
  readonly message: string;
  /** The story it is about. */
  readonly storyId: string;
  /** UTF-16 offset of the first character in `body`. */
  readonly start?: number;
  /** UTF-16 offset just past the last character in `body`. */
  readonly end?: number;
  /** 1-based line of `start`. */
  readonly line?: number;
  /** 1-based column of `start` (UTF-16 code units). */
  readonly column?: number;
  /** 1-based line of `end`. */
  readonly endLine?: number;
  /** 1-based column of `end` (exclusive). */
  readonly endColumn?: number;
  /** What the story says. */
  readonly actual?: string;
  /** What it could say instead (for a human to choose). */
  readonly expected?: readonly string[];
  /** A replacement safe to apply without a human (preferred terms, name spellings). */
  readonly fix?: DiagnosticFix;
}

/** One story's line in a {@link ConsistencyReport}. */
export interface StoryReport {
  /** The story's id. */
  readonly storyId: string;
  /** 0 to 100; a story with no diagnostics scores 100. */
  readonly score: number;
  /** The number of error diagnostics. */
  readonly errorCount: number;
  /** The number of warning diagnostics. */
  readonly warningCount: number;
  /** The number of info diagnostics. */
  readonly infoCount: number;
  /** The number of words of prose the score was normalised by. */
  readonly words: number;
}

/** What {@link checkStories} returns: every diagnostic, and scores per story and overall. */
export interface ConsistencyReport {
  /** All diagnostics, by story (in the order given), then position, then rule id. */
  readonly diagnostics: readonly Diagnostic[];
  /** One line per story, in the order given. */
  readonly stories: readonly StoryReport[];
  /** 0 to 100 over all stories together. */
  readonly score: number;
  /** The number of error diagnostics. */
  readonly errorCount: number;
  /** The number of warning diagnostics. */
  readonly warningCount: number;
  /** The number of info diagnostics. */
  readonly infoCount: number;
}

/** What a check knows beyond the plumb line and the stories. */
export interface CheckContext {
  /** The segments marketing stories are told to (for segment-resonance and unknown-audience). */
  readonly segments?: readonly Segment[] | undefined;
  /** The relationships sales stories are told in (for personalisation, risk-addressed and unknown-audience). */
  readonly relationships?: readonly Relationship[] | undefined;
  /** The date to check circulation against (ISO date or date-time); circulation is skipped without it. */
  readonly asOf?: string | Date | undefined;
  /** Per rule id: `'off'`, a severity, or `[severity, options]`. */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined;
}

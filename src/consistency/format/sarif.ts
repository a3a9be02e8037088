import { invalidArgument } from '../../errors.js';
import type { ConsistencyReport, Diagnostic } from '../diagnostic.js';
import { CONSISTENCY_RULES } from '../rules.js';

/** Where a story lives, for SARIF locations. */
export interface SarifFile {
  /** The file's URI, relative to the repository root or absolute (`stories/launch.md`). */
  readonly uri: string;
  /** Lines before the body in the file (front matter, a title): added to every line. Default 0. */
  readonly lineOffset?: number | undefined;
  /**
   * False for a story whose body is not laid out line for line in the file (a string inside a JSON
   * or YAML file): its results then point at the file alone, without a region or fixes, rather than
   * at lines that hold something else. Default true.
   */
  readonly regions?: boolean | undefined;
}

/** Options of {@link toSarif}. */
export interface ToSarifOptions {
  /** Per story id, the file it lives in; default the story id as a relative URI. */
  readonly files?: Readonly<Record<string, SarifFile>> | undefined;
  /** The version to report for the tool. */
  readonly toolVersion?: string | undefined;
}

/** A SARIF 2.1.0 log, as a plain JSON-ready object. */
export interface SarifLog {
  readonly $schema: string;
  readonly version: '2.1.0';
  readonly runs: readonly Record<string, unknown>[];
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

function region(diagnostic: Diagnostic, lineOffset: number): Record<string, number> | undefined {
  if (diagnostic.line === undefined || diagnostic.column === undefined) return undefined;
  return {
    startLine: diagnostic.line + lineOffset,
    startColumn: diagnostic.column,
    endLine: (diagnostic.endLine ?? diagnostic.line) + lineOffset,
    endColumn: diagnostic.endColumn ?? diagnostic.column,
  };
}

/**
 * Converts a report to a SARIF 2.1.0 log, for code-scanning tools (GitHub,
 * Azure DevOps, VS Code's SARIF viewer): `tool.driver.rules` lists every
 * rule with its description, help and default level; one result per
 * diagnostic with `ruleId`, `level` (`error`, `warning`, `note`),
 * `message.text` and a physical location (a region in UTF-16 columns, none
 * for a whole-story diagnostic), and `fixes` where the diagnostic has a safe fix.
 *
 * @param report - the report from {@link checkStories}
 * @param options - story files and line offsets, tool version
 * @returns the SARIF log (serialise it with `JSON.stringify`)
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `report` has no diagnostics array or a line offset is not a whole number >= 0
 *
 * @example
 * ```ts
 * import { toSarif } from '@plumbline/core';
 *
 * const report = {
 *   diagnostics: [{ ruleId: 'banned-phrase', severity: 'error' as const, message: 'Remove it.', storyId: 'a', start: 0, end: 8, line: 1, column: 1, endLine: 1, endColumn: 9 }],
 *   stories: [], score: 50, errorCount: 1, warningCount: 0, infoCount: 0,
 * };
 * const log = toSarif(report, { files: { a: { uri: 'stories/a.md', lineOffset: 3 } } });
 * log.version; // => '2.1.0'
 * (log.runs[0]?.['results'] as any)[0].locations[0].physicalLocation.region; // => { startLine: 4, startColumn: 1, endLine: 4, endColumn: 9 }
 * (toSarif(report, { files: { a: { uri: 'stories.json', regions: false } } }).runs[0]?.['results'] as any)[0].locations[0].physicalLocation; // => { artifactLocation: { uri: 'stories.json' } }
 * ```
 */
export function toSarif(report: ConsistencyReport, options?: ToSarifOptions | undefined): SarifLog {
  if (typeof report !== 'object' || report === null || !Array.isArray(report.diagnostics)) {
    throw invalidArgument('report', 'a consistency report with a diagnostics array', report);
  }
  const ruleIndex = new Map(CONSISTENCY_RULES.map((rule, index) => [rule.id, index]));
  const rules = CONSISTENCY_RULES.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/-(.)/g, (_, letter: string) => letter.toUpperCase()).replace(/^./, (letter) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description} ${rule.docs}` },
    help: { text: rule.docs },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const results = report.diagnostics.map((diagnostic: Diagnostic) => {
    const file = options?.files?.[diagnostic.storyId];
    const lineOffset = file?.lineOffset ?? 0;
    if (!Number.isInteger(lineOffset) || lineOffset < 0) throw invalidArgument(`options.files['${diagnostic.storyId}'].lineOffset`, 'a whole number >= 0', lineOffset);
    const artifactLocation = { uri: file?.uri ?? encodeURIComponent(diagnostic.storyId) };
    const where = file?.regions === false ? undefined : region(diagnostic, lineOffset);
    const result: Record<string, unknown> = {
      ruleId: diagnostic.ruleId,
      ...(ruleIndex.has(diagnostic.ruleId) ? { ruleIndex: ruleIndex.get(diagnostic.ruleId) } : {}),
      level: LEVEL[diagnostic.severity],
      message: { text: diagnostic.message },
      locations: [{ physicalLocation: { artifactLocation, ...(where === undefined ? {} : { region: where }) } }],
    };
    if (diagnostic.fix !== undefined && where !== undefined && diagnostic.fix.start === diagnostic.start && diagnostic.fix.end === diagnostic.end) {
      result['fixes'] = [
        {
          description: { text: `Replace with "${diagnostic.fix.text}"` },
          artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: where, insertedContent: { text: diagnostic.fix.text } }] }],
        },
      ];
    }
    return result;
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Plumbline',
            informationUri: 'https://github.com/plumbline/plumbline',
            ...(options?.toolVersion === undefined ? {} : { version: options.toolVersion }),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

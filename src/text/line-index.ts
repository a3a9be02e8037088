/**
 * Internal: turns UTF-16 offsets into 1-based lines and columns, once per text.
 *
 * Lines end at `\n`, `\r\n` (one break) or a lone `\r`. Columns count UTF-16
 * code units from 1, which is SARIF's default `columnKind`
 * (`utf16CodeUnits`) and what JavaScript string offsets count: an emoji
 * takes two columns, NFD `e` + U+0301 takes two.
 *
 * @module
 * @internal
 */

import { describeValue, PlumblineError } from '../errors.js';

/** A 1-based line and column (UTF-16 code units). */
export interface LinePosition {
  readonly line: number;
  readonly column: number;
}

/** The line starts of one text, to look positions up by binary search. */
export interface LineIndex {
  /** The number of lines (an empty text has one). */
  readonly lineCount: number;
  /** The length of the text indexed. */
  readonly length: number;
  /**
   * The line and column of an offset.
   *
   * @param offset - a UTF-16 offset from 0 to the text's length (the end is a valid position)
   * @returns the 1-based line and column
   * @throws {@link PlumblineError} `INVALID_ARGUMENT` for an offset outside the text
   */
  position(offset: number): LinePosition;
  /**
   * The 1-based line of an offset, without building a position object.
   *
   * @param offset - a UTF-16 offset from 0 to the text's length
   * @returns the line
   * @throws {@link PlumblineError} `INVALID_ARGUMENT` for an offset outside the text
   */
  line(offset: number): number;
  /**
   * The offset where a line starts.
   *
   * @param line - a 1-based line number
   * @returns the UTF-16 offset of the line's first character
   * @throws {@link PlumblineError} `INVALID_ARGUMENT` for a line that does not exist
   */
  lineStart(line: number): number;
}

/**
 * Indexes the line starts of a text (one pass), for any number of lookups.
 *
 * @param text - the original text
 * @returns the index
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `text` is not a string
 */
export function lineIndex(text: string): LineIndex {
  if (typeof text !== 'string') {
    throw new PlumblineError('INVALID_ARGUMENT', { argument: 'text', expected: 'a string', received: describeValue(text) });
  }
  const starts: number[] = [0];
  // Native searches for the next break rather than a loop over every unit.
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  while (lineFeed !== -1 || carriageReturn !== -1) {
    if (carriageReturn === -1 || (lineFeed !== -1 && lineFeed < carriageReturn)) {
      starts.push(lineFeed + 1);
      lineFeed = text.indexOf('\n', lineFeed + 1);
      continue;
    }
    // `\r\n` is one break; a lone `\r` is one too.
    const next = lineFeed === carriageReturn + 1 ? carriageReturn + 2 : carriageReturn + 1;
    starts.push(next);
    if (lineFeed === carriageReturn + 1) lineFeed = text.indexOf('\n', next);
    carriageReturn = text.indexOf('\r', next);
  }
  return new LineStarts(starts, text.length);
}

/** The index as a class: its methods live on the prototype, so an index costs its array of starts and nothing more. */
class LineStarts implements LineIndex {
  constructor(
    private readonly starts: readonly number[],
    readonly length: number,
  ) {}

  get lineCount(): number {
    return this.starts.length;
  }

  line(offset: number): number {
    if (!Number.isInteger(offset) || offset < 0 || offset > this.length) {
      throw new PlumblineError('INVALID_ARGUMENT', {
        argument: 'offset',
        expected: `a whole number from 0 to ${this.length}`,
        received: describeValue(offset),
      });
    }
    const starts = this.starts;
    if (starts.length === 1) return 1;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  position(offset: number): LinePosition {
    const line = this.line(offset);
    return { line, column: offset - (this.starts[line - 1] as number) + 1 };
  }

  lineStart(line: number): number {
    if (!Number.isInteger(line) || line < 1 || line > this.starts.length) {
      throw new PlumblineError('INVALID_ARGUMENT', {
        argument: 'line',
        expected: `a whole number from 1 to ${this.starts.length}`,
        received: describeValue(line),
      });
    }
    return this.starts[line - 1] as number;
  }
}

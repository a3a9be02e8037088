import { invalidArgument } from '../errors.js';

/** Where and why a text is not JSON, from {@link locateJsonError}. */
export interface JsonErrorLocation {
  /** UTF-16 offset of the first character that cannot be JSON (the text's length at an early end). */
  readonly offset: number;
  /** Its 1-based line (lines end at `\n`, `\r\n` or `\r`). */
  readonly line: number;
  /** Its 1-based column, in UTF-16 code units. */
  readonly column: number;
  /** What was expected there, in a sentence. */
  readonly message: string;
}

const WHITE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const isDigit = (unit: number): boolean => unit >= 0x30 && unit <= 0x39;
const isHex = (unit: number): boolean => isDigit(unit) || (unit >= 0x41 && unit <= 0x46) || (unit >= 0x61 && unit <= 0x66);
const ESCAPES = new Set([...'"\\/bfnrtu'].map((char) => char.charCodeAt(0)));

function position(text: string, offset: number, message: string): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < offset; at += 1) {
    const unit = text.charCodeAt(at);
    if (unit === 0x0a || (unit === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) {
      line += 1;
      lineStart = at + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, message };
}

function describe(text: string, at: number): string {
  if (at >= text.length) return 'the end of the text';
  const code = text.codePointAt(at) ?? 0;
  return code < 0x20 ? `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${String.fromCodePoint(code)}"`;
}

/**
 * Finds where a text stops being JSON (RFC 8259, as `JSON.parse` reads it),
 * for an error message that names the line and column: runtimes differ in
 * what `JSON.parse` says (some give no position at all). Walks the text once
 * with an explicit stack, so deeply nested input cannot overflow the call
 * stack. A byte-order mark is not JSON: strip it first.
 *
 * @param text - the text that `JSON.parse` rejected (or any text)
 * @returns the first offending position, with its line, column and what was expected; undefined when the text is valid JSON
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `text` is not a string
 *
 * @example
 * ```ts
 * import { locateJsonError } from '@plumbline/core';
 *
 * locateJsonError('{\n  "id": "a",\n  "title": }'); // => { offset: 26, line: 3, column: 12, message: 'Expected a value, found "}"' }
 * locateJsonError('{"id": "a",}')?.message; // => 'Expected a property name in double quotes, found "}"'
 * locateJsonError('[1, 2'); // => { offset: 5, line: 1, column: 6, message: 'Expected "," or "]", found the end of the text' }
 * locateJsonError('{"valid": [true, null, -1.5e3]}'); // => undefined
 * ```
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  if (typeof text !== 'string') throw invalidArgument('text', 'a string', text);
  const length = text.length;
  const stack: number[] = [];
  let at = 0;
  let state: 'value' | 'key' | 'after' = 'value';
  const fail = (message: string): JsonErrorLocation => position(text, at, `${message}, found ${describe(text, at)}`);
  const skip = (): void => {
    while (at < length && WHITE.has(text.charCodeAt(at))) at += 1;
  };
  /** Reads a string from its opening quote; returns an error or undefined. */
  const string = (): JsonErrorLocation | undefined => {
    at += 1;
    for (;;) {
      if (at >= length) return fail('Expected the closing quote of the string');
      const unit = text.charCodeAt(at);
      if (unit === 0x22) {
        at += 1;
        return undefined;
      }
      if (unit < 0x20) return fail('Expected a character of the string (control characters must be escaped)');
      if (unit === 0x5c) {
        at += 1;
        if (at >= length || !ESCAPES.has(text.charCodeAt(at))) return fail('Expected an escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u)');
        if (text.charCodeAt(at) === 0x75) {
          for (let digit = 0; digit < 4; digit += 1) {
            at += 1;
            if (at >= length || !isHex(text.charCodeAt(at))) return fail('Expected four hexadecimal digits after \\u');
          }
        }
      }
      at += 1;
    }
  };
  const number = (): JsonErrorLocation | undefined => {
    if (text.charCodeAt(at) === 0x2d) at += 1;
    if (at < length && text.charCodeAt(at) === 0x30) at += 1;
    else if (at < length && isDigit(text.charCodeAt(at))) while (at < length && isDigit(text.charCodeAt(at))) at += 1;
    else return fail('Expected a digit');
    if (text.charCodeAt(at) === 0x2e) {
      at += 1;
      if (!isDigit(text.charCodeAt(at))) return fail('Expected a digit after the decimal point');
      while (at < length && isDigit(text.charCodeAt(at))) at += 1;
    }
    if ((text.charCodeAt(at) | 0x20) === 0x65) {
      at += 1;
      if (text.charCodeAt(at) === 0x2b || text.charCodeAt(at) === 0x2d) at += 1;
      if (!isDigit(text.charCodeAt(at))) return fail('Expected a digit in the exponent');
      while (at < length && isDigit(text.charCodeAt(at))) at += 1;
    }
    return undefined;
  };

  for (;;) {
    skip();
    if (state === 'value') {
      const unit = text.charCodeAt(at);
      if (unit === 0x7b || unit === 0x5b) {
        stack.push(unit);
        at += 1;
        skip();
        if (text.charCodeAt(at) === unit + 2) {
          stack.pop();
          at += 1;
          state = 'after';
        } else state = unit === 0x7b ? 'key' : 'value';
        continue;
      }
      let error: JsonErrorLocation | undefined;
      if (unit === 0x22) error = string();
      else if (unit === 0x2d || isDigit(unit)) error = number();
      else {
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, at));
        if (literal === undefined) return fail('Expected a value');
        at += literal.length;
      }
      if (error !== undefined) return error;
      state = 'after';
    } else if (state === 'key') {
      if (text.charCodeAt(at) !== 0x22) return fail('Expected a property name in double quotes');
      const error = string();
      if (error !== undefined) return error;
      skip();
      if (text.charCodeAt(at) !== 0x3a) return fail('Expected ":" after the property name');
      at += 1;
      state = 'value';
    } else {
      const top = stack.at(-1);
      if (top === undefined) return at < length ? fail('Expected the end of the text after the JSON value') : undefined;
      const unit = text.charCodeAt(at);
      if (unit === 0x2c) {
        at += 1;
        state = top === 0x7b ? 'key' : 'value';
      } else if (unit === top + 2) {
        stack.pop();
        at += 1;
      } else return fail(`Expected "," or "${top === 0x7b ? '}' : ']'}"`);
    }
  }
}

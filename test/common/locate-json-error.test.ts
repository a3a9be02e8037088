import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '@plumbline/core';
import { errorOf } from '../support.js';

describe('locateJsonError', () => {
  it('names the line and column of the first character that is not JSON', () => {
    expect(locateJsonError('{\n  "id": "a",\n  "title": }')).toEqual({ offset: 26, line: 3, column: 12, message: 'Expected a value, found "}"' });
    expect(locateJsonError('{"a": 1,}')?.message).toBe('Expected a property name in double quotes, found "}"');
    expect(locateJsonError('[1, 2,]')?.message).toBe('Expected a value, found "]"');
    expect(locateJsonError('{"a" 1}')?.message).toBe('Expected ":" after the property name, found "1"');
    expect(locateJsonError("{'a': 1}")?.column).toBe(2);
    expect(locateJsonError('[1 2]')?.message).toBe('Expected "," or "]", found "2"');
    expect(locateJsonError('{"a": tru}')?.column).toBe(7);
    expect(locateJsonError('"tab\there"')?.message).toBe('Expected a character of the string (control characters must be escaped), found control character U+0009');
    expect(locateJsonError('"\\q"')?.column).toBe(3);
    expect(locateJsonError('"\\u00zz"')?.column).toBe(6);
    expect(locateJsonError('01')?.column).toBe(2);
    expect(locateJsonError('-')?.message).toBe('Expected a digit, found the end of the text');
    expect(locateJsonError('1.')?.message).toBe('Expected a digit after the decimal point, found the end of the text');
    expect(locateJsonError('1e+')?.message).toBe('Expected a digit in the exponent, found the end of the text');
    expect(locateJsonError('{} {}')?.message).toBe('Expected the end of the text after the JSON value, found "{"');
    expect(locateJsonError('')).toEqual({ offset: 0, line: 1, column: 1, message: 'Expected a value, found the end of the text' });
    expect(locateJsonError('\ufeff{}')?.offset).toBe(0);
  });

  it('counts \\r\\n as one line break and columns in UTF-16 code units', () => {
    expect(locateJsonError('{\r\n"a": 1,\r\n"😀": x}')).toMatchObject({ line: 3, column: 7 });
    expect(locateJsonError('{\r"a": x}')).toMatchObject({ line: 2, column: 6 });
  });

  it('accepts what JSON.parse accepts, however deep', () => {
    expect(locateJsonError('{"a": [true, false, null, -0.5e-3, "\\u00e9\\n", {}], "b": {"c": []}}')).toBeUndefined();
    expect(locateJsonError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined();
    expect(locateJsonError(`${'['.repeat(100_000)}`)?.offset).toBe(100_000);
  });

  it('rejects a value that is not a string', () => {
    expect(errorOf(() => locateJsonError(null as unknown as string)).code).toBe('INVALID_ARGUMENT');
  });

  it('agrees with JSON.parse on valid JSON, and on JSON with one character changed', () => {
    const parses = (text: string): boolean => {
      try {
        JSON.parse(text);
        return true;
      } catch {
        return false;
      }
    };
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', 'x', '0', '-', '.', 'e', '\u0001', ' ')).map(([text, at, char]) => {
      const where = at % (text.length + 1);
      return text.slice(0, where) + char + text.slice(where + (at % 2));
    });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        const location = locateJsonError(text);
        expect(location === undefined).toBe(parses(text));
        if (location !== undefined) expect(location.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

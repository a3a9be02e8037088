import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { isPlumblineError, models, parseModel } from '@plumbline/core';
import type { ModelName } from '@plumbline/core';
import * as fixtures from './fixtures/models.js';

const valid = fixtures.validByModel;

/** Every path into a JSON value, so a mutation can land anywhere in a document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((item, index) => paths(item, [...prefix, index]))];
  if (typeof value === 'object' && value !== null) {
    return [prefix, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]))];
  }
  return [prefix];
}

function setAt(document: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = replacement;
  return copy;
}

/** What a user relies on from any parse: a value or issues with paths, never a crash, never a mutated input. */
function expectWellBehaved(name: ModelName, input: unknown): void {
  const before = structuredClone(input);
  const result = (models[name] as z.ZodType).safeParse(input);
  expect(input).toEqual(before);
  if (!result.success) {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(typeof issue.message).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
  try {
    parseModel(models[name], input);
  } catch (error) {
    expect(isPlumblineError(error, 'INVALID_INPUT')).toBe(true);
  }
}

const names = Object.keys(models) as ModelName[];
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -0, '', ' ', '2026-02-30', 'EUR', '1.005', [], {}, { id: '' }),
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
);

describe.each(names)('%s on inputs nobody thought of', (name) => {
  it('accepts or reports issues with paths for any JSON value, never throwing', () => {
    fc.assert(fc.property(hostile, (input) => expectWellBehaved(name, input)), { numRuns: 300 });
  });

  it('accepts or reports issues when any one field of a valid document is replaced', () => {
    const document = valid[name];
    const where = paths(document);
    fc.assert(
      fc.property(fc.constantFrom(...where), hostile, (path, replacement) => expectWellBehaved(name, setAt(document, path, replacement))),
      { numRuns: 400 },
    );
  });
});

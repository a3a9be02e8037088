import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { isPlumblineError, models, PlumbLine, Relationship, Story, unknownFields } from '@plumbline/core';
import type { ModelName } from '@plumbline/core';
import * as fixtures from './fixtures/models.js';

const valid = fixtures.validByModel;
const names = Object.keys(valid) as ModelName[];

/** Every path to an object (not an array) in a JSON value. */
function objectPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, index) => objectPaths(item, [...prefix, index]));
  if (typeof value === 'object' && value !== null) return [prefix, ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...prefix, key]))];
  return [];
}

function withField(document: unknown, path: readonly (string | number)[], key: string, value: unknown): unknown {
  const copy = structuredClone(document);
  let node = copy as Record<string | number, unknown>;
  for (const part of path) node = node[part] as Record<string | number, unknown>;
  // defineProperty: an own field whatever its name (`__proto__` too, as JSON.parse makes one).
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** The paths of the fields of `input` that parsing left out of `output`: what zod's objects strip. */
function dropped(input: unknown, output: unknown, prefix: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(input) && Array.isArray(output)) input.forEach((item, index) => dropped(item, output[index], [...prefix, index], found));
  else if (typeof input === 'object' && input !== null && typeof output === 'object' && output !== null && !Array.isArray(input)) {
    for (const [key, item] of Object.entries(input)) {
      if (Object.hasOwn(output, key)) dropped(item, (output as Record<string, unknown>)[key], [...prefix, key], found);
      else found.push([...prefix, key]);
    }
  }
  return found;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('unknownFields', () => {
  it('finds nothing in a valid document of any model', () => {
    for (const name of names) expect(unknownFields(models[name], valid[name]), name).toEqual([]);
  });

  it('reports exactly the fields zod leaves out, wherever one is added', () => {
    const cases = fc.constantFrom(...names).chain((name) =>
      fc.tuple(fc.constant(name), fc.constantFrom(...objectPaths(valid[name])), fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'kind')), fc.jsonValue({ maxDepth: 2 })),
    );
    fc.assert(
      fc.property(cases, ([name, path, key, value]) => {
        const input = withField(valid[name], path, key, value);
        const result = (models[name] as z.ZodType).safeParse(input);
        // A strict object rejects the field (zod names it); the walk leaves those to zod.
        fc.pre(result.success);
        expect(unknownFields(models[name], input).map((field) => field.path)).toEqual(dropped(input, result.data));
      }),
      { numRuns: 400 },
    );
  });

  it('suggests the nearest field name for a likely typo, and nothing for a field of its own', () => {
    const story = { ...(valid.Story as object), theme: ['a'], PublishedAt: '2026-01-01', published: '2026-01-01', local: 'en', layout: 'post', tags: ['x'], draft: true };
    expect(unknownFields(Story, story)).toEqual([
      { path: ['theme'], suggestion: 'themes' },
      { path: ['PublishedAt'], suggestion: 'publishedAt' },
      { path: ['published'], suggestion: 'publishedAt' },
      { path: ['local'], suggestion: 'locale' },
      { path: ['layout'] },
      { path: ['tags'] },
      { path: ['draft'] },
    ]);
    const plumbLine = valid.PlumbLine as { themes: object[] };
    expect(unknownFields(PlumbLine, { ...plumbLine, vocabularly: {}, themes: [{ ...plumbLine.themes[0], term: ['x'] }] })).toEqual([
      { path: ['themes', 0, 'term'], suggestion: 'terms' },
      { path: ['vocabularly'], suggestion: 'vocabulary' },
    ]);
    // Swapped letters count as one edit; short names take no guesses.
    expect(unknownFields(Relationship, { ...(valid.Relationship as object), satge: 'proposal', ix: 1 })).toEqual([{ path: ['satge'], suggestion: 'stage' }, { path: ['ix'] }]);
  });

  it('gives only the likely typos when asked', () => {
    const story = { ...(valid.Story as object), theme: ['a'], layout: 'post', crmId: 7 };
    expect(unknownFields(Story, story, { onlyLikelyTypos: true })).toEqual([{ path: ['theme'], suggestion: 'themes' }]);
    expect(unknownFields(Story, story).filter((field) => field.suggestion !== undefined)).toEqual(unknownFields(Story, story, { onlyLikelyTypos: true }));
  });

  it('reads the discriminated option: a sales story has no segments of its own', () => {
    const sales = { id: 's', kind: 'sales', title: 'T', body: 'B', audience: { relationshipId: 'r' }, segmentIds: ['x'] };
    expect(unknownFields(Story, sales)).toEqual([{ path: ['segmentIds'] }]);
  });

  it('leaves strict objects to zod, and fields to records and catch-alls that keep them', () => {
    const model = z.object({ strict: z.strictObject({ a: z.string() }), loose: z.looseObject({ a: z.string() }), map: z.record(z.string(), z.object({ b: z.number() })) });
    expect(unknownFields(model, { strict: { a: 'x', c: 1 }, loose: { a: 'x', c: 1 }, map: { k: { b: 1, bb: 2 } }, mapp: 1 })).toEqual([
      { path: ['map', 'k', 'bb'] },
      { path: ['mapp'], suggestion: 'map' },
    ]);
  });

  it('walks tuples, catch-all values and intersections as zod parses them', () => {
    const model = z.object({
      tuple: z.tuple([z.object({ a: z.string() })], z.object({ r: z.number() })),
      catchall: z.object({ a: z.string() }).catchall(z.object({ z: z.number() })),
      both: z.intersection(z.object({ a: z.string() }), z.record(z.string(), z.unknown())),
    });
    const input = { tuple: [{ a: 'x', aa: 1 }, { r: 1, rr: 2 }], catchall: { a: 'x', k: { z: 1, zz: 2 } }, both: { a: 'x', b: 2 } };
    const parsed = model.parse(input);
    expect(unknownFields(model, input).map((field) => field.path)).toEqual(dropped(input, parsed));
    expect(unknownFields(model, input).map((field) => field.path)).toEqual([['tuple', 0, 'aa'], ['tuple', 1, 'rr'], ['catchall', 'k', 'zz']]);
  });

  it('finds a misspelt discriminator, and fields named like Object.prototype\'s', () => {
    const story = { id: 'a', title: 'T', body: 'B', audience: { segmentIds: ['x'] } };
    expect(unknownFields(Story, { ...story, knd: 'marketing', theme: ['x'] })).toEqual([
      { path: ['knd'], suggestion: 'kind' },
      { path: ['theme'], suggestion: 'themes' },
    ]);
    const odd = JSON.parse('{"id":"a","kind":"marketing","title":"T","body":"B","audience":{"segmentIds":["x"]},"__proto__":{"x":1},"constructor":1,"toString":2}') as unknown;
    expect(unknownFields(Story, odd)).toEqual([{ path: ['__proto__'] }, { path: ['constructor'] }, { path: ['toString'] }]);
    // zod keeps no __proto__ field, not even in a record or a catch-all.
    const kept = z.object({ map: z.record(z.string(), z.unknown()), loose: z.looseObject({}) });
    const input = JSON.parse('{"map":{"a":1,"__proto__":null},"loose":{"b":1,"__proto__":{}}}') as unknown;
    expect(unknownFields(kept, input)).toEqual([{ path: ['map', '__proto__'] }, { path: ['loose', '__proto__'] }]);
    expect(unknownFields(kept, input).map((field) => field.path)).toEqual(dropped(input, kept.parse(input)));
  });

  it('refuses a model that is not a zod schema, naming the argument', () => {
    for (const model of [undefined, null, {}, 'Story', { _zod: {} }]) {
      let thrown: unknown;
      try {
        unknownFields(model as never, {});
      } catch (error) {
        thrown = error;
      }
      expect(isPlumblineError(thrown, 'INVALID_ARGUMENT') && thrown.details.argument).toBe('model');
    }
  });

  it('never throws on any JSON value and never changes it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.jsonValue({ maxDepth: 4 }), (name, input) => {
        const frozen = deepFreeze(structuredClone(input));
        const before = JSON.stringify(frozen);
        expect(Array.isArray(unknownFields(models[name], frozen))).toBe(true);
        expect(JSON.stringify(frozen)).toBe(before);
      }),
    );
  });
});

import type * as z from 'zod';

/** A field of a document that its model does not have, and so leaves out of what it parses. */
export interface UnknownField {
  /** Where it is: the keys and array indexes down to it, its own key last (as zod issues give paths). */
  readonly path: readonly (string | number)[];
  /**
   * The model's field there whose name is nearest (the same but for case, or one or two letters
   * off), when one is that near: what a typo most likely meant.
   */
  readonly suggestion?: string | undefined;
}

/** What the walk reads of a zod schema's definition: its kind, and the parts that lead to fields. */
interface Definition {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly catchall?: z.ZodType | undefined;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly discriminator?: string;
  readonly valueType?: z.ZodType;
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

const definition = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** Wrappers whose inner schema reads the same value. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** Per object schema, its field names (read once: the walk runs per document, over many documents). */
const fieldNames = new WeakMap<object, ReadonlySet<string>>();

function namesOf(schema: z.ZodType, shape: Readonly<Record<string, z.ZodType>>): ReadonlySet<string> {
  let names = fieldNames.get(schema);
  if (names === undefined) {
    names = new Set(Object.keys(shape));
    fieldNames.set(schema, names);
  }
  return names;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * The object schemas that may read `value` where `schema` stands, through wrappers, pipes, lazy
 * schemas and unions (a discriminated union's options narrowed by the value's discriminator).
 */
function objectSchemas(schema: z.ZodType, value: Readonly<Record<string, unknown>>, found: z.ZodType[], depth = 0): z.ZodType[] {
  if (depth > 32) return found;
  const def = definition(schema);
  if (def.type === 'object') found.push(schema);
  else if (WRAPPERS.has(def.type) && def.innerType !== undefined) objectSchemas(def.innerType, value, found, depth + 1);
  else if (def.type === 'pipe' && def.in !== undefined) objectSchemas(def.in, value, found, depth + 1);
  else if (def.type === 'lazy' && def.getter !== undefined) objectSchemas(def.getter(), value, found, depth + 1);
  else if (def.type === 'intersection' && def.left !== undefined && def.right !== undefined) {
    objectSchemas(def.left, value, found, depth + 1);
    objectSchemas(def.right, value, found, depth + 1);
  } else if (def.type === 'union' && def.options !== undefined) {
    const key = def.discriminator;
    const options = def.options.filter((option) => {
      if (key === undefined) return true;
      const values = (option as unknown as { _zod: { propValues?: Record<string, Set<unknown>> } })._zod.propValues?.[key];
      return values === undefined || values.has(value[key]);
    });
    for (const option of options) objectSchemas(option, value, found, depth + 1);
  }
  return found;
}

/** The schema of the elements of an array schema (through wrappers), or undefined. */
function elementSchema(schema: z.ZodType, depth = 0): z.ZodType | undefined {
  if (depth > 32) return undefined;
  const def = definition(schema);
  if (def.type === 'array') return def.element;
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) return elementSchema(def.innerType, depth + 1);
  if (def.type === 'pipe' && def.in !== undefined) return elementSchema(def.in, depth + 1);
  if (def.type === 'lazy' && def.getter !== undefined) return elementSchema(def.getter(), depth + 1);
  return undefined;
}

/** The schema of a record's values (through wrappers), or undefined. */
function recordValueSchema(schema: z.ZodType, depth = 0): z.ZodType | undefined {
  if (depth > 32) return undefined;
  const def = definition(schema);
  if (def.type === 'record') return def.valueType;
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) return recordValueSchema(def.innerType, depth + 1);
  if (def.type === 'pipe' && def.in !== undefined) return recordValueSchema(def.in, depth + 1);
  return undefined;
}

/** Optimal string alignment distance (edits, adjacent swaps counted once), or `limit + 1` once past `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, at) => at);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** The known name nearest to `key`: the same but for case, or at most 2 edits off and under half its length. */
function nearest(key: string, names: Iterable<string>): string | undefined {
  const folded = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const limit = Math.min(2, Math.ceil(Math.min(name.length, key.length) / 2) - 1);
    const edits = distance(folded, name.toLowerCase(), Math.max(limit, 0));
    if (edits <= limit && edits < bestDistance) {
      best = name;
      bestDistance = edits;
    }
  }
  return best;
}

/** The object schemas that read a plain object where `schema` stands, cached per schema and discriminator value. */
const objectsCache = new WeakMap<object, Map<unknown, readonly z.ZodType[]>>();

function objectsFor(schema: z.ZodType, value: Readonly<Record<string, unknown>>): readonly z.ZodType[] {
  const def = definition(schema);
  // Cached only where the answer depends on nothing but the discriminator: an object, or a union of objects.
  const cacheable = def.type === 'object' || (def.type === 'union' && def.options !== undefined && def.options.every((option) => definition(option).type === 'object'));
  if (!cacheable) return objectSchemas(schema, value, []);
  let byDiscriminator = objectsCache.get(schema);
  if (byDiscriminator === undefined) {
    byDiscriminator = new Map();
    objectsCache.set(schema, byDiscriminator);
  }
  const key = def.discriminator;
  const discriminator = key === undefined ? undefined : value[key];
  let objects = byDiscriminator.get(discriminator);
  if (objects === undefined) {
    objects = objectSchemas(schema, value, []);
    // Only a few values of a discriminator are meaningful: don't let odd ones grow the cache.
    if (byDiscriminator.size < 64) byDiscriminator.set(discriminator, objects);
  }
  return objects;
}

// `path` is one stack, pushed and popped on the way down: the walk runs over every document read,
// and copies it only for a field it reports.
function walk(schema: z.ZodType, value: unknown, path: (string | number)[], found: UnknownField[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    const element = elementSchema(schema);
    if (element === undefined) return;
    for (let index = 0; index < value.length; index += 1) {
      path.push(index);
      walk(element, value[index], path, found);
      path.pop();
    }
    return;
  }
  if (!isRecord(value)) return;
  const recordValues = recordValueSchema(schema);
  if (recordValues !== undefined) {
    for (const key of Object.keys(value)) {
      path.push(key);
      walk(recordValues, value[key], path, found);
      path.pop();
    }
    return;
  }
  const objects = objectsFor(schema, value);
  if (objects.length === 0) return;
  for (const key of Object.keys(value)) {
    // The first object schema that has the field reads it; a schema that keeps unknown fields (strict or
    // with a catch-all) makes the field no stranger: zod rejects it, or keeps it.
    let fieldSchema: z.ZodType | undefined;
    let kept = false;
    for (const object of objects) {
      const def = definition(object);
      const shape = def.shape ?? {};
      if (namesOf(object, shape).has(key)) {
        fieldSchema = shape[key];
        break;
      }
      if (def.catchall !== undefined) kept = true;
    }
    if (fieldSchema !== undefined) {
      path.push(key);
      walk(fieldSchema, value[key], path, found);
      path.pop();
    } else if (!kept) {
      const suggestion = nearest(key, objects.flatMap((object) => [...namesOf(object, definition(object).shape ?? {})]));
      found.push(suggestion === undefined ? { path: [...path, key] } : { path: [...path, key], suggestion });
    }
  }
}

/**
 * The fields of a document that its model does not have. zod leaves them out of what it parses,
 * without a word: a misspelt optional field (`vocabularly` for `vocabulary`, `theme` for `themes`)
 * is lost in silence. Each comes with the model's field of the nearest name, when one is near, so a
 * program can warn about likely typos and leave other fields alone (a story's front matter often
 * holds a site generator's own fields: `layout`, `tags`, `draft`). Strict objects are not searched
 * (zod rejects their unknown fields), nor objects that keep unknown fields (a catch-all). The
 * document is read, never changed; a value that is not plain JSON-like data is not looked into.
 *
 * @param model - a Plumbline model (or any zod schema built of objects, arrays, records, unions)
 * @param input - the document, as read (before or after `parseModel`: the input, not the output)
 * @returns each unknown field's path and suggestion, in document order
 *
 * @example
 * ```ts
 * import { PlumbLine, unknownFields } from '@plumbline/core';
 *
 * const plumbLine = { id: 'acme', company: 'Acme', statement: 'We keep crews on the work.', themes: [], vocabularly: { names: ['Acme'] }, owner: 'marketing' };
 * unknownFields(PlumbLine, plumbLine);
 * // => [{ path: ['vocabularly'], suggestion: 'vocabulary' }, { path: ['owner'] }]
 * unknownFields(PlumbLine, { ...plumbLine, themes: [{ id: 'uptime', label: 'Uptime', term: ['uptime'] }] })[0];
 * // => { path: ['themes', 0, 'term'], suggestion: 'terms' }
 * ```
 */
export function unknownFields(model: z.ZodType, input: unknown): UnknownField[] {
  const found: UnknownField[] = [];
  walk(model, input, [], found);
  return found;
}

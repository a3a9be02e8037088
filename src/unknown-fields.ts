import type * as z from 'zod';
import { invalidArgument } from './errors.js';

/** A field of a document that its model does not have, and so leaves out of what it parses. */
export interface UnknownField {
  /** Where it is: the keys and array indexes down to it, its own key last (as zod issues give paths). */
  readonly path: readonly (string | number)[];
  /**
   * The model's field there whose name is nearest, when one is near: the same but for case, or one
   * edit off (a letter added, dropped or changed, or two swapped) for names of 3 or 4 letters, two
   * for longer ones. What a typo most likely meant.
   */
  readonly suggestion?: string | undefined;
}

/** Options of {@link unknownFields}. */
export interface UnknownFieldsOptions {
  /**
   * Only the fields with a suggestion: likely typos. Quicker on records that carry many fields of
   * their own (a CRM export's columns), where the others are of no interest.
   */
  readonly onlyLikelyTypos?: boolean | undefined;
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
  readonly items?: readonly z.ZodType[];
  readonly rest?: z.ZodType | null;
}

const definition = (schema: z.ZodType): Definition => (schema as unknown as { _zod: { def: Definition } })._zod.def;

/** Wrappers whose inner schema reads the same value. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * The object schemas that may read `value` where `schema` stands, through wrappers, pipes, lazy
 * schemas, intersections and unions (a discriminated union's options narrowed by the value's
 * discriminator, all of them when it matches none: then the discriminator itself may be misspelt).
 * A record found on the way (one side of an intersection) is listed too: it keeps every field.
 */
function objectSchemas(schema: z.ZodType, value: Readonly<Record<string, unknown>>, found: z.ZodType[], depth = 0): z.ZodType[] {
  if (depth > 32) return found;
  const def = definition(schema);
  if (def.type === 'object' || def.type === 'record') found.push(schema);
  else if (WRAPPERS.has(def.type) && def.innerType !== undefined) objectSchemas(def.innerType, value, found, depth + 1);
  else if (def.type === 'pipe' && def.in !== undefined) objectSchemas(def.in, value, found, depth + 1);
  else if (def.type === 'lazy' && def.getter !== undefined) objectSchemas(def.getter(), value, found, depth + 1);
  else if (def.type === 'intersection' && def.left !== undefined && def.right !== undefined) {
    objectSchemas(def.left, value, found, depth + 1);
    objectSchemas(def.right, value, found, depth + 1);
  } else if (def.type === 'union' && def.options !== undefined) {
    const key = def.discriminator;
    const narrowed = def.options.filter((option) => {
      if (key === undefined) return true;
      const values = (option as unknown as { _zod: { propValues?: Record<string, Set<unknown>> } })._zod.propValues?.[key];
      return values === undefined || values.has(value[key]);
    });
    for (const option of narrowed.length > 0 ? narrowed : def.options) objectSchemas(option, value, found, depth + 1);
  }
  return found;
}

/** The array or tuple schema behind `schema` (through wrappers), or undefined. */
function listSchema(schema: z.ZodType, depth = 0): Definition | undefined {
  if (depth > 32) return undefined;
  const def = definition(schema);
  if (def.type === 'array' || def.type === 'tuple') return def;
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) return listSchema(def.innerType, depth + 1);
  if (def.type === 'pipe' && def.in !== undefined) return listSchema(def.in, depth + 1);
  if (def.type === 'lazy' && def.getter !== undefined) return listSchema(def.getter(), depth + 1);
  return undefined;
}

/** The schema of item `index` of a list read by `list`, or undefined. */
function itemSchema(list: Definition, index: number): z.ZodType | undefined {
  if (list.type === 'array') return list.element;
  return list.items?.[index] ?? list.rest ?? undefined;
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

/**
 * How an object is read where a schema stands: the schema of each field the object schemas there
 * have (the first that has it), and what reads any other field (a record beside them, or a
 * catch-all), or whether zod rejects it (a strict object's catch-all).
 */
interface Reader {
  readonly fields: ReadonlyMap<string, z.ZodType>;
  /** Whether another field is kept or rejected by zod rather than left out. */
  readonly keeps: boolean;
  /** What reads another field that is kept: a record's values, or a catch-all. */
  readonly other: z.ZodType | undefined;
  /** The field names, for suggestions. */
  readonly names: readonly string[];
  /** The suggestion for each unknown field seen, null for none (a CRM export repeats its own columns in every record). */
  readonly suggestions: Map<string, string | null>;
}

function readerOf(objects: readonly z.ZodType[]): Reader {
  const fields = new Map<string, z.ZodType>();
  let recordValues: z.ZodType | undefined;
  let catchall: z.ZodType | undefined;
  let keeps = false;
  for (const object of objects) {
    const def = definition(object);
    if (def.type !== 'object') {
      keeps = true;
      recordValues ??= def.valueType;
      continue;
    }
    for (const [name, schema] of Object.entries(def.shape ?? {})) if (!fields.has(name)) fields.set(name, schema);
    if (def.catchall !== undefined) {
      keeps = true;
      catchall ??= def.catchall;
    }
  }
  return { fields, keeps, other: recordValues ?? catchall, names: [...fields.keys()], suggestions: new Map() };
}

/**
 * Readers by schema and discriminator value, where the object schemas depend on nothing else (an
 * object, or a union of objects); null for a schema where they may (worked out once, too).
 */
const readers = new WeakMap<object, Map<unknown, Reader> | null>();

function readerFor(schema: z.ZodType, value: Readonly<Record<string, unknown>>): Reader | undefined {
  const def = definition(schema);
  let byDiscriminator = readers.get(schema);
  if (byDiscriminator === undefined) {
    const cacheable = def.type === 'object' || (def.type === 'union' && def.options !== undefined && def.options.every((option) => definition(option).type === 'object'));
    byDiscriminator = cacheable ? new Map() : null;
    readers.set(schema, byDiscriminator);
  }
  const key = def.discriminator;
  const discriminator = key === undefined ? undefined : value[key];
  let reader = byDiscriminator?.get(discriminator);
  if (reader === undefined) {
    const objects = objectSchemas(schema, value, []);
    if (objects.length === 0) return undefined;
    reader = readerOf(objects);
    // Only a few values of a discriminator are meaningful: odd ones do not grow the cache.
    if (byDiscriminator !== null && byDiscriminator.size < 64) byDiscriminator.set(discriminator, reader);
  }
  return reader;
}

function suggestionFor(key: string, reader: Reader): string | undefined {
  const known = reader.suggestions.get(key);
  if (known !== undefined) return known ?? undefined;
  const suggestion = nearest(key, reader.names);
  if (reader.suggestions.size < 1024) reader.suggestions.set(key, suggestion ?? null);
  return suggestion;
}

/** A field zod never keeps, records and catch-alls included: its output objects would take it as their prototype. */
const PROTO = '__proto__';

// `path` is one stack, pushed and popped on the way down: the walk runs over every document read,
// and copies it only for a field it reports.
function walk(schema: z.ZodType, value: unknown, path: (string | number)[], found: UnknownField[], onlyLikelyTypos: boolean): void {
  if (Array.isArray(value)) {
    const list = listSchema(schema);
    if (list === undefined) return;
    for (let index = 0; index < value.length; index += 1) {
      const item = value[index] as unknown;
      const itemSchemaAt = typeof item === 'object' && item !== null ? itemSchema(list, index) : undefined;
      if (itemSchemaAt === undefined) continue;
      path.push(index);
      walk(itemSchemaAt, item, path, found, onlyLikelyTypos);
      path.pop();
    }
    return;
  }
  if (!isRecord(value)) return;
  const recordValues = recordValueSchema(schema);
  if (recordValues !== undefined) {
    for (const key of Object.keys(value)) {
      if (key === PROTO) {
        found.push({ path: [...path, key] });
        continue;
      }
      path.push(key);
      walk(recordValues, value[key], path, found, onlyLikelyTypos);
      path.pop();
    }
    return;
  }
  const reader = readerFor(schema, value);
  if (reader === undefined) return;
  for (const key of Object.keys(value)) {
    // A field of the object schemas is read by the first that has it; another is kept by a record or a
    // catch-all beside them (read by it), rejected by a strict object's catch-all (zod names it), or left out.
    const own = reader.fields.get(key);
    if (own === undefined && key === PROTO) {
      found.push({ path: [...path, key] });
      continue;
    }
    const fieldSchema = own ?? reader.other;
    if (fieldSchema !== undefined) {
      const child = value[key];
      if (typeof child !== 'object' || child === null) continue;
      path.push(key);
      walk(fieldSchema, child, path, found, onlyLikelyTypos);
      path.pop();
    } else if (!reader.keeps) {
      const suggestion = suggestionFor(key, reader);
      if (suggestion !== undefined) found.push({ path: [...path, key], suggestion });
      else if (!onlyLikelyTypos) found.push({ path: [...path, key] });
    }
  }
}

/**
 * The fields of a document that its model does not have. zod leaves them out of what it parses,
 * without a word: a misspelt optional field (`vocabularly` for `vocabulary`, `theme` for `themes`)
 * is lost in silence. Each comes with the model's field of the nearest name, when one is near, so a
 * program can warn about likely typos and leave other fields alone (a story's front matter often
 * holds a site generator's own fields: `layout`, `tags`, `draft`). Strict objects are not searched
 * (zod rejects their unknown fields), nor objects that keep unknown fields (a catch-all, whose
 * values are walked with it, or a record beside them in an intersection). A union without a
 * discriminator counts a field as known when any of its options has it (zod keeps the fields of the
 * option that fits); a discriminated union reads the option its discriminator names, or all of them
 * when it names none (a misspelt discriminator is found too). Values behind a transform or
 * `z.preprocess` are not looked into. An own field named `__proto__` (as `JSON.parse` makes one) is
 * always reported unless the schema has a field of that name: zod keeps none, records included.
 * The document is read, never changed; a value that is not
 * plain JSON-like data is not looked into.
 *
 * @param model - a Plumbline model (or any zod schema built of objects, arrays, records, unions)
 * @param input - the document, as read (before or after `parseModel`: the input, not the output)
 * @param options - `onlyLikelyTypos`: only the fields with a suggestion
 * @returns each unknown field's path and suggestion, in document order
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` when `model` is not a zod schema
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
 * unknownFields(PlumbLine, plumbLine, { onlyLikelyTypos: true }); // => [{ path: ['vocabularly'], suggestion: 'vocabulary' }]
 * ```
 */
export function unknownFields(model: z.ZodType, input: unknown, options?: UnknownFieldsOptions | undefined): UnknownField[] {
  const def = (model as { _zod?: { def?: { type?: unknown } } } | null | undefined)?._zod?.def;
  if (typeof model !== 'object' || model === null || typeof def?.type !== 'string') throw invalidArgument('model', 'a zod schema (a Plumbline model)', model);
  const found: UnknownField[] = [];
  walk(model, input, [], found, options?.onlyLikelyTypos === true);
  return found;
}

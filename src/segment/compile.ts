/**
 * Internal: compiles a segment's `rules` filter tree into one predicate over
 * records, once per segment (a WeakMap cache), so that assigning 100,000
 * records to 20 segments validates each tree once and splits each dot path
 * once, never per record.
 *
 * Semantics, documented on {@link matchesSegment} and in docs/crm.md:
 *
 * - A dot path walks own properties of objects (and arrays by index); a
 *   missing step makes the field missing (`undefined`).
 * - Every condition on a missing field is false, except `exists` with
 *   `value: false`; `not` is the plain negation, so `not` of a condition on a
 *   missing field is true.
 * - `null` is a value for `eq`, `neq`, `in` and `nin` (so `eq null` matches a
 *   field holding null), and no value for the rest: ordered comparisons and
 *   `contains` on null are false, and `exists` treats null as absent.
 *
 * @module
 * @internal
 */

import { describeValue, invalidArgument, isPlumblineError, PlumblineError } from '../errors.js';
import { parseInstant, utcDay } from '../common/instant.js';
import type { Segment, SegmentRule } from './schema.js';

/** A compiled filter tree: true when the record matches. Throws INVALID_ARGUMENT naming `record.<path>` on a type mismatch. */
export type RecordPredicate = (record: unknown) => boolean;

/** The same pattern as the `FieldPath` schema. */
const FIELD_PATH = /^[^.\s][^.]*(\.[^.\s][^.]*)*$/;
const OPS = new Set(['eq', 'neq', 'in', 'nin', 'gt', 'gte', 'lt', 'lte', 'between', 'contains', 'exists']);
const CONDITION_KEYS = new Set(['field', 'op', 'value']);

const invalid = invalidArgument;

/** Splits a dot path once, or throws naming `field`. */
export function splitPath(path: unknown, field: string): readonly string[] {
  if (typeof path !== 'string' || !FIELD_PATH.test(path)) throw invalid(field, 'a dot path such as "company.employees"', path);
  return path.split('.');
}

/** The value at a pre-split dot path: own properties only; undefined when any step is missing. */
export function resolvePath(record: unknown, parts: readonly string[]): unknown {
  let value = record;
  for (let index = 0; index < parts.length; index += 1) {
    if (typeof value !== 'object' || value === null) return undefined;
    const key = parts[index] as string;
    if (!Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Throws unless `record` is a plain object (not null, not an array). */
export function checkRecord(record: unknown, field: string): void {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw invalid(field, 'a plain object (a CRM record such as a contact or a company)', record);
  }
}

/**
 * Renames the `record` of a type-mismatch error raised while matching to the
 * caller's name for it (`records[12]`), keeping the path after it.
 */
export function relabel(error: unknown, name: string): unknown {
  if (!isPlumblineError(error, 'INVALID_ARGUMENT')) return error;
  const { argument, expected, received } = error.details;
  if (argument !== 'record' && !argument.startsWith('record.')) return error;
  return new PlumblineError('INVALID_ARGUMENT', { argument: name + argument.slice('record'.length), expected, received }, { cause: error });
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** A bound of an ordered comparison: a number, a UTC day (an ISO date), or an instant (an ISO date-time). */
interface Bound {
  readonly kind: 'number' | 'day' | 'instant';
  /** The number, the UTC day number, or milliseconds. */
  readonly value: number;
  /** For ordering the two bounds of `between`: milliseconds for dates. */
  readonly order: number;
}

function readBound(value: unknown, field: string): Bound {
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value, order: value };
  if (typeof value === 'string') {
    const ms = parseInstant(value);
    if (ms !== undefined) return value.length === 10 ? { kind: 'day', value: utcDay(ms), order: ms } : { kind: 'instant', value: ms, order: ms };
  }
  throw invalid(field, 'a finite number, an ISO date (YYYY-MM-DD) or an ISO date-time with Z or an offset', value);
}

/** Where a condition sits, for run-time messages: `segment "water-utilities" (rules.all[2])`. */
function place(segmentId: string, rulePath: string): string {
  return `segment ${JSON.stringify(segmentId)} (${rulePath})`;
}

/** Compiles one node of the tree at `field` (for compile errors) and `rulePath` (for run-time errors). */
function compileRule(node: unknown, field: string, rulePath: string, segmentId: string): RecordPredicate {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw invalid(field, '{ all: [...] }, { any: [...] }, { not: rule } or a condition { field, op, value }', node);
  }
  const keys = Object.keys(node);
  const record = node as Record<string, unknown>;
  for (const group of ['all', 'any'] as const) {
    if (!Object.hasOwn(record, group)) continue;
    if (keys.length !== 1) throw invalid(field, `{ ${group}: [...] } and nothing else`, `keys ${keys.join(', ')}`);
    const children: unknown = record[group];
    if (!Array.isArray(children)) throw invalid(`${field}.${group}`, 'an array of rules', children);
    const compiled = children.map((child: unknown, index) =>
      compileRule(child, `${field}.${group}[${index}]`, `${rulePath}.${group}[${index}]`, segmentId),
    );
    if (group === 'all') {
      if (compiled.length === 1) return compiled[0] as RecordPredicate;
      return (value) => {
        for (let index = 0; index < compiled.length; index += 1) if (!(compiled[index] as RecordPredicate)(value)) return false;
        return true;
      };
    }
    return (value) => {
      for (let index = 0; index < compiled.length; index += 1) if ((compiled[index] as RecordPredicate)(value)) return true;
      return false;
    };
  }
  if (Object.hasOwn(record, 'not')) {
    if (keys.length !== 1) throw invalid(field, '{ not: rule } and nothing else', `keys ${keys.join(', ')}`);
    const inner = compileRule(record['not'], `${field}.not`, `${rulePath}.not`, segmentId);
    return (value) => !inner(value);
  }
  return compileCondition(record, keys, field, rulePath, segmentId);
}

function compileCondition(
  condition: Record<string, unknown>,
  keys: readonly string[],
  field: string,
  rulePath: string,
  segmentId: string,
): RecordPredicate {
  for (const key of keys) {
    if (!CONDITION_KEYS.has(key)) throw invalid(`${field}.${key}`, 'no such key: a condition has field, op and value', condition[key]);
  }
  const path = condition['field'];
  const parts = splitPath(path, `${field}.field`);
  const op = condition['op'];
  if (typeof op !== 'string' || !OPS.has(op)) throw invalid(`${field}.op`, 'one of eq neq in nin gt gte lt lte between contains exists', op);
  const value = condition['value'];
  const valueField = `${field}.value`;
  const argument = `record.${path as string}`;
  const where = place(segmentId, rulePath);
  const mismatch = (expected: string, received: unknown): PlumblineError =>
    invalid(argument, `${expected}, as ${where} compares it with ${op} ${describeCondition(value)}`, received);

  switch (op) {
    case 'eq':
    case 'neq': {
      if (!isScalar(value)) throw invalid(valueField, 'a string, a finite number, a boolean or null', value);
      const equal = op === 'eq';
      return (record) => {
        const found = resolvePath(record, parts);
        return found !== undefined && (found === value) === equal;
      };
    }
    case 'in':
    case 'nin': {
      if (!Array.isArray(value) || value.length === 0 || !value.every(isScalar)) {
        throw invalid(valueField, 'a non-empty array of strings, finite numbers, booleans or null', value);
      }
      const set = new Set<unknown>(value);
      const inside = op === 'in';
      return (record) => {
        const found = resolvePath(record, parts);
        if (found === undefined) return false;
        // A list field (a multi-select) is in the values when any of its items is.
        const hit = Array.isArray(found) ? found.some((item) => set.has(item)) : set.has(found);
        return hit === inside;
      };
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const bound = readBound(value, valueField);
      const read = orderedReader(bound.kind, mismatch);
      const limit = bound.value;
      const test =
        op === 'gt' ? (x: number) => x > limit : op === 'gte' ? (x: number) => x >= limit : op === 'lt' ? (x: number) => x < limit : (x: number) => x <= limit;
      return (record) => {
        const found = read(resolvePath(record, parts));
        return found !== undefined && test(found);
      };
    }
    case 'between': {
      if (!Array.isArray(value) || value.length !== 2) throw invalid(valueField, 'a pair [low, high]', value);
      const low = readBound(value[0], `${valueField}[0]`);
      const high = readBound(value[1], `${valueField}[1]`);
      if ((low.kind === 'number') !== (high.kind === 'number')) {
        throw invalid(valueField, 'two numbers or two ISO dates', value);
      }
      if (low.order > high.order) throw invalid(valueField, 'low at most high', value);
      const readLow = orderedReader(low.kind, mismatch);
      const readHigh = low.kind === high.kind ? readLow : orderedReader(high.kind, mismatch);
      return (record) => {
        const raw = resolvePath(record, parts);
        const atLow = readLow(raw);
        if (atLow === undefined || atLow < low.value) return false;
        const atHigh = readLow === readHigh ? atLow : (readHigh(raw) as number);
        return atHigh <= high.value;
      };
    }
    case 'contains': {
      if (!isScalar(value)) throw invalid(valueField, 'a string, a finite number, a boolean or null', value);
      const lower = typeof value === 'string' ? value.toLowerCase() : undefined;
      return (record) => {
        const found = resolvePath(record, parts);
        if (found === undefined || found === null) return false;
        if (typeof found === 'string') return lower !== undefined && found.toLowerCase().includes(lower);
        if (Array.isArray(found)) {
          return found.some((item) => item === value || (lower !== undefined && typeof item === 'string' && item.toLowerCase() === lower));
        }
        throw invalid(argument, `text or a list, as ${where} looks in it with contains ${describeCondition(value)}`, found);
      };
    }
    default: {
      // exists
      if (value !== undefined && typeof value !== 'boolean') throw invalid(valueField, 'true, false or nothing (true)', value);
      const wanted = value !== false;
      return (record) => {
        const found = resolvePath(record, parts);
        return (found !== undefined && found !== null) === wanted;
      };
    }
  }
}

function describeCondition(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((item) => describeValue(item)).join(', ')}]` : describeValue(value);
}

/**
 * A reader of a record's value for an ordered comparison: undefined for a
 * missing or null field; a number for a number; a UTC day or milliseconds for
 * an ISO date string or a Date; an error for anything else (a string field
 * compared with a number, text that is not a date).
 */
function orderedReader(
  kind: Bound['kind'],
  mismatch: (expected: string, received: unknown) => PlumblineError,
): (found: unknown) => number | undefined {
  if (kind === 'number') {
    return (found) => {
      if (found === undefined || found === null) return undefined;
      if (typeof found === 'number' && !Number.isNaN(found)) return found;
      throw mismatch('a number', found);
    };
  }
  const day = kind === 'day';
  return (found) => {
    if (found === undefined || found === null) return undefined;
    let ms: number | undefined;
    if (typeof found === 'string') ms = parseInstant(found);
    else if (found instanceof Date) ms = found.getTime();
    if (ms === undefined || !Number.isFinite(ms)) throw mismatch('an ISO date or date-time (or a Date)', found);
    return day ? utcDay(ms) : ms;
  };
}

interface CompiledSegment {
  readonly rules: unknown;
  readonly id: unknown;
  readonly predicate: RecordPredicate;
}

const compiledSegments = new WeakMap<object, CompiledSegment>();

/**
 * The predicate of a segment's rules, compiled on first use and cached by the
 * segment object (recompiled if its `rules` or `id` were replaced since).
 *
 * @param segment - the segment
 * @param field - its name in the caller's arguments, for errors: `segment`, `segments[3]`
 */
export function compileSegment(segment: Segment, field: string): RecordPredicate {
  if (typeof segment !== 'object' || segment === null || Array.isArray(segment)) {
    throw invalid(field, 'a Segment { id, name, rules, ... }', segment);
  }
  const cached = compiledSegments.get(segment);
  if (cached !== undefined && cached.rules === segment.rules && cached.id === segment.id) return cached.predicate;
  const id: unknown = segment.id;
  if (typeof id !== 'string' || id.trim() === '') throw invalid(`${field}.id`, 'a non-empty id', id);
  const predicate = compileRule(segment.rules as SegmentRule | undefined, `${field}.rules`, 'rules', id);
  compiledSegments.set(segment, { rules: segment.rules, id, predicate });
  return predicate;
}

import { invalidArgument, isObject } from '../errors.js';
import type { PlumbLine } from '../plumb-line/schema.js';
import { canonicalValue, NUMBER_SIGNALS } from '../text/numbers.js';
import { compileMatcher, type PhraseMatcher, type PhraseTerm } from '../text/phrase-matcher.js';
import { foldPhrase } from '../text/normalize.js';
import { FIXED_PHRASES } from './rules.js';

/** What a plumb-line term stands for; `index` points into the list named by `kind`. */
export interface PlumbLineTerm {
  /** `theme`, `claim`, `preferred` (a preferred pair's term to use), `avoid` (its avoided forms), `banned` or `name`. */
  readonly kind: 'theme' | 'claim' | 'preferred' | 'avoid' | 'banned' | 'name';
  /** Index of the theme, claim, preferred pair, banned phrase or name. */
  readonly index: number;
  /** The literal phrase. */
  readonly phrase: string;
}

/**
 * A plumb line with every matcher built once, to check any number of stories.
 * Treat it as opaque: build it with {@link compilePlumbLine}.
 */
export interface CompiledPlumbLine {
  /** Brand: tells a compiled plumb line from a plain one. */
  readonly compiled: true;
  /** The plumb line it was compiled from. */
  readonly plumbLine: PlumbLine;
  /**
   * One automaton for every theme, claim, vocabulary and name term, followed
   * by the rules' own fixed phrases (term index `terms.length` and up), so a
   * story is scanned once for all of them.
   *
   * @internal
   */
  readonly matcher: PhraseMatcher;
  /** What each plumb-line term of `matcher` stands for, by term index. */
  readonly terms: readonly PlumbLineTerm[];
  /** Per claim, its canonical value (`'99.9%'`), when it has one. */
  readonly claimValues: readonly (string | undefined)[];
}

const cache = new WeakMap<object, CompiledPlumbLine>();

function checkPhrase(value: unknown, path: string): string {
  if (typeof value !== 'string' || foldPhrase(value).length === 0) throw invalidArgument(path, 'a phrase with at least one visible character', value);
  return value;
}

function list(value: unknown, path: string): readonly unknown[] {
  if (value === undefined) return [];
  return requiredList(value, path);
}

function requiredList(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw invalidArgument(path, 'an array', value);
  return value;
}

/** A theme or claim: an object with the string `id` and `label` the rules name it by, and its terms. */
function checkTopic(value: unknown, path: string, shape: string): readonly unknown[] {
  if (!isObject(value)) throw invalidArgument(path, shape, value);
  for (const field of ['id', 'label']) if (typeof value[field] !== 'string') throw invalidArgument(`${path}.${field}`, 'a string', value[field]);
  return requiredList(value['terms'], `${path}.terms`);
}

/**
 * Compiles a plumb line once: one Aho-Corasick automaton for all its theme,
 * claim, preferred, banned and name terms, and the canonical value of every
 * claim. {@link checkStory} and {@link checkStories} accept the result in place
 * of the plumb line (and compile a plain plumb line once per object anyway).
 *
 * @param plumbLine - the plumb line (as `PlumbLine.parse` returns it)
 * @returns the compiled plumb line, shared for the same object
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` naming the field: a term
 *   that is not a phrase with a visible character, a claim value that is not
 *   one number with an optional unit (`"99.9%"`, `"10 days"`), a theme or claim
 *   without a string `id` and `label`, or lists that are not arrays (`themes`
 *   and each theme's and claim's `terms` are required)
 *
 * @example
 * ```ts
 * import { compilePlumbLine } from '@plumbline/core';
 *
 * const compiled = compilePlumbLine({
 *   id: 'acme', company: 'Acme', statement: 'Acme keeps machines running.',
 *   themes: [{ id: 'uptime', label: 'Always on', terms: ['uptime'] }],
 *   claims: [{ id: 'sla', label: 'Uptime', terms: ['uptime'], value: '99.90 %' }],
 * });
 * compiled.claimValues; // => ['99.9%']
 * compilePlumbLine({ id: 'x', company: 'X', statement: 'X.', themes: [{ id: 't', label: 'T', terms: [' '] }] }); // throws
 * ```
 */
export function compilePlumbLine(plumbLine: PlumbLine): CompiledPlumbLine {
  if (!isObject(plumbLine)) throw invalidArgument('plumbLine', 'a plumb line object', plumbLine);
  if ((plumbLine as unknown as { compiled?: unknown }).compiled === true) return plumbLine as unknown as CompiledPlumbLine;
  const known = cache.get(plumbLine);
  if (known !== undefined) return known;
  const terms: PlumbLineTerm[] = [];
  const phrases: PhraseTerm[] = [];
  const add = (kind: PlumbLineTerm['kind'], index: number, phrase: string, inflect: boolean | 'last-word'): void => {
    terms.push({ kind, index, phrase });
    phrases.push({ id: `${kind}:${index}`, phrase, inflect });
  };
  requiredList(plumbLine.themes, 'plumbLine.themes').forEach((theme, index) => {
    checkTopic(theme, `plumbLine.themes[${index}]`, 'a theme { id, label, terms }').forEach((term, at) => {
      add('theme', index, checkPhrase(term, `plumbLine.themes[${index}].terms[${at}]`), true);
    });
  });
  const claimValues: (string | undefined)[] = [];
  list(plumbLine.claims, 'plumbLine.claims').forEach((claim, index) => {
    checkTopic(claim, `plumbLine.claims[${index}]`, 'a claim { id, label, terms, value? }').forEach((term, at) => {
      add('claim', index, checkPhrase(term, `plumbLine.claims[${index}].terms[${at}]`), true);
    });
    const value = (claim as Record<string, unknown>)['value'];
    if (value === undefined) claimValues.push(undefined);
    else {
      const canonical = typeof value === 'string' ? canonicalValue(value) : undefined;
      if (canonical === undefined) {
        throw invalidArgument(`plumbLine.claims[${index}].value`, 'one number with an optional unit, such as "99.9%" or "10 days"', value);
      }
      claimValues.push(canonical);
    }
  });
  const vocabulary = plumbLine.vocabulary;
  if (vocabulary !== undefined && !isObject(vocabulary)) throw invalidArgument('plumbLine.vocabulary', 'an object', vocabulary);
  const pairs = list(vocabulary?.preferred, 'plumbLine.vocabulary.preferred');
  // The terms to use, folded: an avoided term that is also a term to use would make fixes undo each other.
  const useIndex = new Map<string, number>();
  pairs.forEach((pair, index) => {
    if (!isObject(pair)) throw invalidArgument(`plumbLine.vocabulary.preferred[${index}]`, 'a pair { use, avoid[] }', pair);
    const use = checkPhrase(pair['use'], `plumbLine.vocabulary.preferred[${index}].use`);
    if (!useIndex.has(foldPhrase(use))) useIndex.set(foldPhrase(use), index);
    // Found only to spare an avoided term inside it, in any form: "crews" in "field crews'", "crew" in "field crews".
    add('preferred', index, use, 'last-word');
  });
  pairs.forEach((pair, index) => {
    list((pair as Record<string, unknown>)['avoid'], `plumbLine.vocabulary.preferred[${index}].avoid`).forEach((term, at) => {
      const path = `plumbLine.vocabulary.preferred[${index}].avoid[${at}]`;
      const phrase = checkPhrase(term, path);
      const clash = useIndex.get(foldPhrase(phrase));
      if (clash !== undefined) throw invalidArgument(path, `a term that is not also a term to use (it is the "use" of preferred[${clash}])`, phrase);
      add('avoid', index, phrase, true);
    });
  });
  list(vocabulary?.banned, 'plumbLine.vocabulary.banned').forEach((banned, index) => {
    if (!isObject(banned)) throw invalidArgument(`plumbLine.vocabulary.banned[${index}]`, 'a banned phrase { phrase, reason? }', banned);
    add('banned', index, checkPhrase(banned['phrase'], `plumbLine.vocabulary.banned[${index}].phrase`), true);
  });
  list(vocabulary?.names, 'plumbLine.vocabulary.names').forEach((name, index) => {
    add('name', index, checkPhrase(name, `plumbLine.vocabulary.names[${index}]`), false);
  });
  for (const fixed of FIXED_PHRASES) phrases.push(fixed.term);
  const compiled: CompiledPlumbLine = Object.freeze({
    compiled: true as const,
    plumbLine,
    // The scan also tells whether a story may state a number, so the claims rules need no search of their own.
    matcher: compileMatcher(phrases, { signals: NUMBER_SIGNALS }),
    terms: Object.freeze(terms),
    claimValues: Object.freeze(claimValues),
  });
  cache.set(plumbLine, compiled);
  return compiled;
}

import type { PreferredTerm } from '../../plumb-line/schema.js';
import type { PhraseMatch } from '../../text/phrase-matcher.js';
import { foldPhrase } from '../../text/normalize.js';
import type { PlumbLineTerm } from '../compile-plumb-line.js';
import { quote, type Rule, type RuleFinding } from '../rule.js';

/** Capitalises the first letter. */
function capitalise(text: string): string {
  return text.replace(/\p{L}/u, (letter) => letter.toUpperCase());
}

/**
 * Gives a replacement the case style of the text it replaces: all capitals
 * (`CLIENT` → `CUSTOMER`), every word capitalised (`Field Force` → `Field
 * Crews`), first letter capitalised (`Client` → `Customer`), or as written.
 *
 * @param original - the text replaced
 * @param replacement - the preferred term as the plumb line writes it
 * @returns the replacement in the original's case style
 */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const words = original.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const upperFirst = (word: string): boolean => {
    const first = /\p{L}/u.exec(word)?.[0] ?? '';
    return first !== first.toLowerCase();
  };
  if (words.length > 1 && words.every(upperFirst)) return replacement.split(' ').map(capitalise).join(' ');
  if (words[0] !== undefined && upperFirst(words[0])) return capitalise(replacement);
  return replacement;
}

/** The plural of a phrase's last word, by the rules the matcher inflects with. */
function pluralise(phrase: string): string {
  if (/[^aeiou]y$/i.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(phrase)) return `${phrase}es`;
  return `${phrase}s`;
}

/** The replacement for a match of an avoided term, keeping its plural or possessive ending. */
function replacementFor(matched: string, avoided: string, use: string): string | undefined {
  const folded = foldPhrase(matched);
  const base = foldPhrase(avoided);
  let rest: string;
  if (folded.startsWith(base)) rest = folded.slice(base.length);
  else if (base.endsWith('y') && folded.startsWith(base.slice(0, -1))) rest = folded.slice(base.length - 1);
  else return undefined;
  const apostrophe = /['’]/u.exec(matched)?.[0] ?? "'";
  switch (rest) {
    case '':
      return use;
    case "'s":
      return `${use}${apostrophe}s`;
    case "'":
      return `${use}${apostrophe}`;
    case 's':
    case 'es':
    case 'ies':
      return pluralise(use);
    case "s'":
    case "es'":
    case "ies'":
      return `${pluralise(use)}${apostrophe}`;
    default:
      return undefined;
  }
}

const replacementCache = new Map<string, string | null>();

/** {@link replacementFor} in the case style of the match (remembered: the same terms recur across stories). */
function casedReplacement(matched: string, avoided: string, use: string): string | undefined {
  const key = `${matched}\u0000${avoided}\u0000${use}`;
  const known = replacementCache.get(key);
  if (known !== undefined) return known ?? undefined;
  const replacement = replacementFor(matched, avoided, use);
  const text = replacement === undefined ? undefined : matchCase(matched, replacement);
  if (replacementCache.size >= 8192) replacementCache.clear();
  replacementCache.set(key, text ?? null);
  return text;
}

/** preferred-term: the story uses a term the plumb line asks to replace. */
export const preferredTerm: Rule = {
  meta: {
    id: 'preferred-term',
    description: 'Stories use the plumb line\'s preferred terms, not the ones it asks to avoid.',
    defaultSeverity: 'warning',
    docs: 'Replace the term with the preferred one (a safe fix is attached). See docs/consistency.md#preferred-term',
    options: {},
  },
  check(analysis) {
    const preferred = analysis.compiled.plumbLine.vocabulary?.preferred ?? [];
    const terms = analysis.compiled.terms;
    // Candidates, then one per range: overlapping hits keep the longest, and on the same range the shortest avoided form (so plurals keep their ending).
    const candidates: { hit: PhraseMatch; term: PlumbLineTerm; pair: PreferredTerm }[] = [];
    for (const hit of analysis.hits) {
      const term = terms[hit.termIndex];
      if (term === undefined || term.kind !== 'avoid') continue;
      const pair = preferred[term.index];
      if (pair !== undefined) candidates.push({ hit, term, pair });
    }
    candidates.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end || a.term.phrase.length - b.term.phrase.length);
    let lastEnd = -1;
    const findings: RuleFinding[] = [];
    for (const { hit, term, pair } of candidates) {
      if (hit.start < lastEnd) continue;
      lastEnd = hit.end;
      const text = casedReplacement(hit.text, term.phrase, pair.use);
      findings.push({
        message: `Use ${quote(text ?? pair.use)} instead of ${quote(hit.text)}.`,
        start: hit.start,
        end: hit.end,
        actual: hit.text,
        expected: [text ?? pair.use],
        ...(text === undefined || /[\r\n]/.test(hit.text) ? {} : { fix: { start: hit.start, end: hit.end, text } }),
      });
    }
    return findings;
  },
};

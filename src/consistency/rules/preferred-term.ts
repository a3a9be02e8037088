import { foldPhrase } from '../../text/normalize.js';
import { quote, type Rule } from '../rule.js';

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
    // Candidates, then one per range: overlapping hits keep the longest, and on the same range the shortest avoided form (so plurals keep their ending).
    const candidates = analysis.hits.flatMap((hit) => {
      const term = analysis.compiled.terms[hit.termIndex];
      const pair = term?.kind === 'avoid' ? preferred[term.index] : undefined;
      return term === undefined || pair === undefined ? [] : [{ hit, term, pair }];
    });
    candidates.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end || a.term.phrase.length - b.term.phrase.length);
    let lastEnd = -1;
    return candidates.flatMap(({ hit, term, pair }) => {
      if (hit.start < lastEnd) return [];
      lastEnd = hit.end;
      const replacement = replacementFor(hit.text, term.phrase, pair.use);
      const text = replacement === undefined ? undefined : matchCase(hit.text, replacement);
      return [
        {
          message: `Use ${quote(text ?? pair.use)} instead of ${quote(hit.text)}.`,
          start: hit.start,
          end: hit.end,
          actual: hit.text,
          expected: [text ?? pair.use],
          ...(text === undefined || /[\r\n]/.test(hit.text) ? {} : { fix: { start: hit.start, end: hit.end, text } }),
        },
      ];
    });
  },
};

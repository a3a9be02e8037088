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

/** Whether a match runs over a line break (its fix would have to keep it). */
function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r');
}

/** What a preferred-term diagnostic says about one text matched for one avoided term. */
interface Advice {
  /** The matched text (one string shared by every diagnostic about it). */
  readonly actual: string;
  /** The replacement in the match's case style, or undefined when no safe one exists. */
  readonly text: string | undefined;
  /** The replacement when it is safe to apply without a human: a known ending, and no line break in the match to keep. */
  readonly fix: string | undefined;
  readonly message: string;
  /** Frozen, so every diagnostic about this text can share it. */
  readonly expected: readonly string[];
}

/**
 * Per avoided term, per text matched, the advice. The same terms recur across stories, so the
 * replacement, message and expected list are worked out once and shared by their diagnostics:
 * most of a report is these, and sharing them keeps a large report small.
 */
const adviceCache = new WeakMap<PlumbLineTerm, Map<string, Advice>>();

function adviceFor(matched: string, term: PlumbLineTerm, use: string): Advice {
  let byText = adviceCache.get(term);
  if (byText === undefined) {
    byText = new Map();
    adviceCache.set(term, byText);
  }
  let advice = byText.get(matched);
  if (advice === undefined) {
    const replacement = replacementFor(matched, term.phrase, use);
    const text = replacement === undefined ? undefined : matchCase(matched, replacement);
    const preferred = text ?? use;
    advice = {
      actual: matched,
      text,
      fix: text !== undefined && !hasLineBreak(matched) ? text : undefined,
      message: `Use ${quote(preferred)} instead of ${quote(matched)}.`,
      expected: Object.freeze([preferred]),
    };
    if (byText.size >= 1024) byText.clear();
    byText.set(matched, advice);
  }
  return advice;
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
    // An avoided term inside a term to use is that term, rightly used ("crews" in "field crews").
    const uses = analysis.hitsOf('preferred');
    // Both lists are sorted by start: walk them together, keeping the furthest end of the uses begun so far.
    const candidates: PhraseMatch[] = [];
    let next = 0;
    let furthest = -1;
    for (const hit of analysis.hitsOf('avoid')) {
      while (next < uses.length && (uses[next] as PhraseMatch).start <= hit.start) {
        furthest = Math.max(furthest, (uses[next] as PhraseMatch).end);
        next += 1;
      }
      if (furthest < hit.end) candidates.push(hit);
    }
    const phraseLength = (hit: PhraseMatch): number => (terms[hit.termIndex] as PlumbLineTerm).phrase.length;
    candidates.sort((a, b) => a.start - b.start || b.end - a.end || phraseLength(a) - phraseLength(b));
    let lastEnd = -1;
    const findings: RuleFinding[] = [];
    for (const hit of candidates) {
      if (hit.start < lastEnd) continue;
      const term = terms[hit.termIndex] as PlumbLineTerm;
      const pair = preferred[term.index];
      if (pair === undefined) continue;
      lastEnd = hit.end;
      const advice = adviceFor(hit.text, term, pair.use);
      const finding: { -readonly [Key in keyof RuleFinding]: RuleFinding[Key] } = {
        message: advice.message,
        start: hit.start,
        end: hit.end,
        actual: advice.actual,
        expected: advice.expected,
      };
      // A fix only where it is safe: a known ending, and no line break inside the match to keep.
      if (advice.fix !== undefined) finding.fix = { start: hit.start, end: hit.end, text: advice.fix };
      findings.push(finding);
    }
    return findings;
  },
};

import type { PhraseMatch } from '../../text/phrase-matcher.js';
import { foldPhrase } from '../../text/normalize.js';
import type { PlumbLineTerm } from '../compile-plumb-line.js';
import { perTermAndText, quote, type Rule, type RuleFinding } from '../rule.js';

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

/** Works out the advice for `matched`, a match of the avoided term `term` whose preferred term is `use`. */
function makeAdvice(matched: string, term: PlumbLineTerm, use: string): Advice {
  const replacement = replacementFor(matched, term.phrase, use);
  const text = replacement === undefined ? undefined : matchCase(matched, replacement);
  const preferred = text ?? use;
  return {
    actual: matched,
    text,
    fix: text !== undefined && !hasLineBreak(matched) ? text : undefined,
    message: `Use ${quote(preferred)} instead of ${quote(matched)}.`,
    expected: Object.freeze([preferred]),
  };
}

function adviceFor(matched: string, term: PlumbLineTerm, use: string): Advice {
  return perTermAndText(adviceCache, term, matched, makeAdvice, use);
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
    // Hits come sorted by start, longest first. One per range: overlapping hits keep the longest, and on
    // the same range the shortest avoided form (so plurals keep their ending). An avoided term inside a
    // term to use is that term, rightly used ("crews" in "field crews"): both lists are sorted by start,
    // so they are walked together, keeping the furthest end of the uses begun so far.
    const avoided = analysis.hitsOf('avoid');
    const uses = analysis.hitsOf('preferred');
    let nextUse = 0;
    let furthestUse = -1;
    let lastEnd = -1;
    const findings: RuleFinding[] = [];
    let at = 0;
    while (at < avoided.length) {
      const first = avoided[at] as PhraseMatch;
      let best: PhraseMatch | undefined;
      let bestLength = Number.POSITIVE_INFINITY;
      for (; at < avoided.length; at += 1) {
        const hit = avoided[at] as PhraseMatch;
        if (hit.start !== first.start || hit.end !== first.end) break;
        // Uses that begin before the hit are consumed; one that begins with it must end past it: a use
        // over the very same text is the avoided term itself (`point of sales` avoided, `point of sale` used).
        while (nextUse < uses.length && (uses[nextUse] as PhraseMatch).start < hit.start) {
          furthestUse = Math.max(furthestUse, (uses[nextUse] as PhraseMatch).end);
          nextUse += 1;
        }
        let spared = furthestUse >= hit.end;
        for (let next = nextUse; !spared && next < uses.length && (uses[next] as PhraseMatch).start === hit.start; next += 1) {
          spared = (uses[next] as PhraseMatch).end > hit.end;
        }
        const length = (terms[hit.termIndex] as PlumbLineTerm).phrase.length;
        if (!spared && length < bestLength) {
          best = hit;
          bestLength = length;
        }
      }
      if (best === undefined || best.start < lastEnd) continue;
      const term = terms[best.termIndex] as PlumbLineTerm;
      const pair = preferred[term.index];
      if (pair === undefined) continue;
      lastEnd = best.end;
      const advice = adviceFor(best.text, term, pair.use);
      // A fix only where it is safe: a known ending, and no line break inside the match to keep.
      findings.push(
        advice.fix === undefined
          ? { message: advice.message, start: best.start, end: best.end, actual: advice.actual, expected: advice.expected }
          : { message: advice.message, start: best.start, end: best.end, actual: advice.actual, expected: advice.expected, fix: { start: best.start, end: best.end, text: advice.fix } },
      );
    }
    return findings;
  },
};

import { findSentence } from '../../text/sentences.js';
import type { PlumbLineTerm } from '../compile-plumb-line.js';
import { perTermAndText, quote, type Rule, type RuleFinding } from '../rule.js';

const LEADING = ' \t\r\n*_"\'“‘([';

/** Whether only emphasis, quotes or brackets stand between the sentence start and `offset`. */
function atSentenceStart(analysis: Parameters<NonNullable<Rule['check']>>[0], offset: number): boolean {
  const sentence = findSentence(analysis.sentences, offset);
  if (sentence === undefined) return false;
  let at = offset;
  while (at > sentence.start && LEADING.includes(analysis.body[at - 1] as string)) at -= 1;
  return at === sentence.start;
}

/** The canonical name with the white space the story used between its words, or undefined when the words do not line up. */
function respell(matched: string, canonical: string): string | undefined {
  const gaps = matched.match(/\s+/g) ?? [];
  const words = canonical.split(/\s+/);
  if (words.length !== gaps.length + 1) return undefined;
  return words.map((word, index) => `${word}${gaps[index] ?? ''}`).join('');
}

/** How one text written for a name is respelled: worked out once per name and text (they recur across stories). */
interface Spelling {
  readonly canonical: string;
  /** The canonical name with the story's own white space between its words. */
  readonly spelled: string;
  /** `spelled` with a capital first letter, for the start of a sentence. */
  readonly capitalised: string;
  readonly message: string;
  /** Frozen: shared by every diagnostic about this text. */
  readonly expected: readonly string[];
}

const spellings = new WeakMap<PlumbLineTerm, Map<string, Spelling | null>>();

/** The respelling of `matched` for the name `canonical` (its term `term`), or undefined when it is written canonically already. */
function spellingFor(matched: string, term: PlumbLineTerm, canonical: string): Spelling | undefined {
  return perTermAndText(spellings, term, matched, makeSpelling, canonical) ?? undefined;
}

/**
 * A spelling as it reads: canonically composed (`e` + combining acute is `é`), and any apostrophe
 * as `'`. Two texts that read the same are the same spelling: the rule is about letter case, and
 * a fix between them would change nothing a reader sees.
 */
function asRead(text: string): string {
  return text.normalize('NFC').replace(/[\u2018\u2019\u02bc]/gu, "'");
}

/** Works out the respelling of `matched` for the name `canonical`, or null when it is written so already. */
function makeSpelling(matched: string, _term: PlumbLineTerm, canonical: string): Spelling | null {
  const spelled = respell(matched, canonical) ?? canonical;
  return asRead(matched) === asRead(spelled)
    ? null
    : {
        canonical,
        spelled,
        capitalised: spelled.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase()),
        message: `Write ${quote(matched)} as ${quote(canonical)}, the name's canonical spelling.`,
        expected: Object.freeze([canonical]),
      };
}

/** brand-spelling: a company or product name written with other than its canonical spelling. */
export const brandSpelling: Rule = {
  meta: {
    id: 'brand-spelling',
    description: 'Company and product names are written exactly as the plumb line spells them.',
    defaultSeverity: 'warning',
    docs: 'Write the name as the plumb line spells it (a safe fix is attached). See docs/consistency.md#brand-spelling',
    options: {},
  },
  check(analysis) {
    const names = analysis.compiled.plumbLine.vocabulary?.names ?? [];
    const terms = analysis.compiled.terms;
    // Hits come sorted by start, longest first: on any overlap the longest name wins ("Trackpro Edge" is
    // one name, not "Trackpro" plus "Edge").
    const hits = analysis.hitsOf('name');
    let lastEnd = -1;
    const findings: RuleFinding[] = [];
    for (const hit of hits) {
      if (hit.start < lastEnd) continue;
      lastEnd = hit.end;
      const term = terms[hit.termIndex] as PlumbLineTerm;
      const spelling = spellingFor(hit.text, term, names[term.index] ?? '');
      if (spelling === undefined) continue;
      const { canonical, spelled, capitalised } = spelling;
      const startsSentence = capitalised !== spelled && atSentenceStart(analysis, hit.start);
      if (startsSentence && asRead(hit.text) === asRead(capitalised)) continue;
      // A capital the writer put at a sentence start stays in the fix (`FIELDKIT logs` → `Fieldkit logs`), as textlint-rule-terminology does.
      const text = startsSentence && /^\p{Lu}/u.test(hit.text) ? capitalised : spelled;
      findings.push({
        message:
          text === spelled
            ? spelling.message
            : `Write ${quote(hit.text)} as ${quote(text)}: the name's canonical spelling ${quote(canonical)}, capitalised to start the sentence.`,
        start: hit.start,
        end: hit.end,
        actual: hit.text,
        expected: spelling.expected,
        fix: { start: hit.start, end: hit.end, text },
      });
    }
    return findings;
  },
};

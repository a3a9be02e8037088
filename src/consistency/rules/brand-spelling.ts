import { findSentence } from '../../text/sentences.js';
import { quote, type Rule } from '../rule.js';

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
    // Longest name first on any overlap: "Trackpro Edge" is one name, not "Trackpro" plus "Edge".
    const hits = analysis.hits
      .filter((hit) => analysis.compiled.terms[hit.termIndex]?.kind === 'name')
      .sort((a, b) => a.start - b.start || b.end - a.end);
    let lastEnd = -1;
    return hits.flatMap((hit) => {
      if (hit.start < lastEnd) return [];
      lastEnd = hit.end;
      const canonical = names[analysis.compiled.terms[hit.termIndex]?.index ?? -1] ?? '';
      const spelled = respell(hit.text, canonical) ?? canonical;
      if (hit.text === spelled) return [];
      const capitalised = spelled.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
      const startsSentence = capitalised !== spelled && atSentenceStart(analysis, hit.start);
      if (startsSentence && hit.text === capitalised) return [];
      // A capital the writer put at a sentence start stays in the fix (`FIELDKIT logs` → `Fieldkit logs`), as textlint-rule-terminology does.
      const text = startsSentence && /^\p{Lu}/u.test(hit.text) ? capitalised : spelled;
      return [
        {
          message:
            text === spelled
              ? `Write ${quote(hit.text)} as ${quote(canonical)}, the name's canonical spelling.`
              : `Write ${quote(hit.text)} as ${quote(text)}: the name's canonical spelling ${quote(canonical)}, capitalised to start the sentence.`,
          start: hit.start,
          end: hit.end,
          actual: hit.text,
          expected: [canonical],
          fix: { start: hit.start, end: hit.end, text },
        },
      ];
    });
  },
};

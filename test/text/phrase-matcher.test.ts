import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/text/line-index.js';
import { foldText } from '../../src/text/normalize.js';
import { compileMatcher, termForms, type PhraseTerm } from '../../src/text/phrase-matcher.js';
import { errorOf } from '../support.js';

/** The matched texts of one scan, in order. */
const found = (terms: readonly PhraseTerm[], text: string): string[] => compileMatcher(terms).scan(text).map((match) => match.text);
const term = (phrase: string, inflect = false): PhraseTerm => ({ id: phrase, phrase, inflect });


describe('compileMatcher: literal phrases', () => {
  it('matches regular expression metacharacters as themselves', () => {
    const terms = ['C++', '.NET', 'e-mail', '(beta)', '[a-z]*', 'a|b', '^x$', '\\d+'].map((phrase) => term(phrase));
    const text = 'C++, ASP.NET and e-mail (beta) [a-z]* a|b ^x$ \\d+ but not CCC, xNET, email, beta, abc, a, 123.';
    expect(found(terms, text)).toEqual(['C++', '.NET', 'e-mail', '(beta)', '[a-z]*', 'a|b', '^x$', '\\d+']);
  });

  it('is case-insensitive and Unicode-aware', () => {
    expect(found([term('GitHub')], 'GITHUB github GitHub ＧｉｔＨｕｂ')).toEqual(['GITHUB', 'github', 'GitHub', 'ＧｉｔＨｕｂ']);
    expect(found([term('Straße')], 'STRASSE strasse')).toEqual(['STRASSE', 'strasse']);
    expect(found([term('Ελλάδα')], 'ΕΛΛΆΔΑ ελλάδα')).toEqual(['ΕΛΛΆΔΑ', 'ελλάδα']);
    expect(found([term('file')], 'a ﬁle')).toEqual(['ﬁle']);
  });

  it('matches NFD text with an NFC term and the reverse', () => {
    expect(found([term('café')], 'Le cafe\u0301 est')).toEqual(['cafe\u0301']);
    expect(found([term('cafe\u0301')], 'Le café est')).toEqual(['café']);
    expect(found([term('cafe')], 'Le café est')).toEqual([]);
  });

  it('lets any run of white space or a line break match one space, and normalises the phrase', () => {
    expect(found([term('open source')], 'open\n  source, open\r\n\tsource, open\u00a0source')).toEqual([
      'open\n  source',
      'open\r\n\tsource',
      'open\u00a0source',
    ]);
    expect(found([term('  open \n source  ')], 'open source')).toEqual(['open source']);
    expect(found([term('open source')], 'opensource')).toEqual([]);
  });
});

describe('compileMatcher: word boundaries', () => {
  const github = [term('github')];

  it('does not match inside a word, a hyphenated compound, a file name or an address', () => {
    for (const text of ['githubish', 'ungithub', 'github-action', 'my-github.txt', 'my_github', 'me@github.com', 'github.com', 'github2']) {
      expect(found(github, text), text).toEqual([]);
    }
    expect(found([term('yaml')], 'notes.yaml')).toEqual([]);
    expect(found([term('notes')], 'notes.yaml')).toEqual([]);
  });

  it('matches next to punctuation that does not join words', () => {
    expect(found(github, 'GitHub. (GitHub) "GitHub", **GitHub** _GitHub_ -GitHub #GitHub GitHub/GitLab')).toHaveLength(8);
    expect(found(github, 'Use github.')).toEqual(['github']);
    expect(found(github, 'github - action')).toEqual(['github']);
  });

  it('lets a possessive through without inflections, as the plain name', () => {
    expect(found(github, "GitHub's API")).toEqual(['GitHub']);
    expect(found(github, 'GitHub’s API')).toEqual(['GitHub']);
    expect(found(github, 'GitHubs')).toEqual([]);
  });

  it('needs nothing from the neighbour of a term that starts or ends with punctuation', () => {
    expect(found([term('.NET')], 'ASP.NET, .NET-based')).toEqual(['.NET']);
    expect(found([term('(beta)')], 'feature(beta)')).toEqual(['(beta)']);
    expect(found([term('C++')], 'C++11 and C++')).toEqual(['C++', 'C++']);
    expect(found([term('C++')], 'xC++')).toEqual([]); // its first character, C, is a letter
  });

  it('assumes a boundary in scripts written without spaces', () => {
    expect(found([term('東京')], '東京都に住む')).toEqual(['東京']);
    expect(found(github, 'GitHubを使う')).toEqual(['GitHub']);
    expect(found([term('москва')], 'Москвабад Москва')).toEqual(['Москва']);
  });

  it('never splits a folded segment: a term cannot match part of a ligature or of a letter with its mark', () => {
    expect(found([term('i')], 'ﬁ')).toEqual([]);
    expect(found([term('1)')], '⑴')).toEqual([]);
    expect(found([term('e')], 'e\u0301')).toEqual([]);
  });
});

describe('compileMatcher: inflections', () => {
  it('matches plural and possessive forms of single words when asked', () => {
    const terms = [term('GitHub', true)];
    expect(found(terms, "GitHubs GitHub's GitHub’s GitHubs' githubish")).toEqual(['GitHubs', "GitHub's", 'GitHub’s', "GitHubs'"]);
    expect(found([term('company', true)], "companies, company's, companies', Companies")).toEqual([
      'companies',
      "company's",
      "companies'",
      'Companies',
    ]);
    expect(found([term('box', true)], 'boxes boxs')).toEqual(['boxes']);
    expect(found([term('key', true)], 'keys keies')).toEqual(['keys']);
    expect(found([term('Kubernetes', true)], "Kubernetes' Kubernetes's")).toEqual(["Kubernetes'", "Kubernetes's"]);
  });

  it('lists the forms by the documented rules', () => {
    expect(termForms('company', true)).toEqual(['company', "company's", 'companies', "companies'"]);
    expect(termForms('hero', true)).toEqual(['hero', "hero's", 'heros', "heros'", 'heroes', "heroes'"]);
    expect(termForms('bus', true)).toEqual(['bus', "bus's", "bus'", 'buses', "buses'"]);
    expect(termForms('match', true)).toEqual(['match', "match's", 'matches', "matches'"]);
    expect(termForms('day', true)).toEqual(['day', "day's", 'days', "days'"]);
    expect(termForms('github', false)).toEqual(['github']);
  });

  it('does not inflect phrases of several words or terms that end in a non-letter', () => {
    expect(termForms('open source', true)).toEqual(['open source']);
    expect(termForms('c++', true)).toEqual(['c++']);
    expect(termForms('東京', true)).toEqual(['東京']);
    expect(found([term('open source', true)], 'open sources')).toEqual([]);
  });

  it('prefers the longest form at a position', () => {
    const matches = compileMatcher([term('github', true)]).scan("GitHubs' repos");
    expect(matches).toEqual([{ termIndex: 0, id: 'github', start: 0, end: 8, text: "GitHubs'" }]);
  });
});

describe('compileMatcher: several terms', () => {
  it('returns every term at the same position, and overlapping hits of different terms', () => {
    const matcher = compileMatcher([
      { id: 'brand', phrase: 'GitHub' },
      { id: 'theme', phrase: 'github', inflect: true },
      { id: 'a', phrase: 'open source' },
      { id: 'b', phrase: 'source code' },
    ]);
    expect(matcher.scan("GitHub's open source code").map(({ id, start, end }) => [id, start, end])).toEqual([
      ['theme', 0, 8],
      ['brand', 0, 6],
      ['a', 9, 20],
      ['b', 14, 25],
    ]);
  });

  it('keeps one term leftmost-longest and non-overlapping', () => {
    expect(compileMatcher([term('((')]).scan('((((( ').map((match) => match.start)).toEqual([0, 2]);
    expect(compileMatcher([term('a a')]).scan('a a a a a').map((match) => match.start)).toEqual([0, 4]);
  });

  it('reports the same phrase twice under two ids, and a term listed twice twice', () => {
    const matches = compileMatcher([
      { id: 'x', phrase: 'Plumbline' },
      { id: 'y', phrase: 'PLUMBLINE' },
      { id: 'x', phrase: 'Plumbline' },
    ]).scan('plumbline');
    expect(matches.map((match) => [match.termIndex, match.id])).toEqual([
      [0, 'x'],
      [1, 'y'],
      [2, 'x'],
    ]);
  });

  it('scans with no terms, and an empty text', () => {
    expect(compileMatcher([]).scan('anything')).toEqual([]);
    expect(compileMatcher([term('x')]).scan('')).toEqual([]);
  });

  it('shares one fold between matchers with scanFolded', () => {
    const text = 'GitHub and .NET';
    const folded = foldText(text);
    expect(compileMatcher([term('github')]).scanFolded(text, folded)).toEqual(compileMatcher([term('github')]).scan(text));
    expect(compileMatcher([term('.net')]).scanFolded(text, folded)[0]?.text).toBe('.NET');
  });

  it('gives the same answers with the sparse automaton as with the dense one', () => {
    const terms = [term('github', true), term('C++'), term('open source'), term('a'), term('aa'), term('aaa')];
    const text = "GitHubs' C++ open\nsource a aa aaa aaaa";
    expect(compileMatcher(terms, { denseLimit: 0 }).scan(text)).toEqual(compileMatcher(terms).scan(text));
  });
});

describe('compileMatcher: positions', () => {
  it('points into the original text after emoji, NFD letters and CRLF, on any line', () => {
    const text = '👍 Cafe\u0301 ﬁne\r\nWe ❤️ GitHub’s\r\n  open\r\n source';
    const matches = compileMatcher([term('github', true), term('café'), term('fine'), term('open source')]).scan(text);
    const lines = lineIndex(text);
    expect(matches.map((match) => [match.text, text.slice(match.start, match.end), lines.position(match.start), lines.position(match.end)])).toEqual([
      ['Cafe\u0301', 'Cafe\u0301', { line: 1, column: 4 }, { line: 1, column: 9 }],
      ['ﬁne', 'ﬁne', { line: 1, column: 10 }, { line: 1, column: 13 }],
      ['GitHub’s', 'GitHub’s', { line: 2, column: 7 }, { line: 2, column: 15 }],
      ['open\r\n source', 'open\r\n source', { line: 3, column: 3 }, { line: 4, column: 8 }],
    ]);
  });
});

describe('compileMatcher: bad input', () => {
  it('rejects a list that is not an array, a term without an id, and an empty phrase', () => {
    expect(errorOf(() => compileMatcher('github' as never)).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => compileMatcher([{ phrase: 'x' } as never])).message).toContain('terms[0]');
    expect(errorOf(() => compileMatcher([term('ok'), { id: 'x', phrase: 3 } as never])).message).toContain('terms[1].phrase');
    expect(errorOf(() => compileMatcher([term(' \n ')])).message).toContain('visible character');
    expect(errorOf(() => compileMatcher([term('\u00ad')])).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => compileMatcher([term('x')]).scan(3 as never)).code).toBe('INVALID_ARGUMENT');
  });

  it('does not mutate the terms', () => {
    const terms = Object.freeze([Object.freeze(term('GitHub', true))]);
    compileMatcher(terms).scan('GitHubs');
    expect(terms).toEqual([{ id: 'GitHub', phrase: 'GitHub', inflect: true }]);
  });
});

// brand-spelling replayed against its peers' own test cases (issue 4: "Vale's
// accepted vocabulary and textlint-rule-terminology do this; match their
// behaviour on their own test cases").
//
// Sources (stored public copies, read in full):
// - textlint-rule-terminology, repo sapegin/textlint-rule-terminology:
//   - src/index.test.ts @ 3f7399f48afe4623bc656357215338b026e3a7bf (the current suite: tester.run valid/invalid
//     cases and the unit tests of its matching helpers);
//   - test.js @ 18cfb94c3eb4de7506a318ee6cbc701236f83388 (the older suite; its one case not in the current
//     suite, `Filetype.md`, is listed out of scope below; the rest are the same cases with older messages);
//   - terms.jsonc @ 01532eb0d2642f9e8664111fd7e868896c75eb25 (its default terms, used as the name list where
//     the peer's tests run with the defaults) and src/index.ts (how its reporter builds the fix).
// - Vale, repo errata-ai/vale:
//   - testdata/features/misc.feature @ 7d65b44fc4f6c47b0dcda65587f755b0e03b1fc4, scenarios "Vocab" and
//     "Multiple Vocabs" (expected `file:line:column:Vale.Terms:Use 'X' instead of 'Y'.` lines);
//   - testdata/fixtures/vocab/Basic/test.md and testdata/fixtures/vocab/styles/Vocab/Basic/accept.txt
//     @ 5d155897f708071dbbe468754b454ca22affb8af (the versions with the lines misc.feature expects, up to `plug`);
//   - testdata/fixtures/vocab/Multi/test.md and testdata/fixtures/vocab/styles/config/vocabularies/Second/accept.txt
//     @ 341348c551a3200987760506d6ae337353abda2e, testdata/fixtures/vocab/Multi/.vale.ini @ 68b8bf6;
//   - internal/check/substitution_test.go @ c9df30f88ff7aa208ae3af8472ae2a693625e5a7 (TestIsDeterministic, run
//     on a Vale.Terms rule);
//   - testdata/features/fragments.feature @ 54c121e, testdata/fixtures/fragments/.vale.ini, test.py and test.go
//     @ 68b8bf6 (the one other scenario that loads an accept.txt with Vale.Terms on: it expects no Vale.Terms alert);
//   - internal/check/manager.go (loadVocabRules: Vale.Terms swaps `lower(term) -> term` for every phrase-like
//     accepted term; a later vocabulary's entry replaces an earlier one's with the same lower-case form).
//
// How a case is replayed: the peer's text is a story body; the peer's term list (its literal entries) is
// `vocabulary.names`; the peer's expected hits are compared with brand-spelling's diagnostics (the text found,
// its fix, and for Vale its line:column), and the peer's `output` with the body after applying the fixes.
// Unit tests of textlint-rule-terminology's matching regular expressions assert only *that* the (case-
// insensitive) term is found; brand-spelling reports only other casings, so those are replayed with the names
// written in capitals (`JAVASCRIPT`, `WEBPACK`): a match then shows as a diagnostic on exactly the text the
// peer's regex matched, and no match shows as none.
//
// Deliberate differences from a peer, each from the issue text, are marked DIFFERS below:
// - A name whose canonical form starts lower case may be capitalised at the start of a sentence: Vale flags
//   `Definately` at a line start (Use 'definately'); we accept it (as textlint-rule-terminology does).
// Difference found and fixed (src/consistency/rules/brand-spelling.ts): at a sentence start, a mis-cased name that
// the writer began with a capital was fixed to the lower-case canonical form (`Pizza` -> `piZZa`, lower-casing the
// sentence start); textlint-rule-terminology's reporter capitalises the replacement there (`PiZZa`), the form both
// accept. The fix now keeps that capital; `expected` still names the canonical spelling. (Vale has no sentence-start
// rule and would suggest the canonical form as is, but none of its tests asserts a suggestion at a sentence start.)
//
// Configuration mapped, not a behaviour difference: both peers layer term lists (textlint-rule-terminology puts the
// user's `terms` before its defaults and the first match wins; Vale merges `Vocab = Basic, Second` and the later
// vocabulary's casing replaces the earlier's). `vocabulary.names` is one list in which the first listed casing of
// a name wins, so the overriding layer is listed first: the user's terms before the defaults, Second before Basic.
//
// OUT OF SCOPE (not a case-only respelling of a literal name, or not checkable by a story rule), none dropped silently:
// textlint-rule-terminology, src/index.test.ts:
// - getTerms: "should load default terms", "should load user terms", "should append user terms to defaults",
//   "should load user terms from a file", "should remove the excluded terms", "should remove the excluded terms
//   (defined as Array)": loading and filtering the peer's own option formats (defaults, files, `exclude`); our
//   names come from the plumb line, with no default list and no exclusions.
// - getAdvancedRegExp "should return an exact match regexp" (`bug[- ]fix(es)?` matches `bug-fix`), "should return
//   regexp as is if it has look behinds / positive look ahead / negative look ahead" (`base64` patterns): user
//   regular expressions; our terms are literal phrases, never regular expressions (issue 4, Text handling). Their
//   intent (a lower-case name allowed capitalised only at a sentence start) is built in and replayed through
//   `Webpack is good` and `My Internet is good`.
// - getReplacement "should return a replacement for a pattern" (`bug[- ]fix(es?)` + `bugfix$1` on `bug-fixes`):
//   regex replacement with a capture group.
// - invalid "Singular" (`My bug-fix is good` -> `My bugfix is good`), "Plural" (`My bug-fixes are good` -> `My
//   bugfixes are good`), "Several words, keep suffix" (`Write change logs about source-maps` -> `Write changelogs
//   about source maps`): replacing one spelling by another (a hyphen or space removed or added), which is
//   preferred-term's job, not a casing of a name.
// - The brief wondered about a `JavaScripts` replacement: no such case exists in either suite.
// textlint-rule-terminology, test.js (older suite):
// - valid `Filetype.md` ("Should not warn about file names"): the term is the regex `file-?type(s)?` -> `file
//   type` (a respelling with a space, not a casing). The file-name rule it guards is replayed with names below
//   (`javascript.md`, `foo.yaml`, `foo-yaml.txt`, ...).
// Vale:
// - misc.feature "Vocab" and "Multiple Vocabs" `test.md:3:5:Vale.Avoid:Avoid using 'Mac OS X'.`: a rejected term
//   (reject.txt, not stored), banned-phrase's job.
// - Basic accept.txt entries `[pP]y.*\b` and `(?i)GitHub`: regular expressions. Vale's loadVocabRules keeps only
//   phrase-like entries for Vale.Terms, and `(?i)` opts a term out of case checks; so Vale reports nothing on
//   `Pyyaml`, `Pyjson` and `Github`, and nor do we (neither is in the name list).
// - Multi/.vale.ini `TokenIgnores = ((?:\w+-)+\w+)`: a user regex of tokens to skip; no expected line depends on it
//   (`ac-sshkey-add` holds no name).
// - An older config.feature scenario "Local overrides + projects" (`test.md:5:6:Vale.Terms:Use 'Vale' instead of
//   'vale'.`, `test.md:5:26:Vale.Terms:Use 'JavaScript' instead of 'Javascript'.`): its fixture text and vocabulary
//   (testdata/fixtures/misc/filesystem/projects) are not stored, so the case cannot be replayed; the current
//   config.feature no longer has it.
// - fragments.feature on test2.py (not stored), test.rs, test.rb, test.cc and test.js (Vale.Terms is not enabled
//   for them by fragments/.vale.ini); source-code comment extraction is not a story feature.
// - testdata/styles/Vocab/Cap, config/vocabularies/Cap and Rep accept.txt: vocabularies used as exceptions of the
//   Capitalization and Repetition checks; no Vale.Terms expectation reads them.
import { describe, expect, it } from 'vitest';
import { checkStory, type Diagnostic, type PlumbLine } from '@plumbline/core';
import { marketing } from './helpers.js';

interface Hit {
  readonly actual: string | undefined;
  readonly fix: string | undefined;
}

function brandSpelling(names: readonly string[], body: string): Diagnostic[] {
  const plumbLine: PlumbLine = {
    id: 'peers',
    company: 'Peers',
    statement: 'Peers replayed.',
    themes: [{ id: 't', label: 'T', terms: ['qqqq'] }],
    vocabulary: { names: [...names] },
  };
  return checkStory(plumbLine, marketing(body)).filter((d) => d.ruleId === 'brand-spelling');
}

const hits = (names: readonly string[], body: string): Hit[] => brandSpelling(names, body).map((d) => ({ actual: d.actual, fix: d.fix?.text }));

/** The body with every fix applied (textlint-tester's `output`). */
function fixed(names: readonly string[], body: string): string {
  let out = body;
  for (const d of [...brandSpelling(names, body)].sort((a, b) => (b.fix?.start ?? 0) - (a.fix?.start ?? 0))) {
    if (d.fix !== undefined) out = `${out.slice(0, d.fix.start)}${d.fix.text}${out.slice(d.fix.end)}`;
  }
  return out;
}

/** What the peer's regex matched, seen through brand-spelling with the names in capitals (see the header). */
const found = (names: readonly string[], body: string): (string | undefined)[] =>
  brandSpelling(
    names.map((name) => name.toUpperCase()),
    body,
  ).map((d) => d.actual);

/** Vale's line format: `line:column:Use 'expected' instead of 'actual'.` */
const valeLines = (names: readonly string[], body: string): string[] =>
  brandSpelling(names, body).map((d) => `${d.line}:${d.column}:Use '${d.fix?.text}' instead of '${d.actual}'.`);

// ---------------------------------------------------------------------------------------------------------------
// textlint-rule-terminology
// ---------------------------------------------------------------------------------------------------------------

/**
 * sapegin/textlint-rule-terminology terms.jsonc: every plain-string (exact word) default term, in order. Then the
 * literal names behind its case-only regex terms that the test cases exercise: `(?<=(?:\w+[^.?!])? )internet\b(?!
 * explorer)` -> `internet` (its `(?! explorer)` written as the longer name `Internet Explorer`, which wins over
 * `internet` where both match), `(?<=…)webpack\b` -> `webpack`, `\bHTTP(?!:)` -> `HTTP`.
 */
const TERMINOLOGY_DEFAULTS = [
  'Airbnb', 'AirPods', 'Android', 'AppleScript', 'AppVeyor', 'AVA', 'BrowserStack', 'Browsersync', 'Codecov', 'CodePen',
  'CodeSandbox', 'CoffeeScript', 'DefinitelyTyped', 'EditorConfig', 'Electron', 'ESLint', 'Git', 'GitHub', 'GraphiQL',
  'GraphQL', 'Homebrew', 'IndexedDB', 'iOS', 'iPad', 'iPadOS', 'iPhone', 'JavaScript', 'Jest', 'JetBrains', 'Jira',
  'jQuery', 'LaTeX', 'LinkedIn', 'Lodash', 'MacBook', 'Markdown', 'MySQL', 'OpenType', 'PayPal', 'PhpStorm',
  'PlayStation', 'RubyMine', 'SaaS', 'Sass', 'SemVer', 'tvOS', 'TypeScript', 'UglifyJS', 'Unicode', 'Unix', 'Wasm',
  'watchOS', 'WebAssembly', 'WebStorm', 'WordPress', 'Xcode', 'Yarn', 'YouTube', 'Zsh', 'ECMAScript', '3D', 'Ajax',
  'API', 'CDN', 'CORS', 'CSS', 'DNS', 'DOM', 'GIF', 'GUI', 'HTML', 'IDE', 'IoT', 'I/O', 'JPEG', 'MIME', 'OK', 'PaaS',
  'PDF', 'PNG', 'SaaS', 'URI', 'URIs', 'URL', 'RESTful', 'RSS', 'SDK', 'SSH', 'WYSIWYG', 'XML', 'YAML', 'ZIP',
  'McKenzie', 'McConnell', 'ID',
  'Internet Explorer', 'internet', 'webpack', 'HTTP',
];

describe('textlint-rule-terminology src/index.test.ts: tester.run with the default terms', () => {
  // sapegin/textlint-rule-terminology src/index.test.ts, `tester.run('textlint-rule-terminology', rule, { valid })`:
  // each text reports no error.
  it.each([
    { text: 'My JavaScript is good', peer: 'valid' },
    { text: 'My `javascript` is good', peer: 'valid: "Should skip code examples"' },
    { text: 'My [code](http://example.com/javascript) is good', peer: 'valid: "Should skip URLs"' },
    { text: 'Webpack is good', peer: 'valid: "Should keep a capital letter at the beginning of a sentense"' },
    { text: 'Your javascriptish code', peer: 'valid: "Should not warn when incorrect term is used as a part of another word"' },
    { text: 'javascriptish', peer: 'valid: part of another word' },
    { text: 'Your uberjavascript code', peer: 'valid: part of another word' },
    { text: 'uberjavascript', peer: 'valid: part of another word' },
    { text: 'Install javascript-some-plugin here', peer: 'valid: "Should not warn when incorrect term is used as a part of a hyphenates word"' },
    { text: 'javascript-some-plugin', peer: 'valid: part of a hyphenated word' },
    { text: 'Install some-plugin-javascript here', peer: 'valid: part of a hyphenated word' },
    { text: 'some-plugin-javascript', peer: 'valid: part of a hyphenated word' },
    // The peer's `internet` regex has `(?! explorer)`; here the longer name `Internet Explorer` is listed (see TERMINOLOGY_DEFAULTS).
    { text: 'I think Internet Explorer 6 is the best browser!', peer: 'valid' },
    { text: 'We should all use XMLHttpRequest everywhere', peer: 'valid: "Should ignore `http` in the middle of a word"' },
    { text: 'foo.yaml', peer: 'valid: "Filenames with .yaml extensions are valid"' },
    { text: 'foo-yaml.txt', peer: 'valid: "Filenames with `yaml` inside are valid"' },
    { text: 'foo_yaml.txt', peer: 'valid: file name' },
    { text: 'foo-yaml-bar.txt', peer: 'valid: file name' },
    { text: 'foo_yaml_bar.txt', peer: 'valid: file name' },
    { text: 'fooyaml.txt', peer: 'valid: file name' },
    { text: 'fooyaml.txt', peer: 'valid: file name (listed twice in the peer suite)' },
  ])('$text ($peer)', ({ text }) => {
    expect(hits(TERMINOLOGY_DEFAULTS, text)).toEqual([]);
  });

  // sapegin/textlint-rule-terminology src/index.test.ts, `tester.run(…, { invalid })`: one error each, and `output`
  // is the text after the fix. (Out of scope: "Singular", "Plural", "Several words, keep suffix"; see the header.)
  it.each([
    { text: 'A Github\n', output: 'A GitHub\n', errors: [{ actual: 'Github', fix: 'GitHub' }], peer: 'invalid: “Github”, use “GitHub” (discussions/71)' },
    { text: 'My Javascript is good too', output: 'My JavaScript is good too', errors: [{ actual: 'Javascript', fix: 'JavaScript' }], peer: 'invalid "One word"' },
    { text: 'My Internet is good', output: 'My internet is good', errors: [{ actual: 'Internet', fix: 'internet' }], peer: 'invalid "One word"' },
    { text: 'My **Javascript** is good', output: 'My **JavaScript** is good', errors: [{ actual: 'Javascript', fix: 'JavaScript' }], peer: 'invalid "Keep formatting"' },
    { text: 'yaml files', output: 'YAML files', errors: [{ actual: 'yaml', fix: 'YAML' }], peer: 'invalid "yaml -> YAML"' },
  ])('$text -> $output ($peer)', ({ text, output, errors }) => {
    expect(hits(TERMINOLOGY_DEFAULTS, text)).toEqual(errors);
    expect(fixed(TERMINOLOGY_DEFAULTS, text)).toBe(output);
  });
});

describe('textlint-rule-terminology src/index.test.ts: tester.run with terms: [wordpress] and the defaults', () => {
  // The user's `wordpress` comes before the default `WordPress` (getTerms: "We prioritize user 'extras' before defaults").
  const names = ['wordpress', ...TERMINOLOGY_DEFAULTS];

  it('valid: This wordpress word is OK', () => {
    expect(hits(names, 'This wordpress word is OK')).toEqual([]);
  });

  it('invalid "Replace default": My WordPress is good too -> My wordpress is good too', () => {
    expect(hits(names, 'My WordPress is good too')).toEqual([{ actual: 'WordPress', fix: 'wordpress' }]);
    expect(fixed(names, 'My WordPress is good too')).toBe('My wordpress is good too');
  });
});

describe('textlint-rule-terminology src/index.test.ts: term lookup (findWord, getReplacement)', () => {
  // findWord(['pasta', 'piZZa', 'coffee'], 'Pizza') -> 'piZZa': the canonical name is looked up ignoring case.
  // The text is at a sentence start and starts with a capital, so the peer's reporter (src/index.ts: "Capitalize
  // word in the beginning of a sentence if the original word was capitalized") fixes it to `PiZZa`, the form
  // brand-spelling also accepts there.
  it("findWord: 'Pizza' -> 'piZZa' (fixed to 'PiZZa' at a sentence start)", () => {
    const [diagnostic] = brandSpelling(['pasta', 'piZZa', 'coffee'], 'Pizza');
    expect(diagnostic).toMatchObject({ actual: 'Pizza', expected: ['piZZa'], fix: { text: 'PiZZa' } });
    expect(diagnostic?.message).toBe('Write "Pizza" as "PiZZa": the name\'s canonical spelling "piZZa", capitalised to start the sentence.');
    expect(hits(['pasta', 'piZZa', 'coffee'], 'I like Pizza')).toEqual([{ actual: 'Pizza', fix: 'piZZa' }]);
    expect(hits(['pasta', 'piZZa', 'coffee'], 'PiZZa')).toEqual([]);
  });

  // getReplacement('JavaScript', ['npm', 'JavaScript', 'webpack'], 'Javascript') -> 'JavaScript'.
  it("getReplacement: 'Javascript' among ['npm', 'JavaScript', 'webpack'] -> 'JavaScript'", () => {
    expect(hits(['npm', 'JavaScript', 'webpack'], 'Javascript')).toEqual([{ actual: 'Javascript', fix: 'JavaScript' }]);
  });
});

describe('textlint-rule-terminology src/index.test.ts: getMultipleWordRegExp(["JavaScript", "webpack"])', () => {
  // Each row: the peer's input and what its regex matched (`exec` results in order; [] = "toBeFalsy").
  const variants = ['JavaScript', 'webpack'];
  it.each([
    { text: 'My JavaScript is good', matches: ['JavaScript'], peer: 'should match a pattern as a full word' },
    { text: 'Foo superwebpacky bar', matches: [], peer: 'should not match a pattern in the middle of a word' },
    { text: 'webpack bar', matches: ['webpack'], peer: 'should not match a pattern at the beginning of a string (asserts a match)' },
    { text: 'foo webpack', matches: ['webpack'], peer: 'should not match a pattern at the end of a string (asserts a match)' },
    { text: 'Foo webpack-ish bar', matches: [], peer: 'should not match a pattern at the beginning of a word with a hyphen' },
    { text: 'Foo uber-webpack bar', matches: [], peer: 'should not match a pattern in at the end of a word with a hyphen' },
    { text: 'Foo uber-webpack-ish bar', matches: [], peer: 'should not match a pattern in at the middle of a word with hyphens' },
    { text: 'My javascript.', matches: ['javascript'], peer: 'should match a pattern at the end of a sentence' },
    // The peer execs once and checks the first match; its regex (flag g) would find `webpack` next.
    { text: 'My javascript. My webpack.', matches: ['javascript', 'webpack'], peer: 'should match a pattern at the end of a sentence in the middle of a string' },
    { text: 'Bad Javascript. Is it bad?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad Javascript, is it bad?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad Javascript; is it bad?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad (Javascript) is it bad?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad "Javascript" is it bad?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: "Bad 'Javascript' is it bad?", matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad “Javascript” is it bad?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad ‘Javascript’ is it bad?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad "Javascript", is it bad?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad Javascript: is this true?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad Javascript!', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'Bad Javascript?', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { text: 'javascript.md', matches: [], peer: 'should not match a pattern in as a part of a file name' },
    { text: 'Javascript is good', matches: ['Javascript'], peer: 'should match a pattern regardless of its case' },
    { text: 'My JavaScript is better than your webpack', matches: ['JavaScript', 'webpack'], peer: 'should match several variants' },
  ])('$text: $matches ($peer)', ({ text, matches }) => {
    expect(found(variants, text)).toEqual(matches);
  });

  // The same non-canonical matches with the peer's own casing: brand-spelling fixes each to the listed variant.
  it.each([
    { text: 'My javascript.', actual: 'javascript' },
    { text: 'Bad Javascript. Is it bad?', actual: 'Javascript' },
    { text: 'Bad (Javascript) is it bad?', actual: 'Javascript' },
    { text: 'Bad ‘Javascript’ is it bad?', actual: 'Javascript' },
    { text: 'Javascript is good', actual: 'Javascript' },
  ])('$text: $actual fixed to JavaScript', ({ text, actual }) => {
    expect(hits(variants, text)).toEqual([{ actual, fix: 'JavaScript' }]);
  });
});

describe('textlint-rule-terminology src/index.test.ts: getExactMatchRegExp', () => {
  it.each([
    { term: 'webpack', text: 'Webpack', matches: ['Webpack'], peer: 'returned RegExp should match exact term' },
    { term: 'javascript', text: 'Javascript.', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { term: 'javascript', text: 'Javascript,', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { term: 'javascript', text: 'Javascript;', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { term: 'javascript', text: '(Javascript)', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { term: 'javascript', text: '"Javascript"', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { term: 'javascript', text: "'Javascript'", matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { term: 'javascript', text: '"Javascript",', matches: ['Javascript'], peer: 'should match a pattern regardless of punctuation' },
    { term: 'webpack', text: 'FooWebpack', matches: [], peer: 'returned RegExp should not match in the middle of the word' },
    { term: 'webpack', text: 'WebpackFoo', matches: [], peer: 'returned RegExp should not match in the middle of the word' },
    { term: 'webpack', text: 'FooWebpackFoo', matches: [], peer: 'returned RegExp should not match in the middle of the word' },
  ])('$term in $text: $matches ($peer)', ({ term, text, matches }) => {
    expect(found([term], text)).toEqual(matches);
  });

  // With the peer's own lower-case term these texts start a sentence with the name capitalised, which
  // brand-spelling accepts (and the peer's reporter accepts `Webpack` and `Javascript.` at index 0 too).
  it.each(['Webpack', 'Javascript.', 'Javascript,', 'Javascript;'])('%s with the lower-case term: accepted at a sentence start', (text) => {
    expect(hits(['webpack', 'javascript'], text)).toEqual([]);
  });
});

describe('textlint-rule-terminology src/index.test.ts: getAdvancedRegExp "should not match words inside filenames"', () => {
  // The peer's pattern `(?<![\.-])css\b` stands for the default term `CSS` outside file names.
  it.each([
    { text: 'typings.for.css.modules.loader', matches: [], peer: 'toBeFalsy' },
    { text: 'typings-for-css-modules-loader', matches: [], peer: 'toBeFalsy' },
    { text: 'typings_for_css_modules_loader', matches: [], peer: 'toBeFalsy' },
    { text: 'typings for css modules loader', matches: ['css'], peer: 'toBeTruthy' },
  ])('$text: $matches ($peer)', ({ text, matches }) => {
    expect(hits(['CSS'], text).map((hit) => hit.actual)).toEqual(matches);
  });

  it('fixes the prose match to CSS', () => {
    expect(fixed(['CSS'], 'typings for css modules loader')).toBe('typings for CSS modules loader');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Vale
// ---------------------------------------------------------------------------------------------------------------

/** errata-ai/vale testdata/fixtures/vocab/Basic/test.md @ 5d15589 (verbatim, no final line break). */
const VALE_BASIC_TEST_MD = [
  '# Intro',
  '',
  'The Mac OS X is a computer operating system.',
  '',
  "I've definately done okay.",
  '',
  "Definately -- that's a good idea.",
  '',
  'I use Pyyaml and Pyjson for my data.',
  '',
  'ac-sshkey-add',
  '',
  'documentarians',
  '',
  'I matter-of-factly said no.',
  '',
  'I use the log4j library.',
  '',
  'ABCDEf',
  '',
  'ABC-DEf',
  '',
  'plug',
  '',
  'Github',
].join('\n');

/** errata-ai/vale testdata/fixtures/vocab/Multi/test.md @ 341348c (verbatim, with its final line break). */
const VALE_MULTI_TEST_MD = `${[
  '# Intro',
  '',
  'The Mac OS X is a computer operating system.',
  '',
  "I've definately done okay.",
  '',
  "Definately -- that's a good idea.",
  '',
  'I use Pyyaml and Pyjson for my data.',
  '',
  'ac-sshkey-add',
  '',
  'documentarians',
  '',
  'Use Myproduct.',
  '',
  'Use Myproduct enterprise.',
  '',
  'Use MyProduct enterprise.',
].join('\n')}\n`;

/**
 * errata-ai/vale testdata/fixtures/vocab/styles/Vocab/Basic/accept.txt @ 5d15589, its literal entries in order
 * (left out: the comment line, and the regular expressions `[pP]y.*\b` and `(?i)GitHub`; see the header).
 */
const VALE_BASIC = ['definately', 'Documentarians', 'Log4j', 'ABCDEF', 'ABC-DEF', 'PLuG'];
/** errata-ai/vale testdata/fixtures/vocab/styles/config/vocabularies/Second/accept.txt @ 341348c. */
const VALE_SECOND = ['IDEA', 'Definately', 'MyBrand', 'MyProduct', 'MyProduct Community', 'MyProduct Enterprise'];

describe('Vale testdata/features/misc.feature Scenario: Vocab (fixtures/vocab/Basic)', () => {
  // Expected output (misc.feature @ 7d65b44), Vale.Terms lines:
  //   test.md:7:1:Vale.Terms:Use 'definately' instead of 'Definately'.        DIFFERS (issue: a lower-case name may be
  //                                                                            capitalised at a sentence start)
  //   test.md:13:1:Vale.Terms:Use 'Documentarians' instead of 'documentarians'.
  //   test.md:17:11:Vale.Terms:Use 'Log4j' instead of 'log4j'.
  //   test.md:19:1:Vale.Terms:Use 'ABCDEF' instead of 'ABCDEf'.
  //   test.md:21:1:Vale.Terms:Use 'ABC-DEF' instead of 'ABC-DEf'.
  //   test.md:23:1:Vale.Terms:Use 'PLuG' instead of 'plug'.
  // (test.md:3:5:Vale.Avoid is out of scope; `Github` on line 25 is accepted by `(?i)GitHub`: no line either.)
  it('reports the same Vale.Terms lines, except the sentence-start capital', () => {
    expect(valeLines(VALE_BASIC, VALE_BASIC_TEST_MD)).toEqual([
      "13:1:Use 'Documentarians' instead of 'documentarians'.",
      "17:11:Use 'Log4j' instead of 'log4j'.",
      "19:1:Use 'ABCDEF' instead of 'ABCDEf'.",
      "21:1:Use 'ABC-DEF' instead of 'ABC-DEf'.",
      "23:1:Use 'PLuG' instead of 'plug'.",
    ]);
  });

  it("DIFFERS: 'Definately' opening a sentence is the lower-case name capitalised, accepted; mid-sentence it is flagged", () => {
    expect(hits(VALE_BASIC, "Definately -- that's a good idea.")).toEqual([]);
    expect(hits(VALE_BASIC, 'I Definately agree.')).toEqual([{ actual: 'Definately', fix: 'definately' }]);
  });
});

describe('Vale testdata/features/misc.feature Scenario: Multiple Vocabs (fixtures/vocab/Multi, Vocab = Basic, Second)', () => {
  // Expected output (misc.feature @ 7d65b44), Vale.Terms lines:
  //   test.md:5:6:Vale.Terms:Use 'Definately' instead of 'definately'.
  //   test.md:7:29:Vale.Terms:Use 'IDEA' instead of 'idea'.
  //   test.md:13:1:Vale.Terms:Use 'Documentarians' instead of 'documentarians'.
  //   test.md:15:5:Vale.Terms:Use 'MyProduct' instead of 'Myproduct'.
  //   test.md:17:5:Vale.Terms:Use 'MyProduct Enterprise' instead of 'Myproduct enterprise'.
  //   test.md:19:5:Vale.Terms:Use 'MyProduct Enterprise' instead of 'MyProduct enterprise'.
  // (test.md:3:5:Vale.Avoid is out of scope.) Second's `Definately` replaces Basic's `definately`, so Second is listed first.
  it('reports the same Vale.Terms lines', () => {
    expect(valeLines([...VALE_SECOND, ...VALE_BASIC], VALE_MULTI_TEST_MD)).toEqual([
      "5:6:Use 'Definately' instead of 'definately'.",
      "7:29:Use 'IDEA' instead of 'idea'.",
      "13:1:Use 'Documentarians' instead of 'documentarians'.",
      "15:5:Use 'MyProduct' instead of 'Myproduct'.",
      "17:5:Use 'MyProduct Enterprise' instead of 'Myproduct enterprise'.",
      "19:5:Use 'MyProduct Enterprise' instead of 'MyProduct enterprise'.",
    ]);
  });
});

describe('Vale internal/check/substitution_test.go TestIsDeterministic (a Vale.Terms rule)', () => {
  // swap { "emnify iot supernetwork": "emnify IoT SuperNetwork", "emnify": "emnify" } on "EMnify IoT SuperNetwork":
  // expected 1 alert whose Match is "EMnify IoT SuperNetwork", on every one of 100 runs (Go map order varies).
  it.each([
    { names: ['emnify IoT SuperNetwork', 'emnify'] },
    { names: ['emnify', 'emnify IoT SuperNetwork'] },
  ])('one alert on the whole longer name, whatever the order ($names)', ({ names }) => {
    for (let run = 0; run < 100; run += 1) {
      const found = brandSpelling(names, 'EMnify IoT SuperNetwork');
      expect(found).toHaveLength(1);
      expect(found[0]?.actual).toBe('EMnify IoT SuperNetwork');
      expect(found[0]?.expected).toEqual(['emnify IoT SuperNetwork']);
    }
  });

  // Not asserted by Vale: its swap would suggest `emnify IoT SuperNetwork`. The text starts a sentence with a
  // capital, so brand-spelling's fix keeps it (as textlint-rule-terminology's reporter does), the form it accepts there.
  it('fixes to the canonical name capitalised, as it starts the sentence', () => {
    expect(hits(['emnify IoT SuperNetwork', 'emnify'], 'EMnify IoT SuperNetwork')).toEqual([
      { actual: 'EMnify IoT SuperNetwork', fix: 'Emnify IoT SuperNetwork' },
    ]);
    expect(hits(['emnify IoT SuperNetwork', 'emnify'], 'We run EMnify IoT SuperNetwork.')).toEqual([
      { actual: 'EMnify IoT SuperNetwork', fix: 'emnify IoT SuperNetwork' },
    ]);
  });
});

describe('Vale testdata/features/fragments.feature (Vocab = Base, Vale.Terms on *.go and *.py)', () => {
  // errata-ai/vale testdata/fixtures/fragments/styles/config/vocabularies/Base/accept.txt, literal entries
  // (`(?i)arg`, `pdoc(?:'s)?`, `ripgrep(?:'s)?` are regular expressions).
  const base = ['boolean', 'docstring', 'env'];
  // The expected output lists only Vale.Spelling alerts for test.go and test.py: no Vale.Terms alert. Replayed on
  // the prose of their comments and docstrings (test.py and test.go @ 68b8bf6).
  it.each([
    'this is a parap',
    'A function just for me.',
    'A mapping from some member vaiable names to their docstrings.',
    'A base class for all docmentation objects.',
    'another ducmenation string',
    'this is a parapp',
    "Package lint implments Vale's syntax-aware linting functionality.\nThe package is split into core linting logic (this file), source code\n(code.go), and markup (markup.go).",
    'Println is okay.',
    'Println formats using the default formats for its oprands and writes to\nstandard output.\n\nSpaces are always added between operands and a newline is appended.\n\nIt returns the number of bytes written and any write error encountered.',
  ])('no alert: %s', (text) => {
    expect(hits(base, text)).toEqual([]);
  });
});

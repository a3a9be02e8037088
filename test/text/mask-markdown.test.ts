import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlumblineError } from '../../src/errors.js';
import { maskMarkdown } from '../../src/text/mask-markdown.js';
import { compileMatcher } from '../../src/text/phrase-matcher.js';

/** The words left readable after masking. */
const prose = (body: string): string[] => maskMarkdown(body).split(/\s+/).filter((word) => word.length > 0);

describe('maskMarkdown: blocks', () => {
  it('masks YAML and TOML front matter at the very start', () => {
    expect(prose('---\ntitle: GitHub\ntags: [a]\n---\nHello GitHub')).toEqual(['Hello', 'GitHub']);
    expect(prose('---\ntitle: x\n...\nHello')).toEqual(['Hello']);
    expect(prose('+++\ntitle = "x"\n+++\nHello')).toEqual(['Hello']);
    expect(prose('\uFEFF---\r\ntitle: x\r\n---\r\nHello')).toEqual(['Hello']);
  });

  it('leaves an unclosed or late front matter alone', () => {
    expect(prose('---\ntitle: x')).toEqual(['---', 'title:', 'x']);
    expect(prose('Intro\n---\ntitle: x\n---')).toEqual(['Intro', '---', 'title:', 'x', '---']);
  });

  it('reads a body that opens with a --- rule as prose: front matter starts with a key or a comment', () => {
    expect(prose('---\nOur client is here.\n\n---\nMore.')).toEqual(['---', 'Our', 'client', 'is', 'here.', '---', 'More.']);
    expect(prose('---\n\nOur client: here.\n---\nMore.')).toEqual(['---', 'Our', 'client:', 'here.', '---', 'More.']);
    expect(prose('---\n# note\ntitle: x\n---\nHello')).toEqual(['Hello']);
    expect(prose('---\n"title": x\n---\nHello')).toEqual(['Hello']);
    expect(prose('---\n---\nHello')).toEqual(['Hello']);
    expect(prose('+++\n[author]\nname = "x"\n+++\nHello')).toEqual(['Hello']);
    expect(prose('+++\nJust prose.\n+++\nHello')).toEqual(['+++', 'Just', 'prose.', '+++', 'Hello']);
  });

  it('masks fenced code with info strings, tildes, longer fences, and to the end when unclosed', () => {
    expect(prose('A\n```ts title="x"\nconst github = 1;\n```\nB')).toEqual(['A', 'B']);
    expect(prose('A\n~~~\ngithub\n~~~\nB')).toEqual(['A', 'B']);
    expect(prose('A\n````\n```\ngithub\n````\nB')).toEqual(['A', 'B']);
    expect(prose('A\n```\ngithub\n~~~\nstill code')).toEqual(['A']);
    expect(prose('> ```\n> github\n> ```\nB')).toEqual(['B']);
    expect(prose('- ```\n  github\n  ```\nB')).toEqual(['B']);
  });

  it('reads a line of three backticks with more backticks after as inline code, not a fence', () => {
    expect(prose('```github``` after')).toEqual(['after']);
  });

  it('masks indented code after a blank line, but not a list continuation or a paragraph continuation', () => {
    expect(prose('Intro\n\n    github code\n\tmore code\n\n    still code\nAfter')).toEqual(['Intro', 'After']);
    expect(prose('Intro\n    not code')).toEqual(['Intro', 'not', 'code']);
    expect(prose('- item\n\n    continuation')).toEqual(['-', 'item', 'continuation']);
    expect(prose('1. item\n\n   para\n\n    deeper')).toEqual(['1.', 'item', 'para', 'deeper']);
    expect(prose('- item\n\nParagraph\n\n    code')).toEqual(['-', 'item', 'Paragraph']);
    expect(prose('    code at the start')).toEqual([]);
  });

  it('masks HTML comments, script, style and pre blocks over several lines', () => {
    expect(prose('A\n\n<!--\ngithub\n\nnotes\n-->\nB')).toEqual(['A', 'B']);
    expect(prose('<script>\nconst github = 1;\n</script>\nB')).toEqual(['B']);
    expect(prose('<style>github {}</style>\nB')).toEqual(['B']);
    expect(prose('<PRE>\ngithub\n</PRE>\nB')).toEqual(['B']);
  });

  it('masks reference definitions, not footnotes', () => {
    expect(prose('[gh]: https://github.com "GitHub"\n[^1]: GitHub footnote')).toEqual(['[^1]:', 'GitHub', 'footnote']);
  });
});

describe('maskMarkdown: inline', () => {
  it('masks code spans of any backtick run, and leaves an unmatched run', () => {
    expect(prose('Use `github` now')).toEqual(['Use', 'now']);
    expect(prose('Use `` a ` github `` now')).toEqual(['Use', 'now']);
    expect(prose('A ` lonely backtick')).toEqual(['A', '`', 'lonely', 'backtick']);
    expect(prose('A `` b ` c')).toEqual(['A', '``', 'b', '`', 'c']);
    expect(prose('`span\nover two lines` end')).toEqual(['end']);
    expect(prose('`not\n\nacross paragraphs`')).toEqual(['`not', 'across', 'paragraphs`']);
  });

  it('masks link and image destinations and titles, keeping link text and alt text', () => {
    expect(prose('See [GitHub](https://github.com "GitHub home") now')).toEqual(['See', '[GitHub]', 'now']);
    expect(prose('![GitHub logo](img/github.png) x')).toEqual(['![GitHub', 'logo]', 'x']);
    expect(prose('[a](https://x.y/(github)) b')).toEqual(['[a]', 'b']);
    expect(prose('[a](<url with spaces> \'t\') b')).toEqual(['[a]', 'b']);
    expect(prose('[a](\n  https://github.com\n  (title)) b')).toEqual(['[a]', 'b']);
    expect(prose('[GitHub][gh] and [GitHub][]')).toEqual(['[GitHub]', 'and', '[GitHub]']);
  });

  it('leaves brackets that are not links', () => {
    expect(prose('[beta] (github) x](y)')).toEqual(['[beta]', '(github)', 'x](y)']);
    expect(prose('[a](b c d) e')).toEqual(['[a](b', 'c', 'd)', 'e']);
  });

  it('masks autolinks and bare URLs without trailing punctuation', () => {
    expect(prose('<https://github.com/x> and <me@github.com>')).toEqual(['and']);
    expect(prose('See https://github.com/x/y. Or (www.github.com), ftp://github.org!')).toEqual(['See', '.', 'Or', '(', '),', '!']);
    expect(prose('Wiki https://en.wikipedia.org/wiki/Foo_(bar) end')).toEqual(['Wiki', 'end']);
    expect(prose('xhttps://github.com')).toEqual(['xhttps://github.com']);
  });

  it('masks HTML tags with their attributes and keeps the text between them', () => {
    expect(prose('<div class="github" data-x=\'>\'>GitHub</div>')).toEqual(['GitHub']);
    expect(prose('a<br/>b <img src=github.png alt="x" /> c')).toEqual(['a', 'b', 'c']);
    expect(prose('x <!-- github --> y <?php github ?> z <!DOCTYPE html> w')).toEqual(['x', 'y', 'z', 'w']);
    expect(prose('inline <script>github()</script> done')).toEqual(['inline', 'done']);
    expect(prose('1 < 2 and 3 > 2 and a <b c')).toEqual(['1', '<', '2', 'and', '3', '>', '2', 'and', 'a', '<b', 'c']);
  });

  it('masks e-mail addresses and file names, unless switched off', () => {
    expect(prose('Mail sales@github.com or a.b+c@mail.example.org.')).toEqual(['Mail', 'or', '.']);
    expect(prose('Edit notes.yaml, docs/my-github.txt and archive.tar.gz.')).toEqual(['Edit', ',', 'and', '.']);
    expect(prose('Node.js, Next.js, .NET, ASP.NET and Booking.com stay; e.g. and i.e. too')).toEqual(
      'Node.js, Next.js, .NET, ASP.NET and Booking.com stay; e.g. and i.e. too'.split(' '),
    );
    const kept = maskMarkdown('sales@github.com notes.yaml', { emails: false, fileNames: false });
    expect(kept).toBe('sales@github.com notes.yaml');
  });

  it('leaves emphasis, headings, lists, quotes, tables, escapes and entities as they are', () => {
    const body = '# GitHub\n\n> **GitHub** _is_ ~~x~~\n\n- a | b\n- \\`not code\\` AT&amp;T';
    expect(maskMarkdown(body)).toBe(body);
  });
});

describe('maskMarkdown: shape', () => {
  it('keeps the length, every line break and every unmasked character in place', () => {
    const body = '---\r\na: 1\r\n---\r\nSee `co\r\nde` 👍 [x](https://e.com)\r\n```\r\ncode 👍\r\n```\rend';
    const masked = maskMarkdown(body);
    expect(masked.length).toBe(body.length);
    for (let at = 0; at < body.length; at += 1) {
      const char = body[at] as string;
      if (char === '\n' || char === '\r') expect(masked[at]).toBe(char);
      else expect([char, ' ']).toContain(masked[at]);
    }
    expect(masked.indexOf('end')).toBe(body.indexOf('end'));
    expect(masked.indexOf('👍')).toBe(body.indexOf('👍'));
  });

  it('keeps brand rules out of URLs, file names, addresses and code', () => {
    const body = 'GitHub at https://github.com, <https://github.com>, [here](https://github.com), `github`, my-github.txt, me@github.com.\n\n```\ngithub\n```\nGitHub!';
    const matches = compileMatcher([{ id: 'gh', phrase: 'github' }]).scan(maskMarkdown(body));
    expect(matches.map((match) => [match.start, body.slice(match.start, match.end)])).toEqual([
      [0, 'GitHub'],
      [body.lastIndexOf('GitHub'), 'GitHub'],
    ]);
  });

  it('rejects a body that is not a string', () => {
    expect(() => maskMarkdown(undefined as never)).toThrow(PlumblineError);
  });

  it('never changes the length or the line breaks, whatever the input', () => {
    const piece = fc.constantFrom(
      ...['a', ' ', '\n', '\r\n', '\r', '\t', '    ', '`', '```', '~~~', '[', ']', '(', ')', '<', '>', '!', '"', "'", '-', '*', '#', '@', '.', ':', '/'],
      ...['---', 'http://', 'www.', '<!--', '-->', '<div ', '</div>', 'yaml', 'x.md', '\\', '👍', 'é', '\u0301', '1. ', '- '],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join('')), (body) => {
        const masked = maskMarkdown(body);
        expect(masked.length).toBe(body.length);
        for (let at = 0; at < body.length; at += 1) {
          const char = body[at] as string;
          if (char === '\n' || char === '\r') expect(masked[at]).toBe(char);
          else if (masked[at] !== char) expect(masked[at]).toBe(' ');
        }
        expect(maskMarkdown(body)).toBe(masked);
      }),
      { numRuns: 1000 },
    );
  });
});

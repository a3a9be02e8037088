import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '@plumbline/core';
import { errorOf } from '../support.js';

/** Applies a unified diff to a text, strictly: every context and removed line must match. */
function patch(before: string, diff: string): string {
  if (diff === '') return before;
  const lines = diff.split('\n');
  lines.pop();
  expect(lines[0]).toMatch(/^--- /);
  expect(lines[1]).toMatch(/^\+\+\+ /);
  const source = before === '' ? [] : before.split('\n');
  const sourceOpen = !before.endsWith('\n');
  if (!sourceOpen) source.pop();
  const out: string[] = [];
  let copied = 0;
  let open = false;
  let at = 2;
  while (at < lines.length) {
    const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$/.exec(lines[at] ?? '');
    expect(header, lines[at]).not.toBeNull();
    const start = Number(header![1]);
    const count = header![2] === undefined ? 1 : Number(header![2]);
    const from = count === 0 ? start : start - 1;
    out.push(...source.slice(copied, from));
    copied = from;
    at += 1;
    while (at < lines.length && !(lines[at] ?? '').startsWith('@@')) {
      const line = lines[at] as string;
      const next = lines[at + 1];
      const noNewline = next === '\\ No newline at end of file';
      if (line.startsWith(' ') || line.startsWith('-')) {
        expect(source[copied]).toBe(line.slice(1));
        copied += 1;
      }
      if (line.startsWith(' ') || line.startsWith('+')) {
        out.push(line.slice(1));
        open = noNewline;
      }
      at += noNewline ? 2 : 1;
    }
  }
  const rest = source.slice(copied);
  out.push(...rest);
  if (rest.length > 0) open = sourceOpen;
  return out.length === 0 ? '' : out.join('\n') + (open ? '' : '\n');
}

describe('unifiedDiff', () => {
  it('writes the headers, hunks with three lines of context, and merges hunks that are close', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';
    const after = before.replace('line 2\n', 'line two\n').replace('line 8\n', 'line eight\n').replace('line 18\n', 'line eighteen\n');
    expect(unifiedDiff(before, after, { fromFile: 'a/s.md', toFile: 'b/s.md' })).toBe(
      [
        '--- a/s.md',
        '+++ b/s.md',
        '@@ -1,11 +1,11 @@',
        ' line 1',
        '-line 2',
        '+line two',
        ' line 3',
        ' line 4',
        ' line 5',
        ' line 6',
        ' line 7',
        '-line 8',
        '+line eight',
        ' line 9',
        ' line 10',
        ' line 11',
        '@@ -15,6 +15,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+line eighteen',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });

  it('marks a missing final line break, keeps \\r on its line, and handles empty texts', () => {
    expect(unifiedDiff('a\nb', 'a\nc')).toBe('--- a\n+++ a\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
    expect(unifiedDiff('a\n', 'a')).toBe('--- a\n+++ a\n@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n');
    expect(unifiedDiff('x\r\n', 'y\r\n')).toBe('--- a\n+++ a\n@@ -1 +1 @@\n-x\r\n+y\r\n');
    expect(unifiedDiff('', 'x\n')).toBe('--- a\n+++ a\n@@ -0,0 +1 @@\n+x\n');
    expect(unifiedDiff('x\n', '', { fromFile: 'old', toFile: 'new' })).toBe('--- old\n+++ new\n@@ -1 +0,0 @@\n-x\n');
    expect(unifiedDiff('same\n', 'same\n')).toBe('');
  });

  it('takes the context size', () => {
    expect(unifiedDiff('a\nb\nc\n', 'a\nB\nc\n', { context: 0 })).toBe('--- a\n+++ a\n@@ -2 +2 @@\n-b\n+B\n');
    expect(unifiedDiff('a\nc\n', 'a\nb\nc\n', { context: 0 })).toBe('--- a\n+++ a\n@@ -1,0 +2 @@\n+b\n');
  });

  it('rejects bad arguments', () => {
    expect(errorOf(() => unifiedDiff(1 as unknown as string, '')).message).toContain('before');
    expect(errorOf(() => unifiedDiff('', null as unknown as string)).message).toContain('after');
    expect(errorOf(() => unifiedDiff('a', 'b', { context: 1.5 })).message).toContain('options.context');
  });

  it('gives a patch that turns the old text into the new one, and is minimal', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'a\r', ''), { maxLength: 12 }).chain((lines) =>
      fc.constantFrom(lines.join('\n'), lines.length === 0 ? '' : `${lines.join('\n')}\n`),
    );
    fc.assert(
      fc.property(text, text, fc.nat(4), (before, after, context) => {
        const diff = unifiedDiff(before, after, { context });
        expect(patch(before, diff)).toBe(after);
        if (before === after) expect(diff).toBe('');
        // Minimal: as many changed lines as the longest common subsequence leaves (lines compared with their line break).
        const split = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
        const a = split(before);
        const b = split(after);
        const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
        for (let i = 1; i <= a.length; i += 1) for (let j = 1; j <= b.length; j += 1) lcs[i]![j] = a[i - 1] === b[j - 1] ? lcs[i - 1]![j - 1]! + 1 : Math.max(lcs[i - 1]![j]!, lcs[i]![j - 1]!);
        const changed = diff.split('\n').filter((line) => /^[-+](?![-+]{2} )/.test(line)).length;
        expect(changed).toBe(a.length + b.length - 2 * lcs[a.length]![b.length]!);
      }),
      { numRuns: 1000 },
    );
  });

  it('is read by GNU patch', () => {
    const folder = mkdtempSync(join(tmpdir(), 'plumbline-diff-'));
    try {
      const before = '---\nid: a\n---\nOur client\r\nsaid hello.\nOur client again.\n';
      const after = before.replaceAll('client', 'customer');
      writeFileSync(join(folder, 'story.md'), before);
      writeFileSync(join(folder, 'fix.diff'), unifiedDiff(before, after, { fromFile: 'a/story.md', toFile: 'b/story.md' }));
      execFileSync('patch', ['-p1', '-i', 'fix.diff'], { cwd: folder, stdio: 'pipe' });
      expect(readFileSync(join(folder, 'story.md'), 'utf8')).toBe(after);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

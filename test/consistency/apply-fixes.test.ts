import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, checkStory, type Diagnostic } from '@plumbline/core';
import { deepFreeze, errorOf } from '../support.js';
import { marketing, plumbLine, relationship, sales, segment } from './helpers.js';

const diagnostic = (start: number, end: number, text: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({
  ruleId: 'preferred-term',
  severity: 'warning',
  message: 'Use another word.',
  storyId: 's',
  start,
  end,
  fix: { start, end, text },
  ...extra,
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes in one pass, whatever order they come in', () => {
    const body = 'Our client emails the client.';
    const result = applyFixes(body, [diagnostic(22, 28, 'customer'), diagnostic(4, 10, 'customer'), diagnostic(11, 17, 'e-mails')]);
    expect(result.text).toBe('Our customer e-mails the customer.');
    expect(result.applied.map((d) => d.start)).toEqual([4, 11, 22]);
    expect(result.skipped).toEqual([]);
  });

  it('skips a fix that overlaps one applied before it (first by start wins; the given order on a tie)', () => {
    const body = 'Trackpro Edge client';
    const result = applyFixes(body, [diagnostic(0, 13, 'TrackPro Edge', { ruleId: 'brand-spelling' }), diagnostic(0, 8, 'TrackPro'), diagnostic(9, 20, 'x')]);
    expect(result.text).toBe('TrackPro Edge client');
    expect(result.applied.map((d) => d.ruleId)).toEqual(['brand-spelling']);
    expect(result.skipped.map((d) => d.fix?.text)).toEqual(['TrackPro', 'x']);
  });

  it('applies adjacent fixes, and an insertion right after a replacement, but not two insertions at one point', () => {
    expect(applyFixes('abcd', [diagnostic(0, 2, 'X'), diagnostic(2, 4, 'Y')]).text).toBe('XY');
    expect(applyFixes('abcd', [diagnostic(0, 2, 'X'), diagnostic(2, 2, '+')]).text).toBe('X+cd');
    const twice = applyFixes('abcd', [diagnostic(1, 1, '1'), diagnostic(1, 1, '2')]);
    expect(twice.text).toBe('a1bcd');
    expect(twice.skipped).toHaveLength(1);
  });

  it('applies a fix that two rules propose identically once, counting both as applied', () => {
    const result = applyFixes('Our client.', [diagnostic(4, 10, 'customer'), diagnostic(4, 10, 'customer', { ruleId: 'other' })]);
    expect(result.text).toBe('Our customer.');
    expect(result.applied).toHaveLength(2);
    expect(result.skipped).toHaveLength(0);
  });

  it('ignores diagnostics without a fix, and leaves the input alone', () => {
    const diagnostics = deepFreeze([{ ruleId: 'required-theme', severity: 'error', message: 'Missing.', storyId: 's' } as Diagnostic, diagnostic(0, 3, 'One')]);
    const result = applyFixes('one two', diagnostics);
    expect(result).toEqual({ text: 'One two', applied: [diagnostics[1]], skipped: [] });
    expect(applyFixes('text', [])).toEqual({ text: 'text', applied: [], skipped: [] });
  });

  it('keeps Windows line endings, emoji and combining marks around the fixes intact', () => {
    const body = '👍 client\r\ne\u0301 client\r\n';
    const result = applyFixes(body, [diagnostic(3, 9, 'customer'), diagnostic(14, 20, 'customer')]);
    expect(result.text).toBe('👍 customer\r\ne\u0301 customer\r\n');
  });

  it('rejects bad arguments with INVALID_ARGUMENT naming the field', () => {
    expect(errorOf(() => applyFixes(1 as unknown as string, [])).code).toBe('INVALID_ARGUMENT');
    expect(errorOf(() => applyFixes('abc', {} as unknown as Diagnostic[])).message).toContain('diagnostics');
    expect(errorOf(() => applyFixes('abc', [diagnostic(2, 9, 'x')])).message).toContain('diagnostics[0].fix.end');
    expect(errorOf(() => applyFixes('abc', [diagnostic(-1, 1, 'x')])).message).toContain('diagnostics[0].fix.start');
    expect(errorOf(() => applyFixes('abc', [diagnostic(2, 1, 'x')])).message).toContain('diagnostics[0].fix.end');
    expect(errorOf(() => applyFixes('abc', [{ ...diagnostic(0, 1, 'x'), fix: { start: 0, end: 1, text: 3 as unknown as string } }])).message).toContain('fix.text');
    expect(errorOf(() => applyFixes('👍', [diagnostic(1, 2, 'x')])).message).toContain('surrogate pair');
    expect(errorOf(() => applyFixes('abc', [null as unknown as Diagnostic])).message).toContain('diagnostics[0]');
  });
});

// Offsets at code-point boundaries of a text (so no generated fix splits an emoji).
const boundaries = (text: string): number[] => {
  const out = [0];
  let at = 0;
  for (const char of text) {
    at += char.length;
    out.push(at);
  }
  return out;
};

const pieces = ['client', 'Clients', 'CLIENT', "client's", 'signup', 'Trackpro', 'TRACKPRO', 'Trackpro Edge', 'FieldKit', 'uptime', 'the', 'we', '.', ' ', '\n', '\r\n', '👍', 'é', 'e\u0301', '東'];
const body = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((list) => list.join(' '));

describe('applyFixes properties', () => {
  it('never touches the text outside the applied ranges, applies non-overlapping fixes, and accounts for every fix', () => {
    const input = body.chain((text) => {
      const points = boundaries(text);
      const fix = fc
        .tuple(fc.constantFrom(...points), fc.constantFrom(...points), fc.constantFrom('', 'x', 'customer', '\r\n', '👍'))
        .map(([a, b, replacement]) => diagnostic(Math.min(a, b), Math.max(a, b), replacement));
      return fc.tuple(fc.constant(text), fc.array(fix, { maxLength: 8 }));
    });
    fc.assert(
      fc.property(input, ([text, diagnostics]) => {
        const result = applyFixes(text, deepFreeze(diagnostics));
        expect(result.applied.length + result.skipped.length).toBe(diagnostics.length);
        // Rebuild the expected text from the applied fixes: the original between them, verbatim.
        const applied = [...new Map(result.applied.map((d) => [`${d.fix?.start}:${d.fix?.end}:${d.fix?.text}`, d.fix!])).values()];
        let expected = '';
        let copied = 0;
        for (const fix of applied) {
          expect(fix.start).toBeGreaterThanOrEqual(copied);
          expected += text.slice(copied, fix.start) + fix.text;
          copied = fix.end;
        }
        expect(result.text).toBe(expected + text.slice(copied));
        // Every skipped fix overlaps an applied one.
        for (const skipped of result.skipped) {
          expect(applied.some((fix) => skipped.fix!.start === fix.start || (skipped.fix!.start < fix.end && fix.start < Math.max(skipped.fix!.end, skipped.fix!.start + 1)))).toBe(true);
        }
        // No lone surrogate is created.
        expect(result.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
    );
  });

  it('on real check results: the fixed diagnostics are gone when the story is checked again, and fixing converges', () => {
    const context = { segments: [segment], relationships: [relationship] };
    const story = fc.tuple(fc.boolean(), body).map(([isSales, text]) => (isSales ? sales(text) : marketing(text)));
    fc.assert(
      fc.property(story, (s) => {
        const first = checkStory(plumbLine, s, context);
        const result = applyFixes(s.body, first);
        const again = checkStory(plumbLine, { ...s, body: result.text }, context);
        // Where each applied fix landed in the new text.
        let shift = 0;
        const landed = result.applied
          .filter((d, index, all) => all.findIndex((other) => other.fix!.start === d.fix!.start) === index)
          .map((d) => {
            const start = d.fix!.start + shift;
            shift += d.fix!.text.length - (d.fix!.end - d.fix!.start);
            return { ruleId: d.ruleId, start, end: start + d.fix!.text.length };
          });
        for (const spot of landed) {
          const back = again.filter((d) => d.ruleId === spot.ruleId && d.start !== undefined && d.start < spot.end && spot.start < (d.end ?? d.start));
          expect(back, `${spot.ruleId} at ${spot.start} in ${JSON.stringify(result.text)}`).toEqual([]);
        }
        // Fixing again and again ends (as ESLint's ten passes) with nothing left to fix.
        let text = result.text;
        for (let pass = 0; pass < 10; pass += 1) {
          const next = applyFixes(text, checkStory(plumbLine, { ...s, body: text }, context)).text;
          if (next === text) break;
          text = next;
        }
        expect(checkStory(plumbLine, { ...s, body: text }, context).filter((d) => d.fix !== undefined)).toEqual([]);
      }),
    );
  });
});

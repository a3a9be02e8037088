import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStories, checkStory, type Story } from '@plumbline/core';
import { foldPhrase } from '../../src/text/normalize.js';
import { marketing, plumbLine, relationship, sales, segment } from './helpers.js';

const pieces = [
  'client', 'Clients', 'CLIENT', "client's", 'signup', 'TrackPro', 'TRACKPRO', 'Trackpro Edge', 'fieldkit', 'FieldKit', 'best-in-class',
  'cheapest', 'uptime', '99.5%', '99.9%', 'truck rolls', '30%', '20% off', 'save $20', 'discount', 'crews', 'total cost', 'Ana', 'delivery',
  'the', 'and', 'we', '.', ',', '!', ' ', '\n', '\n\n', '- ', '**', '`code client`', 'https://client.example/x', '👍', 'é', '東', 'e\u0301',
];
const body = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((list) => list.join(' '));
const story = fc.tuple(fc.boolean(), body, fc.nat(5)).map(([isSales, text, n]): Story => (isSales ? sales(text, { id: `s${n}` }) : marketing(text, { id: `m${n}` })));
const stories = fc.uniqueArray(story, { selector: (s) => s.id, maxLength: 6 });
const context = { segments: [segment], relationships: [relationship], asOf: '2026-11-26' };

const TERMS: Record<string, readonly string[]> = {
  'preferred-term': ['client', 'signup'],
  'brand-spelling': ['trackpro', 'fieldkit'],
  'banned-phrase': ['best-in-class', 'cheapest'],
};

function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return [before.length, (before.at(-1) ?? '').length + 1];
}

describe('consistency properties', () => {
  it('ranges lie inside the body, slice to the term, and agree with line and column', () => {
    fc.assert(
      fc.property(story, (s) => {
        for (const d of checkStory(plumbLine, s, context)) {
          if (d.start === undefined || d.end === undefined) {
            expect(d.line).toBeUndefined();
            continue;
          }
          expect(0 <= d.start && d.start < d.end && d.end <= s.body.length).toBe(true);
          expect([d.line, d.column]).toEqual(lineColumn(s.body, d.start));
          expect([d.endLine, d.endColumn]).toEqual(lineColumn(s.body, d.end));
          const slice = s.body.slice(d.start, d.end);
          if (d.actual !== undefined && d.ruleId !== 'unknown-audience') expect(slice).toBe(d.actual);
          const terms = TERMS[d.ruleId];
          if (terms !== undefined) expect(terms.some((term) => foldPhrase(slice).startsWith(term))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports are deterministic and inputs are not mutated', () => {
    fc.assert(
      fc.property(stories, (list) => {
        const before = structuredClone({ plumbLine, list, context });
        const first = checkStories(plumbLine, list, context);
        expect(checkStories(plumbLine, list, context)).toEqual(first);
        expect({ plumbLine, list, context }).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('applying every fix leaves none of the fixed diagnostics', () => {
    fc.assert(
      fc.property(story, (s) => {
        const fixes = checkStory(plumbLine, s, context).flatMap((d) => (d.fix === undefined ? [] : [d.fix]));
        if (fixes.length === 0) return;
        let text = s.body;
        for (const fix of [...fixes].sort((a, b) => b.start - a.start)) text = `${text.slice(0, fix.start)}${fix.text}${text.slice(fix.end)}`;
        const after = checkStory(plumbLine, { ...s, body: text }, context);
        expect(after.filter((d) => d.fix !== undefined)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkStories, compilePlumbLine, type PlumbLine } from '@plumbline/core';
import { marketing, plumbLine, relationship, sales, segment } from './helpers.js';

// Issue 4, "Speed and safety": linear in the text; a 1 MB adversarial story in well under a second.
const metaLine: PlumbLine = {
  ...plumbLine,
  vocabulary: { ...plumbLine.vocabulary, preferred: [{ use: 'plus', avoid: ['C++', '(a+)+$', '[a-z]*', `${'a'.repeat(200)}b`] }] },
};
const MB = 1024 * 1024;
const bodies = {
  'near-misses of long terms': 'a'.repeat(MB),
  'metacharacters': '(a+)+ [a-z] C+ aaaa (a+) [a-z ] C + '.repeat(40_000).slice(0, MB),
  'one long sentence of claims and numbers': 'uptime 99.5% and truck rolls 30% with Trackpro and client 20% off '.repeat(16_000).slice(0, MB),
  'markdown noise': '**`x`** [a](http://x) <b>clie</b> ```\n'.repeat(30_000).slice(0, MB),
};

describe('adversarial stories', () => {
  const compiled = compilePlumbLine(metaLine);
  for (const [name, body] of Object.entries(bodies)) {
    it(`checks 1 MB of ${name} quickly`, () => {
      const started = performance.now();
      const report = checkStories(compiled, [marketing(body), sales(body)], { segments: [segment], relationships: [relationship], asOf: '2026-11-26' });
      const elapsed = performance.now() - started;
      expect(report.stories).toHaveLength(2);
      expect(elapsed).toBeLessThan(4_000); // two 1 MB stories with every rule on; about 0.3 s each on a laptop
    });
  }

  it('finds metacharacter terms literally', () => {
    const found = checkStories(compiled, [marketing('Uptime in C++ and [a-z]* here.')]).diagnostics.filter((d) => d.ruleId === 'preferred-term');
    expect(found.map((d) => d.actual)).toEqual(['C++', '[a-z]*']);
  });
});

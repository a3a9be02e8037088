import { describe, expect, it } from 'vitest';
import { checkStories, compilePlumbLine } from '@plumbline/core';
import { bodies, metaLine } from './adversarial-stories.js';
import { marketing, relationship, sales, segment } from './helpers.js';

// Linear in the text: each 1 MB story is timed in bench/adversarial.bench.ts; this only guards against a collapse.

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

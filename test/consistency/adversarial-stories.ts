import type { PlumbLine } from '@plumbline/core';
import { plumbLine } from './helpers.js';

// Issue 4, "Speed and safety": 1 MB adversarial stories (near-misses, regex metacharacters, dense claims
// and numbers, Markdown noise), shared by test/consistency/adversarial.test.ts and bench/adversarial.bench.ts.
export const metaLine: PlumbLine = {
  ...plumbLine,
  vocabulary: { ...plumbLine.vocabulary, preferred: [{ use: 'plus', avoid: ['C++', '(a+)+$', '[a-z]*', `${'a'.repeat(200)}b`] }] },
};
const MB = 1024 * 1024;
export const bodies = {
  'near-misses of long terms': 'a'.repeat(MB),
  'metacharacters': '(a+)+ [a-z] C+ aaaa (a+) [a-z ] C + '.repeat(40_000).slice(0, MB),
  'one long sentence of claims and numbers': 'uptime 99.5% and truck rolls 30% with Trackpro and client 20% off '.repeat(16_000).slice(0, MB),
  'markdown noise': '**`x`** [a](http://x) <b>clie</b> ```\n'.repeat(30_000).slice(0, MB),
};


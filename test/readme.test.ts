import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('README', () => {
  it('shows the usage example that examples/readme-usage.ts type-checks and runs', () => {
    const usage = read('examples/readme-usage.ts').trimEnd();
    expect(read('README.md')).toContain(`\`\`\`ts\n${usage}\n\`\`\``);
    expect(usage.split('\n').length).toBeLessThanOrEqual(25);
  });

  it('gives the two set-up commands', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });
});

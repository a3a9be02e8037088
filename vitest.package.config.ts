import { defineConfig } from 'vitest/config';

// Package tests run against the built output in dist/ (run after `npm run build`):
// tree-shaking, browser-safety, the packed tarball installed into an empty project, and the
// plumbline command (dist/cli.cjs) run end to end in temporary folders.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts', 'test/cli/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/package.json' },
  },
});

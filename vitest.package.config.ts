import { defineConfig } from 'vitest/config';

// Package tests run against the built output in dist/ (run after `npm run build`):
// tree-shaking, browser-safety, and the packed tarball installed into an empty project.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/package.json' },
  },
});

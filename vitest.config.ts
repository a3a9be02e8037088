import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit, property and type tests run against the sources; tests import
// '@plumbline/core' as users do, aliased here to src/. The command's own modules are tested from
// source too (test/cli-source); test/cli runs the built command end to end, with the package tests.
export default defineConfig({
  resolve: {
    alias: { '@plumbline/core': fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/package/**', 'test/cli/**', 'node_modules/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.test.json' },
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/unit.json' },
  },
});

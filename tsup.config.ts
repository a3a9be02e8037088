import { defineConfig } from 'tsup';

// ESM: one output module per source module (as date-fns ships), so that with
// `"sideEffects": false` a bundler drops every module an app does not use, and
// an app that imports only a pure function never pulls in zod.
// CJS: one bundle for `require`. Each format gets its own rolled-up types
// (index.d.ts and index.d.cts), as the exports map says.
export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    sourcemap: false,
    dts: { entry: { index: 'src/index.ts' } },
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    external: ['zod', /^date-fns(\/.*)?$/],
    dts: { entry: { index: 'src/index.ts' } },
  },
]);

import { defineConfig } from 'tsup';

// The modules that build zod schemas at load time. Each is its own ESM entry,
// so it lands in its own output file: with `"sideEffects": false`, a bundler
// drops every schema file an app does not use, and an app that imports only
// pure functions (all bundled into index.js) never pulls in zod.
const schemaModules = [
  'src/common/schema.ts',
  'src/money/schema.ts',
  'src/plumb-line/schema.ts',
  'src/story/schema.ts',
  'src/segment/schema.ts',
  'src/relationship/schema.ts',
  'src/tco/schema.ts',
  'src/offer/schema.ts',
  'src/models.ts',
  'src/parse-model.ts',
];
// What the schema modules import at run time. As entries too, each gets a file of its own
// (esbuild groups modules by the set of entries that reach them), so no pure function shares
// a file with a schema.
const sharedWithSchemas = ['src/errors.ts', 'src/money/currencies.ts', 'src/money/minor-units.ts', 'src/money/decimal.ts', 'src/tco/categories.ts'];

// ESM: a handful of files rather than one per source module, so `import` stays
// quick; CJS: one bundle for `require`. Each format gets its own rolled-up types
// (index.d.ts and index.d.cts), as the exports map says.
export default defineConfig([
  {
    entry: ['src/index.ts', ...schemaModules, ...sharedWithSchemas],
    format: ['esm'],
    bundle: true,
    splitting: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
    external: ['zod', /^date-fns(\/.*)?$/],
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

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

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
// Every module the schema modules import at run time, found by following their imports. As
// entries too, each gets a file of its own (esbuild groups modules by the set of entries that
// reach them), so no pure function ever shares a file with a schema.
function runtimeImports(files: readonly string[]): string[] {
  const found = new Set<string>();
  const visit = (file: string): void => {
    for (const match of readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+)\.js';/gm)) {
      const target = join(dirname(file), `${match[1]}.ts`);
      if (!found.has(target)) {
        found.add(target);
        visit(target);
      }
    }
  };
  files.forEach(visit);
  return [...found].filter((file) => !files.includes(file));
}
const sharedWithSchemas = runtimeImports(schemaModules);

// The CLI imports the library through src/index.ts; in dist/cli.js that import must be the built
// library next to it ('./index.js', loaded at run time), never a second bundled copy.
const libraryEntry = resolve('src/index.ts');
const libraryAsExternal: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'plumbline-library-as-external',
  setup(build) {
    build.onResolve({ filter: /(^|\/)index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts')) === libraryEntry ? { path: './index.js', external: true } : undefined,
    );
  },
};

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
  {
    // The plumbline command: one file, Node only, `yaml` (a dependency) left external.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    bundle: true,
    splitting: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    external: ['yaml'],
    removeNodeProtocol: false,
    esbuildPlugins: [libraryAsExternal],
  },
]);

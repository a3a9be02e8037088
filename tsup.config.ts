import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

// The CLI is one file holding the library and the parts of zod it uses: Node starts it
// 45 to 50 ms sooner than the library's files plus zod's 95 modules (bench/cli.bench.ts measures
// whole processes, startup included). zod's licence travels with its code.
const zodLicence = readFileSync('node_modules/zod/LICENSE', 'utf8').trim();
const yamlLicence = readFileSync('node_modules/yaml/LICENSE', 'utf8').trim();
const yamlBanner = `/*!
 * The yaml package (https://eemeli.org/yaml/) as one file for the plumbline command, under this licence:
 *
${yamlLicence.split('\n').map((line) => ` * ${line}`.trimEnd()).join('\n')}
 */`;
const cliBanner = `#!/usr/bin/env node
/*!
 * plumbline command. Bundles zod (https://zod.dev), under this licence:
 *
${zodLicence.split('\n').map((line) => ` * ${line}`.trimEnd()).join('\n')}
 */`;

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
    // The plumbline command: one file, Node only. CommonJS (dist/cli.cjs): Node 20 starts a 500 kB
    // CommonJS file about 10 ms sooner than the same code as an ES module.
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    define: { 'import.meta.url': 'importMetaUrl' },
    inject: ['src/cli/cjs-shims.ts'],
    bundle: true,
    splitting: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    banner: { js: cliBanner },
    noExternal: ['zod'],
    removeNodeProtocol: false,
  },
  {
    // `yaml` for the command, in one file (dist/yaml.cjs) that it loads only when a YAML document
    // needs it: about 10 ms against about 30 ms for the package's 74 files.
    entry: { yaml: 'src/cli/yaml.ts' },
    format: ['cjs'],
    bundle: true,
    splitting: false,
    target: 'node20',
    platform: 'node',
    outDir: 'dist',
    banner: { js: yamlBanner },
    noExternal: ['yaml'],
    removeNodeProtocol: false,
  },
]);

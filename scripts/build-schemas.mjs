// Writes the JSON Schema of every model into schemas/, from the built library,
// so the schemas shipped in the package are exactly what the zod models accept.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { modelFileName, modelJsonSchema, models } from '../dist/index.js';

const out = new URL('../schemas/', import.meta.url);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const name of Object.keys(models)) {
  writeFileSync(new URL(`${modelFileName(name)}.schema.json`, out), `${JSON.stringify(modelJsonSchema(name), null, 2)}\n`);
}
console.log(`schemas: wrote ${Object.keys(models).length} JSON Schemas to schemas/`);

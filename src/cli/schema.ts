// plumbline schema: print modelJsonSchema for one model or all.
import { parseArgs } from 'node:util';
import { type ModelName, modelFileName, modelJsonSchema, models } from '../index.js';
import { COMMON_OPTIONS, parseCommand } from './args.js';
import { CliError, usageError } from './errors.js';
import { SCHEMA_HELP } from './help.js';
import { print } from './output.js';

/** The command. Returns the exit code. */
export function schema(args: readonly string[]): number {
  const { values, positionals } = parseCommand('schema', () =>
    parseArgs({ args: [...args], options: COMMON_OPTIONS, allowPositionals: true, strict: true }),
  );
  if (values.help === true) {
    print(SCHEMA_HELP);
    return 0;
  }
  if (positionals.length > 1) throw usageError('name at most one model', 'schema');
  const names = Object.keys(models) as ModelName[];
  const given = positionals[0];
  if (given === undefined) {
    print(`${JSON.stringify(Object.fromEntries(names.map((name) => [name, modelJsonSchema(name)])), null, 2)}\n`);
    return 0;
  }
  // The model's name or its schema file's name, in any case.
  const wanted = given.toLowerCase().replace(/\.schema\.json$/, '');
  const name = names.find((candidate) => candidate.toLowerCase() === wanted || modelFileName(candidate) === wanted);
  if (name === undefined) throw new CliError(`unknown model "${given}": expected one of ${names.join(', ')}`);
  print(`${JSON.stringify(modelJsonSchema(name), null, 2)}\n`);
  return 0;
}

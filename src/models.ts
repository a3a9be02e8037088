import * as z from 'zod';
import { PlumblineError } from './errors.js';
import { Money } from './money/schema.js';
import { Offer } from './offer/schema.js';
import { PlumbLine } from './plumb-line/schema.js';
import { Relationship } from './relationship/schema.js';
import { Segment } from './segment/schema.js';
import { Story } from './story/schema.js';
import { TotalCostOfOwnership } from './tco/schema.js';

/**
 * The seven models of the public contract, by name: what `plumbline schema`
 * prints and what the shipped JSON Schemas (`@plumbline/core/schemas/*.json`)
 * are generated from.
 *
 * @example
 * ```ts
 * import { models } from '@plumbline/core';
 *
 * Object.keys(models);
 * // => ['Money', 'PlumbLine', 'Story', 'Segment', 'Relationship', 'TotalCostOfOwnership', 'Offer']
 * models.Story.safeParse({ kind: 'sales' }).success; // => false
 * ```
 */
export const models = {
  Money,
  PlumbLine,
  Story,
  Segment,
  Relationship,
  TotalCostOfOwnership,
  Offer,
} as const;

/** The name of one of the seven {@link models}. */
export type ModelName = keyof typeof models;

/**
 * The JSON Schema (draft 2020-12) of one model, for validating the same
 * documents in other languages. It describes the *input* a model accepts
 * (optional fields are optional); checks that JSON Schema cannot express
 * (unique ids, decimals per currency, schedules inside the horizon) are
 * enforced by the zod model only.
 *
 * @param name - one of the model names
 * @returns a new JSON Schema object, with `$id` `https://plumbline.dev/schemas/<file>.schema.json`
 * @throws {@link PlumblineError} `INVALID_ARGUMENT` for an unknown model name
 *
 * @example
 * ```ts
 * import { modelJsonSchema } from '@plumbline/core';
 *
 * const schema = modelJsonSchema('Money');
 * schema.$id; // => 'https://plumbline.dev/schemas/money.schema.json'
 * ```
 */
export function modelJsonSchema(name: ModelName): Record<string, unknown> {
  if (!Object.hasOwn(models, name)) {
    throw new PlumblineError('INVALID_ARGUMENT', {
      argument: 'name',
      expected: `one of ${Object.keys(models).join(', ')}`,
      received: JSON.stringify(String(name)),
    });
  }
  const schema = z.toJSONSchema(models[name], { io: 'input', target: 'draft-2020-12' });
  return { $id: `https://plumbline.dev/schemas/${modelFileName(name)}.schema.json`, ...schema };
}

/**
 * The kebab-case file name of a model's schema: `PlumbLine` becomes `plumb-line`,
 * `TotalCostOfOwnership` becomes `total-cost-of-ownership`.
 *
 * @param name - one of the model names
 * @returns the file name without extension
 *
 * @example
 * ```ts
 * import { modelFileName } from '@plumbline/core';
 *
 * modelFileName('PlumbLine'); // => 'plumb-line'
 * ```
 */
export function modelFileName(name: ModelName): string {
  return name.replace(/[A-Z]/g, (letter, offset: number) => (offset === 0 ? '' : '-') + letter.toLowerCase());
}

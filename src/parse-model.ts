import * as z from 'zod';
import { PlumblineError } from './errors.js';

/**
 * Validates a document against a model at the boundary (a file, a request, a
 * CRM record) and returns the typed value, or throws one
 * {@link PlumblineError} with code `INVALID_INPUT` whose message lists every
 * issue with its path (zod's `prettifyError`) and whose `issues` carry them
 * for programs. The input is never mutated.
 *
 * @param model - a Plumbline model (or any zod schema)
 * @param input - the untrusted value
 * @returns the parsed value, typed by the model
 * @throws {@link PlumblineError} `INVALID_INPUT` when the input does not fit the model
 *
 * @example
 * ```ts
 * import { Money, parseModel } from '@plumbline/core';
 *
 * parseModel(Money, { amount: '12.50', currency: 'EUR' }); // => { amount: '12.50', currency: 'EUR' }
 * parseModel(Money, { amount: '1.005', currency: 'EUR' });
 * // throws PlumblineError INVALID_INPUT, whose message reads:
 * // Invalid Money:
 * // ✖ Invalid amount "1.005" for EUR: expected at most 2 decimals (the minor unit of EUR).
 * //   → at amount
 * ```
 */
export function parseModel<Model extends z.ZodType>(model: Model, input: unknown): z.output<Model> {
  const result = model.safeParse(input);
  if (result.success) return result.data;
  const title = z.globalRegistry.get(model)?.title;
  throw new PlumblineError(
    'INVALID_INPUT',
    { model: typeof title === 'string' ? title : 'input', summary: z.prettifyError(result.error) },
    { issues: result.error.issues, cause: result.error },
  );
}

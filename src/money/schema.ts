import * as z from 'zod';
import { isPlumblineError } from '../errors.js';
import { isCurrencyCode } from './currencies.js';
import { toMinorUnits } from './minor-units.js';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * An ISO 4217 currency code with a minor unit, upper case: `"EUR"`, `"JPY"`, `"KWD"`.
 *
 * @example
 * ```ts
 * import { CurrencyCode } from '@plumbline/core';
 *
 * CurrencyCode.safeParse('KWD').success; // => true
 * CurrencyCode.safeParse('eur').success; // => false
 * ```
 */
export const CurrencyCode = z
  .string()
  .refine(isCurrencyCode, {
    error: (issue) =>
      `Unknown currency ${JSON.stringify(issue.input)}: expected an upper-case ISO 4217 code with a minor unit, such as "EUR", "JPY" or "KWD"`,
  })
  .describe('An ISO 4217 currency code with a minor unit, upper case: "EUR", "JPY", "KWD".')
  .meta({ examples: ['EUR', 'USD', 'JPY', 'KWD'] });
/** An ISO 4217 currency code with a minor unit, upper case: `"EUR"`, `"JPY"`, `"KWD"`. */
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * An amount of money at the boundary: `amount` in major units, as a decimal
 * string (`"1999.99"`, preferred: exact) or a number, with at most as many
 * decimals as the currency's minor unit (JPY 0, EUR 2, KWD 3), and at most
 * `Number.MAX_SAFE_INTEGER` minor units. Outputs always carry the exact
 * decimal string with all of the currency's decimals.
 *
 * @example
 * ```ts
 * import { Money } from '@plumbline/core';
 *
 * Money.parse({ amount: '1999.99', currency: 'EUR' }); // => { amount: '1999.99', currency: 'EUR' }
 * Money.safeParse({ amount: '1.005', currency: 'EUR' }).success; // => false
 * ```
 */
export const Money = z
  .object({
    amount: z
      .union([z.string().regex(DECIMAL, 'expected a decimal amount in major units, such as "1999.99"'), z.number()], {
        error: 'expected a decimal amount in major units: a string such as "1999.99" or a finite number',
      })
      .describe(
        'The amount in major units: a decimal string ("1999.99", exact) or a number, with at most the decimals of the currency.',
      ),
    currency: CurrencyCode,
  })
  .superRefine((value, ctx) => {
    // Format and currency problems are already reported by the fields themselves.
    if (!isCurrencyCode(value.currency) || (typeof value.amount === 'string' && !DECIMAL.test(value.amount))) return;
    try {
      toMinorUnits(value);
    } catch (error) {
      if (!isPlumblineError(error)) throw error;
      ctx.addIssue({ code: 'custom', path: ['amount'], message: error.message, input: value.amount });
    }
  })
  .describe('An amount of money: a decimal amount in major units and its ISO 4217 currency.')
  .meta({ id: 'Money', title: 'Money' });
/** An amount of money: a decimal amount in major units and its ISO 4217 currency. */
export type Money = z.infer<typeof Money>;

/**
 * Money as Plumbline returns it: the exact decimal string with all of the
 * currency's decimals (`"1999.90"`, `"1500"` JPY, `"2.000"` KWD), read-only.
 * Every `ExactMoney` is a valid {@link Money}, so results feed straight back
 * into the functions.
 */
export interface ExactMoney {
  /** The amount in major units, with exactly the currency's decimals. */
  readonly amount: string;
  /** The ISO 4217 currency code. */
  readonly currency: string;
}

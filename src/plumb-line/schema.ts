import * as z from 'zod';
import { Id, Text, uniqueById, Weight } from '../common/schema.js';

const Terms = z
  .array(Text)
  .min(1, 'expected at least one term')
  .describe('Literal phrases (never regular expressions) that, when a story uses one, show it tells this part of the plumb line; matched case-insensitively.');

/**
 * One theme of the plumb line: something every story should come back to.
 *
 * @example
 * ```ts
 * import { Theme } from '@plumbline/core';
 *
 * Theme.parse({ id: 'uptime', label: 'Always on', terms: ['uptime', 'always on'], required: true }).required; // => true
 * ```
 */
export const Theme = z
  .object({
    id: Id,
    label: Text.describe('The theme as people say it, such as "Runs itself".'),
    terms: Terms,
    required: z.boolean().optional().describe('When true, every story must touch this theme (rule required-theme).'),
    weight: Weight.optional().describe('Relative importance, 0 to 100 (1 when left out).'),
  })
  .describe('A theme of the plumb line: something every story should come back to.')
  .meta({ id: 'Theme', title: 'Theme' });
/** One theme of the plumb line: something every story should come back to. */
export type Theme = z.infer<typeof Theme>;

/**
 * A canonical fact of the company, such as `uptime = "99.9%"`.
 *
 * @example
 * ```ts
 * import { Claim } from '@plumbline/core';
 *
 * Claim.parse({ id: 'uptime', label: 'Uptime', terms: ['uptime'], value: '99.9%' }).value; // => '99.9%'
 * ```
 */
export const Claim = z
  .object({
    id: Id,
    label: Text.describe('The fact as people say it, such as "Uptime".'),
    terms: Terms,
    value: Text.optional().describe(
      'The canonical value, such as "99.9%". Left out while the company has no canonical figure: stories must then still agree with each other.',
    ),
  })
  .describe('A canonical fact that every story must state the same way, such as uptime = 99.9%.')
  .meta({ id: 'Claim', title: 'Claim' });
/** A canonical fact of the company, such as `uptime = "99.9%"`. */
export type Claim = z.infer<typeof Claim>;

/**
 * A term to use instead of others: `{ use: 'customer', avoid: ['client'] }`.
 *
 * @example
 * ```ts
 * import { PreferredTerm } from '@plumbline/core';
 *
 * PreferredTerm.parse({ use: 'customer', avoid: ['client'] }).use; // => 'customer'
 * PreferredTerm.safeParse({ use: 'customer', avoid: [] }).success; // => false
 * ```
 */
export const PreferredTerm = z
  .object({
    use: Text.describe('The term to use.'),
    avoid: z.array(Text).min(1, 'expected at least one term to avoid').describe('Terms to replace with `use`.'),
  })
  .describe('A term to use instead of others.');
/** A term to use instead of others: `{ use: 'customer', avoid: ['client'] }`. */
export type PreferredTerm = z.infer<typeof PreferredTerm>;

/**
 * A phrase no story may use, and why.
 *
 * @example
 * ```ts
 * import { BannedPhrase } from '@plumbline/core';
 *
 * BannedPhrase.parse({ phrase: 'best-in-class', reason: 'Says nothing a buyer can check' }).phrase; // => 'best-in-class'
 * ```
 */
export const BannedPhrase = z
  .object({
    phrase: Text.describe('The phrase, matched literally and case-insensitively.'),
    reason: Text.optional().describe('Why it is banned, shown to the writer.'),
  })
  .describe('A phrase no story may use, and why.');
/** A phrase no story may use, and why. */
export type BannedPhrase = z.infer<typeof BannedPhrase>;

/**
 * The words of the plumb line: names, preferred terms and banned phrases (each list empty by default).
 *
 * @example
 * ```ts
 * import { Vocabulary } from '@plumbline/core';
 *
 * Vocabulary.parse({ names: ['TrackPro'], banned: [{ phrase: 'cheapest' }] }).names; // => ['TrackPro']
 * ```
 */
export const Vocabulary = z
  .object({
    names: z
      .array(Text)
      .optional()
      .describe('Canonical spellings of company and product names, such as "TrackPro" or "GitHub".'),
    preferred: z.array(PreferredTerm).optional().describe('Terms to use instead of others.'),
    banned: z.array(BannedPhrase).optional().describe('Phrases no story may use.'),
  })
  .describe('The words of the plumb line: canonical names, preferred terms and banned phrases.')
  .meta({ id: 'Vocabulary', title: 'Vocabulary' });
/** The words of the plumb line: names, preferred terms and banned phrases (each list empty by default). */
export type Vocabulary = z.infer<typeof Vocabulary>;

/**
 * The plumb line: the business of the business, written down once. Its themes,
 * canonical claims and vocabulary are what every marketing story (one to many)
 * and every sales story (one to one) must stay true to.
 *
 * Theme and claim ids are unique (a duplicate is an issue at its path).
 *
 * @example
 * ```ts
 * import { PlumbLine } from '@plumbline/core';
 *
 * const plumbLine = PlumbLine.parse({
 *   id: 'acme',
 *   company: 'Acme Telemetry',
 *   statement: 'Acme keeps field equipment running so crews spend their day on the work, not the machines.',
 *   themes: [{ id: 'uptime', label: 'Always on', terms: ['uptime', 'always on'], required: true }],
 *   claims: [{ id: 'sla', label: 'Uptime', terms: ['uptime'], value: '99.9%' }],
 *   vocabulary: { names: ['Acme', 'TrackPro'], preferred: [{ use: 'customer', avoid: ['client'] }] },
 * });
 * plumbLine.themes[0]?.id; // => 'uptime'
 * ```
 */
export const PlumbLine = z
  .object({
    id: Id,
    company: Text.describe('The company whose plumb line this is.'),
    statement: Text.max(500, 'expected one sentence of at most 500 characters').describe(
      'The business of the business, in one sentence.',
    ),
    themes: uniqueById(Theme, 'theme').min(1, 'expected at least one theme').describe('The themes every story comes back to.'),
    claims: uniqueById(Claim, 'claim').optional().describe('Canonical facts that every story must state the same way.'),
    vocabulary: Vocabulary.optional(),
  })
  .describe('The business of the business: themes, canonical claims and vocabulary that every story stays true to.')
  .meta({ id: 'PlumbLine', title: 'PlumbLine' });
/** The plumb line: the business of the business, written down once. */
export type PlumbLine = z.infer<typeof PlumbLine>;

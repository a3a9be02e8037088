import * as z from 'zod';
import { Id, IsoDateOrDateTime, Text } from '../common/schema.js';

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const storyFields = {
  id: Id,
  title: Text.describe('The title of the story.'),
  body: z.string().describe('The story itself, as plain text or Markdown.'),
  themes: z.array(Id).optional().describe('Ids of the plumb-line themes the story means to tell.'),
  channel: Text.optional().describe('Where the story is told: "web", "email", "call", "deck"...'),
  publishedAt: IsoDateOrDateTime.optional().describe('When the story was first told (ISO date or date-time).'),
  lastCirculatedAt: IsoDateOrDateTime.optional().describe('When the story was last put back in circulation (ISO date or date-time).'),
  locale: z
    .string()
    .refine(isLocale, 'expected a BCP 47 locale such as "en-GB"')
    .optional()
    .describe('The language of the story, as a BCP 47 locale such as "en-GB".'),
};

/**
 * Who a marketing story is told to: one or more segments (one to many).
 *
 * @example
 * ```ts
 * import { MarketingAudience } from '@plumbline/core';
 *
 * MarketingAudience.parse({ segmentIds: ['utilities', 'fleets'] }).segmentIds.length; // => 2
 * MarketingAudience.safeParse({ relationshipId: 'rel-ana' }).success; // => false
 * ```
 */
export const MarketingAudience = z
  .strictObject(
    {
      segmentIds: z.array(Id).min(1, 'a marketing story is told to at least one segment').describe('The segments the story is told to.'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `A marketing story is told one to many: its audience holds segmentIds only, not ${issue.keys.join(', ')}`
          : undefined,
    },
  )
  .describe('One to many: the segments a marketing story is told to.');
/** Who a marketing story is told to: one or more segments (one to many). */
export type MarketingAudience = z.infer<typeof MarketingAudience>;

/**
 * Who a sales story is told to: exactly one relationship (one to one).
 *
 * @example
 * ```ts
 * import { SalesAudience } from '@plumbline/core';
 *
 * SalesAudience.parse({ relationshipId: 'rel-ana' }).relationshipId; // => 'rel-ana'
 * SalesAudience.safeParse({ segmentIds: ['utilities'] }).success; // => false
 * ```
 */
export const SalesAudience = z
  .strictObject(
    {
      relationshipId: Id.describe('The one relationship the story is told in.'),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `A sales story is told one to one: its audience holds exactly one relationshipId, not ${issue.keys.join(', ')}`
          : undefined,
    },
  )
  .describe('One to one: the relationship a sales story is told in.');
/** Who a sales story is told to: exactly one relationship (one to one). */
export type SalesAudience = z.infer<typeof SalesAudience>;

/**
 * A marketing story: told one to many, to segments; it looks after the brand.
 *
 * @example
 * ```ts
 * import { MarketingStory } from '@plumbline/core';
 *
 * const story = { id: 'launch', kind: 'marketing', title: 'Launch', body: 'TrackPro is live.', audience: { segmentIds: ['utilities'] } };
 * MarketingStory.parse(story).audience.segmentIds; // => ['utilities']
 * ```
 */
export const MarketingStory = z
  .object({ ...storyFields, kind: z.literal('marketing'), audience: MarketingAudience })
  .describe('A marketing story: told one to many, to one or more segments.')
  .meta({ id: 'MarketingStory', title: 'MarketingStory' });
/** A marketing story: told one to many, to segments; it looks after the brand. */
export type MarketingStory = z.infer<typeof MarketingStory>;

/**
 * A sales story: told one to one, inside a relationship; where the business becomes real.
 *
 * @example
 * ```ts
 * import { SalesStory } from '@plumbline/core';
 *
 * const story = { id: 'follow-up', kind: 'sales', title: 'After our call', body: 'Ana, ...', audience: { relationshipId: 'rel-ana' } };
 * SalesStory.parse(story).audience.relationshipId; // => 'rel-ana'
 * ```
 */
export const SalesStory = z
  .object({ ...storyFields, kind: z.literal('sales'), audience: SalesAudience })
  .describe('A sales story: told one to one, inside one relationship.')
  .meta({ id: 'SalesStory', title: 'SalesStory' });
/** A sales story: told one to one, inside a relationship; where the business becomes real. */
export type SalesStory = z.infer<typeof SalesStory>;

/**
 * A story, marketing or sales, discriminated on `kind`. The type makes a
 * one-to-one marketing story (or a sales story told to segments)
 * unrepresentable.
 *
 * @example
 * ```ts
 * import { Story } from '@plumbline/core';
 *
 * const story = Story.parse({
 *   id: 'launch',
 *   kind: 'marketing',
 *   title: 'TrackPro keeps crews on the job',
 *   body: 'TrackPro keeps 99.9% uptime...',
 *   audience: { segmentIds: ['utilities'] },
 * });
 * story.kind; // => 'marketing'
 * Story.safeParse({ ...story, kind: 'sales' }).success; // => false (a sales story needs one relationshipId)
 * ```
 */
export const Story = z
  .discriminatedUnion('kind', [MarketingStory, SalesStory], {
    error: (issue) =>
      issue.code === 'invalid_union' ? 'expected kind "marketing" (told to segments) or "sales" (told in one relationship)' : undefined,
  })
  .describe('A story: marketing (one to many, to segments) or sales (one to one, in a relationship).')
  .meta({ id: 'Story', title: 'Story' });
/** A story, marketing or sales, discriminated on `kind`. */
export type Story = z.infer<typeof Story>;

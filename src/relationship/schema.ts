import * as z from 'zod';
import { boundedInteger, boundedNumber, Id, IsoDateOrDateTime, RiskKind, Text, uniqueById, ValueDriver } from '../common/schema.js';

/**
 * Where a relationship stands, from first contact to customer (or lost).
 *
 * @example
 * ```ts
 * import { Stage } from '@plumbline/core';
 *
 * Stage.options; // => ['prospect', 'qualified', 'proposal', 'negotiation', 'customer', 'churned']
 * ```
 */
export const Stage = z
  .enum(['prospect', 'qualified', 'proposal', 'negotiation', 'customer', 'churned'])
  .describe('Where the relationship stands: prospect, qualified, proposal, negotiation, customer or churned.')
  .meta({ id: 'Stage', title: 'Stage' });
/** Where a relationship stands: `prospect | qualified | proposal | negotiation | customer | churned`. */
export type Stage = z.infer<typeof Stage>;

/**
 * The person at the heart of a relationship.
 *
 * @example
 * ```ts
 * import { Person } from '@plumbline/core';
 *
 * Person.parse({ name: 'Ana Okafor', role: 'Head of Field Operations' }).name; // => 'Ana Okafor'
 * Person.safeParse({ name: 'Ana', email: 'not an address' }).success; // => false
 * ```
 */
export const Person = z
  .object({
    name: Text.describe('The person\'s name.'),
    role: Text.optional().describe('Their role, such as "Head of Field Operations".'),
    email: z.email().optional().describe('Their e-mail address.'),
    profiles: z.record(z.string(), z.string()).optional().describe('Profiles by network: { "linkedin": "https://..." }.'),
  })
  .describe('The person at the heart of the relationship.');
/** The person at the heart of a relationship. */
export type Person = z.infer<typeof Person>;

/**
 * The organisation the person buys for.
 *
 * @example
 * ```ts
 * import { Organisation } from '@plumbline/core';
 *
 * Organisation.parse({ name: 'Northwind Water', industry: 'utilities', employees: 900 }).employees; // => 900
 * ```
 */
export const Organisation = z
  .object({
    name: Text.describe('The organisation\'s name.'),
    industry: Text.optional().describe('Its industry.'),
    employees: z.number().int().min(0).optional().describe('How many people it employs.'),
  })
  .describe('The organisation the person buys for.');
/** The organisation the person buys for. */
export type Organisation = z.infer<typeof Organisation>;

/**
 * Something this person wants to achieve, and how much it matters to them.
 *
 * @example
 * ```ts
 * import { Goal } from '@plumbline/core';
 *
 * Goal.parse({ id: 'g1', description: 'Cut truck rolls by a third', driver: 'cost', priority: 5 }).priority; // => 5
 * Goal.safeParse({ id: 'g1', description: 'x', driver: 'cost', priority: 6 }).success; // => false
 * ```
 */
export const Goal = z
  .object({
    id: Id,
    description: Text.describe('The goal in the person\'s own words.'),
    driver: ValueDriver,
    priority: boundedInteger(1, 5).describe('How much it matters: 1 (a little) to 5 (most).'),
  })
  .describe('A goal of the person: what they want to achieve, and how much it matters.');
/** Something this person wants to achieve, and how much it matters to them. */
export type Goal = z.infer<typeof Goal>;

/**
 * Something this person fears could go wrong, and how badly.
 *
 * @example
 * ```ts
 * import { Risk } from '@plumbline/core';
 *
 * Risk.parse({ id: 'r1', kind: 'delivery', description: 'Last vendor shipped late', severity: 4 }).kind; // => 'delivery'
 * ```
 */
export const Risk = z
  .object({
    id: Id,
    kind: RiskKind,
    description: Text.describe('The risk in the person\'s own words.'),
    severity: boundedInteger(1, 5).describe('How badly it would hurt: 1 (a little) to 5 (most).'),
  })
  .describe('A risk the person fears, and how severe it is for them.');
/** Something this person fears could go wrong, and how badly. */
export type Risk = z.infer<typeof Risk>;

/**
 * One touch between the company and the person.
 *
 * @example
 * ```ts
 * import { Interaction } from '@plumbline/core';
 *
 * Interaction.parse({ at: '2026-10-02', channel: 'call', direction: 'inbound', sentiment: 0.6 }).direction; // => 'inbound'
 * ```
 */
export const Interaction = z
  .object({
    at: IsoDateOrDateTime.describe('When it happened (ISO date or date-time).'),
    channel: Text.describe('How: "email", "call", "meeting", "event"...'),
    direction: z.enum(['inbound', 'outbound']).describe('inbound: the person reached out; outbound: we did.'),
    summary: z.string().optional().describe('What was said or done.'),
    sentiment: boundedNumber(-1, 1).optional().describe('How it went, from -1 (badly) to 1 (well).'),
  })
  .describe('One touch between the company and the person.');
/** One touch between the company and the person. */
export type Interaction = z.infer<typeof Interaction>;

/**
 * A relationship: where sales makes the business real for one person. Their
 * goals and risks are their own and cannot be averaged.
 *
 * Goal and risk ids are unique (a duplicate is an issue at its path).
 *
 * @example
 * ```ts
 * import { Relationship } from '@plumbline/core';
 *
 * const relationship = Relationship.parse({
 *   id: 'rel-ana',
 *   person: { name: 'Ana Okafor', role: 'Head of Field Operations' },
 *   organisation: { name: 'Northwind Water', industry: 'utilities', employees: 900 },
 *   stage: 'proposal',
 *   goals: [{ id: 'g1', description: 'Cut truck rolls by a third', driver: 'cost', priority: 5 }],
 *   risks: [{ id: 'r1', kind: 'delivery', description: 'Last vendor shipped six months late', severity: 4 }],
 *   interactions: [{ at: '2026-10-02', channel: 'call', direction: 'inbound', sentiment: 0.6 }],
 * });
 * relationship.stage; // => 'proposal'
 * ```
 */
export const Relationship = z
  .object({
    id: Id,
    person: Person,
    organisation: Organisation.optional(),
    stage: Stage,
    goals: uniqueById(Goal, 'goal').describe('What this person wants to achieve.'),
    risks: uniqueById(Risk, 'risk').describe('What this person fears could go wrong.'),
    interactions: z.array(Interaction).describe('Every touch so far, in any order.'),
    segmentIds: z.array(Id).optional().describe('The segments this person belongs to.'),
    externalIds: z
      .record(z.string(), z.string())
      .optional()
      .describe('Ids of the same relationship in other systems, by system: { "twenty": "...", "hubspot": "..." }.'),
  })
  .describe('A relationship: one person, their goals and risks, and every touch so far (one to one).')
  .meta({ id: 'Relationship', title: 'Relationship' });
/** A relationship: where sales makes the business real for one person. */
export type Relationship = z.infer<typeof Relationship>;

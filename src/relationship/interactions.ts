/**
 * Internal: reading a relationship's interactions, checked as the functions
 * go (so an unvalidated object gets an error naming the field, never a
 * TypeError or NaN), shared by `relationshipHealth` and `timeline`.
 *
 * @module
 * @internal
 */

import { invalidArgument } from '../errors.js';
import { parseInstant } from '../common/instant.js';
import type { Interaction, Relationship } from './schema.js';

const invalid = invalidArgument;

/** Checks the relationship's shape that every function needs, and returns its interactions. */
export function relationshipInteractions(relationship: Relationship, field: string): readonly Interaction[] {
  if (typeof relationship !== 'object' || relationship === null || Array.isArray(relationship)) {
    throw invalid(field, 'a Relationship { id, person, stage, goals, risks, interactions }', relationship);
  }
  if (typeof relationship.id !== 'string' || relationship.id.trim() === '') throw invalid(`${field}.id`, 'a non-empty id', relationship.id);
  const interactions: unknown = relationship.interactions;
  if (!Array.isArray(interactions)) throw invalid(`${field}.interactions`, 'an array of interactions', interactions);
  return interactions as readonly Interaction[];
}

/**
 * The instant (milliseconds) of `relationship.interactions[index]`, after
 * checking what the functions read of it: `at`, `direction`, and `sentiment`
 * when present. A date-only `at` is the start (00:00 UTC) of its day, so it
 * is at or before any `asOf` on that day. The field name is only built for
 * an error.
 */
export function interactionInstant(interaction: Interaction, index: number): number {
  if (typeof interaction !== 'object' || interaction === null) throw invalid(fieldOf(index), 'an interaction { at, channel, direction }', interaction);
  const at: unknown = interaction.at;
  const ms = typeof at === 'string' ? parseInstant(at) : undefined;
  if (ms === undefined) throw invalid(`${fieldOf(index)}.at`, 'an ISO date (YYYY-MM-DD) or an ISO date-time with Z or an offset', at);
  const direction: unknown = interaction.direction;
  if (direction !== 'inbound' && direction !== 'outbound') throw invalid(`${fieldOf(index)}.direction`, "'inbound' or 'outbound'", direction);
  const sentiment: unknown = interaction.sentiment;
  if (sentiment !== undefined && (typeof sentiment !== 'number' || !(sentiment >= -1 && sentiment <= 1))) {
    throw invalid(`${fieldOf(index)}.sentiment`, 'a number from -1 to 1, or nothing', sentiment);
  }
  return ms;
}

function fieldOf(index: number): string {
  return `relationship.interactions[${index}]`;
}

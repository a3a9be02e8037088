import { readFileSync } from 'node:fs';
import type { MarketingStory, PlumbLine, Relationship, SalesStory, Segment, Story } from '@plumbline/core';

export const plumbLine: PlumbLine = {
  id: 'fieldline',
  company: 'Fieldline',
  statement: 'Fieldline keeps field equipment running.',
  themes: [
    { id: 'uptime', label: 'Always on', terms: ['uptime', 'downtime'], required: true },
    { id: 'crews', label: 'Crews', terms: ['crews', 'truck rolls'] },
    { id: 'total-cost', label: 'Total cost', terms: ['total cost'] },
    { id: 'safety', label: 'Safety', terms: ['safety'] },
  ],
  claims: [
    { id: 'uptime', label: 'Uptime', terms: ['uptime'], value: '99.9%' },
    { id: 'truck-rolls', label: 'Fewer truck rolls', terms: ['truck rolls'] },
  ],
  vocabulary: {
    names: ['TrackPro', 'TrackPro Edge', 'fieldkit'],
    preferred: [
      { use: 'customer', avoid: ['client'] },
      { use: 'sign up', avoid: ['signup'] },
    ],
    banned: [{ phrase: 'best-in-class', reason: 'Unprovable.' }, { phrase: 'cheapest' }],
  },
};

export function marketing(body: string, extra: Partial<MarketingStory> = {}): MarketingStory {
  return { id: 'm1', kind: 'marketing', title: 'M', audience: { segmentIds: ['fleets'] }, body, ...extra };
}

export function sales(body: string, extra: Partial<SalesStory> = {}): SalesStory {
  return { id: 's1', kind: 'sales', title: 'S', audience: { relationshipId: 'rel-ana' }, body, ...extra };
}

export const segment: Segment = {
  id: 'fleets',
  name: 'Fleets',
  rules: { all: [] },
  interests: ['safety', 'fuel'],
  valueDrivers: {},
  typicalRisks: [],
} as unknown as Segment;

export const relationship: Relationship = {
  id: 'rel-ana',
  person: { name: 'Ana Costa' },
  organisation: { name: 'Porto Logistics' },
  stage: 'proposal',
  goals: [{ id: 'g1', description: 'Cut fuel lost to idling', driver: 'cost', priority: 5 }],
  risks: [
    { id: 'r1', kind: 'delivery', description: 'Last vendor delivered late', severity: 5 },
    { id: 'r2', kind: 'security', description: 'Location data leaking to competitors', severity: 4 },
    { id: 'r3', kind: 'adoption', description: 'Drivers ignore the app', severity: 2 },
  ],
  interactions: [],
} as unknown as Relationship;

const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../examples/data/${file}`, import.meta.url), 'utf8'));

export const workspace = {
  plumbLine: read('plumb-line.json') as PlumbLine,
  stories: read('stories.json') as Story[],
  segments: read('segments.json') as Segment[],
  relationships: read('relationships.json') as Relationship[],
};

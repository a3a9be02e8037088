// Import people from two CRMs into Plumbline relationships, then print each
// relationship's health, when the next touch is due, and the segments its
// company falls in. The records below are shaped like Twenty's Person,
// Company, Opportunity, TimelineActivity and MessageParticipant (GraphQL/REST
// field names), and HubSpot's v3 contacts and engagements (calls, emails,
// meetings). People are matched across the two by e-mail; both CRM ids are
// kept in `externalIds`. docs/crm.md has the mapping table, Salesforce included.
// Run: npx tsx examples/crm-import.ts   (after npm run build)
import { readFileSync } from 'node:fs';
import { assignSegments, parseModel, Relationship, relationshipHealth, Segment, timeline } from '@plumbline/core';
import type { Interaction, Stage } from '@plumbline/core';

// Scores are computed for a fixed day: Plumbline has no hidden clock.
const AS_OF = '2026-12-01';

// ---------------------------------------------------------------------------
// Twenty (https://twenty.com): standard objects, plus the custom fields a
// workspace would add for segmentation (industry, subIndustry, tags, fleet...).
const twenty = {
  workspaceMembers: [{ id: 'wm-1', userEmail: 'sam.okoro@fieldline.example' }],
  companies: [
    {
      id: '7d2f0c1e-4b6a-4f0e-9d3c-2a1b5e8f6c01',
      name: 'Severn Vale Water',
      domainName: { primaryLinkUrl: 'https://severnvalewater.example' },
      employees: 1400,
      address: { addressCity: 'Gloucester', addressCountry: 'United Kingdom' },
      accountOwnerId: 'wm-1',
      industry: 'utilities',
      subIndustry: 'water supply',
      tags: ['water', 'regulated'],
    },
    {
      id: '1f9a7b3c-0d2e-4c58-8a6b-7e3d9c1f2a02',
      name: 'Nordhavn Freight',
      domainName: { primaryLinkUrl: 'https://nordhavnfreight.example' },
      employees: 620,
      address: { addressCity: 'Aarhus', addressCountry: 'Denmark' },
      accountOwnerId: 'wm-1',
      industry: 'logistics',
      fleetVehicles: 240,
      telematicsProvider: 'TrackPro',
      telematicsContractEndsAt: '2027-03-31',
    },
    {
      id: 'a4c8e2f6-9b1d-4e7a-b3c5-d6f8a0b2c403',
      name: 'Hallam Plant Hire',
      domainName: { primaryLinkUrl: 'https://hallamplanthire.example' },
      employees: 380,
      address: { addressCity: 'Sheffield', addressCountry: 'United Kingdom' },
      accountOwnerId: 'wm-1',
      industry: 'construction',
      description: 'Plant hire and tool rental for civil engineering contractors',
    },
  ],
  people: [
    {
      id: '3f6c2a4e-8b1d-4c57-9e2a-6d0b7f1c9a35',
      name: { firstName: 'Maren', lastName: 'Holt' },
      emails: { primaryEmail: 'maren.holt@severnvalewater.example', additionalEmails: [] },
      jobTitle: 'Head of Network Operations',
      linkedinLink: { primaryLinkUrl: 'https://www.linkedin.com/in/maren-holt-example' },
      companyId: '7d2f0c1e-4b6a-4f0e-9d3c-2a1b5e8f6c01',
    },
    {
      id: 'b81e5d07-2f94-4a6c-8d13-5c9e0a7b4f62',
      name: { firstName: 'Jonas', lastName: 'Lindqvist' },
      emails: { primaryEmail: 'jonas@nordhavnfreight.example', additionalEmails: [] },
      jobTitle: 'Fleet Director',
      linkedinLink: { primaryLinkUrl: '' },
      companyId: '1f9a7b3c-0d2e-4c58-8a6b-7e3d9c1f2a02',
    },
    {
      id: 'e27a9c41-6d38-4f0b-a5e1-93c4d82b7f10',
      name: { firstName: 'Priya', lastName: 'Shah' },
      emails: { primaryEmail: 'Priya.Shah@hallamplanthire.example', additionalEmails: [] },
      jobTitle: 'Operations Director',
      linkedinLink: { primaryLinkUrl: '' },
      companyId: 'a4c8e2f6-9b1d-4e7a-b3c5-d6f8a0b2c403',
    },
  ],
  // Twenty's default pipeline stages: NEW, SCREENING, MEETING, PROPOSAL, CUSTOMER.
  opportunities: [
    { id: 'op-1', name: 'Pump-station telemetry', stage: 'PROPOSAL', amount: { amountMicros: 186_000_000_000, currencyCode: 'GBP' }, pointOfContactId: '3f6c2a4e-8b1d-4c57-9e2a-6d0b7f1c9a35', companyId: '7d2f0c1e-4b6a-4f0e-9d3c-2a1b5e8f6c01' },
    { id: 'op-2', name: 'Fleet telematics renewal', stage: 'SCREENING', amount: { amountMicros: 96_000_000_000, currencyCode: 'EUR' }, pointOfContactId: 'b81e5d07-2f94-4a6c-8d13-5c9e0a7b4f62', companyId: '1f9a7b3c-0d2e-4c58-8a6b-7e3d9c1f2a02' },
    { id: 'op-3', name: 'Machine tracking, 1,200 units', stage: 'CUSTOMER', amount: { amountMicros: 240_000_000_000, currencyCode: 'GBP' }, pointOfContactId: 'e27a9c41-6d38-4f0b-a5e1-93c4d82b7f10', companyId: 'a4c8e2f6-9b1d-4e7a-b3c5-d6f8a0b2c403' },
    { id: 'op-4', name: 'Depot add-on', stage: 'NEW', amount: null, pointOfContactId: 'e27a9c41-6d38-4f0b-a5e1-93c4d82b7f10', companyId: 'a4c8e2f6-9b1d-4e7a-b3c5-d6f8a0b2c403' },
  ],
  // The timeline of each person: e-mails (message.linked), meetings
  // (calendarEvent.linked), and record changes, which are not interactions.
  timelineActivities: [
    { id: 'ta-1', happensAt: '2026-09-09T08:40:00.000Z', name: 'message.linked', targetPersonId: '3f6c2a4e-8b1d-4c57-9e2a-6d0b7f1c9a35', linkedRecordId: 'msg-1', linkedRecordCachedName: 'Pilot: first week of data' },
    { id: 'ta-2', happensAt: '2026-10-06T13:00:00.000Z', name: 'calendarEvent.linked', targetPersonId: '3f6c2a4e-8b1d-4c57-9e2a-6d0b7f1c9a35', linkedRecordId: 'cal-1', linkedRecordCachedName: 'Pilot review at Tewkesbury' },
    { id: 'ta-3', happensAt: '2026-11-20T10:15:00.000Z', name: 'message.linked', targetPersonId: '3f6c2a4e-8b1d-4c57-9e2a-6d0b7f1c9a35', linkedRecordId: 'msg-2', linkedRecordCachedName: 'Proposal and UK hosting statement' },
    { id: 'ta-4', happensAt: '2026-11-21T09:00:00.000Z', name: 'person.updated', targetPersonId: '3f6c2a4e-8b1d-4c57-9e2a-6d0b7f1c9a35', linkedRecordId: null, linkedRecordCachedName: null },
    { id: 'ta-5', happensAt: '2026-09-10T07:30:00.000Z', name: 'message.linked', targetPersonId: 'b81e5d07-2f94-4a6c-8d13-5c9e0a7b4f62', linkedRecordId: 'msg-3', linkedRecordCachedName: 'Idle time is eating our fuel budget' },
    { id: 'ta-6', happensAt: '2026-10-01T12:00:00.000Z', name: 'calendarEvent.linked', targetPersonId: 'b81e5d07-2f94-4a6c-8d13-5c9e0a7b4f62', linkedRecordId: 'cal-2', linkedRecordCachedName: 'Depot visit, Aarhus' },
    { id: 'ta-7', happensAt: '2026-11-25T15:20:00.000Z', name: 'message.linked', targetPersonId: 'b81e5d07-2f94-4a6c-8d13-5c9e0a7b4f62', linkedRecordId: 'msg-4', linkedRecordCachedName: 'Re: renewal terms' },
    { id: 'ta-8', happensAt: '2026-10-15T09:00:00.000Z', name: 'calendarEvent.linked', targetPersonId: 'e27a9c41-6d38-4f0b-a5e1-93c4d82b7f10', linkedRecordId: 'cal-3', linkedRecordCachedName: 'Quarterly review' },
    { id: 'ta-9', happensAt: '2026-11-12T16:45:00.000Z', name: 'message.linked', targetPersonId: 'e27a9c41-6d38-4f0b-a5e1-93c4d82b7f10', linkedRecordId: 'msg-5', linkedRecordCachedName: 'Can we add the Rotherham depot?' },
    { id: 'ta-10', happensAt: '2026-11-13T08:00:00.000Z', name: 'linked-note.created', targetPersonId: 'e27a9c41-6d38-4f0b-a5e1-93c4d82b7f10', linkedRecordId: 'note-1', linkedRecordCachedName: 'Internal note' },
  ],
  // Who sent each e-mail: inbound when the person is the sender.
  messageParticipants: [
    { messageId: 'msg-1', role: 'from', personId: '3f6c2a4e-8b1d-4c57-9e2a-6d0b7f1c9a35' },
    { messageId: 'msg-2', role: 'from', personId: null, workspaceMemberId: 'wm-1' },
    { messageId: 'msg-3', role: 'from', personId: 'b81e5d07-2f94-4a6c-8d13-5c9e0a7b4f62' },
    { messageId: 'msg-4', role: 'from', personId: null, workspaceMemberId: 'wm-1' },
    { messageId: 'msg-5', role: 'from', personId: 'e27a9c41-6d38-4f0b-a5e1-93c4d82b7f10' },
  ],
};

// ---------------------------------------------------------------------------
// HubSpot: v3 CRM objects as the API returns them (properties are strings).
const hubspot = {
  contacts: [
    { id: '18403526117', properties: { email: 'maren.holt@severnvalewater.example', firstname: 'Maren', lastname: 'Holt', jobtitle: 'Head of Network Operations', company: 'Severn Vale Water', lifecyclestage: 'opportunity' } },
    { id: '18407712094', properties: { email: 'jonas@nordhavnfreight.example', firstname: 'Jonas', lastname: 'Lindqvist', jobtitle: 'Fleet Director', company: 'Nordhavn Freight', lifecyclestage: 'salesqualifiedlead' } },
    { id: '18409930452', properties: { email: 'priya.shah@hallamplanthire.example', firstname: 'Priya', lastname: 'Shah', jobtitle: 'Operations Director', company: 'Hallam Plant Hire', lifecyclestage: 'customer' } },
    { id: '18411102233', properties: { email: 'li.wen@harbourgas.example', firstname: 'Li', lastname: 'Wen', jobtitle: 'Asset Manager', company: 'Harbour Gas', lifecyclestage: 'lead' } },
  ],
  engagements: [
    { id: '50001', type: 'calls', properties: { hs_timestamp: '2026-11-03T11:00:00Z', hs_call_direction: 'OUTBOUND', hs_call_title: 'Pilot review call' }, associations: { contacts: { results: [{ id: '18403526117', type: 'call_to_contact' }] } } },
    { id: '50002', type: 'emails', properties: { hs_timestamp: '2026-11-24T08:05:00Z', hs_email_direction: 'INCOMING_EMAIL', hs_email_subject: 'Board wants a delivery guarantee' }, associations: { contacts: { results: [{ id: '18403526117', type: 'email_to_contact' }] } } },
    { id: '50003', type: 'calls', properties: { hs_timestamp: '2026-10-29T13:00:00Z', hs_call_direction: 'OUTBOUND', hs_call_title: 'TCO walk-through' }, associations: { contacts: { results: [{ id: '18407712094', type: 'call_to_contact' }] } } },
    { id: '50004', type: 'calls', properties: { hs_timestamp: '2026-11-26T09:30:00Z', hs_call_direction: 'INBOUND', hs_call_title: 'Question on idle alerts' }, associations: { contacts: { results: [{ id: '18407712094', type: 'call_to_contact' }] } } },
    { id: '50005', type: 'meetings', properties: { hs_timestamp: '2026-11-27T10:00:00Z', hs_meeting_title: 'Rotherham depot scoping', hs_meeting_outcome: 'COMPLETED' }, associations: { contacts: { results: [{ id: '18409930452', type: 'meeting_event_to_contact' }] } } },
    { id: '50006', type: 'emails', properties: { hs_timestamp: '2026-11-18T14:00:00Z', hs_email_direction: 'EMAIL', hs_email_subject: 'Gas network case study' }, associations: { contacts: { results: [{ id: '18411102233', type: 'email_to_contact' }] } } },
    // After AS_OF: kept on the relationship, ignored (and reported) by the health score.
    { id: '50007', type: 'meetings', properties: { hs_timestamp: '2026-12-09T10:00:00Z', hs_meeting_title: 'Board presentation', hs_meeting_outcome: 'SCHEDULED' }, associations: { contacts: { results: [{ id: '18403526117', type: 'meeting_event_to_contact' }] } } },
  ],
};

// ---------------------------------------------------------------------------
// The mapping (docs/crm.md has the table).

const COUNTRY_CODES: Record<string, string> = { 'United Kingdom': 'GB', Denmark: 'DK', Ireland: 'IE', Netherlands: 'NL', Sweden: 'SE' };
// The furthest stage wins; a customer is a customer even with a new deal open.
const STAGE_ORDER: Stage[] = ['churned', 'prospect', 'qualified', 'proposal', 'negotiation', 'customer'];
const TWENTY_STAGES: Record<string, Stage> = { NEW: 'prospect', SCREENING: 'qualified', MEETING: 'qualified', PROPOSAL: 'proposal', NEGOTIATION: 'negotiation', CUSTOMER: 'customer', LOST: 'churned' };
const HUBSPOT_STAGES: Record<string, Stage> = {
  subscriber: 'prospect', lead: 'prospect', marketingqualifiedlead: 'qualified', salesqualifiedlead: 'qualified',
  opportunity: 'proposal', customer: 'customer', evangelist: 'customer', other: 'prospect',
};
const furthest = (stages: Stage[]): Stage | undefined => stages.sort((a, b) => STAGE_ORDER.indexOf(b) - STAGE_ORDER.indexOf(a))[0];
const slug = (text: string): string => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function twentyInteraction(activity: (typeof twenty.timelineActivities)[number], personId: string): Interaction | undefined {
  const summary = activity.linkedRecordCachedName ?? undefined;
  if (activity.name === 'calendarEvent.linked') return { at: activity.happensAt, channel: 'meeting', direction: 'outbound', ...(summary ? { summary } : {}) };
  if (activity.name === 'message.linked') {
    const sender = twenty.messageParticipants.find((participant) => participant.messageId === activity.linkedRecordId && participant.role === 'from');
    return { at: activity.happensAt, channel: 'email', direction: sender?.personId === personId ? 'inbound' : 'outbound', ...(summary ? { summary } : {}) };
  }
  return undefined; // record changes and internal notes are not touches with the person
}

function hubspotInteraction(engagement: (typeof hubspot.engagements)[number]): Interaction {
  const { properties } = engagement;
  const inbound = properties.hs_call_direction === 'INBOUND' || properties.hs_email_direction === 'INCOMING_EMAIL';
  const channel = engagement.type === 'calls' ? 'call' : engagement.type === 'emails' ? 'email' : 'meeting';
  const summary = properties.hs_call_title ?? properties.hs_email_subject ?? properties.hs_meeting_title;
  return { at: properties.hs_timestamp, channel, direction: inbound ? 'inbound' : 'outbound', ...(summary ? { summary } : {}) };
}

interface Imported {
  readonly relationship: Relationship;
  /** The flat record the segment rules of examples/data/segments.json are written against. */
  readonly record: Record<string, unknown>;
}

const byEmail = new Map<string, Imported>();
for (const person of twenty.people) {
  const email = person.emails.primaryEmail.toLowerCase();
  const company = twenty.companies.find((candidate) => candidate.id === person.companyId);
  const contact = hubspot.contacts.find((candidate) => candidate.properties.email.toLowerCase() === email);
  const opportunities = twenty.opportunities.filter((opportunity) => opportunity.pointOfContactId === person.id);
  const stages = opportunities.map((opportunity) => TWENTY_STAGES[opportunity.stage]).filter((stage): stage is Stage => stage !== undefined);
  if (contact !== undefined) stages.push(HUBSPOT_STAGES[contact.properties.lifecyclestage] ?? 'prospect');
  const interactions = [
    ...twenty.timelineActivities.filter((activity) => activity.targetPersonId === person.id).flatMap((activity) => twentyInteraction(activity, person.id) ?? []),
    ...hubspot.engagements.filter((engagement) => contact !== undefined && engagement.associations.contacts.results.some((link) => link.id === contact.id)).map(hubspotInteraction),
  ];
  const name = `${person.name.firstName} ${person.name.lastName}`;
  // Validate at the boundary: a CRM record that does not map is an error with its path, not a half-built relationship.
  const relationship = parseModel(Relationship, {
    id: `rel-${slug(name)}`,
    person: {
      name,
      role: person.jobTitle,
      email,
      ...(person.linkedinLink.primaryLinkUrl ? { profiles: { linkedin: person.linkedinLink.primaryLinkUrl } } : {}),
    },
    ...(company ? { organisation: { name: company.name, industry: company.industry, employees: company.employees } } : {}),
    stage: furthest(stages) ?? 'prospect',
    goals: [], // goals and risks come from discovery, not from CRM fields: add them as sales learns them
    risks: [],
    interactions,
    externalIds: { twenty: person.id, ...(contact ? { hubspot: contact.id } : {}) },
  });
  const lastActivityAt = interactions.map((interaction) => interaction.at).sort().at(-1);
  const owner = twenty.workspaceMembers.find((member) => member.id === company?.accountOwnerId);
  const record = {
    email,
    company: company && {
      name: company.name,
      industry: company.industry,
      employees: company.employees,
      address: { city: company.address.addressCity, country: COUNTRY_CODES[company.address.addressCountry] ?? company.address.addressCountry },
      lifecycleStage: contact?.properties.lifecyclestage,
      ...('subIndustry' in company ? { subIndustry: company.subIndustry, tags: company.tags } : {}),
      ...('fleetVehicles' in company
        ? { fleet: { vehicles: company.fleetVehicles }, telematics: { provider: company.telematicsProvider, contractEndsAt: company.telematicsContractEndsAt } }
        : {}),
      ...('description' in company ? { description: company.description } : {}),
      ...(lastActivityAt ? { lastActivityAt } : {}),
      ...(owner ? { owner: { email: owner.userEmail } } : {}),
    },
  };
  byEmail.set(email, { relationship, record });
}
// HubSpot contacts that Twenty does not have become relationships of their own.
for (const contact of hubspot.contacts) {
  const email = contact.properties.email.toLowerCase();
  if (byEmail.has(email)) continue;
  const name = `${contact.properties.firstname} ${contact.properties.lastname}`;
  const relationship = parseModel(Relationship, {
    id: `rel-${slug(name)}`,
    person: { name, role: contact.properties.jobtitle, email },
    organisation: { name: contact.properties.company },
    stage: HUBSPOT_STAGES[contact.properties.lifecyclestage] ?? 'prospect',
    goals: [],
    risks: [],
    interactions: hubspot.engagements.filter((engagement) => engagement.associations.contacts.results.some((link) => link.id === contact.id)).map(hubspotInteraction),
    externalIds: { hubspot: contact.id },
  });
  byEmail.set(email, { relationship, record: { email, company: { name: contact.properties.company, lifecycleStage: contact.properties.lifecyclestage } } });
}

// ---------------------------------------------------------------------------
// Health (one to one) and segments (one to many).

const segments = (JSON.parse(readFileSync(new URL('./data/segments.json', import.meta.url), 'utf8')) as unknown[]).map((segment) => parseModel(Segment, segment));
const imported = [...byEmail.values()];
const membership = assignSegments(
  imported.map(({ record }) => record),
  segments,
);
const segmentName = new Map(segments.map((segment) => [segment.id, segment.name]));

console.log(`Imported ${imported.length} relationships from Twenty and HubSpot (matched by e-mail), scored as of ${AS_OF}.\n`);
imported.forEach(({ relationship }, index) => {
  const ids = Object.entries(relationship.externalIds ?? {}).map(([system, id]) => `${system} ${id}`).join(', ');
  console.log(`${relationship.person.name}, ${relationship.organisation?.name ?? 'no organisation'} (${relationship.stage}; ${ids})`);
  const health = relationshipHealth(relationship, { asOf: AS_OF });
  const measures = health.measures.map((measure) => `${measure.id} ${measure.score ?? '-'}`).join(', ');
  console.log(`  health ${health.score}/100 ${health.band}: ${measures}`);
  if (health.futureInteractions.length > 0) console.log(`  not counted (after ${AS_OF}): ${health.futureInteractions.map((future) => future.at).join(', ')}`);
  const view = timeline(relationship, { asOf: AS_OF });
  const due = view.daysUntilDue === null ? 'no cadence yet' : view.daysUntilDue < 0 ? `${-view.daysUntilDue} days overdue` : `in ${view.daysUntilDue} days`;
  const touches = `${view.entries.length} ${view.entries.length === 1 ? 'touch' : 'touches'}`;
  console.log(`  ${touches}, every ${view.cadenceDays ?? '?'} days; next touch due ${view.nextTouchDue ?? '-'} (${due})`);
  const names = (membership[index] ?? []).map((id) => segmentName.get(id) ?? id);
  console.log(`  segments: ${names.length === 0 ? 'none' : names.join(', ')}\n`);
});

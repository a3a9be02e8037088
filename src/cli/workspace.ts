// The files `plumbline init` writes: a small workspace that check, tco and score run on at once.

const PLUMB_LINE = `# The plumb line: the business of the business. Every story stays true to it.
id: acme-telemetry
company: Acme Telemetry
statement: Acme keeps field equipment running, so crews spend their day on the work, at a total cost the customer can plan around.
themes:
  - id: uptime
    label: Always on
    terms: [uptime, downtime, always on]
    required: true
    weight: 40
  - id: crews
    label: Crews on the work, not the machines
    terms: [crews, field crews, truck rolls, technicians]
    weight: 30
  - id: total-cost
    label: Total cost, not price
    terms: [total cost, total cost of ownership, TCO]
    weight: 30
claims:
  - id: uptime
    label: Platform uptime
    terms: [uptime]
    value: "99.9%"
  - id: truck-rolls
    label: Fewer truck rolls
    terms: [truck rolls]
vocabulary:
  names: [Acme, Acme Telemetry, SiteWatch]
  preferred:
    - use: customer
      avoid: [client]
  banned:
    - phrase: best-in-class
      reason: An unprovable superlative; say what the customer gets instead.
    - phrase: cheapest
      reason: We sell on total cost of ownership, never on the lowest price.
`;

const LAUNCH = `---
id: launch
kind: marketing
title: SiteWatch is here
audience:
  segmentIds: [water-utilities]
themes: [uptime, crews, total-cost]
channel: web
publishedAt: 2026-11-02
lastCirculatedAt: 2026-11-20
locale: en-GB
---
# SiteWatch is here

SiteWatch tells your field crews which pump stations need a visit before anyone
gets in a van. Our clients in the pilot cut truck rolls by 30% in six months,
with 99.9% uptime on the platform.

We quote SiteWatch on total cost of ownership: delivery, installation, training
and support are in the quote from day one, and an audit trail keeps the
regulator happy.
`;

const FOLLOW_UP = `---
id: follow-up-ana
kind: sales
title: After our call, Ana
audience:
  relationshipId: rel-ana-costa
themes: [uptime, total-cost]
channel: email
publishedAt: 2026-11-18
locale: en-GB
---
Hi Ana,

Thank you for the call on Tuesday. You told me the last rollout at Riverside
Water arrived months late, so here is our delivery guarantee in writing: every
unit delivered and installed on the agreed dates, or we pay for the crew time
you lose.

The quote shows the total cost over three years: delivery, installation,
training for both depots, support with a 99.9% uptime SLA, and a 36-month
warranty.

Best regards,
Sam
`;

const SEGMENT = `# A segment: the average buyer marketing tells its stories to (one to many).
id: water-utilities
name: Mid-sized water utilities
description: Regional water utilities with small, stretched field crews and a regulator watching every outage.
rules:
  all:
    - field: company.industry
      op: eq
      value: utilities
    - field: company.employees
      op: between
      value: [200, 3000]
interests: [uptime, compliance, risk-free]
valueDrivers:
  risk: 45
  cost: 30
  productivity: 25
typicalRisks: [delivery, compliance, adoption]
metrics:
  size: 310
`;

const RELATIONSHIP = `# A relationship: one person, whose goals and risks cannot be averaged (one to one).
id: rel-ana-costa
person:
  name: Ana Costa
  role: Head of Network Operations
organisation:
  name: Riverside Water
  industry: utilities
  employees: 1200
stage: proposal
goals:
  - id: callouts
    description: Cut overnight call-outs for the network crews
    driver: productivity
    priority: 5
  - id: budget
    description: Keep the operating budget flat
    driver: cost
    priority: 3
risks:
  - id: late-delivery
    kind: delivery
    description: The last vendor delivered months late
    severity: 5
  - id: crew-trust
    kind: adoption
    description: Crews distrust another handheld
    severity: 3
interactions:
  - at: 2026-11-10
    channel: call
    direction: outbound
    summary: Discovery call; delivery dates matter most.
    sentiment: 0.4
segmentIds: [water-utilities]
`;

const OFFERS = `# Two offers for the same 3-year job: the lower price, and the lower total cost.
- id: essentials
  name: SiteWatch Essentials
  tco:
    id: essentials-3y
    name: SiteWatch Essentials, 3 years
    currency: EUR
    startDate: 2027-01-01
    horizonMonths: 36
    discountRate: 0.08
    items:
      - { id: units, label: Units and licence, category: price, amount: { amount: "40000.00", currency: EUR }, schedule: { type: once } }
      - { id: installation, label: Installation (time and materials), category: installation, amount: { amount: "9000.00", currency: EUR }, schedule: { type: once, atMonth: 1 } }
      - { id: support, label: Pay-per-incident support, category: support, amount: { amount: "1100.00", currency: EUR }, schedule: { type: recurring, every: month } }
      - { id: repairs, label: Repairs after the 12-month warranty, category: maintenance, amount: { amount: "600.00", currency: EUR }, schedule: { type: recurring, every: month, fromMonth: 12 } }
  discount: { percent: 10, label: launch discount }
  benefits:
    - { id: truck-rolls, label: Fewer truck rolls, driver: cost, amount: { amount: "2000.00", currency: EUR }, schedule: { type: recurring, every: month, fromMonth: 2 }, confidence: 0.8 }
    - { id: crew-hours, label: Crew hours recovered, driver: productivity, amount: { amount: "1800.00", currency: EUR }, schedule: { type: recurring, every: month, fromMonth: 2 }, confidence: 0.7 }
  riskReducers:
    - { id: warranty, kind: warranty, covers: [performance], months: 12 }
- id: guaranteed
  name: SiteWatch Guaranteed
  tco:
    id: guaranteed-3y
    name: SiteWatch Guaranteed, 3 years
    currency: EUR
    startDate: 2027-01-01
    horizonMonths: 36
    discountRate: 0.08
    items:
      - { id: units, label: Units and licence, category: price, amount: { amount: "48000.00", currency: EUR }, schedule: { type: once } }
      - { id: installation, label: Fixed-price installation, category: installation, amount: { amount: "5000.00", currency: EUR }, schedule: { type: once, atMonth: 1 } }
      - { id: training, label: On-site crew training, category: training, amount: { amount: "3000.00", currency: EUR }, schedule: { type: once, atMonth: 1 } }
      - { id: support, label: Premium support with a 99.9% uptime SLA, category: support, amount: { amount: "450.00", currency: EUR }, schedule: { type: recurring, every: month } }
  benefits:
    - { id: truck-rolls, label: Fewer truck rolls, driver: cost, amount: { amount: "2200.00", currency: EUR }, schedule: { type: recurring, every: month, fromMonth: 2 }, confidence: 0.85 }
    - { id: crew-hours, label: Crew hours recovered, driver: productivity, amount: { amount: "2000.00", currency: EUR }, schedule: { type: recurring, every: month, fromMonth: 2 }, confidence: 0.8 }
  riskReducers:
    - { id: delivery-guarantee, kind: guarantee, covers: [delivery], months: 36, description: "Delivered and installed on the agreed dates, or we pay the crew time lost." }
    - { id: crew-training, kind: training, covers: [adoption], months: 36 }
    - { id: uptime-sla, kind: sla, covers: [performance], months: 36 }
`;

/** The workspace, by path relative to the folder. */
export const WORKSPACE: readonly (readonly [string, string])[] = [
  ['plumb-line.yaml', PLUMB_LINE],
  ['stories/launch.md', LAUNCH],
  ['stories/follow-up.md', FOLLOW_UP],
  ['segment.yaml', SEGMENT],
  ['relationship.yaml', RELATIONSHIP],
  ['offers.yaml', OFFERS],
];

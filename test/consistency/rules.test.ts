import { describe, expect, it } from 'vitest';
import { checkStory, compilePlumbLine, CONSISTENCY_RULES, isPlumblineError, type CheckContext, type Diagnostic, type Story } from '@plumbline/core';
import { marketing, plumbLine, relationship, sales, segment } from './helpers.js';

// A body that keeps the plumb line (uptime, crews, total cost), so that each test sees only the rule it is about.
const ON = 'Our crews keep 99.9% uptime at a total cost you can plan.';
const check = (story: Story, context?: CheckContext): Diagnostic[] => checkStory(plumbLine, story, context);
const only = (ruleId: string, story: Story, context?: CheckContext): Diagnostic[] => check(story, context).filter((d) => d.ruleId === ruleId);

describe('rule registry', () => {
  it('lists fifteen rules with metadata', () => {
    expect(CONSISTENCY_RULES.map((rule) => rule.id)).toEqual([
      'required-theme', 'theme-coverage', 'banned-phrase', 'preferred-term', 'brand-spelling', 'claim-value', 'claim-conflict',
      'price-promotion', 'discount-talk', 'tco-framing', 'personalisation', 'risk-addressed', 'segment-resonance', 'circulation', 'unknown-audience',
    ]);
    for (const rule of CONSISTENCY_RULES) {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.docs).toContain(`docs/consistency.md#${rule.id}`);
    }
  });

  it('finds nothing in a story on the plumb line', () => {
    expect(check(marketing(ON))).toEqual([]);
  });
});

describe('required-theme and theme-coverage', () => {
  it('flags a missing required theme as a whole-story error', () => {
    const [diagnostic] = only('required-theme', marketing('Our crews work at a total cost you can plan.'));
    expect(diagnostic).toMatchObject({ severity: 'error', storyId: 'm1', expected: ['uptime', 'downtime'] });
    expect(diagnostic?.start).toBeUndefined();
    expect(diagnostic?.line).toBeUndefined();
  });

  it('counts inflected and case-folded terms', () => {
    expect(only('required-theme', marketing('DOWNTIME costs crews.'))).toEqual([]);
  });

  it('warns below minThemes (default half, rounded up) and reads the option', () => {
    expect(only('theme-coverage', marketing('Uptime matters.'))).toMatchObject([{ severity: 'warning', actual: '1' }]);
    expect(only('theme-coverage', marketing('Uptime and crews.'))).toEqual([]);
    expect(only('theme-coverage', marketing('Uptime and crews.'), { rules: { 'theme-coverage': ['error', { minThemes: 3 }] } })).toMatchObject([
      { severity: 'error', actual: '2' },
    ]);
  });

  it('does not count terms in code or URLs', () => {
    const body = 'Our crews plan the `uptime` and [docs](https://x.example/uptime) at total cost.';
    expect(only('required-theme', marketing(body))).toHaveLength(1);
  });
});

describe('banned-phrase', () => {
  it('flags the phrase with its range and reason', () => {
    const body = `${ON}\nA best-in-class unit.`;
    const [diagnostic] = only('banned-phrase', marketing(body));
    const start = body.indexOf('best-in-class');
    expect(diagnostic).toMatchObject({ severity: 'error', start, end: start + 13, line: 2, column: 3, endLine: 2, endColumn: 16, actual: 'best-in-class' });
    expect(diagnostic?.message).toContain('Unprovable');
  });

  it('ignores the phrase inside code and a longer word', () => {
    expect(only('banned-phrase', marketing(`${ON} \`cheapest\` and cheapestness.`))).toEqual([]);
  });
});

describe('preferred-term', () => {
  it('leaves an avoided term alone inside a term to use, so fixing converges ("crews" in "field crews")', () => {
    const line = { ...plumbLine, vocabulary: { preferred: [{ use: 'field crews', avoid: ['crews'] }] } };
    const story = marketing('Our field crews and the crews of others.');
    const found = checkStory(line, story).filter((d) => d.ruleId === 'preferred-term');
    expect(found.map((d) => [d.actual, d.column, d.fix?.text])).toEqual([['crews', 25, 'field crews']]);
  });

  it('leaves it alone inside any plural or possessive of the term to use too', () => {
    const crews = { ...plumbLine, vocabulary: { preferred: [{ use: 'field crews', avoid: ['crews'] }] } };
    for (const body of ["Field crews' tools.", 'Field crews’ tools.', "The field crews's van."]) {
      expect(checkStory(crews, marketing(body)).filter((d) => d.ruleId === 'preferred-term')).toEqual([]);
    }
    const crew = { ...plumbLine, vocabulary: { preferred: [{ use: 'field crew', avoid: ['crew'] }] } };
    for (const body of ['The field crews arrive.', "The field crew's van.", "The field crews' vans."]) {
      expect(checkStory(crew, marketing(body)).filter((d) => d.ruleId === 'preferred-term')).toEqual([]);
    }
    const found = checkStory(crew, marketing('The crews of the field crews.')).filter((d) => d.ruleId === 'preferred-term');
    expect(found.map((d) => [d.actual, d.fix?.text])).toEqual([['crews', 'field crews']]);
    // An avoided term that is itself a form of the term to use is still flagged.
    const sale = { ...plumbLine, vocabulary: { preferred: [{ use: 'point of sale', avoid: ['point of sales'] }] } };
    const fixed = checkStory(sale, marketing('At every point of sales.')).filter((d) => d.ruleId === 'preferred-term');
    expect(fixed.map((d) => [d.actual, d.fix?.text])).toEqual([['point of sales', 'point of sale']]);
  });

  it('rejects a vocabulary where a term to avoid is also a term to use (fixes would undo each other)', () => {
    const cyclic = { ...plumbLine, vocabulary: { preferred: [{ use: 'patron', avoid: ['client'] }, { use: 'Client', avoid: ['Patron '] }] } };
    try {
      compilePlumbLine(cyclic);
      expect.unreachable();
    } catch (error) {
      expect(isPlumblineError(error, 'INVALID_ARGUMENT') && error.details.argument).toBe('plumbLine.vocabulary.preferred[0].avoid[0]');
    }
  });

  it('fixes keeping the case style and the plural', () => {
    const body = `${ON}\nA client, Clients, CLIENT and a client's van.`;
    const found = only('preferred-term', marketing(body));
    expect(found.map((d) => [d.actual, d.fix?.text])).toEqual([
      ['client', 'customer'],
      ['Clients', 'Customers'],
      ['CLIENT', 'CUSTOMER'],
      ["client's", "customer's"],
    ]);
    for (const d of found) expect(body.slice(d.fix?.start, d.fix?.end)).toBe(d.actual);
    expect(found[0]).toMatchObject({ line: 2, column: 3, severity: 'warning', expected: ['customer'] });
  });

  it('positions after multi-byte characters count UTF-16 units', () => {
    const body = `${ON}\n👍🏽 é signup`;
    const [diagnostic] = only('preferred-term', marketing(body));
    expect(diagnostic).toMatchObject({ start: body.indexOf('signup'), line: 2, column: 8, endColumn: 14, fix: { text: 'sign up' } });
  });

  it('honours off and severity overrides', () => {
    const story = marketing(`${ON} A client.`);
    expect(only('preferred-term', story, { rules: { 'preferred-term': 'off' } })).toEqual([]);
    expect(only('preferred-term', story, { rules: { 'preferred-term': ['off', {}] } })).toEqual([]);
    expect(only('preferred-term', story, { rules: { 'preferred-term': 'error' } })[0]?.severity).toBe('error');
  });
});

describe('brand-spelling', () => {
  it('flags other casings with a fix to the canonical name, longest name first', () => {
    const body = `${ON}\nSee **Trackpro Edge** and TRACKPRO in the FieldKit app.`;
    const found = only('brand-spelling', marketing(body));
    expect(found.map((d) => [d.actual, d.fix?.text])).toEqual([
      ['Trackpro Edge', 'TrackPro Edge'],
      ['TRACKPRO', 'TrackPro'],
      ['FieldKit', 'fieldkit'],
    ]);
    expect(body.slice(found[0]?.start, found[0]?.end)).toBe('Trackpro Edge');
    expect(found[0]).toMatchObject({ line: 2, column: 7 });
  });

  it('accepts a lowercase name capitalised at a sentence start, and names in compounds, files, code and URLs', () => {
    const body = `${ON} Fieldkit is fast. **Fieldkit** too. Use trackpro-cli, my-trackpro.txt, \`Trackpro\`, https://trackpro.example and trackpros.`;
    expect(only('brand-spelling', marketing(body)).map((d) => d.actual)).toEqual([]);
  });

  it('flags a lowercase name capitalised mid-sentence', () => {
    expect(only('brand-spelling', marketing(`${ON} Open Fieldkit now.`)).map((d) => d.actual)).toEqual(['Fieldkit']);
  });

  it('takes a name written with another apostrophe or composed otherwise as written canonically', () => {
    const names = (list: string[]) => ({ ...plumbLine, vocabulary: { names: list } });
    const found = (list: string[], body: string) => checkStory(names(list), marketing(`${ON} ${body}`)).filter((d) => d.ruleId === 'brand-spelling').map((d) => [d.actual, d.fix?.text]);
    expect(found(["McDonald's"], 'Eat at McDonald’s.')).toEqual([]);
    expect(found(['McDonald’s'], "Eat at McDonald's.")).toEqual([]);
    expect(found(['Café Pro'], 'Try Cafe\u0301 Pro.')).toEqual([]);
    expect(found(['café'], 'Cafe\u0301 opens early.')).toEqual([]);
    expect(found(['Café Pro'], 'Try cafe\u0301 pro.')).toEqual([['cafe\u0301 pro', 'Café Pro']]);
  });
});

describe('claim-value', () => {
  it('flags a different value in the same sentence, at the number', () => {
    const body = `${ON}\nWe run at 99.5 % uptime.`;
    const [diagnostic] = only('claim-value', marketing(body));
    expect(diagnostic).toMatchObject({ severity: 'error', actual: '99.5 %', expected: ['99.9%'], line: 2, column: 11 });
  });

  it('finds the figure however the story is read: plain ASCII, Markdown to mask, text beyond ASCII, a number word', () => {
    // The scan notes digits and number words on plain ASCII (the body, or the body once masked); other text is searched.
    const actual = (body: string): string[] => only('claim-value', marketing(`${ON} ${body}`)).map((d) => d.actual ?? '');
    expect(actual('We run at 99.5% uptime.')).toEqual(['99.5%']);
    expect(actual('We run at 99.5% uptime (see `status`).')).toEqual(['99.5%']);
    expect(actual('We\u2019re at 99.5% uptime.')).toEqual(['99.5%']);
    expect(actual('Uptime is ninety-nine percent.')).toEqual(['ninety-nine percent']);
    expect(actual('Uptime is *ninety-nine percent*.')).toEqual(['ninety-nine percent']);
    expect(actual('Uptime matters to someone often.')).toEqual([]);
  });

  it('accepts the canonical value in other notation, and numbers in other sentences or units', () => {
    expect(only('claim-value', marketing(`${ON} Uptime: 99.90%. We fixed 98% of faults.`))).toEqual([]);
    expect(only('claim-value', marketing(`${ON} Uptime over 5 years.`))).toEqual([]);
  });

  it('reads any duration for a duration and any currency for a currency, equal where they convert exactly', () => {
    const line = {
      ...plumbLine,
      claims: [
        { id: 'live', label: 'Time to live', terms: ['up and running'], value: '10 days' },
        { id: 'battery', label: 'TrackPro Edge battery life', terms: ['battery life'], value: '5 years' },
        { id: 'price', label: 'Price', terms: ['list price'], value: 'EUR 1200' },
      ],
    };
    const flagged = (body: string): string[] => checkStory(line, marketing(`${ON} ${body}`)).filter((d) => d.ruleId === 'claim-value').map((d) => d.actual ?? '');
    expect(flagged('Up and running in 3 weeks. Battery life is 3 months. The list price is $1,200.')).toEqual(['3 weeks', '3 months', '$1,200']);
    expect(flagged('Up and running in 240 hours. Battery life is 60 months. The list price is EUR 1,200.')).toEqual([]);
    // The nearest number of the value's own group first: a year figure nearby does not hide the days stated.
    expect(flagged('Up and running: delivery in 10 days, and a 2-year warranty on every unit we get up and running.')).toEqual([]);
    // A month is no fixed number of days: 1,825 days is not 5 years.
    expect(flagged('Battery life is 1,825 days.')).toEqual(['1,825 days']);
    const [diagnostic] = checkStory(line, marketing(`${ON} Battery life is 3 months.`)).filter((d) => d.ruleId === 'claim-value');
    expect(diagnostic?.message).toBe('The story states "3 months" for TrackPro Edge battery life, but the plumb line\'s figure is "5 years": use it.');
    const named = { ...line, claims: [{ id: 'b', label: 'Fieldkit battery life', terms: ['battery life'], value: '5 years' }], vocabulary: { names: ['Fieldkit'] } };
    expect(checkStory(named, marketing(`${ON} Battery life is 3 months.`)).find((d) => d.ruleId === 'claim-value')?.message).toContain('for Fieldkit battery life,');
    const plain = { ...line, claims: [{ id: 'b', label: 'Battery life', terms: ['battery life'], value: '5 years' }] };
    expect(checkStory(plain, marketing(`${ON} Battery life is 3 months.`)).find((d) => d.ruleId === 'claim-value')?.message).toContain('for battery life,');
  });
});

describe('price-promotion', () => {
  it('flags special prices in marketing stories only', () => {
    const body = `${ON}\n20% off, the lowest price, save $20 and a discount.`;
    expect(only('price-promotion', marketing(body)).map((d) => d.actual)).toEqual(['20% off', 'lowest price', 'save $20', 'discount']);
    expect(only('price-promotion', sales(body))).toEqual([]);
  });

  it('does not flag "off" or "save" without a price, nor "sales"', () => {
    expect(only('price-promotion', marketing(`${ON} Switch off the engine, save time, ask sales.`))).toEqual([]);
  });
});

describe('discount-talk and tco-framing', () => {
  const framed = 'Delivery, installation and training are in the quote.';
  it('flags a sales story that leads with a discount', () => {
    const body = `Hi Ana,\n\nI can offer 15% off list today. ${framed}`;
    expect(only('discount-talk', sales(body))).toMatchObject([{ actual: '15% off', line: 3, column: 13 }]);
  });

  it('accepts price talk after the lead, and reads leadWords', () => {
    const body = `Hi Ana, ${framed} ${'We plan together. '.repeat(10)}The unit price is fixed.`;
    expect(only('discount-talk', sales(body))).toEqual([]);
    expect(only('discount-talk', sales(body), { rules: { 'discount-talk': ['warning', { leadWords: 100 }] } })).toHaveLength(1);
  });

  it('asks for two total-cost elements', () => {
    expect(only('tco-framing', sales('Hi Ana, we offer support.'))).toMatchObject([{ severity: 'warning', actual: '1' }]);
    expect(only('tco-framing', sales(`Hi Ana. ${framed}`))).toEqual([]);
    expect(only('tco-framing', sales('Hi Ana, we offer support.'), { rules: { 'tco-framing': ['info', { minElements: 1 }] } })).toEqual([]);
    expect(only('tco-framing', marketing('No elements.'))).toEqual([]);
  });
});

describe('personalisation and risk-addressed', () => {
  const context = { relationships: [relationship] };
  it('flags a story that names neither the person, the organisation nor a goal', () => {
    expect(only('personalisation', sales('Hello there, our units are great.'), context)).toMatchObject([{ severity: 'warning' }]);
    expect(only('personalisation', sales('Hi Ana, our units are great.'), context)).toEqual([]);
    expect(only('personalisation', sales('Porto Logistics will like it.'), context)).toEqual([]);
    expect(only('personalisation', sales('Less fuel lost while idling.'), context)).toEqual([]);
    expect(only('personalisation', sales('Less fuel.'), context)).toHaveLength(1);
    expect(only('personalisation', sales('Less fuel.'), { ...context, rules: { personalisation: ['warning', { minGoalKeywords: 1 }] } })).toEqual([]);
  });

  it('counts a name only where the story writes its capital ("will" is not Will Grant)', () => {
    const will = { ...relationship, id: 'rel-will', person: { name: 'Will Grant' }, organisation: { name: 'Mark & Bill' } };
    const story = (body: string) => sales(body, { audience: { relationshipId: 'rel-will' } });
    const flags = (body: string) => only('personalisation', story(body), { relationships: [will] }).length;
    expect(flags('We will send the quote; mark the date, the bill follows.')).toBe(1);
    expect(flags('Hi Will, we will send the quote.')).toBe(0);
    expect(flags('The quote for Mark & Bill follows.')).toBe(0);
    expect(flags('Dear Mr Grant, the quote follows.')).toBe(0);
  });

  it('flags a story that addresses none of the two most severe risks', () => {
    expect(only('risk-addressed', sales('Hi Ana, training for your drivers.'), context)).toHaveLength(1);
    expect(only('risk-addressed', sales('Hi Ana, a delivery guarantee is included.'), context)).toEqual([]);
    expect(only('risk-addressed', sales('Hi Ana, your data is encrypted.'), context)).toEqual([]);
    expect(only('risk-addressed', sales('Hi Ana, no location data leaking anywhere.'), context)).toEqual([]);
    expect(only('risk-addressed', sales('Hi Ana, training for your drivers.'), { ...context, rules: { 'risk-addressed': ['warning', { topRisks: 3 }] } })).toEqual([]);
  });

  it('reports unknown-audience instead when the relationship is missing, and nothing without relationships', () => {
    const story = sales('Hello there.', { audience: { relationshipId: 'rel-nobody' } });
    expect(check(story, context).map((d) => d.ruleId).filter((id) => id !== 'required-theme' && id !== 'theme-coverage' && id !== 'tco-framing')).toEqual(['unknown-audience']);
    expect(only('unknown-audience', story)).toEqual([]);
    expect(only('personalisation', story)).toEqual([]);
  });
});

describe('segment-resonance, circulation, unknown-audience', () => {
  it('notes a marketing story that touches none of its segments\' interests', () => {
    const context = { segments: [segment] };
    expect(only('segment-resonance', marketing(ON), context)).toMatchObject([{ severity: 'info' }]);
    expect(only('segment-resonance', marketing(`${ON} Safety first.`), context)).toEqual([]);
    expect(only('segment-resonance', marketing(`${ON} Less fuel.`), context)).toEqual([]);
  });

  it('reads an interest as a theme id or a term by the plumb line at hand, for the same segment object', () => {
    // "safety" is a theme id in one plumb line and a plain term in the other: the segment's interest matcher is per plumb line.
    const withTheme = { ...plumbLine, themes: [...plumbLine.themes, { id: 'safety', label: 'Safety', terms: ['man-down alerts'] }] };
    const story = marketing(`${ON} Safety first.`);
    expect(checkStory(withTheme, story, { segments: [segment] }).filter((d) => d.ruleId === 'segment-resonance')).toHaveLength(1);
    expect(checkStory(plumbLine, story, { segments: [segment] }).filter((d) => d.ruleId === 'segment-resonance')).toEqual([]);
    expect(checkStory(withTheme, marketing(`${ON} Man-down alerts.`), { segments: [segment] }).filter((d) => d.ruleId === 'segment-resonance')).toEqual([]);
  });

  it('flags unknown segment ids and stays quiet about resonance then', () => {
    const story = marketing(ON, { audience: { segmentIds: ['fleets', 'miners'] } });
    expect(check(story, { segments: [segment] }).map((d) => [d.ruleId, d.actual])).toEqual([['unknown-audience', 'miners']]);
  });

  it('flags stories left uncirculated past maxAgeDays before asOf', () => {
    const story = marketing(ON, { publishedAt: '2026-01-01', lastCirculatedAt: '2026-06-01' });
    expect(only('circulation', story)).toEqual([]);
    expect(only('circulation', story, { asOf: '2026-08-30' })).toEqual([]);
    expect(only('circulation', story, { asOf: '2026-09-01' })).toMatchObject([{ severity: 'warning', actual: '2026-06-01' }]);
    expect(only('circulation', story, { asOf: new Date('2026-07-01'), rules: { circulation: ['warning', { maxAgeDays: 10 }] } })).toHaveLength(1);
    expect(only('circulation', marketing(ON, { publishedAt: '2026-01-01' }), { asOf: '2026-05-01' })).toHaveLength(1);
  });
});

describe('errors', () => {
  const code = (run: () => unknown): string | undefined => {
    try {
      run();
      return undefined;
    } catch (error) {
      return isPlumblineError(error, 'INVALID_ARGUMENT') ? error.details.argument : 'other';
    }
  };
  it('names the field', () => {
    expect(code(() => check(marketing(ON), { rules: { nope: 'off' } }))).toBe("context.rules['nope']");
    expect(code(() => check(marketing(ON), { rules: { 'preferred-term': 'loud' as 'off' } }))).toBe("context.rules['preferred-term']");
    expect(code(() => check(marketing(ON), { rules: { 'theme-coverage': ['warning', { minThemes: -1 }] } }))).toBe("context.rules['theme-coverage'][1].minThemes");
    // An option given as undefined takes its default.
    expect(check(marketing(ON), { rules: { 'theme-coverage': ['warning', { minThemes: undefined }] } })).toEqual(check(marketing(ON)));
    // Options are checked before any story: with the rule off, and where no story would reach the rule.
    expect(code(() => check(marketing(ON), { rules: { circulation: ['warning', { maxAgeDays: -5 }] } }))).toBe("context.rules['circulation'][1].maxAgeDays");
    expect(code(() => check(marketing(ON), { rules: { 'discount-talk': ['off', { leadWords: 1.5 }] } }))).toBe("context.rules['discount-talk'][1].leadWords");
    expect(code(() => check(marketing(ON), { rules: { 'tco-framing': ['warning', { minElements: '2' }] as never } }))).toBe("context.rules['tco-framing'][1].minElements");
    expect(code(() => check(marketing(ON), { rules: { 'tco-framing': ['warning', {}, 'extra'] as never } }))).toBe("context.rules['tco-framing']");
    expect(code(() => check(marketing(ON), { asOf: '2026-02-30' }))).toBe('context.asOf');
    expect(code(() => check(marketing(ON), { asOf: '2026-08-27T12:00:00' }))).toBe('context.asOf');
    expect(code(() => check(marketing(ON, { lastCirculatedAt: '26/11/2024' }), { asOf: '2026-11-26' }))).toBe('story.lastCirculatedAt');
    expect(code(() => check(marketing(ON), { rules: { 'theme-coverage': ['warning', { other: 1 }] } }))).toBe("context.rules['theme-coverage'][1].other");
    expect(code(() => check(marketing(ON), { asOf: 'yesterday' }))).toBe('context.asOf');
    expect(code(() => check({ ...marketing(ON), body: 5 as unknown as string }))).toBe('story.body');
    expect(code(() => compilePlumbLine({ ...plumbLine, claims: [{ id: 'c', label: 'C', terms: ['x'], value: 'lots' }] }))).toBe('plumbLine.claims[0].value');
  });

  it('names the field of a plumb line the rules cannot read, rather than failing inside a rule', () => {
    const { themes: _themes, ...noThemes } = plumbLine;
    expect(code(() => checkStory(noThemes as never, marketing(ON)))).toBe('plumbLine.themes');
    expect(code(() => checkStory({ ...plumbLine, themes: [{ id: 't', label: 'T' }] } as never, marketing(ON)))).toBe('plumbLine.themes[0].terms');
    expect(code(() => checkStory({ ...plumbLine, themes: [{ id: 't', terms: ['x'] }] } as never, marketing(ON)))).toBe('plumbLine.themes[0].label');
    expect(code(() => checkStory({ ...plumbLine, claims: [{ label: 'C', terms: ['x'] }] } as never, marketing(ON)))).toBe('plumbLine.claims[0].id');
  });

  it('checks what the rules read of the context records stories reach, naming the field', () => {
    const other = { ...relationship, id: 'other' };
    for (const [field, path] of [
      ['goals', 'goals'],
      ['risks', 'risks'],
      ['person', 'person'],
    ] as const) {
      expect(code(() => check(sales(ON), { relationships: [other, { ...relationship, [field]: undefined }] }))).toBe(`context.relationships[1].${path}`);
    }
    const badRisk = { ...relationship, risks: [{ id: 'r', kind: 'delivery', description: 'Late', severity: 'high' }] };
    expect(code(() => check(sales(ON), { relationships: [badRisk as never] }))).toBe('context.relationships[0].risks[0].severity');
    expect(code(() => check(marketing(ON), { segments: [{ ...segment, interests: undefined } as never] }))).toBe('context.segments[0].interests');
    // A broken record no story names is not read.
    expect(check(sales(ON), { relationships: [relationship, { ...other, goals: 5 } as never] })).toEqual(check(sales(ON), { relationships: [relationship] }));
  });

  it('compiles once per plumb line object and accepts the compiled form', () => {
    const compiled = compilePlumbLine(plumbLine);
    expect(compilePlumbLine(plumbLine)).toBe(compiled);
    expect(checkStory(compiled, marketing(`${ON} client`))).toEqual(check(marketing(`${ON} client`)));
  });
});

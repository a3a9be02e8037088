import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPlumblineError, parseModel, PlumblineError, Segment } from '@plumbline/core';
import type { SegmentCondition, SegmentRule } from '@plumbline/core';
import { matchesSegment } from '../../src/segment/matches-segment.js';
import { deepFreeze, segment, thrown } from './helpers.js';

const match = (record: object, rules: SegmentRule): boolean => matchesSegment(record, segment('s', rules));
const condition = (field: string, op: SegmentCondition['op'], value?: unknown): SegmentRule =>
  (value === undefined ? { field, op } : { field, op, value }) as SegmentRule;

function invalidArgument(run: () => unknown): { argument: string; expected: string; received: string } {
  const error = thrown(run);
  expect(isPlumblineError(error, 'INVALID_ARGUMENT')).toBe(true);
  return (error as PlumblineError<'INVALID_ARGUMENT'>).details;
}

describe('matchesSegment: the filter tree', () => {
  const record = deepFreeze({
    name: 'Severn Vale Water',
    company: { industry: 'utilities', employees: 1400, tags: ['Water', 'regulated'], address: { country: 'GB' }, churnedAt: null },
    emails: ['maren@example.com'],
  });

  it('combines all, any and not; empty all holds, empty any does not', () => {
    expect(match(record, { all: [] })).toBe(true);
    expect(match(record, { any: [] })).toBe(false);
    const utilities = condition('company.industry', 'eq', 'utilities');
    const logistics = condition('company.industry', 'eq', 'logistics');
    expect(match(record, { all: [utilities, condition('company.employees', 'gte', 1000)] })).toBe(true);
    expect(match(record, { all: [utilities, logistics] })).toBe(false);
    expect(match(record, { any: [logistics, utilities] })).toBe(true);
    expect(match(record, { not: logistics })).toBe(true);
    expect(match(record, { not: { not: utilities } })).toBe(true);
    expect(match(record, { all: [{ any: [logistics, { not: logistics }] }, { not: { all: [utilities, logistics] } }] })).toBe(true);
  });

  it('eq and neq compare strictly; null is a value', () => {
    expect(match(record, condition('company.employees', 'eq', 1400))).toBe(true);
    expect(match(record, condition('company.employees', 'eq', '1400'))).toBe(false);
    expect(match(record, condition('company.industry', 'eq', 'Utilities'))).toBe(false);
    expect(match(record, condition('company.industry', 'neq', 'logistics'))).toBe(true);
    expect(match(record, condition('company.churnedAt', 'eq', null))).toBe(true);
    expect(match(record, condition('company.churnedAt', 'neq', null))).toBe(false);
    expect(match(record, condition('company.tags', 'eq', 'Water'))).toBe(false);
  });

  it('in and nin look the field up; a list field is in when any item is', () => {
    expect(match(record, condition('company.address.country', 'in', ['GB', 'IE']))).toBe(true);
    expect(match(record, condition('company.address.country', 'nin', ['GB', 'IE']))).toBe(false);
    expect(match(record, condition('company.address.country', 'nin', ['DK']))).toBe(true);
    expect(match(record, condition('company.tags', 'in', ['regulated', 'private']))).toBe(true);
    expect(match(record, condition('company.tags', 'nin', ['regulated']))).toBe(false);
    expect(match(record, condition('company.churnedAt', 'in', [null]))).toBe(true);
  });

  it('gt gte lt lte between compare numbers, both ends of between included', () => {
    expect(match(record, condition('company.employees', 'gt', 1399))).toBe(true);
    expect(match(record, condition('company.employees', 'gt', 1400))).toBe(false);
    expect(match(record, condition('company.employees', 'gte', 1400))).toBe(true);
    expect(match(record, condition('company.employees', 'lt', 1400))).toBe(false);
    expect(match(record, condition('company.employees', 'lte', 1400))).toBe(true);
    expect(match(record, condition('company.employees', 'between', [1400, 1400]))).toBe(true);
    expect(match(record, condition('company.employees', 'between', [200, 1399]))).toBe(false);
    expect(match(record, condition('company.churnedAt', 'gt', 0))).toBe(false);
  });

  it('contains: case-insensitive substring of text, membership of a list', () => {
    expect(match(record, condition('name', 'contains', 'vale WATER'))).toBe(true);
    expect(match(record, condition('name', 'contains', 'gas'))).toBe(false);
    expect(match(record, condition('name', 'contains', 5))).toBe(false);
    expect(match(record, condition('company.tags', 'contains', 'water'))).toBe(true);
    expect(match(record, condition('company.tags', 'contains', 'wat'))).toBe(false);
    expect(match(record, condition('company.churnedAt', 'contains', 'x'))).toBe(false);
    expect(match({ scores: [1, 2, 3] }, condition('scores', 'contains', 2))).toBe(true);
  });

  it('exists: present and not null, or (value false) missing or null', () => {
    expect(match(record, condition('company.industry', 'exists'))).toBe(true);
    expect(match(record, condition('company.industry', 'exists', true))).toBe(true);
    expect(match(record, condition('company.churnedAt', 'exists'))).toBe(false);
    expect(match(record, condition('company.churnedAt', 'exists', false))).toBe(true);
    expect(match(record, condition('company.owner.email', 'exists'))).toBe(false);
    expect(match(record, condition('company.owner.email', 'exists', false))).toBe(true);
  });

  it('walks dot paths over own properties, arrays by index', () => {
    expect(match(record, condition('emails.0', 'eq', 'maren@example.com'))).toBe(true);
    expect(match(record, condition('emails.1', 'exists', false))).toBe(true);
    expect(match(record, condition('company.toString', 'exists'))).toBe(false);
    expect(match(record, condition('name.length', 'exists'))).toBe(false);
  });

  it('makes every condition on a missing field false, and not of it true', () => {
    const ops: [SegmentCondition['op'], unknown][] = [
      ['eq', 'x'], ['neq', 'x'], ['in', ['x']], ['nin', ['x']], ['gt', 1], ['gte', 1], ['lt', 1], ['lte', 1],
      ['between', [1, 2]], ['contains', 'x'], ['exists', true], ['gt', '2026-01-01'],
    ];
    for (const [op, value] of ops) {
      expect(match(record, condition('company.missing.deeper', op, value)), op).toBe(false);
      expect(match(record, { not: condition('company.missing.deeper', op, value) }), op).toBe(true);
    }
    expect(match(record, condition('company.missing', 'exists', false))).toBe(true);
  });

  it('compares dates as UTC days against an ISO date, as instants against a date-time', () => {
    const dated = { contractEndsAt: '2027-06-30T18:00:00Z', lastActivityAt: new Date('2025-06-01T08:00:00Z'), local: '2027-06-30T23:30:00-02:00' };
    expect(match(dated, condition('contractEndsAt', 'lte', '2027-06-30'))).toBe(true);
    expect(match(dated, condition('contractEndsAt', 'lt', '2027-06-30'))).toBe(false);
    expect(match(dated, condition('contractEndsAt', 'lte', '2027-06-30T12:00:00Z'))).toBe(false);
    expect(match(dated, condition('contractEndsAt', 'between', ['2027-06-30', '2027-06-30T18:00:00Z']))).toBe(true);
    expect(match(dated, condition('lastActivityAt', 'gte', '2025-06-01'))).toBe(true);
    expect(match(dated, condition('lastActivityAt', 'gt', '2025-06-01'))).toBe(false);
    // 23:30 at -02:00 is 01:30 UTC on 1 July.
    expect(match(dated, condition('local', 'gt', '2027-06-30'))).toBe(true);
    expect(match({ day: '2027-06-30' }, condition('day', 'between', ['2027-01-01', '2027-12-31']))).toBe(true);
  });

  it('throws for a value of the wrong type, naming the record path, never a silent false', () => {
    const company = { company: { name: 'Severn Vale Water', founded: '1989', when: 'soon', employees: Number.NaN, size: { n: 1 } } };
    const details = invalidArgument(() => match(company, condition('company.name', 'gt', 50)));
    expect(details.argument).toBe('record.company.name');
    expect(details.expected).toContain('a number');
    expect(details.expected).toContain('segment "s" (rules)');
    expect(details.received).toBe('"Severn Vale Water"');
    expect(invalidArgument(() => match(company, { all: [{ not: condition('company.founded', 'between', [1900, 2000]) }] })).expected).toContain('(rules.all[0].not)');
    expect(invalidArgument(() => match(company, condition('company.when', 'gt', '2026-01-01'))).argument).toBe('record.company.when');
    expect(invalidArgument(() => match(company, condition('company.employees', 'gt', 1))).argument).toBe('record.company.employees');
    expect(invalidArgument(() => match(company, condition('company.size', 'contains', 'x'))).argument).toBe('record.company.size');
    expect(invalidArgument(() => match({ n: 5 }, condition('n', 'gt', '2026-01-01'))).argument).toBe('record.n');
    expect(invalidArgument(() => match({ flag: true }, condition('flag', 'lt', 3))).argument).toBe('record.flag');
  });

  it('rejects malformed rules, naming the field of the segment', () => {
    const bad: [unknown, string][] = [
      [{ field: 'a', op: 'like', value: 'x' }, 'segment.rules.op'],
      [{ field: 'a..b', op: 'eq', value: 'x' }, 'segment.rules.field'],
      [{ all: [{ field: 'a', op: 'in', value: [] }] }, 'segment.rules.all[0].value'],
      [{ any: [{ field: 'a', op: 'gt', value: 'soon' }] }, 'segment.rules.any[0].value'],
      [{ field: 'a', op: 'between', value: [5, 1] }, 'segment.rules.value'],
      [{ field: 'a', op: 'between', value: [1, '2026-01-01'] }, 'segment.rules.value'],
      [{ field: 'a', op: 'eq', value: { x: 1 } }, 'segment.rules.value'],
      [{ field: 'a', op: 'exists', value: 'yes' }, 'segment.rules.value'],
      [{ field: 'a', op: 'eq', value: 1, extra: true }, 'segment.rules.extra'],
      [{ all: [], any: [] }, 'segment.rules'],
      [{ all: 'x' }, 'segment.rules.all'],
      [{ not: null }, 'segment.rules.not'],
      [null, 'segment.rules'],
    ];
    for (const [rules, argument] of bad) {
      expect(invalidArgument(() => matchesSegment({}, segment('s', rules as SegmentRule))).argument, JSON.stringify(rules)).toBe(argument);
    }
    expect(invalidArgument(() => matchesSegment({}, null as unknown as Segment)).argument).toBe('segment');
    expect(invalidArgument(() => matchesSegment('x' as never, segment('s', { all: [] }))).argument).toBe('record');
    expect(invalidArgument(() => matchesSegment([], segment('s', { all: [] }))).argument).toBe('record');
  });

  it('compiles a segment once: later calls do not read its rules again', () => {
    let reads = 0;
    const watch = <T extends object>(value: T): T =>
      new Proxy(value, {
        get(target, key, receiver) {
          reads += 1;
          const child: unknown = Reflect.get(target, key, receiver);
          return typeof child === 'object' && child !== null ? watch(child) : child;
        },
      });
    const rules = watch({ all: [{ field: 'company.industry', op: 'eq', value: 'utilities' }, { not: { field: 'x', op: 'exists' } }] }) as SegmentRule;
    const watched = segment('s', rules);
    expect(matchesSegment(record, watched)).toBe(true);
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    for (let index = 0; index < 10; index += 1) matchesSegment(record, watched);
    expect(reads).toBe(afterFirst);
    // A new rules object on the same segment is compiled afresh.
    const replaced = { ...watched, rules: { field: 'company.industry', op: 'eq', value: 'logistics' } as SegmentRule };
    expect(matchesSegment(record, replaced)).toBe(false);
  });
});

describe('matchesSegment on the sample segments', () => {
  const segments = (JSON.parse(readFileSync(new URL('../../examples/data/segments.json', import.meta.url), 'utf8')) as unknown[]).map((entry) =>
    parseModel(Segment, entry),
  );
  const byId = (id: string): Segment => {
    const found = segments.find((candidate) => candidate.id === id);
    if (found === undefined) throw new Error(id);
    return found;
  };

  it('puts a mid-sized British water utility in water-utilities, and not a churned one', () => {
    const company = { industry: 'utilities', subIndustry: 'water supply', employees: 1400, address: { country: 'GB' }, lifecycleStage: 'opportunity' };
    expect(matchesSegment({ company }, byId('water-utilities'))).toBe(true);
    expect(matchesSegment({ company: { ...company, subIndustry: undefined, tags: ['Water'] } }, byId('water-utilities'))).toBe(true);
    expect(matchesSegment({ company: { ...company, lifecycleStage: 'churned' } }, byId('water-utilities'))).toBe(false);
    expect(matchesSegment({ company: { ...company, employees: 5000 } }, byId('water-utilities'))).toBe(false);
  });

  it('reads the logistics rule: no telematics provider, or a contract ending by mid-2027', () => {
    const company = { industry: 'logistics', fleet: { vehicles: 240 }, address: { country: 'DK' }, lifecycleStage: 'opportunity' };
    expect(matchesSegment({ company }, byId('logistics-fleets'))).toBe(true);
    const locked = { ...company, telematics: { provider: 'Webfleet', contractEndsAt: '2028-03-31' } };
    expect(matchesSegment({ company: locked }, byId('logistics-fleets'))).toBe(false);
    const renewing = { ...company, telematics: { provider: 'Webfleet', contractEndsAt: '2027-06-30T17:00:00+02:00' } };
    expect(matchesSegment({ company: renewing }, byId('logistics-fleets'))).toBe(true);
    expect(matchesSegment({ company: { ...company, lifecycleStage: 'customer' } }, byId('logistics-fleets'))).toBe(false);
  });

  it('reads the construction rule: rental in the description, recent activity, an owner, outside North America', () => {
    const company = {
      industry: 'construction',
      description: 'Plant Hire and tool rental across Yorkshire',
      employees: 380,
      lastActivityAt: '2026-11-12',
      owner: { email: 'sam@fieldline.example' },
      address: { country: 'GB' },
    };
    expect(matchesSegment({ company }, byId('construction-rental'))).toBe(true);
    expect(matchesSegment({ company: { ...company, address: { country: 'US' } } }, byId('construction-rental'))).toBe(false);
    expect(matchesSegment({ company: { ...company, owner: {} } }, byId('construction-rental'))).toBe(false);
    expect(matchesSegment({ company: { ...company, lastActivityAt: '2025-05-31T23:59:59Z' } }, byId('construction-rental'))).toBe(false);
    expect(() => matchesSegment({ company: { ...company, employees: 'about 400' } }, byId('construction-rental'))).toThrow(PlumblineError);
  });
});

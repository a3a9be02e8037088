import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xnpv } from '@plumbline/core';
import { cents, DAY_2000, DAY_2040, expectInvalidArgument, formulaNumber, isoDate, runs } from './support.js';

const MS_VALUES = [-10000, 2750, 4250, 3250, 2750];
const MS_DATES = ['2008-01-01', '2008-03-01', '2008-10-30', '2009-02-15', '2009-04-01'];

describe('xnpv: Microsoft example (Excel XNPV function page)', () => {
  it('XNPV(0.09, values, dates) is 2,086.65 (2086.6476)', () => {
    expect(xnpv(0.09, MS_VALUES, MS_DATES)).toBeCloseTo(2086.65, 2);
    expect(xnpv(0.09, MS_VALUES, MS_DATES)).toBeCloseTo(2086.6476, 4);
  });

  it('gives the same with Date objects, at any time of day', () => {
    const midnight = MS_DATES.map((date) => new Date(`${date}T00:00:00Z`));
    const lastMillisecond = MS_DATES.map((date) => new Date(`${date}T23:59:59.999Z`));
    const expected = xnpv(0.09, MS_VALUES, MS_DATES);
    expect(xnpv(0.09, MS_VALUES, midnight)).toBe(expected);
    expect(xnpv(0.09, MS_VALUES, lastMillisecond)).toBe(expected);
  });

  it('reads ISO date-times by the UTC day of their instant, ignoring the time of day', () => {
    // Each names an instant on the same UTC day as MS_DATES: 2007-12-31 23:30 at -05:00 is 1 January 04:30 UTC.
    const dateTimes = ['2007-12-31T23:30:00-05:00', '2008-03-01T00:00:00Z', '2008-10-30T12:00:00+12:00', '2009-02-15T08:15:30.250+07:00', '2009-04-01T23:59:59Z'];
    expect(xnpv(0.09, MS_VALUES, dateTimes)).toBe(xnpv(0.09, MS_VALUES, MS_DATES));
  });

  it('counts an offset date-time by its UTC day, not by the date as written', () => {
    // 1 March 23:30 at -05:00 is 2 March 04:30 UTC.
    expect(xnpv(0.1, [-100, 110], ['2026-01-01', '2026-03-01T23:30:00-05:00'])).toBe(xnpv(0.1, [-100, 110], ['2026-01-01', '2026-03-02']));
    expect(xnpv(0.1, [-100, 110], ['2026-01-01', '2026-03-01T23:30:00-05:00'])).not.toBe(xnpv(0.1, [-100, 110], ['2026-01-01', '2026-03-01']));
    // 1 January 00:30 at +01:00 is 31 December UTC: before the first date.
    expectInvalidArgument(() => xnpv(0.1, [-100, 110], ['2026-01-01', '2026-01-01T00:30:00+01:00']), 'dates[1]');
  });
});

describe('xnpv: actual/365 from the first date, across leap days and year ends', () => {
  const discount = (rate: number, days: number): number => (1 + rate) ** (-days / 365);

  it('counts 29 days across 29 February 2028, 28 days in 2027', () => {
    expect(xnpv(0.1, [0, 1000], ['2028-02-01', '2028-03-01'])).toBeCloseTo(1000 * discount(0.1, 29), 10);
    expect(xnpv(0.1, [0, 1000], ['2027-02-01', '2027-03-01'])).toBeCloseTo(1000 * discount(0.1, 28), 10);
    expect(xnpv(0.1, [0, 1000], ['2028-02-28', '2028-02-29'])).toBeCloseTo(1000 * discount(0.1, 1), 10);
    expect(xnpv(0.1, [0, 1000], ['2028-02-29', '2028-03-01'])).toBeCloseTo(1000 * discount(0.1, 1), 10);
  });

  it('counts a leap year as 366/365 years and a common year as exactly 1', () => {
    expect(xnpv(0.1, [-100, 110], ['2027-06-30', '2028-06-30'])).toBeCloseTo(-100 + 110 * discount(0.1, 366), 12);
    expect(xnpv(0.1, [-100, 110], ['2026-06-30', '2027-06-30'])).toBeCloseTo(0, 12);
  });

  it('counts one day from 31 December to 1 January, and 2000 (a leap century) and 2100 (not) right', () => {
    expect(xnpv(0.1, [0, 365], ['2026-12-31', '2027-01-01'])).toBeCloseTo(365 * discount(0.1, 1), 10);
    expect(xnpv(0.1, [0, 1], ['2000-02-28', '2000-03-01'])).toBeCloseTo(discount(0.1, 2), 14);
    expect(xnpv(0.1, [0, 1], ['2100-02-28', '2100-03-01'])).toBeCloseTo(discount(0.1, 1), 14);
  });

  it('does not discount the first value, and lets later dates come in any order', () => {
    expect(xnpv(0.5, [123], ['2026-05-01'])).toBe(123);
    const inOrder = xnpv(0.07, [-1000, 300, 400, 500], ['2026-01-01', '2026-06-01', '2027-01-01', '2027-06-01']);
    const shuffled = xnpv(0.07, [-1000, 500, 300, 400], ['2026-01-01', '2027-06-01', '2026-06-01', '2027-01-01']);
    expect(shuffled).toBeCloseTo(inOrder, 10);
  });
});

describe('xnpv: agreement with @formulajs/formulajs XNPV', () => {
  // formulajs reads 'YYYY-MM-DD' as local midnight and counts days in local time (DAYS, startOfDay);
  // Plumbline counts UTC calendar dates. The day counts are the same wherever local midnights stay on
  // the same calendar day, which includes UTC, where CI runs.
  const schedule = fc
    .tuple(
      fc.integer({ min: DAY_2000, max: DAY_2040 - 4000 }),
      fc.array(fc.tuple(cents(-1e6, 1e6), fc.integer({ min: 0, max: 4000 })), { minLength: 0, maxLength: 40 }),
      cents(-1e6, 1e6),
    )
    .map(([first, later, firstValue]) => ({
      values: [firstValue, ...later.map(([value]) => value)],
      dates: [isoDate(first), ...later.map(([, offset]) => isoDate(first + offset))],
    }));

  it('matches XNPV(rate, values, dates) to 1e-9 relative on 500 seeded random schedules', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.double({ min: -0.95, max: 3, noNaN: true }), schedule, (rate, { values, dates }) => {
        const expected = formulaNumber(formulajs.XNPV(rate, values, dates));
        if (expected === undefined) return;
        compared += 1;
        const actual = xnpv(rate, values, dates);
        const first = Date.parse(dates[0] ?? '');
        const size = values.reduce((sum, value, index) => sum + Math.abs(value) * (1 + rate) ** (-(Date.parse(dates[index] ?? '') - first) / 864e5 / 365), 0);
        expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected) + 1e-12 * size);
      }),
      runs(500),
    );
    expect(compared).toBe(500);
  });

  it('is as strict as Excel where formulajs is not: a date before the first is an error here', () => {
    expect(typeof formulajs.XNPV(0.1, [-100, 110], ['2026-01-01', '2025-01-01'])).toBe('number');
    expectInvalidArgument(() => xnpv(0.1, [-100, 110], ['2026-01-01', '2025-01-01']), 'dates[1]');
  });
});

describe('xnpv: inputs', () => {
  it('never mutates its inputs (frozen arrays of strings and Dates)', () => {
    const values = Object.freeze([...MS_VALUES]);
    const dates = Object.freeze(MS_DATES.map((date) => new Date(`${date}T12:00:00Z`)));
    const times = dates.map((date) => date.getTime());
    expect(xnpv(0.09, values, dates)).toBeCloseTo(2086.6476, 4);
    expect(values).toEqual(MS_VALUES);
    expect(dates.map((date) => date.getTime())).toEqual(times);
  });

  it('accepts strings and Dates mixed', () => {
    const mixed = [MS_DATES[0] ?? '', new Date('2008-03-01T00:00:00Z'), MS_DATES[2] ?? '', new Date('2009-02-15T18:00:00Z'), MS_DATES[4] ?? ''];
    expect(xnpv(0.09, MS_VALUES, mixed)).toBe(xnpv(0.09, MS_VALUES, MS_DATES));
  });
});

describe('xnpv: invalid arguments name the field', () => {
  it.each([
    ['-1', -1],
    ['below -1', -1.5],
    ['NaN', Number.NaN],
    ['a string', '9%'],
  ])('rate %s', (_, rate) => {
    expectInvalidArgument(() => xnpv(rate as number, [1, 2], ['2026-01-01', '2026-02-01']), 'rate');
  });

  it('values empty, or not numbers', () => {
    expectInvalidArgument(() => xnpv(0.1, [], []), 'values');
    expectInvalidArgument(() => xnpv(0.1, [1, Number.NaN], ['2026-01-01', '2026-02-01']), 'values[1]');
  });

  it('dates of another length than values, or not an array', () => {
    const error = expectInvalidArgument(() => xnpv(0.1, [1, 2, 3], ['2026-01-01', '2026-02-01']), 'dates');
    expect(error.details).toMatchObject({ expected: 'an array of 3 dates, one per value', received: 'an array of 2' });
    expectInvalidArgument(() => xnpv(0.1, [1], '2026-01-01' as unknown as string[]), 'dates');
  });

  it.each([
    ['2026-02-30', 'a day the month does not have'],
    ['2027-02-29', '29 February of a common year'],
    ['2100-02-29', '29 February of a century that is not a leap year'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-04-31', '31 April'],
    ['2026-1-5', 'no zero padding'],
    ['26-01-05', 'a two-digit year'],
    ['05/01/2026', 'not ISO'],
    ['2026-01-05T25:00:00Z', 'hour 25'],
    ['2026-01-05T10:61:00Z', 'minute 61'],
    ['2026-01-05T10:00:00', 'a date-time without Z or an offset'],
    ['2026-01-05T10:00', 'a date-time without seconds or an offset'],
    ['2026-01-05T10:00Z', 'a date-time without seconds, as the models reject it'],
    ['2026-01-05T10:00:00+0100', 'an offset without a colon'],
    ['2026-01-05T10:00:00+01', 'an offset of hours only'],
    ['2026-01-05t10:00:00z', 'a lower-case t and z'],
    ['2026-01-05 10:00', 'a space for the T'],
    ['tomorrow', 'words'],
    ['', 'an empty string'],
  ])('%s (%s) names dates[1]', (date) => {
    const error = expectInvalidArgument(() => xnpv(0.1, [-100, 110], ['2026-01-01', date]), 'dates[1]');
    expect(error.details).toMatchObject({ received: JSON.stringify(date) });
  });

  it.each([
    ['an invalid Date', new Date(Number.NaN)],
    ['a number', 46023],
    ['null', null],
    ['undefined', undefined],
    ['an object', { year: 2026 }],
  ])('%s names the exact index', (_, date) => {
    expectInvalidArgument(() => xnpv(0.1, [-100, 50, 60], ['2026-01-01', '2026-06-01', date as unknown as string]), 'dates[2]');
    expectInvalidArgument(() => xnpv(0.1, [-100, 50, 60], [date as unknown as string, '2026-06-01', '2027-01-01']), 'dates[0]');
  });

  it('a date before the first names it, as Excel returns #NUM!', () => {
    const error = expectInvalidArgument(() => xnpv(0.1, [-100, 50, 60], ['2026-01-01', '2026-06-01', '2025-12-31']), 'dates[2]');
    expect(error.message).toContain('on or after dates[0]');
  });
});

// The internal calendar of XNPV and XIRR: day numbers and actual/365 year fractions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/common/calendar.js';
import { dayNumber, yearFractions } from '../../src/finance/day-count.js';
import { expectInvalidArgument, runs } from './support.js';

describe('day numbers', () => {
  it('equal Date.UTC(y, m - 1, d) / 86400000 for every real date from year 100 to 9999', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), (date) => {
        const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const expected = Date.UTC(year, month - 1, day) / 86_400_000;
        expect(daysFromCivil(year, month, day)).toBe(expected);
        expect(dayNumber(date, 'date')).toBe(expected);
        expect(dayNumber(date.toISOString().slice(0, 10), 'date')).toBe(expected);
        expect(dayNumber(date.toISOString(), 'date')).toBe(expected);
      }),
      runs(500),
    );
  });

  it('do not shift years 0-99 to the 1900s, as Date.UTC does', () => {
    expect(dayNumber('0050-03-01', 'date') - dayNumber('0050-02-28', 'date')).toBe(1);
    // 1,900 years of 365 days, plus the 475 years divisible by 4 from 52 to 1948, less the 15 centuries
    // among them not divisible by 400
    expect(dayNumber('1950-01-01', 'date') - dayNumber('0050-01-01', 'date')).toBe(1900 * 365 + 475 - 15);
  });

  it('accept the date-time forms with Z, an offset (±HH:MM, ±HHMM, ±HH) or none, and ignore the time', () => {
    const day = dayNumber('2026-11-26', 'date');
    for (const text of ['2026-11-26T09:30Z', '2026-11-26T09:30:00+01:00', '2026-11-26T23:59:59.999-0800', '2026-11-26T00:00:00+14', '2026-11-26t10:00:00z', '2026-11-26T10:00']) {
      expect(dayNumber(text, 'date')).toBe(day);
    }
  });

  it('reject impossible times and offsets', () => {
    for (const text of ['2026-11-26T24:00Z', '2026-11-26T10:60Z', '2026-11-26T10:00:61Z', '2026-11-26T10:00+24:00', '2026-11-26T10:00+05:60', '2026-11-26T10Z', '2026-11-26Z']) {
      expectInvalidArgument(() => dayNumber(text, 'dates[4]'), 'dates[4]');
    }
  });
});

describe('year fractions', () => {
  it('are actual/365 from the first date', () => {
    expect(yearFractions(['2028-01-01', '2028-12-31', '2029-01-01', '2028-01-01'], 4)).toEqual([0, 365 / 365, 366 / 365, 0]);
  });
});

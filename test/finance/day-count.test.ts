// The internal calendar of XNPV and XIRR: day numbers and actual/365 year fractions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/common/calendar.js';
import { parseInstant, utcDay } from '../../src/common/instant.js';
import { IsoDateOrDateTime } from '../../src/common/schema.js';
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

  it('count a date-time with Z or an offset by the UTC day of its instant, ignoring the time', () => {
    const day = dayNumber('2026-11-26', 'date');
    for (const text of ['2026-11-26T00:00:00Z', '2026-11-26T09:30:00+01:00', '2026-11-26T23:59:59.999Z', '2026-11-26T15:59:59.999-08:00', '2026-11-27T00:00:00+14:00', '2026-11-25T23:30:00-05:00']) {
      expect(dayNumber(text, 'date')).toBe(day);
    }
    // The date as written is not the day: late in the evening west of UTC is the next UTC day, early east of it the day before.
    expect(dayNumber('2026-03-01T23:30:00-05:00', 'date')).toBe(dayNumber('2026-03-02', 'date'));
    expect(dayNumber('2026-03-01T00:30:00+01:00', 'date')).toBe(dayNumber('2026-02-28', 'date'));
    expect(dayNumber('2026-12-31T20:00:00-04:00', 'date')).toBe(dayNumber('2027-01-01', 'date'));
  });

  it('equal the UTC day of parseInstant for any instant written with any offset (one parser for every date)', () => {
    const pad = (value: number): string => String(value).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) }),
        fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }),
        (ms, offset) => {
          // The instant's wall clock at the offset, written with that offset.
          const wall = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const text = `${wall}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          expect(parseInstant(text)).toBe(ms);
          expect(dayNumber(text, 'date')).toBe(utcDay(ms));
          expect(dayNumber(new Date(ms), 'date')).toBe(utcDay(ms));
        },
      ),
      runs(500),
    );
  });

  it('accept exactly what the models accept: a date-time without Z or an offset names no instant', () => {
    for (const text of ['2026-11-26T10:00:00', '2026-11-26T10:00', '2026-11-26T09:30Z', '2026-11-26T23:59:59.999-0800', '2026-11-26T00:00:00+14', '2026-11-26t10:00:00z']) {
      expect(IsoDateOrDateTime.safeParse(text).success).toBe(false);
      const error = expectInvalidArgument(() => dayNumber(text, 'dates[4]'), 'dates[4]');
      expect(error.message).toContain('with Z or an offset');
    }
    for (const text of ['2026-11-26', '2026-11-26T10:00:00Z', '2026-11-26T10:00:00.5+05:30', '2026-11-26T10:00:00-00:00']) {
      expect(IsoDateOrDateTime.safeParse(text).success).toBe(true);
      expect(dayNumber(text, 'date')).toBe(dayNumber('2026-11-26', 'date'));
    }
  });

  it('reject impossible times and offsets', () => {
    for (const text of ['2026-11-26T24:00:00Z', '2026-11-26T10:60:00Z', '2026-11-26T10:00:61Z', '2026-11-26T10:00:00+24:00', '2026-11-26T10:00:00+05:60', '2026-11-26T10Z', '2026-11-26Z', '2026-11-26T10:00:00.Z']) {
      expectInvalidArgument(() => dayNumber(text, 'dates[4]'), 'dates[4]');
    }
  });
});

describe('year fractions', () => {
  it('are actual/365 from the first date', () => {
    expect(yearFractions(['2028-01-01', '2028-12-31', '2029-01-01', '2028-01-01'], 4)).toEqual([0, 365 / 365, 366 / 365, 0]);
  });
});

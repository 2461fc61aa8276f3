import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  datesBetween,
  daysBetween,
  easterSunday,
  formatDate,
  formatTimeZone,
  isoWeekday,
  localDateTimeToUtc,
  nextWeekday,
  sameDayMonthsLater,
  startOfDayIn,
  startOfWeek,
  today,
  toLocalDateTime,
  toLocalMoment,
  zonedToUtc,
} from './dates';

const date = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  test('days and months move across month, year and leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-01');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-01');
    expect(addYears('2028-02-29', -1)).toBe('2027-02-28');
  });

  test('a one-month time limit ends on the same day, or on the last day of a shorter month', () => {
    expect(sameDayMonthsLater('2027-03-15', 1)).toBe('2027-04-15');
    expect(sameDayMonthsLater('2027-01-31', 1)).toBe('2027-02-28');
    expect(sameDayMonthsLater('2028-01-30', 1)).toBe('2028-02-29');
    expect(sameDayMonthsLater('2027-12-31', 1)).toBe('2028-01-31');
  });

  test('Easter falls where the calendars print it', () => {
    expect(['2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual([
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
    ]);
  });

  test('weeks start on Monday, also across a month and a year', () => {
    expect(startOfWeek('2027-01-01')).toBe('2026-12-28');
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(nextWeekday('2026-11-20', 1)).toBe('2026-11-23');
    expect(nextWeekday('2026-11-23', 1)).toBe('2026-11-23');
  });

  test('a range lists its days without the end, across the change to winter time', () => {
    expect(datesBetween('2027-10-30', '2027-11-02')).toEqual([
      '2027-10-30',
      '2027-10-31',
      '2027-11-01',
    ]);
  });

  test('adding the days between two dates leads from one to the other', () => {
    fc.assert(
      fc.property(date, date, (from, to) => {
        expect(addDays(from, daysBetween(from, to))).toBe(to);
      }),
    );
  });

  test('shows the date as written, in the reader language', () => {
    expect(formatDate('2027-03-01', 'fr', { weekday: 'long', day: 'numeric', month: 'long' })).toBe(
      'lundi 1 mars',
    );
  });

  test("today is the zone's date", () => {
    expect(today('Europe/Paris', new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(today('UTC', new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  test("a day begins at the zone's midnight, on the day the clocks change too", () => {
    // 28 March 2027: Paris goes from UTC+1 to UTC+2 at 02:00; the day began at 23:00 UTC.
    expect(startOfDayIn(new Date('2027-03-28T18:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2027-03-27T23:00:00.000Z',
    );
    expect(startOfDayIn(new Date('2027-03-29T18:00:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2027-03-28T22:00:00.000Z',
    );
    // 23:30 UTC on 31 December is already 1 January in Paris: its day began at 23:00 UTC.
    expect(startOfDayIn(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris').toISOString()).toBe(
      '2026-12-31T23:00:00.000Z',
    );
  });
});

describe('wall-clock times in a zone', () => {
  test('reads instants on the clocks of the zone, summer and winter', () => {
    expect(toLocalMoment(new Date('2025-03-31T07:00:00Z'), 'Europe/Paris')).toEqual({
      date: '2025-03-31',
      secondOfDay: 9 * 3600,
    });
    expect(toLocalDateTime(new Date('2025-12-01T23:30:00Z'), 'Europe/Paris')).toBe(
      '2025-12-02T00:30',
    );
  });

  test('a skipped time does not exist, a repeated one is its earlier instant', () => {
    expect(localDateTimeToUtc('2027-03-28T02:30', 'Europe/Paris')).toBeNull();
    expect(localDateTimeToUtc('2027-10-31T02:30', 'Europe/Paris')?.toISOString()).toBe(
      '2027-10-31T00:30:00.000Z',
    );
    expect(zonedToUtc('2025-10-28', 600, 'Europe/Paris')?.toISOString()).toBe(
      '2025-10-28T09:00:00.000Z',
    );
    expect(zonedToUtc('2025-10-28', 24 * 60, 'America/New_York')?.toISOString()).toBe(
      '2025-10-29T04:00:00.000Z',
    );
  });

  test('an existing wall-clock time reads back the same', () => {
    const zones = fc.constantFrom(
      'Europe/Paris',
      'America/Sao_Paulo',
      'Australia/Lord_Howe',
      'UTC',
    );
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 1439 }), zones, (day, minute, zone) => {
        const instant = zonedToUtc(day, minute, zone);
        if (instant === null) return;
        expect(toLocalMoment(instant, zone)).toEqual({ date: day, secondOfDay: minute * 60 });
      }),
    );
  });

  test('refuses an unknown zone instead of guessing', () => {
    expect(() => toLocalMoment(new Date(), 'Mars/Base')).toThrow(RangeError);
  });
});

describe('formatTimeZone', () => {
  test('names a zone as people do, in the reader language, for the date given', () => {
    const winter = new Date('2027-01-15T12:00:00Z');
    expect(formatTimeZone('Europe/Paris', 'fr', winter)).toBe('heure d’Europe centrale');
    expect(formatTimeZone('Europe/Berlin', 'de', winter)).toBe('Mitteleuropäische Zeit');
    expect(formatTimeZone('America/Martinique', 'en', winter)).toBe('Atlantic Standard Time');
  });

  test('refuses a zone that does not exist', () => {
    expect(() => formatTimeZone('Europe/Atlantis', 'fr')).toThrow(RangeError);
  });
});

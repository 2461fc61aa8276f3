import { describe, expect, test } from 'vitest';
import { addMonths, datesBetween, formatDate, isoWeekday, startOfWeek } from './dates';

describe('calendar dates', () => {
  test('weeks start on Monday, also across a month and a year', () => {
    expect(startOfWeek('2027-01-01')).toBe('2026-12-28');
    expect(isoWeekday('2026-11-22')).toBe(7);
  });

  test('months move from their first day, whatever their length', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-01');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-01');
  });

  test('a range lists its days without the end, across the change to winter time', () => {
    expect(datesBetween('2027-10-30', '2027-11-02')).toEqual([
      '2027-10-30',
      '2027-10-31',
      '2027-11-01',
    ]);
  });

  test('shows the date as written, in the reader language', () => {
    expect(formatDate('2027-03-01', 'fr', { weekday: 'long', day: 'numeric', month: 'long' })).toBe(
      'lundi 1 mars',
    );
  });
});

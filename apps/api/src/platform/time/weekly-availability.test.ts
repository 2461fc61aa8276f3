import { isKnownTimeZone } from '@tutti/contracts';
import { toLocalMoment } from '@tutti/kit/dates';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInterval, localSegments } from './weekly-availability';

const instant = fc.date({
  min: new Date('2020-01-01T00:00:00Z'),
  max: new Date('2035-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const zone = fc.constantFrom('Europe/Paris', 'Europe/Berlin', 'Indian/Reunion', 'UTC');

describe('weekly availability properties', () => {
  it('accepts every valid interval when there are no windows and no excluded dates', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 3 * 86_400 }), zone, (start, seconds, tz) => {
        const end = new Date(start.getTime() + seconds * 1000);
        const result = checkInterval({
          windows: [],
          excluded: [],
          startsAt: start,
          endsAt: end,
          timeZone: tz,
        });
        expect(result).toEqual({ ok: true });
      }),
    );
  });

  it('accepts every interval when every weekday is open all day', () => {
    const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      startsAt: '00:00',
      endsAt: '24:00',
    }));
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 3 * 86_400 }), zone, (start, seconds, tz) => {
        const end = new Date(start.getTime() + seconds * 1000);
        expect(
          checkInterval({
            windows: allWeek,
            excluded: [],
            startsAt: start,
            endsAt: end,
            timeZone: tz,
          }),
        ).toEqual({ ok: true });
      }),
    );
  });

  it('splits an interval into consecutive local days, each within the day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 5 * 86_400 }), zone, (start, seconds, tz) => {
        const segments = localSegments(start, new Date(start.getTime() + seconds * 1000), tz);
        expect(segments[0]!.date).toBe(toLocalMoment(start, tz).date);
        for (const segment of segments) {
          expect(segment.fromSecond).toBeLessThan(segment.toSecond);
          expect(segment.toSecond).toBeLessThanOrEqual(86_400);
        }
      }),
    );
  });
});

describe('isKnownTimeZone', () => {
  it('knows IANA names and refuses made-up or offset-style names', () => {
    expect(isKnownTimeZone('Europe/Paris')).toBe(true);
    expect(isKnownTimeZone('America/Port-au-Prince')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone('Europe/Paris; drop table')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isArtistAvailable } from './index';

// A percussionist who works Tuesday and Thursday daytime, away for a tour at the end of October.
const availability = [
  { weekday: 2, startsAt: '09:00:00', endsAt: '17:00:00' },
  { weekday: 4, startsAt: '09:00:00', endsAt: '17:00:00' },
];
const unavailability = [{ startsOn: '2025-10-27', endsOn: '2025-10-31', reason: 'Tournée' }];

function check(startsAt: string, endsAt: string) {
  return isArtistAvailable({
    availability,
    unavailability,
    startsAt,
    endsAt,
    timeZone: 'Europe/Paris',
  });
}

describe('isArtistAvailable across the change to winter time (Sunday 26 October 2025)', () => {
  it('refuses Tuesday 21 October 14:00–16:00 UTC: 16:00–18:00 local is too late (summer time)', () => {
    expect(check('2025-10-21T14:00:00Z', '2025-10-21T16:00:00Z')).toMatchObject({
      ok: false,
      reason: { code: 'outside_availability', localStartsAt: '16:00', localEndsAt: '18:00' },
    });
  });

  it('accepts Thursday 23 October 13:00–15:00 UTC: 15:00–17:00 local, the end of the day', () => {
    expect(check('2025-10-23T13:00:00Z', '2025-10-23T15:00:00Z')).toEqual({ ok: true });
  });

  it('accepts Tuesday 4 November 15:00–16:00 UTC: 16:00–17:00 local once back on UTC+1', () => {
    expect(check('2025-11-04T15:00:00Z', '2025-11-04T16:00:00Z')).toEqual({ ok: true });
  });

  it('refuses Tuesday 28 October during the tour, naming the dates and the reason', () => {
    expect(check('2025-10-28T09:00:00Z', '2025-10-28T10:00:00Z')).toEqual({
      ok: false,
      reason: {
        code: 'unavailable',
        message: 'The artist is unavailable from 2025-10-27 to 2025-10-31 (Tournée)',
        startsOn: '2025-10-27',
        endsOn: '2025-10-31',
        note: 'Tournée',
      },
    });
  });

  it('refuses a Monday, when the artist has no window at all', () => {
    expect(check('2025-11-03T09:00:00Z', '2025-11-03T10:00:00Z')).toMatchObject({
      ok: false,
      reason: { code: 'outside_availability', weekday: 1, windowsThatDay: [] },
    });
  });

  it('treats an artist without windows as available except on unavailable dates', () => {
    const free = { availability: [], unavailability, timeZone: 'Europe/Paris' };
    expect(
      isArtistAvailable({
        ...free,
        startsAt: '2025-11-02T18:00:00Z',
        endsAt: '2025-11-02T20:00:00Z',
      }),
    ).toEqual({ ok: true });
    expect(
      isArtistAvailable({
        ...free,
        startsAt: '2025-10-31T18:00:00Z',
        endsAt: '2025-10-31T20:00:00Z',
      }),
    ).toMatchObject({ ok: false, reason: { code: 'unavailable' } });
  });
});

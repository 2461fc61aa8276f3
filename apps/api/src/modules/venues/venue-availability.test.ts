import { describe, expect, it } from 'vitest';
import { isVenueAvailable } from './index';

// Salle des fêtes open Monday mornings and Wednesday afternoons, closed for works in April 2025.
const availability = [
  { weekday: 1, startsAt: '09:00:00', endsAt: '12:00:00' },
  { weekday: 3, startsAt: '14:00:00', endsAt: '18:00:00' },
];
const blackouts = [{ startsOn: '2025-04-14', endsOn: '2025-04-25', reason: 'Travaux' }];
const paris = 'Europe/Paris';

function check(startsAt: string, endsAt: string, timeZone = paris) {
  return isVenueAvailable({ availability, blackouts, startsAt, endsAt, timeZone });
}

describe('isVenueAvailable across the change to summer time (Sunday 30 March 2025)', () => {
  it('accepts Monday 24 March 08:00–10:00 UTC: 09:00–11:00 in Paris (winter time, UTC+1)', () => {
    expect(check('2025-03-24T08:00:00Z', '2025-03-24T10:00:00Z')).toEqual({ ok: true });
  });

  it('accepts Monday 31 March 07:00–09:00 UTC: 09:00–11:00 in Paris (summer time, UTC+2)', () => {
    expect(check('2025-03-31T07:00:00Z', '2025-03-31T09:00:00Z')).toEqual({ ok: true });
  });

  it('refuses the same UTC hours a week earlier: 08:00–10:00 local, before the opening', () => {
    const result = check('2025-03-24T07:00:00Z', '2025-03-24T09:00:00Z');
    expect(result).toMatchObject({
      ok: false,
      reason: {
        code: 'outside_availability',
        localDate: '2025-03-24',
        weekday: 1,
        localStartsAt: '08:00',
        localEndsAt: '10:00',
        windowsThatDay: [{ weekday: 1, startsAt: '09:00:00', endsAt: '12:00:00' }],
      },
    });
    expect(result.ok || result.reason.message).toBe(
      'Monday 2025-03-24 08:00–10:00 (Europe/Paris) is outside the availability of the venue on that day (09:00–12:00)',
    );
  });

  it('refuses Monday 31 March 09:30–10:30 UTC (11:30–12:30 local) but accepted it on the 24th (10:30–11:30)', () => {
    expect(check('2025-03-31T09:30:00Z', '2025-03-31T10:30:00Z')).toMatchObject({
      ok: false,
      reason: { code: 'outside_availability', localStartsAt: '11:30', localEndsAt: '12:30' },
    });
    expect(check('2025-03-24T09:30:00Z', '2025-03-24T10:30:00Z')).toEqual({ ok: true });
  });

  it('reads wall-clock times on the night of the change: 00:30–01:30 UTC is 01:30–03:30 local', () => {
    const nightWindow = [{ weekday: 7, startsAt: '01:00', endsAt: '03:00' }];
    const result = isVenueAvailable({
      availability: nightWindow,
      blackouts: [],
      startsAt: '2025-03-30T00:30:00Z',
      endsAt: '2025-03-30T01:30:00Z',
      timeZone: paris,
    });
    expect(result).toMatchObject({
      ok: false,
      reason: { localDate: '2025-03-30', localStartsAt: '01:30', localEndsAt: '03:30' },
    });
  });

  it('refuses a session on a weekday without any window (Tuesday)', () => {
    expect(check('2025-03-25T08:00:00Z', '2025-03-25T09:00:00Z')).toMatchObject({
      ok: false,
      reason: { code: 'outside_availability', weekday: 2, windowsThatDay: [] },
    });
  });
});

describe('isVenueAvailable with blackout dates', () => {
  it('refuses a Wednesday afternoon inside the works, naming the dates and the reason', () => {
    const result = check('2025-04-16T12:00:00Z', '2025-04-16T13:30:00Z');
    expect(result).toEqual({
      ok: false,
      reason: {
        code: 'blackout',
        message: 'The venue is closed from 2025-04-14 to 2025-04-25 (Travaux)',
        startsOn: '2025-04-14',
        endsOn: '2025-04-25',
        note: 'Travaux',
      },
    });
  });

  it('compares local dates: 22:30 UTC on 13 April is already 14 April in Paris', () => {
    const result = isVenueAvailable({
      availability: [],
      blackouts,
      startsAt: '2025-04-13T22:30:00Z',
      endsAt: '2025-04-13T23:00:00Z',
      timeZone: paris,
    });
    expect(result).toMatchObject({ ok: false, reason: { code: 'blackout' } });
    expect(
      isVenueAvailable({
        availability: [],
        blackouts,
        startsAt: '2025-04-13T21:00:00Z',
        endsAt: '2025-04-13T21:59:00Z',
        timeZone: paris,
      }),
    ).toEqual({ ok: true });
  });

  it('accepts the Wednesday after the works (30 April, 14:00–16:00 local)', () => {
    expect(check('2025-04-30T12:00:00Z', '2025-04-30T14:00:00Z')).toEqual({ ok: true });
  });
});

describe('isVenueAvailable edge cases', () => {
  it('treats a venue without windows as open at any time', () => {
    const result = isVenueAvailable({
      availability: [],
      blackouts: [],
      startsAt: '2025-12-24T22:00:00Z',
      endsAt: '2025-12-25T01:00:00Z',
      timeZone: paris,
    });
    expect(result).toEqual({ ok: true });
  });

  it('joins back-to-back windows: 11:00–13:00 fits 09:00–12:00 followed by 12:00–14:00', () => {
    const result = isVenueAvailable({
      availability: [
        { weekday: 5, startsAt: '12:00', endsAt: '14:00' },
        { weekday: 5, startsAt: '09:00', endsAt: '12:00' },
      ],
      blackouts: [],
      startsAt: '2025-06-06T09:00:00Z',
      endsAt: '2025-06-06T11:00:00Z',
      timeZone: paris,
    });
    expect(result).toEqual({ ok: true });
  });

  it('checks each local day of a concert running past midnight', () => {
    const saturdayEvening = { weekday: 6, startsAt: '18:00', endsAt: '24:00' };
    const input = {
      blackouts: [],
      startsAt: '2025-06-07T18:00:00Z', // Saturday 20:00 local
      endsAt: '2025-06-07T23:00:00Z', // Sunday 01:00 local
      timeZone: paris,
    };
    expect(isVenueAvailable({ ...input, availability: [saturdayEvening] })).toMatchObject({
      ok: false,
      reason: { localDate: '2025-06-08', localStartsAt: '00:00', localEndsAt: '01:00' },
    });
    const sundayNight = { weekday: 7, startsAt: '00:00', endsAt: '02:00' };
    expect(isVenueAvailable({ ...input, availability: [saturdayEvening, sundayNight] })).toEqual({
      ok: true,
    });
  });

  it('lets a session end exactly at local midnight inside a window ending at 24:00', () => {
    const result = isVenueAvailable({
      availability: [{ weekday: 6, startsAt: '18:00', endsAt: '24:00' }],
      blackouts: [],
      startsAt: '2025-06-07T20:00:00Z',
      endsAt: '2025-06-07T22:00:00Z',
      timeZone: paris,
    });
    expect(result).toEqual({ ok: true });
  });

  it('reads the windows in the given zone: 09:00 UTC is 13:00 in La Réunion', () => {
    expect(check('2025-03-24T05:00:00Z', '2025-03-24T07:00:00Z', 'Indian/Reunion')).toEqual({
      ok: true,
    });
    expect(check('2025-03-24T09:00:00Z', '2025-03-24T10:00:00Z', 'Indian/Reunion')).toMatchObject({
      ok: false,
      reason: { localStartsAt: '13:00' },
    });
  });

  it('refuses an interval whose end is not after its start', () => {
    expect(check('2025-03-24T10:00:00Z', '2025-03-24T10:00:00Z')).toMatchObject({
      ok: false,
      reason: { code: 'invalid_interval' },
    });
    expect(check('not a date', '2025-03-24T10:00:00Z')).toMatchObject({
      ok: false,
      reason: { code: 'invalid_interval' },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { demoSeason, easterWeekend, schoolHolidays } from './demo-places-data';

describe('the demo season', () => {
  it('is the school year under way: from September, else the one that started the year before', () => {
    expect(demoSeason(new Date('2026-11-22T10:00:00Z')).label).toBe('2026-2027');
    expect(demoSeason(new Date('2027-03-01T10:00:00Z')).label).toBe('2026-2027');
    expect(demoSeason(new Date('2027-08-20T10:00:00Z')).label).toBe('2027-2028');
  });

  it('places September to December in the first year and the rest in the second', () => {
    const season = demoSeason(new Date('2026-11-22T10:00:00Z'));
    expect(season.on('10-17')).toBe('2026-10-17');
    expect(season.on('02-13')).toBe('2027-02-13');
    expect([season.startsOn, season.endsOn]).toEqual(['2026-09-01', '2027-07-03']);
  });

  it('knows Easter: 28 March 2027 and 5 April 2026', () => {
    expect(easterWeekend(demoSeason(new Date('2026-11-22T10:00:00Z')))).toMatchObject({
      startsOn: '2027-03-26',
      endsOn: '2027-03-29',
    });
    expect(easterWeekend(demoSeason(new Date('2025-10-01T10:00:00Z')))).toMatchObject({
      startsOn: '2026-04-03',
      endsOn: '2026-04-06',
    });
  });

  it('gives zone A (Nièvre) and zone C (Vitry) their own winter holidays, each range in order', () => {
    const season = demoSeason(new Date('2026-11-22T10:00:00Z'));
    const zoneA = schoolHolidays(season, 'zoneA');
    const zoneC = schoolHolidays(season, 'zoneC');
    expect(zoneA[2]).toEqual({
      startsOn: '2027-02-13',
      endsOn: '2027-02-28',
      reason: 'Vacances d’hiver',
    });
    expect(zoneC[2]?.startsOn).toBe('2027-02-06');
    for (const range of [...zoneA, ...zoneC]) expect(range.endsOn > range.startsOn).toBe(true);
  });
});

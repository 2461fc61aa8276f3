import { describe, expect, it } from 'vitest';
import { planJourneyDates } from './journey-plan';

const weekly = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ position: i + 1, spacingDays: i === 0 ? 0 : 7 }));

describe('planJourneyDates', () => {
  it('starts on the first chosen weekday and spaces the steps as the template says', () => {
    const { dates, adjustments } = planJourneyDates({
      steps: [
        { position: 1, spacingDays: 0 },
        { position: 2, spacingDays: 7 },
        { position: 3, spacingDays: 14 },
        { position: 4, spacingDays: 3 },
      ],
      startsOn: '2027-01-04',
      weekday: 4,
      blackouts: [],
    });
    expect(dates.map((d) => d.date)).toEqual([
      '2027-01-07',
      '2027-01-14',
      '2027-01-28',
      '2027-01-31',
    ]);
    expect(adjustments).toEqual([]);
  });

  it('moves a date in a blackout to the same weekday after it, and keeps spacing from there', () => {
    const { dates, adjustments } = planJourneyDates({
      steps: weekly(4),
      startsOn: '2027-04-06',
      blackouts: [
        { startsOn: '2027-04-12', endsOn: '2027-04-25', reason: 'Vacances de printemps' },
      ],
    });
    expect(dates.map((d) => d.date)).toEqual([
      '2027-04-06',
      '2027-04-27',
      '2027-05-04',
      '2027-05-11',
    ]);
    expect(adjustments).toEqual([
      {
        position: 2,
        plannedOn: '2027-04-13',
        movedTo: '2027-04-27',
        reason: 'venue_blackout',
        blackout: { startsOn: '2027-04-12', endsOn: '2027-04-25', note: 'Vacances de printemps' },
      },
    ]);
  });

  it('jumps over back-to-back blackouts and reports the first one', () => {
    const { dates, adjustments } = planJourneyDates({
      steps: weekly(2),
      startsOn: '2027-12-14',
      blackouts: [
        { startsOn: '2027-12-18', endsOn: '2027-12-26' },
        { startsOn: '2027-12-27', endsOn: '2028-01-02', reason: 'Fermeture' },
      ],
    });
    expect(dates.map((d) => d.date)).toEqual(['2027-12-14', '2028-01-04']);
    expect(adjustments[0]).toMatchObject({ plannedOn: '2027-12-21', movedTo: '2028-01-04' });
  });
});

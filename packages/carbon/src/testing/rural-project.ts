// A demo project of 10 sessions in a rural area, used by tests and the README's worked example.
import { artistTripsToVenue } from '../trips/artists';
import { estimateAudienceTrips } from '../trips/audience';
import { equipmentTrip, groupTrip, onlineSession } from '../trips/simple';
import type { Trip, TripRefs } from '../trips/types';

type Workshop = {
  sessionId: string;
  date: string;
  areaKey: string;
  distanceKm: number;
  coachKm?: number;
};

// Eight workshops in two inter-municipal areas, run by Ana and Ben, who live in the same town
// and each drive their own car; the pupils are at their school, except twice (coach, 8 km).
const WORKSHOPS: readonly Workshop[] = [
  { sessionId: 's1', date: '2026-03-03', areaKey: 'cc-nord', distanceKm: 22 },
  { sessionId: 's2', date: '2026-03-05', areaKey: 'cc-sud', distanceKm: 35 },
  { sessionId: 's3', date: '2026-03-10', areaKey: 'cc-nord', distanceKm: 28, coachKm: 8 },
  { sessionId: 's4', date: '2026-03-12', areaKey: 'cc-sud', distanceKm: 40 },
  { sessionId: 's5', date: '2026-03-17', areaKey: 'cc-nord', distanceKm: 25 },
  { sessionId: 's6', date: '2026-03-19', areaKey: 'cc-sud', distanceKm: 38, coachKm: 8 },
  { sessionId: 's7', date: '2026-03-24', areaKey: 'cc-nord', distanceKm: 31 },
  { sessionId: 's8', date: '2026-03-26', areaKey: 'cc-sud', distanceKm: 42 },
];

const PROJECT: TripRefs = { organisationId: 'org1', projectId: 'p1' };

function workshopTrips(w: Workshop): Trip[] {
  const refs: TripRefs = { ...PROJECT, sessionId: w.sessionId, date: w.date, areaKey: w.areaKey };
  const trips: Trip[] = artistTripsToVenue({
    idPrefix: w.sessionId,
    refs,
    journeys: [
      { artistIds: ['ana'], distanceKm: w.distanceKm, mode: 'car-combustion', fromKey: 'town' },
      { artistIds: ['ben'], distanceKm: w.distanceKm, mode: 'car-combustion', fromKey: 'town' },
    ],
  });
  if (w.coachKm !== undefined) {
    trips.push(
      groupTrip({ id: `${w.sessionId}:class`, refs, distanceKm: w.coachKm, travellers: 25 }),
    );
  }
  return trips;
}

function concertTrips(
  sessionId: string,
  date: string,
  areaKey: string,
  distances: { anaKm: number; cleoKm: number },
  origins: Array<[string, number, number]>,
): Trip[] {
  const refs: TripRefs = { ...PROJECT, sessionId, date, areaKey };
  return [
    ...artistTripsToVenue({
      idPrefix: sessionId,
      refs,
      journeys: [
        {
          artistIds: ['ana'],
          distanceKm: distances.anaKm,
          mode: 'car-combustion',
          fromKey: 'town',
        },
        // Cleo lives in the city, about 80 km away, in another direction.
        {
          artistIds: ['cleo'],
          distanceKm: distances.cleoKm,
          mode: 'car-combustion',
          fromKey: 'city',
        },
      ],
    }),
    // Ben drives the van with the instruments and sound system.
    equipmentTrip({ id: `${sessionId}:van`, refs, distanceKm: distances.anaKm }),
    ...estimateAudienceTrips({
      idPrefix: `${sessionId}:audience`,
      refs,
      origins: origins.map(([originKey, participants, distanceKm]) => ({
        originKey,
        participants,
        distanceKm,
      })),
    }),
  ];
}

/** Trips of the demo project: 8 workshops, 2 concerts, 1 online follow-up. */
export function ruralProjectTrips(): Trip[] {
  return [
    ...WORKSHOPS.flatMap(workshopTrips),
    ...concertTrips('s9', '2026-04-04', 'cc-nord', { anaKm: 30, cleoKm: 84 }, [
      ['village-n', 40, 1],
      ['n-2', 25, 6],
      ['n-3', 20, 11],
      ['n-4', 15, 18],
    ]),
    ...concertTrips('s10', '2026-04-05', 'cc-sud', { anaKm: 45, cleoKm: 74 }, [
      ['village-s', 35, 1],
      ['s-2', 30, 7],
      ['s-3', 20, 14],
      ['s-4', 10, 25],
    ]),
    onlineSession({
      id: 'o1',
      refs: { ...PROJECT, sessionId: 'o1', date: '2026-04-15' },
      participants: 27,
      connectedDevices: 3,
      durationHours: 1,
    }),
  ];
}

/** 200 pupils in 8 classes and 195 concert-goers; 8 × 2 h + 2 × 1.5 h + 1 h online. */
export const RURAL_PROJECT_DENOMINATORS = { beneficiaries: 395, activityHours: 20 };

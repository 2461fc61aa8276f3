// The demo village tour: sixteen singing and song-writing workshops in seven Nièvre venues over three
// weeks, half of them with an artist booked without regard to the map, half with nobody yet; three
// have their date agreed with the venue's partner (confirmed), which a plan keeps. Each
// can be led by an artist who lives within their kilometres a day (singing in the north and around
// Decize, song-writing anywhere): the plan has a complete answer to find.
import { DEMO_ARTISTS, DEMO_VENUES } from './demo-places-data';

export const DEMO_TOUR_PROJECT = 'Ateliers chant et écriture en Nièvre';

export const tourProjectSeed = {
  name: DEMO_TOUR_PROJECT,
  description:
    'Seize ateliers de chant et d’écriture de chansons dans les salles des villages. Les dates peuvent glisser d’une semaine ; les intervenant·es restent à répartir au plus près.',
  targetPublics: ['rural_residents', 'adults', 'seniors'] as const,
};

export type TourSessionSeed = {
  kind: 'workshop_singing' | 'workshop_writing';
  venue: string;
  /** Days after the tour's first Monday; the seed moves to the next day the venue and artist allow. */
  day: number;
  startTime: string;
  durationMin: number;
  /** Booked today, or null: nobody yet. */
  artist: string | null;
  /** Date agreed with the venue's partner (status confirmed). */
  confirmed?: boolean;
};

const singing = 'workshop_singing' as const;
const writing = 'workshop_writing' as const;
const seed = (
  kind: TourSessionSeed['kind'],
  venue: string,
  day: number,
  startTime: string,
  artist: string | null,
  confirmed = false,
): TourSessionSeed => ({ kind, venue, day, startTime, durationMin: 90, artist, confirmed });

export const tourSessionSeeds: TourSessionSeed[] = [
  seed(singing, DEMO_VENUES.sallePolyvalenteClamecy, 0, '10:00', DEMO_ARTISTS.elodie, true),
  seed(writing, DEMO_VENUES.salleDecize, 1, '14:00', DEMO_ARTISTS.thomas),
  seed(singing, DEMO_VENUES.salleLormes, 2, '10:00', null),
  seed(singing, DEMO_VENUES.salleDecize, 3, '10:00', DEMO_ARTISTS.sophie),
  seed(writing, DEMO_VENUES.theatreNevers, 4, '10:00', DEMO_ARTISTS.mathieu),
  seed(writing, DEMO_VENUES.imeChateauChinon, 7, '10:30', DEMO_ARTISTS.thomas, true),
  seed(singing, DEMO_VENUES.salleDecize, 8, '14:00', DEMO_ARTISTS.sophie),
  seed(writing, DEMO_VENUES.salleMoulinsEngilbert, 9, '14:00', null),
  seed(singing, DEMO_VENUES.salleMoulinsEngilbert, 10, '14:00', null),
  seed(writing, DEMO_VENUES.sallePolyvalenteClamecy, 11, '14:00', null),
  seed(singing, DEMO_VENUES.imeChateauChinon, 14, '10:30', null),
  seed(writing, DEMO_VENUES.salleLormes, 15, '14:00', DEMO_ARTISTS.mathieu),
  seed(writing, DEMO_VENUES.ehpadLuzy, 16, '14:30', null),
  seed(singing, DEMO_VENUES.salleLormes, 17, '14:00', DEMO_ARTISTS.elodie),
  seed(writing, DEMO_VENUES.ehpadLuzy, 18, '14:30', DEMO_ARTISTS.thomas, true),
  seed(singing, DEMO_VENUES.sallePolyvalenteClamecy, 18, '10:00', null),
];

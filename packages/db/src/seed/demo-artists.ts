// Demo artists: what they play and lead, where they live, how they travel, when they work.
import type { Db } from '../client';
import * as schema from '../schema/index';
import { communes, DEMO_ARTISTS, type DemoSeason, weekly } from './demo-places-data';

type ArtistSeed = Omit<
  typeof schema.artists.$inferInsert,
  'orgId' | 'homeCommuneCode' | 'homeCommuneName'
> & {
  home: (typeof communes)[keyof typeof communes];
  windows: { weekday: number; startsAt: string; endsAt: string }[];
  unavailable: { startsOn: string; endsOn: string; reason: string }[];
};

function artistSeeds(artistUserId: string, season: DemoSeason): ArtistSeed[] {
  const { on } = season;
  return [
    {
      displayName: DEMO_ARTISTS.sophie,
      userId: artistUserId,
      email: 'artist@demo.test',
      instruments: ['chant', 'piano'],
      skills: ['workshop_singing', 'workshop_early_years', 'concert'],
      home: communes.clamecy,
      transportMode: 'car',
      maxTravelKmPerDay: 120,
      windows: [...weekly([1, 2, 4, 5], '08:30', '18:00'), ...weekly([6], '09:00', '23:00')],
      unavailable: [
        { startsOn: on('02-08'), endsOn: on('02-12'), reason: 'Stage de direction de chœur' },
      ],
    },
    {
      displayName: DEMO_ARTISTS.aicha,
      email: 'aicha.benyahia@example.org',
      instruments: ['djembé', 'cajón', 'percussions corporelles'],
      skills: ['workshop_percussion', 'workshop_early_years', 'concert'],
      home: communes.vitry,
      transportMode: 'train',
      maxTravelKmPerDay: 300,
      windows: weekly([2, 3, 4], '09:00', '19:00'),
      unavailable: [{ startsOn: on('11-16'), endsOn: on('11-22'), reason: 'Tournée' }],
    },
    {
      displayName: DEMO_ARTISTS.thomas,
      email: 'thomas.girard@example.org',
      instruments: ['violoncelle'],
      skills: ['concert', 'workshop_writing'],
      home: communes.nevers,
      transportMode: 'electric_car',
      maxTravelKmPerDay: 180,
      windows: [],
      unavailable: [{ startsOn: on('03-29'), endsOn: on('04-09'), reason: 'Enregistrement' }],
    },
    {
      displayName: DEMO_ARTISTS.elodie,
      email: 'elodie.petit@example.org',
      instruments: ['chant', 'accordéon'],
      skills: ['workshop_theatre', 'workshop_singing', 'workshop_writing'],
      home: communes.corbigny,
      transportMode: 'carpool',
      maxTravelKmPerDay: 100,
      windows: weekly([1, 2, 3, 4, 5], '09:00', '17:00'),
      unavailable: [],
    },
    {
      displayName: DEMO_ARTISTS.mathieu,
      email: 'mathieu.roche@example.org',
      instruments: ['guitare', 'MAO'],
      skills: ['workshop_writing', 'online', 'concert'],
      home: communes.cosne,
      transportMode: 'train',
      maxTravelKmPerDay: 150,
      windows: [...weekly([3, 4, 5], '10:00', '22:00'), ...weekly([6], '14:00', '24:00')],
      unavailable: [],
    },
    {
      displayName: DEMO_ARTISTS.ines,
      email: 'ines.morel@example.org',
      instruments: ['flûte traversière', 'ukulélé'],
      skills: ['workshop_early_years', 'workshop_singing'],
      home: communes.decize,
      transportMode: 'bike',
      maxTravelKmPerDay: 30,
      windows: weekly([1, 2, 3, 4, 5], '08:30', '16:30'),
      unavailable: [{ startsOn: on('05-10'), endsOn: on('05-21'), reason: 'Congé' }],
    },
  ];
}

/** Inserts the artists (Sophie Laurent is artist@demo.test's record); returns their ids by name. */
export async function seedDemoArtists(
  db: Db,
  orgId: string,
  artistUserId: string,
  season: DemoSeason,
) {
  const ids = new Map<string, string>();
  for (const { home, windows, unavailable, ...artist } of artistSeeds(artistUserId, season)) {
    const [row] = await db
      .insert(schema.artists)
      .values({
        ...artist,
        orgId,
        homeCommuneCode: home.communeCode,
        homeCommuneName: home.communeName,
        latitude: home.latitude,
        longitude: home.longitude,
      })
      .returning({ id: schema.artists.id });
    ids.set(artist.displayName, row!.id);
    if (windows.length > 0) {
      await db
        .insert(schema.artistAvailability)
        .values(windows.map((w) => ({ ...w, orgId, artistId: row!.id })));
    }
    if (unavailable.length > 0) {
      await db
        .insert(schema.artistUnavailability)
        .values(unavailable.map((u) => ({ ...u, orgId, artistId: row!.id })));
    }
  }
  return ids;
}

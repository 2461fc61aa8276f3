// Demo venues: village halls, a sports hall, schools, a church, a theatre, a nursing home...
import type { Db } from '../client';
import * as schema from '../schema/index';
import {
  communes,
  DEMO_PARTNERS,
  DEMO_VENUES,
  type DemoSeason,
  easterWeekend,
  schoolDays,
  schoolHolidays,
  villageFete,
  weekly,
} from './demo-places-data';

type VenueSeed = Omit<
  typeof schema.venues.$inferInsert,
  'orgId' | 'partnerId' | 'communeCode' | 'communeName' | 'postalCode'
> & {
  commune: (typeof communes)[keyof typeof communes];
  partner?: string;
  windows: { weekday: number; startsAt: string; endsAt: string }[];
  blackouts: { startsOn: string; endsOn: string; reason: string }[];
};

function venueSeeds(season: DemoSeason): VenueSeed[] {
  const zoneA = schoolHolidays(season, 'zoneA');
  const zoneC = schoolHolidays(season, 'zoneC');
  return [
    {
      name: DEMO_VENUES.salleLormes,
      kind: 'community_hall',
      addressLine: 'Route d’Avallon',
      commune: communes.lormes,
      partner: DEMO_PARTNERS.mairieLormes,
      capacity: 180,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true, accessibleParking: true },
      equipment: ['piano', 'chairs', 'stage'],
      windows: [...weekly([2, 3, 4, 5], '09:00', '22:00'), ...weekly([6], '09:00', '24:00')],
      blackouts: [villageFete(season)],
    },
    {
      name: DEMO_VENUES.gymnaseCorbigny,
      kind: 'sports_hall',
      addressLine: 'Rue du Stade',
      commune: communes.corbigny,
      capacity: 350,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true, notes: 'Pas de réseau mobile dans la salle' },
      equipment: ['chairs'],
      windows: [...weekly([3], '13:30', '18:30'), ...weekly([6], '09:00', '18:00')],
      blackouts: [
        { startsOn: season.on('01-30'), endsOn: season.on('01-31'), reason: 'Tournoi de handball' },
      ],
    },
    {
      name: DEMO_VENUES.sallePolyvalenteClamecy,
      kind: 'community_hall',
      addressLine: 'Avenue de la République',
      commune: communes.clamecy,
      partner: DEMO_PARTNERS.mairieClamecy,
      capacity: 250,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true, hearingLoop: true, accessibleParking: true },
      equipment: ['piano', 'sound_system', 'stage', 'chairs', 'dressing_room', 'blackout', 'wifi'],
      windows: [...weekly([1, 2, 3, 4, 5], '09:00', '23:00'), ...weekly([6, 7], '10:00', '23:00')],
      blackouts: [villageFete(season)],
    },
    {
      name: DEMO_VENUES.ecoleMaternelleClamecy,
      kind: 'school',
      addressLine: 'Rue Jean-Jaurès',
      commune: communes.clamecy,
      partner: DEMO_PARTNERS.ecoleMaternelleClamecy,
      capacity: 40,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true },
      equipment: ['chairs'],
      windows: schoolDays,
      blackouts: zoneA,
    },
    {
      name: DEMO_VENUES.ecolePrimaireCorbigny,
      kind: 'school',
      addressLine: 'Rue Paul-Bert',
      commune: communes.corbigny,
      partner: DEMO_PARTNERS.ecolePrimaireCorbigny,
      capacity: 60,
      stepFreeAccess: false,
      accessibility: { notes: 'Trois marches à l’entrée du préau' },
      equipment: ['chairs', 'projector'],
      windows: schoolDays,
      blackouts: zoneA,
    },
    {
      name: DEMO_VENUES.collegialeClamecy,
      kind: 'church',
      addressLine: 'Place Saint-Jean',
      commune: communes.clamecy,
      capacity: 400,
      stepFreeAccess: false,
      accessibility: { notes: 'Accès latéral de plain-pied sur demande à la paroisse' },
      equipment: ['chairs'],
      windows: [],
      blackouts: [easterWeekend(season)],
    },
    {
      name: DEMO_VENUES.theatreNevers,
      kind: 'theatre',
      addressLine: 'Place des Reines-de-Pologne',
      commune: communes.nevers,
      capacity: 320,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true, hearingLoop: true, lift: true },
      equipment: ['piano', 'sound_system', 'stage', 'dressing_room', 'blackout'],
      windows: [],
      blackouts: [],
    },
    {
      name: DEMO_VENUES.ehpadLuzy,
      kind: 'nursing_home',
      addressLine: 'Route d’Autun',
      commune: communes.luzy,
      partner: DEMO_PARTNERS.ehpadLuzy,
      capacity: 45,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true, lift: true },
      equipment: ['piano', 'chairs'],
      windows: weekly([1, 2, 3, 4, 5], '14:00', '17:00'),
      blackouts: [],
    },
    {
      name: DEMO_VENUES.imeChateauChinon,
      kind: 'other',
      addressLine: 'Faubourg de Paris',
      commune: communes.chateauChinon,
      partner: DEMO_PARTNERS.imeChateauChinon,
      capacity: 25,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true, accessibleParking: true },
      equipment: ['chairs'],
      windows: weekly([1, 2, 4, 5], '10:00', '16:00'),
      blackouts: zoneA,
    },
    {
      name: DEMO_VENUES.salleMoulinsEngilbert,
      kind: 'community_hall',
      addressLine: 'Place Boucaumont',
      commune: communes.moulinsEngilbert,
      capacity: 150,
      stepFreeAccess: true,
      accessibility: {},
      equipment: ['chairs', 'stage'],
      windows: [...weekly([3, 4, 5], '14:00', '22:00'), ...weekly([6], '10:00', '23:00')],
      blackouts: [villageFete(season)],
    },
    {
      name: DEMO_VENUES.salleDecize,
      kind: 'community_hall',
      addressLine: 'Quai de Loire',
      commune: communes.decize,
      capacity: 220,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true },
      equipment: ['sound_system', 'chairs', 'stage', 'wifi'],
      windows: weekly([1, 2, 3, 4, 5, 6], '09:00', '22:00'),
      blackouts: [villageFete(season)],
    },
    {
      name: DEMO_VENUES.kiosqueSettons,
      kind: 'outdoor',
      addressLine: 'Rive droite du lac des Settons',
      commune: communes.settons,
      capacity: 300,
      stepFreeAccess: true,
      accessibility: { notes: 'Chemin stabilisé depuis le parking' },
      equipment: [],
      windows: weekly([5, 6, 7], '10:00', '22:00'),
      blackouts: [],
    },
    {
      name: DEMO_VENUES.centreSocialVitry,
      kind: 'social_centre',
      addressLine: 'Avenue de la République',
      commune: communes.vitry,
      partner: DEMO_PARTNERS.centreSocialVitry,
      capacity: 80,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true, lift: true },
      equipment: ['piano', 'chairs', 'projector', 'wifi'],
      windows: [...weekly([3], '09:00', '18:00'), ...weekly([1, 2, 4, 5], '16:30', '20:00')],
      blackouts: [
        { startsOn: season.on('12-24'), endsOn: season.on('01-01'), reason: 'Fermeture annuelle' },
      ],
    },
    {
      name: DEMO_VENUES.ecoleVitry,
      kind: 'school',
      addressLine: 'Rue Henri-Wallon',
      commune: communes.vitry,
      partner: DEMO_PARTNERS.ecoleVitry,
      capacity: 90,
      stepFreeAccess: true,
      accessibility: { accessibleToilets: true },
      equipment: ['chairs', 'sound_system'],
      windows: schoolDays,
      blackouts: zoneC,
    },
  ];
}

/** Inserts the venues with their windows and blackouts; returns their ids by name. */
export async function seedDemoVenues(
  db: Db,
  orgId: string,
  partnerIds: Map<string, string>,
  season: DemoSeason,
) {
  const ids = new Map<string, string>();
  for (const { commune, partner, windows, blackouts, ...venue } of venueSeeds(season)) {
    const [row] = await db
      .insert(schema.venues)
      .values({
        ...venue,
        orgId,
        communeCode: commune.communeCode,
        communeName: commune.communeName,
        postalCode: commune.postalCode,
        latitude: commune.latitude,
        longitude: commune.longitude,
        partnerId: partner ? (partnerIds.get(partner) ?? null) : null,
      })
      .returning({ id: schema.venues.id });
    ids.set(venue.name, row!.id);
    if (windows.length > 0) {
      await db
        .insert(schema.venueAvailability)
        .values(windows.map((w) => ({ ...w, orgId, venueId: row!.id })));
    }
    if (blackouts.length > 0) {
      await db
        .insert(schema.venueBlackouts)
        .values(blackouts.map((b) => ({ ...b, orgId, venueId: row!.id })));
    }
  }
  return ids;
}

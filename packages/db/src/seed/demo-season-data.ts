// Demo groups of the season and what they take part in: their journeys through the projects'
// templates, and the concerts that close them. Names and sizes are plausible, invented.
import { communes, DEMO_ARTISTS, DEMO_PARTNERS, DEMO_VENUES } from './demo-places-data';
import { DEMO_PROJECTS, DEMO_TEMPLATES } from './demo-programme-data';

export const groupSeeds = [
  {
    name: 'Les Petits Balzac (3-5 ans)',
    kind: 'social_centre_group' as const,
    partner: DEMO_PARTNERS.centreSocialVitry,
    expectedSize: 14,
    ageBand: '3-5' as const,
    commune: communes.vitry,
  },
  {
    name: 'Grande section — maternelle Jean-Jaurès',
    kind: 'class' as const,
    partner: DEMO_PARTNERS.ecoleMaternelleClamecy,
    expectedSize: 24,
    ageBand: '3-5' as const,
    commune: communes.clamecy,
  },
  {
    name: 'CM1-CM2 — école Paul-Bert',
    kind: 'class' as const,
    partner: DEMO_PARTNERS.ecolePrimaireCorbigny,
    expectedSize: 22,
    ageBand: '6-10' as const,
    commune: communes.corbigny,
    relay: true,
  },
  {
    name: 'Chorale du foyer rural de Lormes',
    kind: 'choir' as const,
    expectedSize: 18,
    ageBand: '26-64' as const,
    commune: communes.lormes,
  },
  {
    name: 'Résidents de l’EHPAD Les Tilleuls',
    kind: 'nursing_home_group' as const,
    partner: DEMO_PARTNERS.ehpadLuzy,
    expectedSize: 14,
    ageBand: '65+' as const,
    commune: communes.luzy,
  },
  {
    name: 'CE2 de l’école de Luzy',
    kind: 'class' as const,
    expectedSize: 21,
    ageBand: '6-10' as const,
    commune: communes.luzy,
  },
];

export type JourneySeed = {
  project: string;
  template: string;
  group: string;
  /** Other groups that take part in every session (an intergenerational choir). */
  withGroups?: string[];
  venue: string;
  artists: string[];
  /** `MM-DD` in the season, then the first `weekday` from it. */
  startsOn: string;
  weekday: number;
  startTime: string;
  /** Positions of sessions cancelled, with the reason. */
  cancelled?: { position: number; reason: string }[];
};

export const journeySeeds: JourneySeed[] = [
  {
    project: DEMO_PROJECTS.vitry,
    template: DEMO_TEMPLATES.eveil,
    group: 'Les Petits Balzac (3-5 ans)',
    venue: DEMO_VENUES.centreSocialVitry,
    artists: [DEMO_ARTISTS.aicha],
    startsOn: '09-21',
    weekday: 3,
    startTime: '10:00',
  },
  {
    project: DEMO_PROJECTS.villages,
    template: DEMO_TEMPLATES.eveil,
    group: 'Grande section — maternelle Jean-Jaurès',
    venue: DEMO_VENUES.ecoleMaternelleClamecy,
    artists: [DEMO_ARTISTS.sophie],
    startsOn: '09-28',
    weekday: 2,
    startTime: '09:30',
  },
  {
    project: DEMO_PROJECTS.villages,
    template: DEMO_TEMPLATES.chant,
    group: 'Chorale du foyer rural de Lormes',
    venue: DEMO_VENUES.salleLormes,
    artists: [DEMO_ARTISTS.sophie],
    startsOn: '10-01',
    weekday: 6,
    startTime: '10:00',
    cancelled: [{ position: 3, reason: 'Salle des fêtes prêtée pour des obsèques' }],
  },
  {
    project: DEMO_PROJECTS.villages,
    template: DEMO_TEMPLATES.percussions,
    group: 'CM1-CM2 — école Paul-Bert',
    venue: DEMO_VENUES.ecolePrimaireCorbigny,
    artists: [DEMO_ARTISTS.aicha],
    startsOn: '01-04',
    weekday: 4,
    startTime: '14:00',
  },
  {
    project: DEMO_PROJECTS.generations,
    template: DEMO_TEMPLATES.chant,
    group: 'Résidents de l’EHPAD Les Tilleuls',
    withGroups: ['CE2 de l’école de Luzy'],
    venue: DEMO_VENUES.ehpadLuzy,
    artists: [DEMO_ARTISTS.sophie],
    startsOn: '01-04',
    weekday: 1,
    startTime: '14:30',
  },
];

/**
 * The concerts outside the journeys are placed around the day the demo is seeded, so that on any
 * day one was held a few weeks ago (its door and figures), one takes bookings soon (nearly full,
 * with its waiting list) and one a few weeks later has room for every family that books.
 */
export type ConcertSeed = {
  project: string;
  title: string;
  /** The title when the concert falls in December. */
  decemberTitle?: string;
  venue: string;
  artists: string[];
  /** Days from the seed day, then the first `weekday` from there. */
  fromToday: number;
  weekday: number;
  startTime: string;
  durationMin: number;
  capacity: number;
  /** A conflict the coordinator accepted on purpose. */
  override?: { conflict: 'artist_unavailable'; artist: string; reason: string };
};

export const concertSeeds: ConcertSeed[] = [
  {
    project: DEMO_PROJECTS.villages,
    title: 'Concert de poche — violoncelle seul',
    venue: DEMO_VENUES.salleMoulinsEngilbert,
    artists: [DEMO_ARTISTS.thomas],
    fromToday: -34,
    weekday: 6,
    startTime: '20:30',
    durationMin: 75,
    capacity: 120,
  },
  {
    project: DEMO_PROJECTS.villages,
    title: 'Concert à la collégiale',
    decemberTitle: 'Concert de Noël à la collégiale',
    venue: DEMO_VENUES.collegialeClamecy,
    artists: [DEMO_ARTISTS.sophie, DEMO_ARTISTS.thomas],
    // At least six days ahead: the relays' seats are released two days before.
    fromToday: 6,
    weekday: 7,
    startTime: '16:00',
    durationMin: 90,
    capacity: 300,
    override: {
      conflict: 'artist_unavailable',
      artist: DEMO_ARTISTS.sophie,
      reason: 'Sophie chante ce dimanche et récupère le lundi suivant',
    },
  },
  {
    project: DEMO_PROJECTS.villages,
    title: 'Bal des familles — accordéon et percussions',
    venue: DEMO_VENUES.sallePolyvalenteClamecy,
    artists: [DEMO_ARTISTS.elodie, DEMO_ARTISTS.aicha],
    // Two weeks after the collégiale at least: its hall stays roomy whatever the day.
    fromToday: 20,
    weekday: 6,
    startTime: '17:00',
    durationMin: 90,
    capacity: 200,
  },
];

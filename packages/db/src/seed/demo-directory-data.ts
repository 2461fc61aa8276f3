// The demo's directory of amateur practice: choirs, bands and schools around the Nièvre communes the
// season works in, and two in Vitry-sur-Seine. Positions are the communes' (IGN centres); names,
// people and addresses are invented; e-mail addresses use example.test.
//
// What it shows: from Lormes or Corbigny (rural, 60 km), two choirs (Tannay 21 km, Clamecy 31 km);
// Luzy is a white zone: nothing within 60 km now that the Château-Chinon school's listing has gone
// unconfirmed for 13 months (it is hidden), the nearest being Prémery, 65 km away. One listing is
// due for re-confirmation (7 months), one proposal waits for a coordinator. Gospel Loire reads
// English: its introductions and re-confirmations are written in it.
import type { schema } from '../index';

type Ensemble = Omit<
  typeof schema.ensembles.$inferInsert,
  'orgId' | 'publicCode' | 'status' | 'source' | 'lastConfirmedAt'
> & {
  place: {
    label?: string;
    addressLine?: string;
    postalCode: string;
    communeCode: string;
    communeName: string;
    latitude: number;
    longitude: number;
  };
  /** Months since the last confirmation (0: confirmed at the seed). */
  confirmedMonthsAgo?: number;
  pending?: boolean;
};

const weekly = (day: string, startTime: string, durationMin = 120) => [
  { rule: `FREQ=WEEKLY;BYDAY=${day}`, startTime, durationMin },
];

export const DEMO_ENSEMBLES: Ensemble[] = [
  {
    name: 'Chœur de la Collégiale',
    kind: 'choir',
    description:
      'Une quarantaine de voix, des polyphonies sacrées et profanes, deux concerts par an dans la collégiale.',
    place: {
      label: 'Salle paroissiale',
      addressLine: '2 rue de la Monnaie',
      postalCode: '58500',
      communeCode: '58079',
      communeName: 'Clamecy',
      latitude: 47.4573,
      longitude: 3.498,
    },
    rehearsals: weekly('TU', '20:00'),
    levels: ['beginner', 'intermediate'],
    partsSought: ['tenor', 'bass'],
    genres: ['sacred', 'classical'],
    ageBands: ['18-25', '26-64', '65+'],
    annualFeeCents: 9000,
    solidarityFeeCents: 3000,
    feeNotes: 'Partitions comprises',
    accessibility: { stepFreeAccess: true },
    learningTools: ['learning_tracks', 'scores_provided'],
    contactName: 'Hélène Vasseur',
    contactEmail: 'choeur.collegiale@example.test',
    contactPhone: '+33353730101',
  },
  {
    name: 'Chorale À travers chants',
    kind: 'choir',
    description:
      'Chanson française et chants du monde, appris à l’oreille : on vient comme on est, sans savoir lire la musique.',
    place: {
      label: 'Salle des fêtes',
      postalCode: '58190',
      communeCode: '58286',
      communeName: 'Tannay',
      latitude: 47.3583,
      longitude: 3.5729,
    },
    rehearsals: weekly('WE', '18:30'),
    levels: ['beginner'],
    genres: ['chanson', 'world'],
    ageBands: ['11-14', '15-17', '18-25', '26-64', '65+'],
    annualFeeCents: 4000,
    solidarityFeeCents: 0,
    feeNotes: 'Une séance d’essai gratuite',
    accessibility: { stepFreeAccess: true, accessibleToilets: true },
    learningTools: ['beginners_sessions', 'learning_tracks'],
    contactName: 'Marc Delorme',
    contactEmail: 'atraverschants@example.test',
  },
  {
    name: 'Les Voix du Beuvron',
    kind: 'vocal_ensemble',
    description: 'Douze chanteurs a cappella, répertoire contemporain et jazz vocal.',
    place: {
      postalCode: '58420',
      communeCode: '58041',
      communeName: 'Brinon-sur-Beuvron',
      latitude: 47.2833,
      longitude: 3.4886,
    },
    rehearsals: [{ rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', startTime: '19:30', durationMin: 150 }],
    levels: ['advanced'],
    auditionRequired: true,
    partsSought: ['alto'],
    genres: ['contemporary', 'jazz'],
    ageBands: ['18-25', '26-64'],
    annualFeeCents: 12000,
    contactName: 'Sarah Kowalski',
    contactEmail: 'voixdubeuvron@example.test',
    confirmedMonthsAgo: 7,
  },
  {
    name: 'Fanfare La Clamecycoise',
    kind: 'band',
    description:
      'Cuivres et percussions pour les fêtes de village, les carnavals et le 14 Juillet.',
    place: {
      postalCode: '58500',
      communeCode: '58079',
      communeName: 'Clamecy',
      latitude: 47.4573,
      longitude: 3.498,
    },
    rehearsals: weekly('FR', '20:30'),
    partsSought: ['trumpet', 'trombone', 'percussion'],
    genres: ['pop_rock', 'traditional'],
    annualFeeCents: 2500,
    learningTools: ['instrument_lending'],
    contactEmail: 'clamecycoise@example.test',
  },
  {
    name: 'Harmonie municipale de Nevers',
    kind: 'harmony',
    place: {
      label: 'Auditorium du conservatoire',
      postalCode: '58000',
      communeCode: '58194',
      communeName: 'Nevers',
      latitude: 46.9924,
      longitude: 3.1584,
    },
    rehearsals: weekly('SA', '10:00'),
    levels: ['intermediate', 'advanced'],
    partsSought: ['clarinet', 'saxophone', 'horn'],
    genres: ['classical', 'film'],
    ageBands: ['15-17', '18-25', '26-64', '65+'],
    annualFeeCents: 0,
    accessibility: { stepFreeAccess: true, hearingLoop: true },
    contactEmail: 'harmonie.nevers@example.test',
  },
  {
    name: 'Orchestre symphonique amateur de Nevers',
    kind: 'orchestra',
    place: {
      postalCode: '58000',
      communeCode: '58194',
      communeName: 'Nevers',
      latitude: 46.9924,
      longitude: 3.1584,
    },
    rehearsals: weekly('MO', '20:00', 150),
    levels: ['advanced'],
    auditionRequired: true,
    partsSought: ['violin', 'viola', 'cello', 'double_bass'],
    genres: ['classical'],
    annualFeeCents: 15000,
    solidarityFeeCents: 5000,
    contactEmail: 'osan@example.test',
  },
  {
    name: 'Chœur d’enfants du conservatoire',
    kind: 'choir',
    place: {
      postalCode: '58000',
      communeCode: '58194',
      communeName: 'Nevers',
      latitude: 46.9924,
      longitude: 3.1584,
    },
    rehearsals: weekly('WE', '14:00', 90),
    levels: ['beginner'],
    genres: ['classical', 'musical_theatre'],
    ageBands: ['6-10', '11-14'],
    annualFeeCents: 12000,
    solidarityFeeCents: 2000,
    feeNotes: 'Quotient familial',
    learningTools: ['vocal_technique', 'sight_reading'],
    contactEmail: 'choeur.enfants@example.test',
  },
  {
    name: 'École de musique de Prémery',
    kind: 'music_school',
    place: {
      postalCode: '58700',
      communeCode: '58218',
      communeName: 'Prémery',
      latitude: 47.1721,
      longitude: 3.3258,
    },
    rehearsals: [
      { rule: 'FREQ=WEEKLY;BYDAY=WE', startTime: '14:00', durationMin: 240 },
      { rule: 'FREQ=WEEKLY;BYDAY=SA', startTime: '09:30', durationMin: 180 },
    ],
    levels: ['beginner', 'intermediate'],
    annualFeeCents: 18000,
    solidarityFeeCents: 4500,
    learningTools: ['instrument_lending', 'sight_reading', 'beginners_sessions'],
    contactEmail: 'ecole.premery@example.test',
  },
  {
    name: 'Gospel Loire',
    kind: 'choir',
    place: {
      postalCode: '58200',
      communeCode: '58086',
      communeName: 'Cosne-Cours-sur-Loire',
      latitude: 47.379,
      longitude: 2.9304,
    },
    rehearsals: weekly('TU', '20:00'),
    genres: ['gospel'],
    annualFeeCents: 8000,
    contactEmail: 'gospel.loire@example.test',
    // Led by an English conductor: Tutti writes to it in English.
    language: 'en',
  },
  {
    name: 'École de musique intercommunale du Morvan',
    kind: 'music_school',
    place: {
      postalCode: '58120',
      communeCode: '58062',
      communeName: 'Château-Chinon (Ville)',
      latitude: 47.0589,
      longitude: 3.9232,
    },
    rehearsals: weekly('WE', '13:30', 300),
    annualFeeCents: 15000,
    contactEmail: 'emi.morvan@example.test',
    confirmedMonthsAgo: 13,
  },
  {
    name: 'Chorale Balzac',
    kind: 'choir',
    description: 'La chorale du centre social : tout le quartier y chante, en toutes les langues.',
    place: {
      label: 'Centre social Balzac',
      postalCode: '94400',
      communeCode: '94081',
      communeName: 'Vitry-sur-Seine',
      latitude: 48.7872,
      longitude: 2.4033,
    },
    rehearsals: weekly('TH', '18:00', 90),
    levels: ['beginner'],
    genres: ['world', 'chanson'],
    annualFeeCents: 0,
    learningTools: ['beginners_sessions'],
    contactEmail: 'chorale.balzac@example.test',
  },
  {
    name: 'Big band de Vitry',
    kind: 'band',
    place: {
      postalCode: '94400',
      communeCode: '94081',
      communeName: 'Vitry-sur-Seine',
      latitude: 48.7872,
      longitude: 2.4033,
    },
    rehearsals: weekly('MO', '20:30'),
    levels: ['intermediate', 'advanced'],
    partsSought: ['saxophone', 'trumpet'],
    genres: ['jazz'],
    annualFeeCents: 6000,
    contactEmail: 'bigband.vitry@example.test',
  },
  {
    name: 'Les Chanteurs du Val de Loire',
    kind: 'choir',
    description: 'Nouvelle chorale, on cherche des voix de tous âges !',
    place: {
      postalCode: '58400',
      communeCode: '58059',
      communeName: 'La Charité-sur-Loire',
      latitude: 47.1817,
      longitude: 3.0321,
    },
    rehearsals: weekly('TH', '20:00'),
    contactEmail: 'chanteurs.val@example.test',
    pending: true,
  },
];

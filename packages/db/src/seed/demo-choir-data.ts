// The demo's intergenerational choir, "Chœur Passerelles pour la Paix": 250 singers from
// teenagers to retirees rehearsing at four sites of the Nièvre towards two commemoration
// concerts. Names are invented; the repertoire mixes public-domain works and protected ones.
import type { AgeBand } from '@tutti/contracts';
import { DEMO_VENUES } from './demo-places-data';

export const DEMO_CHOIR_NAME = 'Chœur Passerelles pour la Paix';

/** Sites, with the venue each rehearses at, its weekday (RFC 5545) and its share of singers. */
export const DEMO_CHOIR_SITES = [
  { name: 'Nevers', venue: DEMO_VENUES.theatreNevers, day: 'TU', weekday: 2, singers: 90 },
  {
    name: 'Clamecy',
    venue: DEMO_VENUES.sallePolyvalenteClamecy,
    day: 'WE',
    weekday: 3,
    singers: 60,
  },
  { name: 'Corbigny', venue: DEMO_VENUES.gymnaseCorbigny, day: 'TH', weekday: 4, singers: 50 },
  { name: 'Decize', venue: DEMO_VENUES.salleDecize, day: 'MO', weekday: 1, singers: 50 },
] as const;

/** Parts with their names, how many sing them, and the minimum each needs on stage. */
export const DEMO_CHOIR_PARTS = [
  { code: 'S1', name: 'Soprano 1', singers: 38, minSingers: 22 },
  { code: 'S2', name: 'Soprano 2', singers: 36, minSingers: 20 },
  { code: 'A1', name: 'Alto 1', singers: 36, minSingers: 20 },
  { code: 'A2', name: 'Alto 2', singers: 34, minSingers: 18 },
  { code: 'T1', name: 'Ténor 1', singers: 24, minSingers: 14 },
  { code: 'T2', name: 'Ténor 2', singers: 22, minSingers: 15 },
  { code: 'B1', name: 'Basse 1', singers: 30, minSingers: 16 },
  { code: 'B2', name: 'Basse 2', singers: 30, minSingers: 16 },
] as const;

/** Age bands, teenagers to retirees, with their weights in the choir. */
export const DEMO_CHOIR_AGES: readonly (readonly [AgeBand, number])[] = [
  ['11-14', 0.06],
  ['15-17', 0.1],
  ['18-25', 0.1],
  ['26-64', 0.44],
  ['65+', 0.3],
];

export const DEMO_CHOIR_PIECES = [
  {
    title: 'Dona nobis pacem',
    composer: 'Anonyme (canon)',
    edition: 'Édition du chœur, 2024',
    rights: 'public_domain',
  },
  {
    title: 'Hymne à la joie',
    composer: 'Ludwig van Beethoven',
    edition: 'arr. M. Girard, Carus',
    rights: 'protected',
  },
  {
    title: 'Va, pensiero',
    composer: 'Giuseppe Verdi',
    edition: 'Ricordi, domaine public',
    rights: 'public_domain',
  },
  {
    title: 'Le Chant des partisans',
    composer: 'Anna Marly',
    edition: 'arr. J. Noël, À Cœur Joie',
    rights: 'protected',
  },
  {
    title: 'In Paradisum (Requiem)',
    composer: 'Gabriel Fauré',
    edition: 'Hamelle 1900, CPDL',
    rights: 'public_domain',
  },
  {
    title: 'Le Temps des cerises',
    composer: 'Antoine Renard',
    edition: 'arr. du chœur',
    rights: 'public_domain',
  },
  {
    title: 'Nkosi Sikelel’ iAfrika',
    composer: 'Enoch Sontonga',
    edition: 'CPDL',
    rights: 'public_domain',
  },
  {
    title: 'Ave verum corpus',
    composer: 'W. A. Mozart',
    edition: 'Carus, urtext',
    rights: 'public_domain',
  },
  {
    title: 'Quand les hommes vivront d’amour',
    composer: 'Raymond Lévesque',
    edition: 'arr. C. Dufour',
    rights: 'protected',
  },
  {
    title: 'Bella ciao',
    composer: 'Traditionnel',
    edition: 'arr. L. Marchetti',
    rights: 'protected',
  },
  {
    title: 'Sarabande pour la paix',
    composer: 'Lucie Marchetti',
    edition: 'commande 2026, manuscrit',
    rights: 'protected',
  },
  {
    title: 'Le Déserteur',
    composer: 'Boris Vian',
    edition: 'arr. P. Caillat',
    rights: 'protected',
  },
] as const;

export const DEMO_CHOIR_LYRICS =
  'Dona nobis pacem, pacem,\ndona nobis pacem.\n\nDona nobis pacem,\ndona nobis pacem.';

export const DEMO_FIRST_NAMES = [
  'Anne',
  'Bernard',
  'Camille',
  'Chantal',
  'Chloé',
  'Daniel',
  'Élise',
  'Fatou',
  'Françoise',
  'Gérard',
  'Hélène',
  'Inès',
  'Jacques',
  'Jeanne',
  'Karima',
  'Léa',
  'Lucas',
  'Madeleine',
  'Malik',
  'Marie',
  'Martine',
  'Michel',
  'Monique',
  'Nathan',
  'Nicole',
  'Odile',
  'Paul',
  'Pierre',
  'Rachid',
  'Rose',
  'Samuel',
  'Simone',
  'Sylvie',
  'Thomas',
  'Yasmine',
  'Yves',
  'Zoé',
  'Hugo',
  'Aïcha',
  'Louis',
  'Mathis',
  'Colette',
  'Joseph',
  'Emma',
  'Noé',
  'Claude',
];
export const DEMO_LAST_NAMES = [
  'Bernard',
  'Bonnet',
  'Chevalier',
  'Diallo',
  'Dubois',
  'Durand',
  'Fontaine',
  'Garnier',
  'Girard',
  'Lambert',
  'Lefèvre',
  'Leroy',
  'Martin',
  'Mercier',
  'Moreau',
  'Morel',
  'Nguyen',
  'Perrin',
  'Petit',
  'Roux',
  'Simon',
  'Traoré',
  'Vincent',
  'Benali',
  'Rousseau',
  'Gauthier',
];

/** The demo accounts that sing: the artist leads the first altos, the viewer sings in them. */
export const DEMO_CHOIR_ACCOUNTS = {
  leader: {
    firstName: 'Sophie',
    lastName: 'Laurent',
    ageBand: '26-64',
    part: 'A1',
    site: 'Nevers',
  },
  singer: { firstName: 'Nadia', lastName: 'Haddad', ageBand: '26-64', part: 'A1', site: 'Nevers' },
} as const;

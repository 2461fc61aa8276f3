// Words for generated rows: first names, project and venue names, group kinds and their publics.
import type { AgeBand, GroupKind } from '@tutti/contracts';

export const FIRST_NAMES = [
  'Léa',
  'Hugo',
  'Inès',
  'Noah',
  'Jade',
  'Adam',
  'Louise',
  'Gabriel',
  'Ambre',
  'Raphaël',
  'Chloé',
  'Arthur',
  'Lina',
  'Louis',
  'Mila',
  'Jules',
  'Rose',
  'Maël',
  'Anna',
  'Sacha',
  'Aya',
  'Bilal',
  'Farah',
  'Yanis',
  'Sofia',
  'Ibrahim',
  'Nour',
  'Moussa',
  'Fatou',
  'Kenza',
  'Marcel',
  'Yvonne',
  'Lucien',
  'Odette',
  'Raymond',
  'Simone',
  'Germaine',
  'René',
  'Paulette',
  'André',
  'Camille',
  'Manon',
  'Théo',
  'Emma',
  'Nathan',
  'Zoé',
  'Lucas',
  'Alice',
  'Tom',
  'Léon',
];

export const PROJECT_THEMES = [
  'Chœur des villages',
  'Percussions en Morvan',
  'Chanter la Loire',
  'Éveil musical en crèche',
  'Jazz à l’école',
  'Opéra de poche',
  'Mémoires chantées (EHPAD)',
  'Écrire une chanson',
  'Théâtre musical',
  'Musiques du monde au centre social',
  'Fanfare de quartier',
  'Voix de femmes',
  'Conte musical',
  'Orchestre à l’école',
  'Chorale intergénérationnelle',
];

/** Who is in groups of each kind, how common they are, and what they practise. */
export const GROUP_PROFILES: readonly {
  kind: GroupKind;
  weight: number;
  ageBands: readonly AgeBand[];
  label: string;
  earlyYears?: boolean;
}[] = [
  { kind: 'class', weight: 40, ageBands: ['6-10', '11-14'], label: 'Classe' },
  { kind: 'class', weight: 12, ageBands: ['3-5'], label: 'Maternelle', earlyYears: true },
  {
    kind: 'leisure_centre_group',
    weight: 10,
    ageBands: ['3-5', '6-10'],
    label: 'Centre de loisirs',
  },
  { kind: 'social_centre_group', weight: 12, ageBands: ['26-64', '18-25'], label: 'Centre social' },
  { kind: 'nursing_home_group', weight: 8, ageBands: ['65+'], label: 'EHPAD' },
  {
    kind: 'disability_institute_group',
    weight: 5,
    ageBands: ['11-14', '15-17', '18-25'],
    label: 'IME',
  },
  { kind: 'choir', weight: 8, ageBands: ['26-64', '65+'], label: 'Chorale' },
  { kind: 'other', weight: 5, ageBands: ['15-17', '18-25'], label: 'Groupe' },
];

export const WORKSHOP_KINDS = [
  'workshop_singing',
  'workshop_percussion',
  'workshop_writing',
  'workshop_theatre',
] as const;

export const VENUE_KINDS = [
  ['community_hall', 'Salle des fêtes'],
  ['school', 'École'],
  ['sports_hall', 'Gymnase'],
  ['social_centre', 'Centre social'],
  ['church', 'Église'],
  ['nursing_home', 'EHPAD'],
] as const;

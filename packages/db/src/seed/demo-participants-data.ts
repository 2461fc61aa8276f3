// Demo groups and the people in them: classes, a social-centre group, choirs, an EHPAD, an IME, an
// audience counted only. First names follow the generations; half the children go by first name only.
import { communes, DEMO_PARTNERS } from './demo-places-data';

type Commune = { communeCode: string; communeName: string };
type AgeBand = '0-2' | '3-5' | '6-10' | '11-14' | '15-17' | '18-25' | '26-64' | '65+';
type GroupKind =
  | 'class'
  | 'social_centre_group'
  | 'choir'
  | 'nursing_home_group'
  | 'disability_institute_group'
  | 'audience';

export type DemoGroupSeed = {
  name: string;
  kind: GroupKind;
  partner?: string;
  /** relay@demo.test follows the group. */
  relay?: boolean;
  commune: Commune;
  expectedSize: number;
  ageBand: AgeBand;
  /** Counted at concerts, nobody listed. */
  countedOnly?: boolean;
  /** Who is in it: age bands in turn, and the share with a last name on file. */
  members?: { bands: AgeBand[]; withLastName: number; minorsWithoutConsent: number };
};

/** The names match the programme step's journeys, which find their groups by name. */
export const DEMO_GROUPS = {
  petitsBalzac: 'Les Petits Balzac (3-5 ans)',
  grandeSection: 'Grande section — maternelle Jean-Jaurès',
  moyenneSection: 'Moyenne section — école Henri-Wallon',
  cm1cm2: 'CM1-CM2 — école Paul-Bert',
  choraleLormes: 'Chorale du foyer rural de Lormes',
  ehpad: 'Résidents de l’EHPAD Les Tilleuls',
  ce2Luzy: 'CE2 de l’école de Luzy',
  ime: 'Atelier musique de l’IME Le Morvan',
  publicConcerts: 'Public des concerts de poche',
} as const;

export const demoGroupSeeds: DemoGroupSeed[] = [
  {
    name: DEMO_GROUPS.petitsBalzac,
    kind: 'social_centre_group',
    partner: DEMO_PARTNERS.centreSocialVitry,
    commune: communes.vitry,
    expectedSize: 14,
    ageBand: '3-5',
    members: { bands: ['3-5'], withLastName: 0.3, minorsWithoutConsent: 1 },
  },
  {
    name: DEMO_GROUPS.moyenneSection,
    kind: 'class',
    partner: DEMO_PARTNERS.ecoleVitry,
    commune: communes.vitry,
    expectedSize: 25,
    ageBand: '3-5',
    members: { bands: ['3-5'], withLastName: 0.5, minorsWithoutConsent: 0 },
  },
  {
    name: DEMO_GROUPS.grandeSection,
    kind: 'class',
    partner: DEMO_PARTNERS.ecoleMaternelleClamecy,
    relay: true,
    commune: communes.clamecy,
    expectedSize: 24,
    ageBand: '3-5',
    members: { bands: ['3-5'], withLastName: 0.5, minorsWithoutConsent: 3 },
  },
  {
    name: DEMO_GROUPS.cm1cm2,
    kind: 'class',
    partner: DEMO_PARTNERS.ecolePrimaireCorbigny,
    relay: true,
    commune: communes.corbigny,
    expectedSize: 22,
    ageBand: '6-10',
    members: { bands: ['6-10'], withLastName: 0.6, minorsWithoutConsent: 1 },
  },
  {
    name: DEMO_GROUPS.ce2Luzy,
    kind: 'class',
    commune: communes.luzy,
    expectedSize: 21,
    ageBand: '6-10',
    members: { bands: ['6-10'], withLastName: 0.5, minorsWithoutConsent: 2 },
  },
  {
    name: DEMO_GROUPS.choraleLormes,
    kind: 'choir',
    commune: communes.lormes,
    expectedSize: 18,
    ageBand: '26-64',
    // Intergenerational: teenagers, parents and grandparents sing together.
    members: {
      bands: ['26-64', '65+', '15-17', '26-64', '65+', '18-25'],
      withLastName: 1,
      minorsWithoutConsent: 0,
    },
  },
  {
    name: DEMO_GROUPS.ehpad,
    kind: 'nursing_home_group',
    partner: DEMO_PARTNERS.ehpadLuzy,
    commune: communes.luzy,
    expectedSize: 14,
    ageBand: '65+',
    members: { bands: ['65+'], withLastName: 1, minorsWithoutConsent: 0 },
  },
  {
    name: DEMO_GROUPS.ime,
    kind: 'disability_institute_group',
    partner: DEMO_PARTNERS.imeChateauChinon,
    commune: communes.chateauChinon,
    expectedSize: 9,
    ageBand: '11-14',
    members: { bands: ['11-14'], withLastName: 0.4, minorsWithoutConsent: 0 },
  },
  {
    name: DEMO_GROUPS.publicConcerts,
    kind: 'audience',
    commune: communes.moulinsEngilbert,
    expectedSize: 120,
    ageBand: '26-64',
    countedOnly: true,
  },
];

export const firstNames: Record<'child' | 'teen' | 'adult' | 'senior', string[]> = {
  child:
    'Léa, Gabriel, Jade, Raphaël, Louise, Adam, Emma, Louis, Ambre, Arthur, Inès, Maël, Lina, Jules, Mila, Sacha, Aya, Ismaël, Rose, Noah, Chloé, Yanis, Alice, Mohamed, Anna, Hugo, Fatoumata, Liam, Zoé, Ayoub, Nina, Timéo, Romy, Nathan, Kadiatou, Léo, Agathe, Ilyes, Lou, Tom, Yasmine, Éden, Mia, Wassim, Capucine, Aaron, Sarah, Milo, Lyna, Ethan'.split(
      ', ',
    ),
  teen: 'Manon, Enzo, Camille, Théo, Clémence, Kylian, Océane, Bilal'.split(', '),
  adult:
    'Nathalie, Christophe, Sandrine, Stéphane, Céline, Frédéric, Karine, Malika, Laurent, Valérie, Olivier, Isabelle, Samir, Aurélie, Julien, Claire'.split(
      ', ',
    ),
  senior:
    'Jeanne, Marcel, Simone, Raymond, Odette, René, Paulette, Lucien, Germaine, Roger, Yvette, Henri, Monique, André, Colette, Jacqueline, Gilbert, Marthe'.split(
      ', ',
    ),
};

export const lastNames =
  'Martin, Bernard, Dubois, Durand, Leroy, Moreau, Lefèvre, Roux, Fournier, Girard, Mercier, Blanc, Guérin, Chevalier, Perrin, Morin, Rousseau, Gautier, Diallo, Traoré, Benali, Haddad, Nguyen, Da Silva, Ferreira, Cissé, Bouzid, Lambert, Bonnet, Faure, Renaud, Barbier, Caron, Picard, Lemaire, Aubert'.split(
    ', ',
  );

/** Special-category data: a few needs, as a coordinator would note them, stored apart. */
export const demoAccessNeeds: { group: string; index: number; needs: string }[] = [
  {
    group: DEMO_GROUPS.ehpad,
    index: 0,
    needs: 'Fauteuil roulant : prévoir une place en bout de rang, accès de plain-pied.',
  },
  {
    group: DEMO_GROUPS.ehpad,
    index: 3,
    needs: 'Malentendante (appareillée) : se placer face à elle, parler distinctement.',
  },
  {
    group: DEMO_GROUPS.ime,
    index: 1,
    needs:
      'Hypersensibilité au bruit : casque anti-bruit dans son sac, prévenir avant les percussions.',
  },
  {
    group: DEMO_GROUPS.cm1cm2,
    index: 4,
    needs: 'Allergie sévère aux arachides : pas de goûter partagé ; trousse PAI chez l’enseignant.',
  },
  {
    group: DEMO_GROUPS.grandeSection,
    index: 2,
    needs: 'Porte des lunettes à double foyer : lui montrer les gestes de près.',
  },
];

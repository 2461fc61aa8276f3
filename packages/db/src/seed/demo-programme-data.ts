// Demo projects, journey templates, groups and journeys of the season: the Nièvre villages,
// early-years music in Vitry-sur-Seine, an intergenerational choir. Amounts are plausible, invented.
import { communes, DEMO_PARTNERS } from './demo-places-data';

type Kind =
  | 'workshop_singing'
  | 'workshop_writing'
  | 'workshop_percussion'
  | 'workshop_theatre'
  | 'workshop_early_years'
  | 'concert'
  | 'online';

export const DEMO_PROJECTS = {
  villages: 'Villages en musique — Haut-Nivernais',
  vitry: 'Éveil musical à Vitry-sur-Seine',
  generations: 'Chœur des générations',
  settons: 'Concerts de poche d’été aux Settons',
} as const;

export const DEMO_TEMPLATES = {
  eveil: 'Éveil musical en maternelle',
  chant: 'Parcours chant',
  percussions: 'Parcours percussions',
} as const;

const euros = (amount: number) => amount * 100;

export const projectSeeds = [
  {
    name: DEMO_PROJECTS.villages,
    description:
      'Ateliers participatifs et concerts de poche dans les villages du Haut-Nivernais, là où la musique vivante ne passe presque jamais.',
    status: 'active' as const,
    targetPublics: ['rural_residents', 'children', 'seniors', 'families'] as const,
    communes: [communes.lormes, communes.corbigny, communes.clamecy, communes.moulinsEngilbert],
    partners: [
      { name: DEMO_PARTNERS.mairieLormes, role: 'Prête la salle des fêtes, relaie l’information' },
      { name: DEMO_PARTNERS.mairieClamecy, role: 'Salle polyvalente et communication' },
      { name: DEMO_PARTNERS.ecolePrimaireCorbigny, role: 'Classe partenaire du parcours' },
      { name: DEMO_PARTNERS.ecoleMaternelleClamecy, role: 'Classe partenaire de l’éveil musical' },
    ],
    funders: [
      { name: 'DRAC Bourgogne-Franche-Comté', amountCents: euros(18_000) },
      { name: 'Département de la Nièvre', amountCents: euros(9_500) },
      { name: 'Communauté de communes Morvan Sommets et Grands Lacs', amountCents: euros(4_000) },
    ],
    budgetLines: [
      { kind: 'expense', label: 'Cachets des artistes', category: 'Artistique', amount: 21_600 },
      {
        kind: 'expense',
        label: 'Déplacements et hébergement',
        category: 'Logistique',
        amount: 5_200,
      },
      {
        kind: 'expense',
        label: 'Location et accord du piano',
        category: 'Technique',
        amount: 1_400,
      },
      { kind: 'expense', label: 'Coordination', category: 'Structure', amount: 6_000 },
      { kind: 'income', label: 'Subvention DRAC', category: 'Subventions', amount: 18_000 },
      { kind: 'income', label: 'Subvention Département', category: 'Subventions', amount: 9_500 },
      {
        kind: 'income',
        label: 'Participation intercommunale',
        category: 'Subventions',
        amount: 4_000,
      },
      {
        kind: 'income',
        label: 'Billetterie solidaire (5 € max.)',
        category: 'Recettes',
        amount: 1_200,
      },
    ],
  },
  {
    name: DEMO_PROJECTS.vitry,
    description:
      'Éveil musical des tout-petits avec le centre social Balzac, pour les enfants et leurs parents, dans les quartiers prioritaires.',
    status: 'active' as const,
    targetPublics: ['toddlers', 'families', 'priority_neighbourhoods'] as const,
    communes: [communes.vitry],
    partners: [
      { name: DEMO_PARTNERS.centreSocialVitry, role: 'Structure porteuse avec l’association' },
      { name: DEMO_PARTNERS.ecoleVitry, role: 'Accueille le concert des familles' },
    ],
    funders: [
      { name: 'Ville de Vitry-sur-Seine', amountCents: euros(7_000) },
      { name: 'CAF du Val-de-Marne', amountCents: euros(5_500) },
    ],
    budgetLines: [
      { kind: 'expense', label: 'Cachets des artistes', category: 'Artistique', amount: 8_400 },
      { kind: 'expense', label: 'Petits instruments', category: 'Matériel', amount: 900 },
      { kind: 'expense', label: 'Coordination', category: 'Structure', amount: 3_000 },
      { kind: 'income', label: 'Subvention Ville', category: 'Subventions', amount: 7_000 },
      {
        kind: 'income',
        label: 'Prestation de service CAF',
        category: 'Subventions',
        amount: 5_500,
      },
    ],
  },
  {
    name: DEMO_PROJECTS.generations,
    description:
      'Résidents de l’EHPAD et enfants de Luzy chantent ensemble, jusqu’au concert dans la salle d’animation.',
    status: 'active' as const,
    targetPublics: ['seniors', 'children', 'families'] as const,
    communes: [communes.luzy],
    partners: [
      { name: DEMO_PARTNERS.ehpadLuzy, role: 'Accueille les ateliers et le concert' },
      { name: DEMO_PARTNERS.conservatoireNevers, role: 'Prête des pupitres et des partitions' },
    ],
    funders: [{ name: 'Conférence des financeurs de la Nièvre', amountCents: euros(6_000) }],
    budgetLines: [
      { kind: 'expense', label: 'Cachets des artistes', category: 'Artistique', amount: 5_400 },
      { kind: 'expense', label: 'Déplacements', category: 'Logistique', amount: 1_100 },
      {
        kind: 'income',
        label: 'Conférence des financeurs',
        category: 'Subventions',
        amount: 6_000,
      },
    ],
  },
  {
    name: DEMO_PROJECTS.settons,
    description: 'Trois concerts au bord du lac en juillet, avec le festival Voix des Lacs.',
    status: 'draft' as const,
    targetPublics: ['families', 'rural_residents'] as const,
    communes: [communes.settons],
    partners: [{ name: DEMO_PARTNERS.festivalSettons, role: 'Co-organisateur' }],
    funders: [],
    budgetLines: [
      { kind: 'expense', label: 'Cachets (trois concerts)', category: 'Artistique', amount: 4_500 },
      { kind: 'income', label: 'Apport du festival', category: 'Partenariats', amount: 2_000 },
    ],
  },
];

const weeklySteps = (kind: Kind, count: number, durationMin: number, title: string) =>
  Array.from({ length: count }, (_, i) => ({
    kind,
    title: `${title} ${i + 1}`,
    durationMin,
    spacingDays: i === 0 ? 0 : 7,
  }));

export const templateSeeds = [
  {
    name: DEMO_TEMPLATES.eveil,
    description: 'Huit ateliers hebdomadaires de 45 minutes, puis un concert avec les familles.',
    steps: [
      ...weeklySteps('workshop_early_years', 8, 45, 'Atelier d’éveil'),
      { kind: 'concert' as Kind, title: 'Concert des familles', durationMin: 60, spacingDays: 14 },
    ],
  },
  {
    name: DEMO_TEMPLATES.chant,
    description: 'Six ateliers de chant, un concert, puis une séance en ligne pour garder le lien.',
    steps: [
      ...weeklySteps('workshop_singing', 6, 90, 'Atelier chant'),
      {
        kind: 'concert' as Kind,
        title: 'Concert de fin de parcours',
        durationMin: 75,
        spacingDays: 7,
      },
      {
        kind: 'online' as Kind,
        title: 'Séance en ligne : on réécoute',
        durationMin: 60,
        spacingDays: 28,
      },
    ],
  },
  {
    name: DEMO_TEMPLATES.percussions,
    description: 'Cinq ateliers de percussions corporelles et de djembé, puis un concert de poche.',
    steps: [
      ...weeklySteps('workshop_percussion', 5, 60, 'Atelier percussions'),
      { kind: 'concert' as Kind, title: 'Concert de poche', durationMin: 60, spacingDays: 7 },
    ],
  },
];

/** Created when the groups demo step has not made them (looked up by name first). */

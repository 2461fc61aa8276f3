// The demo network's partners across the border: a music house in Liège (BE) and an ensemble in
// Luxembourg (LU), their venues, public events and the figures they share.

export type DemoPartner = {
  key: 'liege' | 'luxembourg';
  name: string;
  slug: string;
  description: string;
  region: string;
  country: 'BE' | 'LU';
  languages: ('fr' | 'nl' | 'de' | 'lb')[];
  timeZone: string;
  admin: { email: string; displayName: string };
  venues: {
    name: string;
    communeCode: string;
    communeName: string;
    postalCode: string;
    addressLine: string;
    latitude: number;
    longitude: number;
  }[];
  /** Days from today, local hour, venue index, title, category. */
  events: {
    inDays: number;
    hour: number;
    venue: number;
    title: string;
    category: 'concert' | 'open-rehearsal' | 'workshop' | 'training';
    audiences: ('everyone' | 'families' | 'children' | 'seniors' | 'professionals')[];
    accessibility: ('wheelchair' | 'hearing-loop' | 'sign-language' | 'relaxed')[];
  }[];
  news: { title: string; body: string; daysAgo: number };
  figures: {
    beneficiaries: number;
    sessions: number;
    hours: number;
    carbonPerBeneficiaryKg: number | null;
  };
};

/** Arlon (BE), on the border, is where both partners run a cross-border project. */
const arlon = {
  name: 'Maison de la culture d’Arlon',
  communeCode: 'BE-81001',
  communeName: 'Arlon',
  postalCode: '6700',
  addressLine: 'Parc des Expositions 1',
  latitude: 49.6833,
  longitude: 5.8167,
};

export const demoPartners: DemoPartner[] = [
  {
    key: 'liege',
    name: 'Maison de la musique de Liège (démo)',
    slug: 'musique-liege',
    description: 'Chorales de quartier et concerts participatifs en province de Liège.',
    region: 'Province de Liège, Wallonie',
    country: 'BE',
    languages: ['fr', 'nl'],
    timeZone: 'Europe/Brussels',
    admin: { email: 'liege-admin@demo.test', displayName: 'Anne Dubois' },
    venues: [
      {
        name: 'Salle Philharmonique',
        communeCode: 'BE-62063',
        communeName: 'Liège',
        postalCode: '4000',
        addressLine: 'Boulevard Piercot 25',
        latitude: 50.6375,
        longitude: 5.5677,
      },
      {
        name: 'Centre culturel de Verviers',
        communeCode: 'BE-63079',
        communeName: 'Verviers',
        postalCode: '4800',
        addressLine: 'Rue des Martyrs 2',
        latitude: 50.5891,
        longitude: 5.8624,
      },
      arlon,
    ],
    events: [
      {
        inDays: 9,
        hour: 20,
        venue: 0,
        title: 'Chœurs de quartier en concert',
        category: 'concert',
        audiences: ['everyone', 'families'],
        accessibility: ['wheelchair', 'hearing-loop'],
      },
      {
        inDays: 16,
        hour: 18,
        venue: 1,
        title: 'Répétition ouverte : chants du monde',
        category: 'open-rehearsal',
        audiences: ['everyone'],
        accessibility: ['wheelchair'],
      },
      {
        inDays: 23,
        hour: 15,
        venue: 2,
        title: 'Musiques sans frontières : concert transfrontalier',
        category: 'concert',
        audiences: ['families', 'seniors'],
        accessibility: ['wheelchair', 'relaxed'],
      },
    ],
    news: {
      title: 'Une nouvelle chorale de quartier à Verviers',
      body: 'Vingt-cinq habitant·es ont rejoint la chorale lancée au centre culturel ; répétitions le mardi soir, ouvertes à toutes et tous.',
      daysAgo: 5,
    },
    figures: { beneficiaries: 1240, sessions: 86, hours: 2150, carbonPerBeneficiaryKg: 1.84 },
  },
  {
    key: 'luxembourg',
    name: 'Ensemble Mosaïque Luxembourg (démo)',
    slug: 'mosaique-luxembourg',
    description: 'Ateliers de percussion et concerts intergénérationnels au Grand-Duché.',
    region: 'Luxembourg',
    country: 'LU',
    languages: ['fr', 'de', 'lb'],
    timeZone: 'Europe/Luxembourg',
    admin: { email: 'luxembourg-admin@demo.test', displayName: 'Marc Weber' },
    venues: [
      {
        name: 'Kulturhaus Esch',
        communeCode: 'LU-ESCH',
        communeName: 'Esch-sur-Alzette',
        postalCode: '4010',
        addressLine: 'Rue de l’Alzette 20',
        latitude: 49.4958,
        longitude: 5.9806,
      },
      {
        name: 'Conservatoire de Luxembourg',
        communeCode: 'LU-LUX',
        communeName: 'Luxembourg',
        postalCode: '2449',
        addressLine: 'Rue Charles Martel 33',
        latitude: 49.6116,
        longitude: 6.1319,
      },
      arlon,
    ],
    events: [
      {
        inDays: 12,
        hour: 19,
        venue: 0,
        title: 'Percussions intergénérationnelles',
        category: 'concert',
        audiences: ['everyone', 'seniors'],
        accessibility: ['wheelchair'],
      },
      {
        inDays: 20,
        hour: 10,
        venue: 1,
        title: 'Formation des relais : accueillir un atelier musical',
        category: 'training',
        audiences: ['professionals'],
        accessibility: ['wheelchair', 'sign-language'],
      },
      {
        inDays: 23,
        hour: 17,
        venue: 2,
        title: 'Musiques sans frontières : atelier familles',
        category: 'workshop',
        audiences: ['families', 'children'],
        accessibility: ['wheelchair'],
      },
    ],
    news: {
      title: 'Formation des relais : inscriptions ouvertes',
      body: 'Une journée pour accueillir un atelier musical dans sa structure, à Luxembourg ; en français et en allemand.',
      daysAgo: 2,
    },
    figures: { beneficiaries: 310, sessions: 24, hours: 540, carbonPerBeneficiaryKg: null },
  },
];

export const DEMO_NETWORK = {
  name: 'Réseau Musique en partage (démo)',
  slug: 'musique-en-partage',
  description:
    'Trois structures de France, de Belgique et du Luxembourg partagent leur agenda, leurs méthodes et leurs chiffres.',
};

// Demo partners, venues and artists: the Nièvre (Morvan, Clamecy, Nevers) and two places in
// Vitry-sur-Seine. Commune codes and positions are real (INSEE, GeoNames); people, phone numbers
// (ARCEP fiction ranges 01 99 00 and 03 53 73) and e-mail addresses are invented.
import { addDays, easterSunday } from '@tutti/kit/dates';

/** Names other demo steps (groups, projects, sessions) use to look these records up. */
export const DEMO_PARTNERS = {
  mairieClamecy: 'Mairie de Clamecy',
  mairieLormes: 'Mairie de Lormes',
  ecoleMaternelleClamecy: 'École maternelle Jean-Jaurès',
  ecolePrimaireCorbigny: 'École primaire Paul-Bert',
  ecoleVitry: 'École élémentaire Henri-Wallon',
  collegeCorbigny: 'Collège du Haut-Nivernais',
  centreSocialVitry: 'Centre social Balzac',
  accueilDeLoisirsDecize: 'Accueil de loisirs Les Petits Loups',
  ehpadLuzy: 'EHPAD Les Tilleuls',
  imeChateauChinon: 'IME Le Morvan',
  festivalSettons: 'Festival Voix des Lacs',
  conservatoireNevers: 'Conservatoire de Nevers',
} as const;

export const DEMO_VENUES = {
  salleLormes: 'Salle des fêtes de Lormes',
  gymnaseCorbigny: 'Gymnase de Corbigny',
  sallePolyvalenteClamecy: 'Salle polyvalente de Clamecy',
  ecoleMaternelleClamecy: 'École maternelle Jean-Jaurès – salle de motricité',
  ecolePrimaireCorbigny: 'École primaire Paul-Bert – préau',
  collegialeClamecy: 'Collégiale Saint-Martin',
  theatreNevers: 'Théâtre municipal de Nevers',
  ehpadLuzy: 'EHPAD Les Tilleuls – salle d’animation',
  imeChateauChinon: 'IME Le Morvan – salle commune',
  salleMoulinsEngilbert: 'Salle des fêtes de Moulins-Engilbert',
  salleDecize: 'Salle des fêtes de Decize',
  kiosqueSettons: 'Kiosque du lac des Settons',
  centreSocialVitry: 'Centre social Balzac – grande salle',
  ecoleVitry: 'École élémentaire Henri-Wallon – salle polyvalente',
} as const;

export const DEMO_ARTISTS = {
  sophie: 'Sophie Laurent',
  aicha: 'Aïcha Benyahia',
  thomas: 'Thomas Girard',
  elodie: 'Élodie Petit',
  mathieu: 'Mathieu Roche',
  ines: 'Inès Morel',
} as const;

export const communes = {
  nevers: {
    communeCode: '58194',
    communeName: 'Nevers',
    postalCode: '58000',
    latitude: 46.9896,
    longitude: 3.159,
  },
  clamecy: {
    communeCode: '58079',
    communeName: 'Clamecy',
    postalCode: '58500',
    latitude: 47.4602,
    longitude: 3.5194,
  },
  corbigny: {
    communeCode: '58083',
    communeName: 'Corbigny',
    postalCode: '58800',
    latitude: 47.2568,
    longitude: 3.6829,
  },
  chateauChinon: {
    communeCode: '58062',
    communeName: 'Château-Chinon (Ville)',
    postalCode: '58120',
    latitude: 47.0667,
    longitude: 3.9333,
  },
  luzy: {
    communeCode: '58149',
    communeName: 'Luzy',
    postalCode: '58170',
    latitude: 46.7901,
    longitude: 3.9704,
  },
  decize: {
    communeCode: '58095',
    communeName: 'Decize',
    postalCode: '58300',
    latitude: 46.8285,
    longitude: 3.4619,
  },
  lormes: {
    communeCode: '58145',
    communeName: 'Lormes',
    postalCode: '58140',
    latitude: 47.2896,
    longitude: 3.8171,
  },
  moulinsEngilbert: {
    communeCode: '58182',
    communeName: 'Moulins-Engilbert',
    postalCode: '58290',
    latitude: 46.9882,
    longitude: 3.8108,
  },
  cosne: {
    communeCode: '58086',
    communeName: 'Cosne-Cours-sur-Loire',
    postalCode: '58200',
    latitude: 47.411,
    longitude: 2.9253,
  },
  settons: {
    communeCode: '58180',
    communeName: 'Montsauche-les-Settons',
    postalCode: '58230',
    latitude: 47.2167,
    longitude: 4.0167,
  },
  vitry: {
    communeCode: '94081',
    communeName: 'Vitry-sur-Seine',
    postalCode: '94400',
    latitude: 48.7872,
    longitude: 2.4033,
  },
} as const;

/**
 * The school year the demo shows: the one under way when the demo is seeded (from September),
 * so that agreements are current and blackouts lie ahead.
 */
export type DemoSeason = {
  /** Calendar year of the September the season starts in. */
  startYear: number;
  /** `MM-DD` of the season to a date: September to December in the first year, the rest after. */
  on(monthDay: string): string;
  startsOn: string;
  endsOn: string;
  /** e.g. `2026-2027` */
  label: string;
};

export function demoSeason(now: Date): DemoSeason {
  const startYear = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  const on = (monthDay: string) =>
    `${Number(monthDay.slice(0, 2)) >= 8 ? startYear : startYear + 1}-${monthDay}`;
  return {
    startYear,
    on,
    startsOn: on('09-01'),
    endsOn: on('07-03'),
    label: `${startYear}-${startYear + 1}`,
  };
}

type Holiday = { startsOn: string; endsOn: string; reason: string };

/** School holidays from the official calendars (inclusive dates, classes resume the next day). */
const officialHolidays: Record<number, { zoneA: string[][]; zoneC: string[][] }> = {
  2025: {
    zoneA: [
      ['10-18', '11-02'],
      ['12-20', '01-04'],
      ['02-07', '02-22'],
      ['04-04', '04-19'],
    ],
    zoneC: [
      ['10-18', '11-02'],
      ['12-20', '01-04'],
      ['02-21', '03-08'],
      ['04-18', '05-03'],
    ],
  },
  2026: {
    zoneA: [
      ['10-17', '11-01'],
      ['12-19', '01-03'],
      ['02-13', '02-28'],
      ['04-10', '04-25'],
    ],
    zoneC: [
      ['10-17', '11-01'],
      ['12-19', '01-03'],
      ['02-06', '02-21'],
      ['04-03', '04-18'],
    ],
  },
};
const holidayNames = [
  'Vacances de la Toussaint',
  'Vacances de Noël',
  'Vacances d’hiver',
  'Vacances de printemps',
];

/** Zone A (academy of Dijon, Nièvre) or C (Créteil, Vitry-sur-Seine); other years reuse 2026's days. */
export function schoolHolidays(season: DemoSeason, zone: 'zoneA' | 'zoneC'): Holiday[] {
  const table = officialHolidays[season.startYear] ?? officialHolidays[2026]!;
  return table[zone].map(([from, to], i) => ({
    startsOn: season.on(from!),
    endsOn: season.on(to!),
    reason: holidayNames[i]!,
  }));
}

/** Good Friday to Easter Monday of the season. */
export function easterWeekend(season: DemoSeason): Holiday {
  const easter = easterSunday(season.startYear + 1);
  return { startsOn: addDays(easter, -2), endsOn: addDays(easter, 1), reason: 'Offices de Pâques' };
}

/** The village fête takes the community hall for a June weekend. */
export function villageFete(season: DemoSeason): Holiday {
  return { startsOn: season.on('06-13'), endsOn: season.on('06-14'), reason: 'Fête patronale' };
}

export function weekly(weekdays: number[], startsAt: string, endsAt: string) {
  return weekdays.map((weekday) => ({ weekday, startsAt, endsAt }));
}

/** School days: Monday, Tuesday, Thursday, Friday. */
export const schoolDays = weekly([1, 2, 4, 5], '08:30', '16:30');

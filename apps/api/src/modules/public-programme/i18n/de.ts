// Texts of the organisation's and events' public pages, in German.
import type { PublicProgrammeTexts } from './fr';

export const de: PublicProgrammeTexts = {
  region: 'Region:',
  upcoming: 'Nächste öffentliche Termine',
  noUpcoming: 'Derzeit sind keine öffentlichen Termine angekündigt.',
  organisationDescription: (name) => `Konzerte und offene Workshops von ${name}.`,
  cancelled: 'Abgesagt',
  kind: 'Art',
  date: 'Datum',
  time: 'Uhrzeit',
  timeRange: (from, to) => `${from} bis ${to} Uhr`,
  performers: 'Künstlerinnen und Künstler',
  programme: 'Programm',
  place: 'Ort',
  directions: 'Route (OpenStreetMap)',
  accessibility: 'Barrierefreiheit',
  stepFreeAccess: 'Stufenloser Zugang',
  accessibleToilets: 'Barrierefreie Toiletten',
  hearingLoop: 'Induktionsschleife',
  accessibleParking: 'Behindertenparkplatz',
  lift: 'Aufzug',
  organisedBy: 'Veranstaltet von',
  eventDescription: (kind, date, place) => `${kind}, ${date}, ${place}.`,
  families: 'Familien',
  familiesLink: 'Die nächsten Termine Ihrer Kinder sehen, mit einem Link per E-Mail',
  allEvents: 'Alle Termine',
};

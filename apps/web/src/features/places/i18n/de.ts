// German strings of the building blocks shared by partners, venues and artists: address, commune,
// weekly availability and date ranges.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  address: {
    line: 'Adresse',
    postalCode: 'Postleitzahl',
    coordinates: 'Position auf der Karte',
    coordinatesHint:
      'Mit dem Gemeindezentrum ausgefüllt; präzisieren Sie sie, wenn Sie sie kennen.',
    latitude: 'Breitengrad',
    longitude: 'Längengrad',
  },
  windows: {
    add: 'Zeitfenster hinzufügen',
    weekday: 'Tag',
    from: 'Von',
    to: 'Bis',
    toHint: '00:00 bedeutet Mitternacht (Ende des Tages).',
    remove: 'Entfernen',
    removeNamed: 'Zeitfenster {{index}} entfernen',
    endBeforeStart: 'Das Ende muss nach dem Beginn liegen.',
    row: 'Zeitfenster {{index}}',
  },
  ranges: {
    add: 'Zeitraum hinzufügen',
    from: 'Vom',
    to: 'Bis',
    reason: 'Grund',
    remove: 'Entfernen',
    removeNamed: 'Zeitraum {{index}} entfernen',
    endBeforeStart: 'Das Enddatum muss am oder nach dem Startdatum liegen.',
    row: 'Zeitraum {{index}}',
  },
  archived: 'Archiviert',
  showArchived: 'Archivierte Einträge anzeigen',
  search: 'Suchen',
  filters: 'Liste filtern',
  allTypes: 'Alle',
  count_one: '{{count}} Ergebnis',
  count_other: '{{count}} Ergebnisse',
  pageOf: 'Seite {{page}} von {{pages}}',
  pagination: 'Seitennavigation',
  inUse:
    'Löschen nicht möglich: {{list}} verweisen darauf. Archivieren nimmt den Eintrag aus den Listen und behält seine Geschichte.',
  dependents: {
    projects_one: '{{count}} Projekt',
    projects_other: '{{count}} Projekte',
    groups_one: '{{count}} Gruppe',
    groups_other: '{{count}} Gruppen',
    venues_one: '{{count}} Ort',
    venues_other: '{{count}} Orte',
    sessions_one: '{{count}} Termin',
    sessions_other: '{{count}} Termine',
  },
};

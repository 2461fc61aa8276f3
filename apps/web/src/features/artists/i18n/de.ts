// German strings of the artist pages: list, creation, and the form with skills, travel and
// availability.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Künstler·innen',
  title: 'Künstler·innen',
  intro: 'Was jede·r spielt und anleitet, von wo sie aufbrechen, wie und wann.',
  new: 'Neue·r Künstler·in',
  newTitle: 'Neue·r Künstler·in',
  list: 'Künstler·innen',
  empty: 'Keine Künstler·in gefunden.',
  searchLabel: 'Name, Instrument oder Gemeinde',
  skillFilter: 'Kann anleiten',
  maxTravel: 'höchstens {{count}} km/Tag',
  linked: 'Tutti-Konto',
  form: {
    displayName: 'Name',
    email: 'E-Mail-Adresse',
    instruments: 'Instrumente und Disziplinen',
    instrumentsHint: 'Durch Kommas getrennt, zum Beispiel: Cello, Gesang.',
    skills: 'Termine, die sie anleiten können',
    home: 'Wohngemeinde',
    transportMode: 'Übliches Verkehrsmittel',
    maxTravelKmPerDay: 'Höchstentfernung pro Tag (km)',
    maxTravelHint: 'Hin- und Rückweg; leer, wenn keine Grenze.',
    user: 'Verknüpftes Tutti-Konto',
    userHint:
      'Ein Mitglied mit der Rolle Künstler·in: sieht den eigenen Tag und erfasst die Anwesenheit.',
    noUser: 'Keines',
    availability: 'Wöchentliche Verfügbarkeit',
    availabilityHint: 'Ohne Zeitfenster gilt die Person als täglich verfügbar.',
    unavailability: 'Nicht verfügbar',
    unavailabilityHint: 'Tourneen, Urlaub, Fortbildungen…: an diesen Tagen kein Termin.',
    create: 'Profil anlegen',
    saved: 'Profil gespeichert.',
  },
  detail: {
    back: 'Alle Künstler·innen',
    archive: 'Archivieren',
    unarchive: 'Wiederherstellen',
    archivedNotice: 'Dieses Profil ist archiviert: Es erscheint nicht mehr in den Listen.',
    delete: 'Löschen',
    deleteTitle: 'Profil von {{name}} löschen?',
    deleteText:
      'Das Profil mit Verfügbarkeiten wird gelöscht. Das verknüpfte Tutti-Konto bleibt bestehen.',
  },
};

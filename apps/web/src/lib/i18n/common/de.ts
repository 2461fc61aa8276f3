// German strings shared by the whole app: the shell, form validation, error messages.
import { errorMessages } from '../errors/de';
import type { SameKeys } from '../translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  appName: 'Tutti',
  skipToContent: 'Zum Inhalt springen',
  loading: 'Wird geladen…',
  close: 'Schließen',
  cancel: 'Abbrechen',
  save: 'Speichern',
  saved: 'Änderungen gespeichert.',
  confirm: 'Bestätigen',
  previous: 'Zurück',
  next: 'Weiter',
  footer: 'Tutti, freie Software, die Musik näher zu den Menschen bringt.',
  language: { label: 'Sprache', fr: 'Français', en: 'English', de: 'Deutsch' },
  shell: {
    mainNavigation: 'Hauptnavigation',
    openMenu: 'Menü',
    closeMenu: 'Menü schließen',
    organisation: 'Organisation',
    switchOrganisation: 'Organisation wechseln, aktuelle Organisation: {{name}}',
    createOrganisation: 'Organisation anlegen',
    account: 'Mein Konto',
    signOut: 'Abmelden',
    demo: 'Demo',
  },
  validation: {
    required: 'Dieses Feld ist erforderlich.',
    email: 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
    tooShort_one: 'Geben Sie mindestens {{count}} Zeichen ein.',
    tooShort_other: 'Geben Sie mindestens {{count}} Zeichen ein.',
    tooLong_one: 'Geben Sie höchstens {{count}} Zeichen ein.',
    tooLong_other: 'Geben Sie höchstens {{count}} Zeichen ein.',
    invalid: 'Dieser Wert ist ungültig.',
    summary: 'Das Formular enthält Fehler. Korrigieren Sie die markierten Felder.',
  },
  pages: {
    notFound: 'Seite nicht gefunden',
    notFoundText: 'Diese Seite existiert nicht oder ist nicht mehr verfügbar.',
    forbidden: 'Zugang beschränkt',
    forbiddenText: 'Ihre Rolle in dieser Organisation gibt keinen Zugang zu dieser Seite.',
    error: 'Etwas ist schiefgelaufen',
    backHome: 'Zur Startseite',
    retry: 'Erneut versuchen',
  },
  errors: errorMessages,
};

// German strings of the organisation settings.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Einstellungen der Organisation',
  title: 'Einstellungen der Organisation',
  intro: 'Allgemeine Angaben zur Organisation.',
  identity: 'Identität',
  name: 'Name der Organisation',
  timeZone: 'Zeitzone',
  timeZoneHint: 'Die Zeiten von Terminen und Konzerten werden in dieser Zeitzone angezeigt.',
  saved: 'Der Name der Organisation ist gespeichert.',
};

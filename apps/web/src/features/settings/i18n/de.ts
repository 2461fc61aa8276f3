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
  public: {
    title: 'Öffentliche Seite',
    intro:
      'Eine leichte Seite, ohne Konto lesbar, die die Organisation und ihre Konzerte und offenen Workshops vorstellt.',
    published: 'Öffentliche Seite veröffentlichen',
    slug: 'Kurzadresse',
    slugHint: 'Kleinbuchstaben, Ziffern und Bindestriche: /p/ihre-adresse',
    description: 'Vorstellung in wenigen Sätzen',
    region: 'Region',
    saved: 'Die öffentliche Seite ist gespeichert.',
    qrAlt: 'QR-Code der öffentlichen Seite',
    downloadSvg: 'QR-Code herunterladen (SVG)',
    downloadPng: 'QR-Code herunterladen (PNG)',
  },
};

// English strings of the organisation settings.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Organisation settings',
  title: 'Organisation settings',
  intro: 'General information about the organisation.',
  identity: 'Identity',
  name: 'Organisation name',
  timeZone: 'Time zone',
  timeZoneHint: 'Times of sessions and concerts are shown in this time zone.',
  saved: 'The organisation name is saved.',
  public: {
    title: 'Public page',
    intro:
      'A light page, readable without an account, presenting the organisation and its concerts and open workshops.',
    published: 'Publish the public page',
    slug: 'Short address',
    slugHint: 'Lowercase letters, digits and hyphens: /p/your-address',
    description: 'A few sentences about the organisation',
    region: 'Area',
    saved: 'The public page is saved.',
    qrAlt: 'QR code of the public page',
    downloadSvg: 'Download the QR code (SVG)',
    downloadPng: 'Download the QR code (PNG)',
  },
};

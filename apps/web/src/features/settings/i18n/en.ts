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
};

// German strings of the conductor's and coordinators' pages.
import type { SameKeys } from '@/lib/i18n/translations';
import type { conductorFr } from './fr';

export const conductorDe: SameKeys<typeof conductorFr> = {
  conductor: {
    title: 'Chorleitung',
    season: 'Saison',
  },
  checking: {
    title: 'Aufnahmen zu prüfen',
  },
  rollCall: {
    title: 'Anwesenheit der Probe',
  },
  message: {
    title: 'An die Singenden schreiben',
  },
};

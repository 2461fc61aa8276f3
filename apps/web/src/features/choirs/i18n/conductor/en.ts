// English strings of the conductor's and coordinators' pages.
import type { SameKeys } from '@/lib/i18n/translations';
import type { conductorFr } from './fr';

export const conductorEn: SameKeys<typeof conductorFr> = {
  conductor: {
    title: 'Conducting the choir',
    season: 'Season',
  },
  checking: {
    title: 'Recordings to check',
  },
  rollCall: {
    title: 'Rehearsal roll call',
  },
  message: {
    title: 'Write to the singers',
  },
};

// German strings of the singers' pages.
import type { SameKeys } from '@/lib/i18n/translations';
import type { singerFr } from './fr';

export const singerDe: SameKeys<typeof singerFr> = {
  singer: {
    title: 'Meine Chorseite',
  },
};

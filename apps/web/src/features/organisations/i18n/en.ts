// English strings of organisations: creating one, switching between them.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  create: {
    title: 'Create your organisation',
    intro:
      'Welcome! To begin, create the organisation (association, company, music school…) that you will administer. If you were invited, open the link from your e-mail instead.',
    name: 'Organisation name',
    nameHint: 'For example: Music in the Villages.',
    submit: 'Create the organisation',
  },
  switcher: {
    yourOrganisations: 'Your organisations',
    current: 'current organisation',
  },
};

// German strings of organisations: creating one, switching between them.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  create: {
    title: 'Ihre Organisation anlegen',
    intro:
      'Willkommen! Legen Sie zuerst die Organisation an (Verein, Ensemble, Musikschule…), die Sie verwalten werden. Wenn Sie eingeladen wurden, öffnen Sie stattdessen den Link aus Ihrer E-Mail.',
    name: 'Name der Organisation',
    nameHint: 'Zum Beispiel: Musik in den Dörfern.',
    submit: 'Organisation anlegen',
  },
  switcher: {
    yourOrganisations: 'Ihre Organisationen',
    current: 'aktuelle Organisation',
  },
};

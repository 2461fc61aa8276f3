// Strings of organisations: creating one, switching between them.
import { defineTranslations } from '@/lib/i18n/translations';

export const organisationsTranslations = defineTranslations({
  fr: {
    create: {
      title: 'Créer votre structure',
      intro:
        'Bienvenue ! Pour commencer, créez la structure porteuse (association, compagnie, conservatoire…) dont vous serez administrateur·rice. Si l’on vous a invité·e, ouvrez plutôt le lien reçu par e-mail.',
      name: 'Nom de la structure',
      nameHint: 'Par exemple : Musiques en Villages.',
      submit: 'Créer la structure',
    },
    switcher: {
      yourOrganisations: 'Vos structures',
      current: 'structure actuelle',
    },
  },
  en: {
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
  },
  de: {
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
  },
});

declare module 'i18next' {
  interface ResourceNamespaceMap {
    organisations: typeof organisationsTranslations.fr;
  }
}

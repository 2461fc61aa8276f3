// French strings of organisations: creating one, switching between them; the reference the other
// languages follow.

export const fr = {
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
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    organisations: typeof fr;
  }
}

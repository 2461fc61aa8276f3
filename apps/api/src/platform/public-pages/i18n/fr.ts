// The public pages' shared texts (layout, errors), in French: the reference.
export const fr = {
  languageName: 'Français',
  languageSwitch: 'Langue',
  skipToContent: 'Aller au contenu',
  footer: 'Page publiée avec Tutti, la musique là où on ne l’attend pas.',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Cette page n’existe pas ou n’est plus publiée.',
};
export type PublicLayoutTexts = typeof fr;

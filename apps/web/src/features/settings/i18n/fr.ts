// French strings of the organisation settings; the reference the other languages follow.

export const fr = {
  nav: 'Paramètres de la structure',
  title: 'Paramètres de la structure',
  intro: 'Les informations générales de la structure porteuse.',
  identity: 'Identité',
  name: 'Nom de la structure',
  timeZone: 'Fuseau horaire',
  timeZoneHint: 'Les horaires des séances et des concerts sont affichés dans ce fuseau.',
  saved: 'Le nom de la structure est enregistré.',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    settings: typeof fr;
  }
}

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
  public: {
    title: 'Page publique',
    intro:
      'Une page légère, lisible sans compte, qui présente la structure et ses concerts et ateliers ouverts au public.',
    published: 'Publier la page publique',
    slug: 'Adresse courte',
    slugHint: 'Lettres minuscules, chiffres et tirets : /p/votre-adresse',
    description: 'Présentation en quelques phrases',
    region: 'Territoire',
    saved: 'La page publique est enregistrée.',
    qrAlt: 'QR code de la page publique',
    downloadSvg: 'Télécharger le QR code (SVG)',
    downloadPng: 'Télécharger le QR code (PNG)',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    settings: typeof fr;
  }
}

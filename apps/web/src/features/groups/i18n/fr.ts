// French strings of the group pages: list, detail and form; the reference the other languages
// follow.

export const fr = {
  nav: 'Groupes',
  title: 'Groupes',
  intro:
    'Classes, groupes de centre social, chorales, résidents d’EHPAD, publics : les groupes qui suivent les parcours.',
  introRelay: 'Les groupes dont vous êtes la personne relais.',
  new: 'Nouveau groupe',
  newTitle: 'Nouveau groupe',
  list: 'Liste des groupes',
  empty: 'Aucun groupe ne correspond.',
  searchLabel: 'Nom du groupe',
  kindFilter: 'Type de groupe',
  countedOnly: 'Compté seulement',
  participants_one: '{{count}} participant·e',
  participants_other: '{{count}} participant·es',
  participants_many: '{{count}} participant·es',
  expected_one: '{{count}} attendu·e',
  expected_other: '{{count}} attendu·es',
  expected_many: '{{count}} attendu·es',
  missingConsents_one: '{{count}} autorisation parentale manquante',
  missingConsents_other: '{{count}} autorisations parentales manquantes',
  missingConsents_many: '{{count}} autorisations parentales manquantes',
  relayNamed: 'Relais : {{name}}',
  kinds: {
    class: 'Classe',
    leisure_centre_group: 'Groupe de centre de loisirs',
    social_centre_group: 'Groupe de centre social',
    choir: 'Chœur / chorale',
    nursing_home_group: 'Groupe d’EHPAD',
    disability_institute_group: 'Groupe d’établissement médico-social',
    audience: 'Public',
    other: 'Autre',
  },
  form: {
    name: 'Nom du groupe',
    nameHint: 'Par exemple : CE2 de Mme Roux, école Jean-Jaurès',
    kind: 'Type',
    partner: 'Structure partenaire',
    noPartner: 'Aucune',
    relay: 'Personne relais',
    relayHint: 'Un·e membre de la structure avec le rôle « personne relais ».',
    noRelay: 'Aucune',
    listed: 'Inscrire les participant·es nominativement',
    listedHint:
      'Décochez pour un groupe seulement compté (le public d’un concert) : personne n’y est nommé.',
    expectedSize: 'Effectif attendu',
    ageBand: 'Tranche d’âge',
    noAgeBand: 'Non précisée',
    commune: 'Commune du groupe',
    create: 'Créer le groupe',
  },
  detail: {
    back: 'Tous les groupes',
    facts: 'Le groupe',
    kind: 'Type',
    partner: 'Structure partenaire',
    relay: 'Personne relais',
    none: 'Aucune',
    expectedSize: 'Effectif attendu',
    ageBand: 'Tranche d’âge',
    commune: 'Commune',
    listing: 'Participant·es',
    listedYes: 'inscrit·es nominativement',
    listedNo: 'comptés seulement, à chaque séance',
    edit: 'Modifier',
    editTitle: 'Modifier {{name}}',
    archive: 'Archiver',
    unarchive: 'Désarchiver',
    archivedNotice: 'Ce groupe est archivé : il n’apparaît plus dans les listes.',
    delete: 'Supprimer',
    deleteTitle: 'Supprimer {{name}} ?',
    deleteText:
      'Un groupe qui a des participant·es ou des séances est archivé plutôt que supprimé.',
    countedNotice:
      'Ce groupe n’est pas inscrit nominativement : son effectif est compté à chaque séance, sur la page des présences.',
  },
  share: {
    title: 'Lien de partage du groupe',
    intro:
      'Un lien secret à donner au groupe (une classe, une aile de résidence) : il montre les prochaines séances et votre mot, jamais un nom.',
    none: 'Aucun lien actif pour ce groupe.',
    qrAlt: 'QR code du lien de partage',
    downloadSvg: 'QR code SVG',
    downloadPng: 'QR code PNG (impression)',
    noteShown: 'Mot affiché : « {{note}} »',
    copy: 'Copier le lien',
    copied: 'Lien copié.',
    revoke: 'Révoquer',
    noteLabel: 'Mot pour le groupe (facultatif)',
    noteHint: 'Ce que la structure partage : une consigne, une chanson à réviser. Aucun nom.',
    create: 'Créer le lien',
    replace: 'Créer un nouveau lien (l’ancien cesse de fonctionner)',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    groups: typeof fr;
  }
}

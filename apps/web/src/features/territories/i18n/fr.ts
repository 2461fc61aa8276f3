// French strings of the territories page and of the commune picker other features' forms use; the
// reference the other languages follow.
import { fr as geoMessages } from '@tutti/geo';

/** @tutti/geo's reasons and labels, with French typography: a no-break space before : ; ? ! */
const geo = Object.fromEntries(
  Object.entries(geoMessages).map(([key, text]) => [key, text.replace(/ ([:;?!])/g, '\u00a0$1')]),
);

export const fr = {
  nav: 'Territoires',
  title: 'Territoires',
  intro:
    'Où la musique vivante est-elle loin des habitant·es\u00a0? Les communes d’une zone classées par indice d’accès, avec leurs raisons.',
  exportCsv: 'Exporter en CSV',
  exportCsvHint: 'Tableur (UTF-8, point-virgule), mêmes chiffres que le classement',
  area: {
    title: 'Zone et période',
    kind: 'Type de zone',
    kinds: {
      department: 'Département',
      epci: 'Intercommunalité (EPCI)',
      region: 'Région',
      communes: 'Liste de communes',
    },
    department: 'Département',
    departmentFilter: 'Département de l’intercommunalité',
    epci: 'Intercommunalité (EPCI)',
    region: 'Région',
    choose: 'Choisir…',
    listLegend: 'Communes de la zone (France, Belgique, Allemagne, Luxembourg)',
    listEmpty: 'Aucune commune pour l’instant. Ajoutez-en avec le champ ci-dessous.',
    add: 'Ajouter une commune',
    remove: 'Retirer {{name}}',
    asOf: 'Fin de la période de 12 mois',
    asOfHint: 'Les séances et concerts des 12 mois qui se terminent ce jour-là comptent.',
    show: 'Afficher',
    pickFirst: 'Choisissez une zone pour voir la carte et le classement.',
  },
  summary: {
    title: 'En bref',
    // `count` chooses the form; `communes` is the same number written for the reader.
    line_one:
      '{{area}}\u00a0: {{communes}} commune, {{population}} habitant·es, du {{from}} au {{to}}.',
    line_other:
      '{{area}}\u00a0: {{communes}} communes, {{population}} habitant·es, du {{from}} au {{to}}.',
    line_many:
      '{{area}}\u00a0: {{communes}} communes, {{population}} habitant·es, du {{from}} au {{to}}.',
    far_one: '{{count}} commune sans musique vivante connue à moins de 30\u00a0km.',
    far_other: '{{count}} communes sans musique vivante connue à moins de 30\u00a0km.',
    far_many: '{{count}} communes sans musique vivante connue à moins de 30\u00a0km.',
    priority_one: '{{count}} commune avec un quartier prioritaire.',
    priority_other: '{{count}} communes avec un quartier prioritaire.',
    priority_many: '{{count}} communes avec un quartier prioritaire.',
    activities_one: '{{count}} commune où la structure a eu des activités.',
    activities_other: '{{count}} communes où la structure a eu des activités.',
    activities_many: '{{count}} communes où la structure a eu des activités.',
    approximate_one:
      '{{count}} commune n’a qu’une position approchée\u00a0: ses distances sont des estimations.',
    approximate_other:
      '{{count}} communes n’ont qu’une position approchée\u00a0: leurs distances sont des estimations.',
    approximate_many:
      '{{count}} communes n’ont qu’une position approchée\u00a0: leurs distances sont des estimations.',
    farFromOwn_one:
      '{{count}} commune à plus de 30\u00a0km de vos lieux, seuls lieux de musique vivante connus.',
    farFromOwn_other:
      '{{count}} communes à plus de 30\u00a0km de vos lieux, seuls lieux de musique vivante connus.',
    farFromOwn_many:
      '{{count}} communes à plus de 30\u00a0km de vos lieux, seuls lieux de musique vivante connus.',
    farUnknown: 'Distance à la musique vivante inconnue\u00a0: aucun lieu connu.',
  },
  data: {
    title: 'Données de l’indice',
    intro:
      'Le score additionne quatre composantes. Une composante dont la donnée manque n’est pas devinée\u00a0: elle ne compte pour aucune commune, et chaque score est rapporté aux points que les données connues peuvent donner.',
    names: {
      distance: 'Distance à la musique vivante',
      activities: 'Activités de la structure',
      rurality: 'Densité (ruralité)',
      priority: 'Quartiers prioritaires',
    },
    inSentence: {
      distance: 'la distance à la musique vivante',
      rurality: 'la densité',
      priority: 'les quartiers prioritaires',
    },
    status: { present: 'présente', partial: 'partielle', missing: 'manquante' },
    source: '{{name}} ({{publisher}}), données {{year}}.',
    distanceWith_one: '{{facilities}} équipements de musique vivante importés et votre lieu.',
    distanceWith_other:
      '{{facilities}} équipements de musique vivante importés et vos {{count}} lieux.',
    distanceWith_many:
      '{{facilities}} équipements de musique vivante importés et vos {{count}} lieux.',
    distanceOwnOnly_one:
      'Mesurée depuis votre seul lieu\u00a0: aucune base des équipements culturels n’est importée, une commune loin de lui peut avoir une salle tout près.',
    distanceOwnOnly_other:
      'Mesurée depuis vos {{count}} lieux seulement\u00a0: aucune base des équipements culturels n’est importée, une commune loin d’eux peut avoir une salle tout près.',
    distanceOwnOnly_many:
      'Mesurée depuis vos {{count}} lieux seulement\u00a0: aucune base des équipements culturels n’est importée, une commune loin d’eux peut avoir une salle tout près.',
    distanceMissing:
      'Aucun lieu de musique vivante connu (ni équipement culturel importé, ni lieu de la structure)\u00a0: la distance ne compte pas.',
    activities: 'Vos séances des 12 mois, comptées dans la commune de leur lieu.',
    missing: {
      rurality: 'Aucune grille de densité importée\u00a0: la ruralité ne compte pas.',
      priority:
        'Aucune liste des quartiers prioritaires importée\u00a0: la priorité ne compte pas.',
    },
    partialCommunes_one:
      'Connue pour {{count}} commune sur {{total}}\u00a0; les autres sont classées sans elle.',
    partialCommunes_other:
      'Connue pour {{count}} communes sur {{total}}\u00a0; les autres sont classées sans elle.',
    partialCommunes_many:
      'Connue pour {{count}} communes sur {{total}}\u00a0; les autres sont classées sans elle.',
    howToAdmin: 'Importer les fichiers officiels',
    howToOthers:
      'Un·e administrateur·rice de la structure peut importer les fichiers officiels (base des lieux culturels, grille de densité, quartiers prioritaires) depuis la page Territoires.',
    rankingWithout:
      'Classement calculé sans {{list}}\u00a0: ces données manquent et ne comptent pour aucune commune.',
    mapWithout: 'Couleurs calculées sans {{list}} (données manquantes).',
    allEqual:
      'Toutes les communes ont le même score avec les données connues\u00a0: le classement ne les départage pas.',
  },
  map: {
    title: 'Carte',
    label: 'Carte des communes de la zone, colorées selon le score d’accès',
    description:
      '{{communes}} communes colorées selon le score d’accès (de {{min}} à {{max}}). {{venues}} lieux de la structure, {{facilities}} équipements de musique vivante. Plus éloignées\u00a0: {{top}}. Le tableau ci-dessous donne les mêmes chiffres.',
    tilesUnavailable: 'Fond de carte indisponible\u00a0: les données restent affichées.',
    zoomIn: 'Zoomer',
    zoomOut: 'Dézoomer',
    legend: 'Légende',
    scoreScale: 'Score d’accès (plus il est élevé, plus la commune est loin de la musique)',
    circles_one:
      '{{count}} commune sans contour officiel (à l’étranger, collectivités d’outre-mer ou rétablie depuis 2018)\u00a0: un cercle proportionnel à sa population, à sa position.',
    circles_other:
      '{{count}} communes sans contour officiel (à l’étranger, collectivités d’outre-mer ou rétablies depuis 2018)\u00a0: des cercles proportionnels à leur population, à leur position.',
    circles_many:
      '{{count}} communes sans contour officiel (à l’étranger, collectivités d’outre-mer ou rétablies depuis 2018)\u00a0: des cercles proportionnels à leur population, à leur position.',
    shapes:
      'Chaque commune est colorée dans ses limites officielles (IGN — Admin Express COG 2018, simplifiées).',
    shapesUnavailable:
      'Les contours d’une partie des communes n’ont pas pu être chargés\u00a0: elles sont dessinées en cercles.',
    approximate: 'Contour pointillé\u00a0: position approchée',
    venue: 'Lieu de la structure',
    venueConcert: 'Lieu de la structure ayant accueilli un concert',
    facility: 'Équipement culturel de musique vivante',
    popupScore: 'Score {{score}} · rang {{rank}}',
    popupSessions_one: '{{count}} séance sur la période',
    popupSessions_other: '{{count}} séances sur la période',
    popupSessions_many: '{{count}} séances sur la période',
    popupConcerts_one: 'dont {{count}} concert',
    popupConcerts_other: 'dont {{count}} concerts',
    popupConcerts_many: 'dont {{count}} concerts',
    requests: 'Demandes d’aide pour lancer un ensemble',
    requestsAt: 'Demandes d’aide à {{commune}}',
    requestsCount_one: '{{count}} demande pour lancer un ensemble',
    requestsCount_many: '{{count}} demandes pour lancer un ensemble',
    requestsCount_other: '{{count}} demandes pour lancer un ensemble',
    requestsWaiting_one: 'dont {{count}} en attente',
    requestsWaiting_many: 'dont {{count}} en attente',
    requestsWaiting_other: 'dont {{count}} en attente',
    requestsDescription_one:
      'Cercle orange pointillé\u00a0: {{count}} demande d’aide pour lancer un ensemble (visible par les coordinateurs, sans nom).',
    requestsDescription_many:
      'Cercles orange pointillés\u00a0: {{count}} demandes d’aide pour lancer un ensemble (visibles par les coordinateurs, sans nom).',
    requestsDescription_other:
      'Cercles orange pointillés\u00a0: {{count}} demandes d’aide pour lancer un ensemble (visibles par les coordinateurs, sans nom).',
  },
  table: {
    title: 'Classement',
    caption: 'Communes classées par score d’accès décroissant',
    rank: 'Rang',
    commune: 'Commune',
    score: 'Score',
    reasons: 'Raisons',
    population: '{{population}} hab.',
    approximate: 'position approximative',
    priority: 'quartier prioritaire',
    outOf: '{{points}} sur {{possible}}\u00a0pts',
    tied: 'ex æquo',
    showMore_one: 'Afficher {{count}} commune de plus',
    showMore_other: 'Afficher {{count}} communes de plus',
    showMore_many: 'Afficher {{count}} communes de plus',
    shown_one: '{{count}} commune affichée sur {{total}}',
    shown_other: '{{count}} communes affichées sur {{total}}',
    shown_many: '{{count}} communes affichées sur {{total}}',
    empty: 'Aucune commune dans cette zone.',
  },
  reference: {
    title: 'Fichiers officiels',
    open: 'Fichiers officiels',
    intro:
      'Les fichiers publics qui complètent l’indice d’accès. Ils servent à toutes les structures de cette instance Tutti.',
    back: 'Retour aux territoires',
    kinds: {
      'cultural-facilities': 'Équipements culturels (Basilic, ministère de la Culture)',
      'density-grid': 'Grille communale de densité (INSEE)',
      'priority-areas': 'Quartiers prioritaires de la politique de la ville (ANCT)',
      'commune-centres': 'Centres des communes (communes-france, data.gouv.fr)',
    },
    kindHints: {
      'cultural-facilities':
        'base-des-lieux-et-des-equipements-culturels.csv (data.culture.gouv.fr)\u00a0: la distance à la musique vivante.',
      'density-grid':
        'grille_densite_7_niveaux_<année>.csv (insee.fr), enregistré en CSV\u00a0: la ruralité.',
      'priority-areas':
        'liste-quartiers-prioritaires-<année>.csv (data.gouv.fr)\u00a0: la priorité.',
      'commune-centres':
        'communes-france-<année>.csv (data.gouv.fr)\u00a0: positions officielles et densité des communes.',
    },
    upload: {
      title: 'Déposer un fichier',
      kind: 'Type de fichier',
      choose: 'Choisir…',
      file: 'Fichier CSV',
      fileHint: 'Un fichier à la fois, tel que publié (100\u00a0Mo au plus).',
      fileRequired: 'Choisissez un fichier.',
      year: 'Année des données',
      yearInvalid: 'Une année entre 1990 et 2100.',
      yearHint: 'Devinée d’après le nom du fichier\u00a0; modifiez-la si besoin.',
      preview: 'Prévisualiser',
      sendingLabel: 'Envoi du fichier',
      sending: 'Envoi du fichier\u00a0: {{percent}}',
      reading: 'Lecture du fichier par le serveur…',
    },
    preview: {
      title: 'Aperçu de {{file}}',
      source: '{{name}} ({{publisher}}, {{licence}}), données {{year}}',
      linesRead: 'lignes lues',
      recognised: 'reconnues',
      refused: 'refusées',
      warnings: 'avec une remarque',
      toApply: 'à importer',
      unknownCommunes: 'codes de commune inconnus (ignorés)',
      unplaced: 'sans position (écartés)',
      issues: 'Lignes refusées et remarques',
      issuesShown_one: 'La première est listée.',
      issuesShown_other: 'Les {{count}} premières sont listées.',
      issuesShown_many: 'Les {{count}} premières sont listées.',
      line: 'Ligne',
      column: 'Colonne',
      value: 'Valeur',
      reason: 'Raison',
      wholeFile: 'fichier',
      error: 'refusée',
      warning: 'remarque',
      firstLines: 'Premières lignes du fichier',
      notImportable:
        'Rien ne peut être importé\u00a0: tout le fichier ou rien. Corrigez les lignes refusées, ou choisissez le bon type de fichier, puis déposez-le à nouveau.',
      import: 'Importer',
      discard: 'Abandonner',
    },
    progress: {
      title: 'Import',
      queued: 'En attente de démarrage…',
      reading: 'Lecture du fichier…',
      writing: 'Écriture\u00a0: {{done}} sur {{total}} lignes',
      finishing: 'Mise en service des nouvelles données…',
      imported:
        '{{file}} est importé\u00a0: l’indice d’accès de toutes les structures en tient compte.',
      failed: 'L’import a échoué, les données n’ont pas changé\u00a0: {{error}}',
      discarded: 'Fichier abandonné.',
      toTerritories: 'Voir les territoires',
    },
    history: {
      title: 'Fichiers importés',
      empty: 'Aucun fichier officiel importé pour l’instant.',
      caption: 'Fichiers officiels importés, du plus récent au plus ancien',
      kind: 'Type',
      year: 'Année',
      file: 'Fichier',
      date: 'Importé le',
      counts: 'Lignes',
      countsValue: '{{read}} lues, {{applied}} appliquées, {{unknown}} ignorées',
      current: 'en service',
    },
  },
  picker: {
    label: 'Commune',
    hint: 'Tapez un nom ou un code postal, puis choisissez dans la liste.',
    suggestions_one: '{{count}} commune proposée',
    suggestions_other: '{{count}} communes proposées',
    suggestions_many: '{{count}} communes proposées',
    none: 'Aucune commune ne correspond.',
    chosen: 'Commune choisie\u00a0: {{name}} ({{code}})',
    change: 'Changer',
    approximate: 'position approximative',
    approximateHint:
      'La position de cette commune est approchée (moyenne des communes voisines)\u00a0: les distances sont des estimations.',
  },
  // Flat `access.reason.…` keys: i18next finds them through the dots of `geo.access.reason.…`.
  geo,
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    territories: typeof fr;
  }
}

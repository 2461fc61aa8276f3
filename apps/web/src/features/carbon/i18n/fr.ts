// French strings of carbon accounting pages; the carbon model's own (sources, modes, levers,
// reductions, notes) are merged under `model` from @tutti/carbon, so one text serves the API's
// exports and the app; the reference the other languages follow.
import { fr as carbonModel } from '@tutti/carbon';

export const fr = {
  nav: 'Empreinte carbone',
  title: 'Empreinte carbone',
  intro:
    'Les trajets des artistes, du public et des groupes, le matériel et les séances en ligne, en kg CO2e.',
  year: 'Année',
  show: 'Afficher',
  factorVersion: 'Facteurs d’émission : {{version}}',
  factorSets: 'Versions des facteurs',
  download: 'Télécharger',
  downloadCsv: 'Tableau CSV',
  downloadXlsx: 'Classeur XLSX',
  downloadScenariosCsv: 'Scénarios (CSV)',
  kg: '{{value}} kg CO2e',
  noFigure: '—',
  empty: 'Aucune séance à compter pour l’instant.',
  notes: 'Comment ces chiffres sont obtenus',
  chart: {
    title: 'Empreinte par mois, {{year}}',
    description:
      'Diagramme en barres : kg CO2e par mois. Les chiffres sont dans le tableau qui suit.',
    table: 'Empreinte par mois et par source, {{year}} (kg CO2e)',
    month: 'Mois',
    total: 'Total',
  },
  projects: {
    title: 'Par projet',
    table: 'Empreinte par projet, {{year}} (kg CO2e)',
    project: 'Projet',
    open: 'Voir l’empreinte de {{name}}',
    empty: 'Aucun projet n’a de séance cette année.',
  },
  panel: {
    title: 'Empreinte carbone',
    total: 'Total',
    perBeneficiary: 'Par bénéficiaire',
    perHour: 'Par heure d’activité',
    beneficiaries_one: '{{count}} bénéficiaire\u00a0: {{detail}}',
    beneficiaries_other: '{{count}} bénéficiaires\u00a0: {{detail}}',
    beneficiaries_many: '{{count}} bénéficiaires\u00a0: {{detail}}',
    listed_one: '{{count}} personne inscrite ou présente',
    listed_other: '{{count}} personnes inscrites ou présentes',
    listed_many: '{{count}} personnes inscrites ou présentes',
    counted_one: '{{count}} comptée',
    counted_other: '{{count}} comptées',
    counted_many: '{{count}} comptées',
    hours: '{{hours}} h d’activité',
    bySource: 'Par source',
    share: '{{value}} kg CO2e, {{pct}} %',
    details: 'Voir le détail des trajets',
    scenarios: 'Scénarios pour réduire',
  },
  scope: {
    sessions_one:
      'Ce total compte {{count}} séance : {{held}} tenue, {{planned}} prévue (estimée d’après les inscriptions).',
    sessions_other:
      'Ce total compte {{count}} séances : {{held}} tenues, {{planned}} prévues (estimées d’après les inscriptions).',
    sessions_many:
      'Ce total compte {{count}} séances : {{held}} tenues, {{planned}} prévues (estimées d’après les inscriptions).',
    leftOut_one:
      'Il laisse de côté {{count}} ligne à vérifier ({{kg}} kg CO2e) tant qu’elle n’est pas confirmée.',
    leftOut_other:
      'Il laisse de côté {{count}} lignes à vérifier ({{kg}} kg CO2e) tant qu’elles ne sont pas confirmées.',
    leftOut_many:
      'Il laisse de côté {{count}} lignes à vérifier ({{kg}} kg CO2e) tant qu’elles ne sont pas confirmées.',
    notCounted_one:
      '{{count}} donnée manquante empêche de compter des trajets : voir « À vérifier ».',
    notCounted_other:
      '{{count}} données manquantes empêchent de compter des trajets : voir « À vérifier ».',
    notCounted_many:
      '{{count}} données manquantes empêchent de compter des trajets : voir « À vérifier ».',
    complete: 'Aucune ligne n’est laissée de côté.',
    heldOnly_one:
      'Séances tenues seulement : {{kg}} kg CO2e pour {{count}} bénéficiaire, soit {{per}} kg CO2e par bénéficiaire ; c’est ce que la page Impact montre pour la même période.',
    heldOnly_other:
      'Séances tenues seulement : {{kg}} kg CO2e pour {{count}} bénéficiaires, soit {{per}} kg CO2e par bénéficiaire ; c’est ce que la page Impact montre pour la même période.',
    heldOnly_many:
      'Séances tenues seulement : {{kg}} kg CO2e pour {{count}} bénéficiaires, soit {{per}} kg CO2e par bénéficiaire ; c’est ce que la page Impact montre pour la même période.',
    perBeneficiary:
      'Par bénéficiaire : ce total divisé par les personnes que ces séances ont touchées, chaque participant compté une fois quel que soit le nombre de séances, plus les personnes comptées sans être inscrites. La page Impact donne le même chiffre pour les mêmes séances.',
  },
  flags: {
    title: 'À vérifier',
    intro:
      'Ces lignes pèsent lourd ou semblent invraisemblables : corrigez la donnée, ou confirmez qu’elle est juste pour la compter dans le total.',
    none: 'Aucune ligne invraisemblable ou dominante : rien à vérifier.',
    yearIntro:
      'Lignes laissées de côté du total tant qu’elles ne sont pas confirmées, et données manquantes. Chaque projet dit quoi corriger.',
    session: '{{session}}, {{date}}',
    trip: '{{kind}} : {{from}} → {{to}}',
    people: 'Qui : {{people}}',
    check: {
      'audience-far_one':
        '{{count}} personne comptée comme venant de {{from}}, à {{km}} km (aller) du lieu : plus de 100 km pour venir à une séance, est-ce juste ?',
      'audience-far_other':
        '{{count}} personnes comptées comme venant de {{from}}, à {{km}} km (aller) du lieu : plus de 100 km pour venir à une séance, est-ce juste ?',
      'audience-far_many':
        '{{count}} personnes comptées comme venant de {{from}}, à {{km}} km (aller) du lieu : plus de 100 km pour venir à une séance, est-ce juste ?',
      'dominant-share':
        'Cette ligne fait {{pct}} % de l’empreinte du projet ({{kg}} kg CO2e) : une erreur ici changerait tout le chiffre.',
      'venue-unlocated_one':
        'Lieu sans position : les trajets vers {{count}} séance ne sont pas comptés.',
      'venue-unlocated_other':
        'Lieu sans position : les trajets vers {{count}} séances ne sont pas comptés.',
      'venue-unlocated_many':
        'Lieu sans position : les trajets vers {{count}} séances ne sont pas comptés.',
      'artist-home-unknown_one':
        'Domicile de {{artist}} inconnu : ses trajets vers {{count}} séance ne sont pas comptés.',
      'artist-home-unknown_other':
        'Domicile de {{artist}} inconnu : ses trajets vers {{count}} séances ne sont pas comptés.',
      'artist-home-unknown_many':
        'Domicile de {{artist}} inconnu : ses trajets vers {{count}} séances ne sont pas comptés.',
      'group-origin-unknown_one':
        'Commune du groupe {{group}} inconnue : son trajet vers {{count}} séance n’est pas compté.',
      'group-origin-unknown_other':
        'Commune du groupe {{group}} inconnue : ses trajets vers {{count}} séances ne sont pas comptés.',
      'group-origin-unknown_many':
        'Commune du groupe {{group}} inconnue : ses trajets vers {{count}} séances ne sont pas comptés.',
      'group-size-unknown_one':
        'Groupe {{group}} : ni liste ni effectif prévu, ses personnes ne sont pas comptées ({{count}} séance).',
      'group-size-unknown_other':
        'Groupe {{group}} : ni liste ni effectif prévu, ses personnes ne sont pas comptées ({{count}} séances).',
      'group-size-unknown_many':
        'Groupe {{group}} : ni liste ni effectif prévu, ses personnes ne sont pas comptées ({{count}} séances).',
    },
    leftOut: 'Laissé de côté du total : {{kg}} kg CO2e.',
    confirmedBy: 'Confirmé par {{name}} le {{date}} : compté dans le total.',
    confirmedByUnknown: 'Confirmé le {{date}} (compte supprimé) : compté dans le total.',
    notCounted: 'Rien n’est compté pour ces trajets tant que la donnée manque.',
    fixLabel: 'Corriger\u00a0:',
    fix: {
      group: 'Le groupe «\u00a0{{name}}\u00a0»',
      groupUnnamed: 'Le groupe',
      venue: 'Le lieu',
      artist: 'L’artiste {{name}}',
      artistUnnamed: 'L’artiste',
      session: 'La séance',
      attendance: 'Les présences et comptages',
      'session-carbon': 'La camionnette de la séance',
    },
    fixByCoordinator: 'Un·e coordinateur·rice corrige ou confirme ces lignes.',
    confirm: 'Confirmer que c’est juste',
    withdraw: 'Retirer la confirmation',
    confirmed: 'Ligne confirmée : elle compte dans le total.',
    withdrawn: 'Confirmation retirée : la ligne est laissée de côté du total.',
    openProject: 'Voir le projet {{name}}',
    openProjectUnnamed: 'Voir le projet',
    leftOutBadge: 'à vérifier',
  },
  lines: {
    title: 'Détail des trajets',
    caption:
      'Chaque trajet compté, avec ses km, son mode, ses occupants, la version des facteurs et les kg CO2e',
    date: 'Date',
    trip: 'Trajet',
    who: 'Qui',
    mode: 'Mode',
    distance: 'Km (aller)',
    roundTrip: 'aller-retour',
    oneWay: 'aller simple',
    vehicles: 'Véhicules',
    travellers: 'Personnes',
    factor: 'Facteur',
    co2e: 'kg CO2e',
    remarks: 'Remarques',
    from: '{{from}} → {{to}}',
    kinds: {
      artist: 'Artistes',
      audience: 'Public',
      group: 'Groupe',
      equipment: 'Matériel',
      digital: 'En ligne',
    },
    units: {
      'vehicle-km': 'kg par véhicule-km',
      'passenger-km': 'kg par voyageur-km',
      'device-hour': 'kg par appareil-heure',
    },
    scroll: 'Tableau défilant horizontalement',
  },
  project: {
    title: 'Empreinte carbone : {{name}}',
    back: 'Empreinte de la structure',
    sessions: 'Par séance',
    sessionsTable: 'Empreinte par séance (kg CO2e)',
    session: 'Séance',
    venue: 'Lieu',
    openSession: 'Détail de la séance du {{date}}',
  },
  settings: {
    title: 'Hypothèses du projet',
    intro:
      'Comment le public vient, comment les groupes se déplacent, et la camionnette du matériel. Sans réglage, la répartition par défaut de la commune du lieu (rurale ou urbaine) s’applique.',
    split: 'Répartition des modes du public (%)',
    useDefault: 'Répartition par défaut (rurale ou urbaine selon la commune du lieu)',
    useOwn: 'Répartition propre au projet',
    carOccupancy: 'Personnes par voiture',
    groupMode: 'Les groupes viennent en',
    vanKm: 'Km de camionnette par séance (aller et retour)',
    vanKmHint: 'Laissez vide s’il n’y a pas de camionnette.',
    vanKinds: 'Séances concernées par la camionnette',
    save: 'Enregistrer les hypothèses',
    saved: 'Hypothèses enregistrées : les chiffres sont recalculés.',
    readOnly: 'Seuls les coordinateur·rices et administrateur·rices modifient ces hypothèses.',
  },
  session: {
    title: 'Empreinte carbone : {{name}}',
    back: 'Empreinte du projet',
    van: 'Camionnette de cette séance',
    vanKm: 'Km de camionnette (aller et retour)',
    vanKmHint: 'Vide : le réglage du projet s’applique. 0 : pas de camionnette.',
    save: 'Enregistrer',
    saved: 'Camionnette enregistrée.',
  },
  scenarios: {
    title: 'Scénarios : {{name}}',
    intro:
      'Chaque changement est essayé seul sur les mêmes trajets, avec la même version des facteurs. Le temps de trajet est compté en heures × personnes.',
    table: 'Scénarios côte à côte',
    scenario: 'Scénario',
    total: 'kg CO2e',
    delta: 'Écart (kg CO2e)',
    deltaPct: 'Écart (%)',
    travel: 'Trajet (h)',
    deltaTravel: 'Écart de trajet (h)',
    baseline: 'Situation actuelle',
    assumptions: 'Hypothèses : {{lever}}',
    assumption: '{{name}} : {{value}} ({{source}})',
    reductions: 'Ce qui réduit le plus',
    compare: 'Comparer deux scénarios',
    first: 'Premier scénario',
    second: 'Second scénario',
    compareButton: 'Comparer',
    less: '« {{b}} » émet {{kg}} kg CO2e de moins que « {{a}} » ({{pct}} %).',
    more: '« {{b}} » émet {{kg}} kg CO2e de plus que « {{a}} » ({{pct}} %).',
    same: '« {{b}} » et « {{a}} » émettent autant.',
    timeMore: 'Il demande {{hours}} heures de trajet en plus (heures × personnes).',
    timeLess: 'Il économise {{hours}} heures de trajet (heures × personnes).',
    timeSame: 'Le temps de trajet ne change pas.',
    back: 'Empreinte du projet',
    leftOut_one:
      'Comme le total du projet, les scénarios laissent de côté {{count}} ligne à vérifier ({{kg}} kg CO2e).',
    leftOut_other:
      'Comme le total du projet, les scénarios laissent de côté {{count}} lignes à vérifier ({{kg}} kg CO2e).',
    leftOut_many:
      'Comme le total du projet, les scénarios laissent de côté {{count}} lignes à vérifier ({{kg}} kg CO2e).',
    unchangedTitle: 'Pourquoi certains scénarios ne changent rien',
    unchangedItem: '{{lever}}\u00a0: {{reason}}',
    source: {
      tutti: 'hypothèse de Tutti',
      planner: 'planificateur',
      'factor-set': 'facteurs {{version}}',
    },
    value: {
      km: '{{value}} km',
      people_one: '{{count}} personne',
      people_other: '{{count}} personnes',
      people_many: '{{count}} personnes',
      sessions_one: '{{count}} séance',
      sessions_other: '{{count}} séances',
      sessions_many: '{{count}} séances',
      days_one: '{{count}} journée',
      days_other: '{{count}} journées',
      days_many: '{{count}} journées',
      min: '{{value}} min',
      h: '{{value}} h',
      'kg-per-device-hour': '{{value}} kg CO2e par appareil et par heure',
      share: '{{value}} %',
      ratio: '× {{value}}',
      yes: 'oui',
      no: 'non',
    },
  },
  factors: {
    title: 'Versions des facteurs d’émission',
    intro:
      'Chaque chiffre indique la version avec laquelle il a été calculé. Une version n’est jamais modifiée : une correction est une nouvelle version.',
    list: 'Versions disponibles',
    builtIn: 'fournie avec Tutti',
    own: 'propre à la structure',
    current: 'en usage',
    use: 'Utiliser {{version}}',
    chosen: 'Les nouveaux chiffres utilisent maintenant {{version}}.',
    add: 'Ajouter une version',
    addIntro:
      'Collez le jeu de facteurs au format JSON : partez de la version en usage, changez son nom et les valeurs. Chaque champ erroné est signalé.',
    json: 'Jeu de facteurs (JSON)',
    invalidJson: 'Ce texte n’est pas du JSON valide.',
    makeCurrent: 'L’utiliser tout de suite',
    create: 'Ajouter la version',
    created: 'Version {{version}} ajoutée.',
    published: 'publiée en {{date}}',
    adminOnly: 'Seul·es les administrateur·rices ajoutent ou choisissent une version.',
  },
  model: carbonModel.carbon,
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    carbon: typeof fr;
  }
}

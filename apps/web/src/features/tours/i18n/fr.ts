// French strings of tour planning: choosing sessions and artists, following a run, reading and
// accepting it; the reference the other languages follow.

export const fr = {
  nav: 'Tournées',
  title: 'Planifier la tournée',
  intro:
    'Tutti place les séances sur des jours et des artistes pour rouler le moins possible, dans les disponibilités des lieux et des artistes.',
  planLink: 'Planifier la tournée',
  scope: {
    legend: 'Ce que vous planifiez',
    mode: 'Planifier',
    project: 'un projet',
    season: 'une saison (toutes les séances entre deux dates)',
    projectField: 'Projet',
    chooseProject: 'Choisir un projet',
    from: 'Du',
    to: 'Au',
    empty: 'Aucune séance à venir dans ce périmètre.',
  },
  sessions: {
    legend: 'Séances à placer ({{selected}} sur {{count}})',
    hint: 'Par défaut, toutes les séances à venir qui ont un lieu et au plus un·e artiste. Une séance confirmée avec un partenaire garde sa date, son heure et son artiste, sauf si vous la libérez.',
    all: 'Tout choisir',
    none: 'Ne rien choisir',
    kind: 'Type de séance',
    allKinds: 'Tous les types',
    current: 'Actuellement\u00a0: le {{date}} à {{time}}, {{artists}}',
    agreed: 'Date convenue avec {{partner}}\u00a0: gardée telle quelle',
    agreedUnnamed: 'Date convenue avec le partenaire\u00a0: gardée telle quelle',
    free: 'Laisser le plan la déplacer',
    freeLabel: 'Laisser le plan déplacer {{title}}',
    freed: 'Libérée\u00a0: le plan peut la déplacer. Prévenez le partenaire si elle change.',
    nobody: 'sans artiste',
    notPlannable: {
      online: 'en ligne\u00a0: rien à planifier',
      no_venue: 'sans lieu',
      venue_not_located: 'lieu sans position',
      several_artists: 'plusieurs artistes\u00a0: à placer à la main',
      not_planned: 'déjà réalisée',
      past: 'passée',
    },
  },
  artists: {
    legend: 'Artistes ({{selected}} sur {{count}})',
    hint: 'Par défaut, celles et ceux qui mènent un des types de séance choisis.',
    details: '{{home}}, {{mode}}, {{km}}',
    maxKm: '{{km}}\u00a0km par jour au plus',
    noMax: 'sans limite de km',
    notLocated: 'domicile inconnu\u00a0: ajoutez-le sur sa fiche',
  },
  rules: {
    legend: 'Règles',
    windowDays: 'Chaque séance peut changer de date de',
    windowDaysHint: 'jours avant ou après, sans changer l’ordre d’un parcours.',
    hoursFrom: 'Pas avant',
    hoursTo: 'Pas après',
    hoursHint: 'Une séance prévue en dehors de ces heures (un concert le soir) garde son heure.',
    weekdays: 'Jours possibles',
    holidays: 'Éviter les jours fériés',
    keepCurrent: 'Changer le moins possible le planning actuel',
    keepCurrentAgreed_one:
      'Coché parce qu’une séance a une date convenue avec un partenaire\u00a0: les autres ne changent que si c’est nécessaire.',
    keepCurrentAgreed_other:
      'Coché parce que {{count}} séances ont une date convenue avec un partenaire\u00a0: les autres ne changent que si c’est nécessaire.',
    keepCurrentAgreed_many:
      'Coché parce que {{count}} séances ont une date convenue avec un partenaire\u00a0: les autres ne changent que si c’est nécessaire.',
    lunch: 'Garder une pause déjeuner à chaque artiste',
    lunchFrom: 'Entre',
    lunchTo: 'et',
    lunchMinutes: 'Minutes libres d’affilée, au moins',
    lunchHint:
      'Libre veut dire sans séance ni trajet. Une journée qui finit avant ou commence après n’en a pas besoin.',
    summaryLunch:
      'Pause déjeuner\u00a0: au moins {{minutes}}\u00a0min libres entre {{from}} et {{to}}.',
    summaryNoLunch: 'Sans règle de pause déjeuner.',
    summaryAgreed_one: 'Une date convenue avec un partenaire est gardée.',
    summaryAgreed_other: '{{count}} dates convenues avec des partenaires sont gardées.',
    summaryAgreed_many: '{{count}} dates convenues avec des partenaires sont gardées.',
    summaryFreed_one: 'Une séance confirmée a été libérée.',
    summaryFreed_other: '{{count}} séances confirmées ont été libérées.',
    summaryFreed_many: '{{count}} séances confirmées ont été libérées.',
    summaryKeep: 'Le planning actuel change le moins possible.',
    timeLimit: 'Durée du calcul (secondes)',
    timeLimitHint: 'Plus long, le plan peut encore s’améliorer.',
  },
  start: 'Lancer le calcul',
  runs: {
    title: 'Calculs récents',
    empty: 'Aucun calcul pour l’instant.',
    season: 'Saison du {{from}} au {{to}}',
    sessions_one: 'Une séance',
    sessions_other: '{{count}} séances',
    sessions_many: '{{count}} séances',
    open: 'Voir le calcul',
    accepted: 'accepté',
    summary_one: '{{km}}\u00a0km, {{count}} séance placée',
    summary_other: '{{km}}\u00a0km, {{count}} séances placées',
    summary_many: '{{km}}\u00a0km, {{count}} séances placées',
  },
  statuses: {
    queued: 'En attente',
    running: 'En cours',
    done: 'Terminé',
    failed: 'Échec',
    cancelled: 'Arrêté',
  },
  run: {
    back: 'Tournées',
    title: 'Tournée\u00a0: {{name}}',
    seasonTitle: 'Tournée du {{from}} au {{to}}',
    progress: 'Avancement du calcul',
    elapsed: '{{elapsed}}\u00a0s sur {{limit}}\u00a0s',
    best_one: 'Meilleur plan trouvé\u00a0: {{km}}\u00a0km, {{count}} séance placée sur {{total}}.',
    best_other:
      'Meilleur plan trouvé\u00a0: {{km}}\u00a0km, {{count}} séances placées sur {{total}}.',
    best_many:
      'Meilleur plan trouvé\u00a0: {{km}}\u00a0km, {{count}} séances placées sur {{total}}.',
    searching: 'Recherche d’un premier plan…',
    queued: 'Le calcul attend son tour.',
    cancel: 'Arrêter le calcul',
    failed: 'Le calcul a échoué\u00a0: {{error}}',
    cancelled: 'Ce calcul a été arrêté.',
    accepted: 'Ce plan a été accepté le {{date}}.',
  },
  compare: {
    title: 'Comparaison',
    plan: 'Plan proposé',
    current: 'Planning actuel',
    baseline: 'Au plus près, par date',
    baselineHelp:
      'Chaque séance, dans l’ordre des dates, à l’artiste disponible qui habite le plus près.',
    baselineFree: 'Il ne garde rien du planning actuel, sauf les dates convenues.',
    km: 'km',
    hours: 'h de route',
    co2: 'kg CO2e',
    artistDays: 'journées d’artiste',
    placed_one: '{{count}} séance placée sur {{total}}',
    placed_other: '{{count}} séances placées sur {{total}}',
    placed_many: '{{count}} séances placées sur {{total}}',
    savedVsCurrent: '{{percent}}\u00a0% de km en moins que le planning actuel',
    savedVsBaseline: '{{percent}}\u00a0% de km en moins qu’au plus près',
    notComparable: 'Comparaison impossible\u00a0: ce planning place plus de séances.',
    sameAsCurrent: 'Autant de km que le planning actuel',
    sameAsBaseline: 'Autant de km qu’au plus près',
    moreVsCurrent: '{{percent}}\u00a0% de km en plus que le planning actuel',
    moreVsBaseline: '{{percent}}\u00a0% de km en plus qu’au plus près',
    savedSame: '{{percent}}\u00a0% de km en moins que le planning actuel, à séances égales',
    moreSame: '{{percent}}\u00a0% de km en plus que le planning actuel, à séances égales',
    placedBoth:
      'Séances placées\u00a0: {{plan}} dans le plan proposé, {{current}} dans le planning actuel.',
    withoutArtist_one: 'Une séance n’a pas encore d’artiste\u00a0: seul le plan proposé la place.',
    withoutArtist_other:
      '{{count}} séances n’ont pas encore d’artiste\u00a0: seul le plan proposé les place.',
    withoutArtist_many:
      '{{count}} séances n’ont pas encore d’artiste\u00a0: seul le plan proposé les place.',
    onlyPlan_one: 'Une autre séance n’est placée que par le plan proposé.',
    onlyPlan_other: '{{count}} autres séances ne sont placées que par le plan proposé.',
    onlyPlan_many: '{{count}} autres séances ne sont placées que par le plan proposé.',
    onlyCurrent_one: 'Une séance du planning actuel ne trouve pas de place dans le plan proposé.',
    onlyCurrent_other:
      '{{count}} séances du planning actuel ne trouvent pas de place dans le plan proposé.',
    onlyCurrent_many:
      '{{count}} séances du planning actuel ne trouvent pas de place dans le plan proposé.',
    same_one:
      'Sur la seule séance placée des deux côtés\u00a0: {{plan}}\u00a0km avec le plan proposé, {{current}}\u00a0km avec le planning actuel.',
    same_other:
      'Sur les {{count}} séances placées des deux côtés\u00a0: {{plan}}\u00a0km avec le plan proposé, {{current}}\u00a0km avec le planning actuel.',
    same_many:
      'Sur les {{count}} séances placées des deux côtés\u00a0: {{plan}}\u00a0km avec le plan proposé, {{current}}\u00a0km avec le planning actuel.',
    rules: 'Règles de ce calcul',
  },
  distance: {
    great_circle:
      'Distances\u00a0: à vol d’oiseau × {{factor}} (le détour moyen des routes), trajets à {{speed}}\u00a0km/h arrondis aux 5\u00a0minutes. CO2\u00a0: facteurs {{version}} selon le mode de chaque artiste.',
    osrm: 'Distances et durées\u00a0: calculateur d’itinéraires OSRM, trajets arrondis aux 5\u00a0minutes. CO2\u00a0: facteurs {{version}} selon le mode de chaque artiste.',
    fallback:
      'Le calculateur d’itinéraires n’a pas répondu ({{reason}})\u00a0: distances estimées.',
  },
  actions: {
    accept: 'Accepter le plan',
    replan: 'Replanifier',
    replanHint:
      'Épinglez les séances à garder telles quelles\u00a0: les autres changent le moins possible.',
    pinned_zero: 'Aucune séance épinglée.',
    pinned_one: 'Une séance épinglée.',
    pinned_other: '{{count}} séances épinglées.',
    pinned_many: '{{count}} séances épinglées.',
  },
  accept: {
    title: 'Accepter ce plan\u00a0?',
    intro_one: 'Une séance va changer\u00a0:',
    intro_other: '{{count}} séances vont changer\u00a0:',
    intro_many: '{{count}} séances vont changer\u00a0:',
    nothing: 'Ce plan ne change aucune séance.',
    confirm: 'Appliquer les changements',
    change: '{{from}} → {{to}}',
    done_zero: 'Aucune séance à mettre à jour.',
    done_one: 'Une séance mise à jour.',
    done_other: '{{count}} séances mises à jour.',
    done_many: '{{count}} séances mises à jour.',
    stale: 'Modifiées depuis le calcul\u00a0: {{names}}. Relancez un calcul.',
    conflicts: 'En conflit\u00a0: {{names}}.',
  },
  itineraries: {
    title: 'Itinéraires jour par jour',
    artist_one:
      '{{name}}\u00a0: {{km}}\u00a0km, {{hours}}\u00a0h de route, {{co2}}\u00a0kg CO2e, {{count}} jour',
    artist_other:
      '{{name}}\u00a0: {{km}}\u00a0km, {{hours}}\u00a0h de route, {{co2}}\u00a0kg CO2e, {{count}} jours',
    artist_many:
      '{{name}}\u00a0: {{km}}\u00a0km, {{hours}}\u00a0h de route, {{co2}}\u00a0kg CO2e, {{count}} jours',
    day: '{{date}}\u00a0: départ {{departure}}, retour {{return}}',
    dayTotals: '{{km}}\u00a0km, {{minutes}}\u00a0min de route, {{co2}}\u00a0kg CO2e',
    stop: '{{start}}–{{end}} {{title}}, {{venue}}',
    fixed: 'déjà prévue ailleurs',
    agreed: 'date convenue',
    lunch: 'Pause déjeuner {{start}}–{{end}}',
    pinned: 'épinglée',
    changed: 'change',
    pin: 'Épingler',
    unpin: 'Désépingler',
    pinLabel: 'Épingler {{title}}',
    unpinLabel: 'Désépingler {{title}}',
    legs: 'Trajets',
    leg: '{{from}} → {{to}}\u00a0: {{km}}\u00a0km, {{minutes}}\u00a0min, {{co2}}\u00a0kg CO2e',
  },
  map: {
    title: 'Sur la carte',
    label: 'Carte des itinéraires',
    description:
      'Chaque artiste a sa couleur\u00a0; un rond marque son domicile, les carrés les lieux des séances. Le détail est dans la liste jour par jour.',
    home: 'Domicile de {{name}}',
  },
  unplaced: {
    title: 'Séances non placées',
    reasons: {
      NO_SKILLED_VEHICLE: 'Aucun·e artiste choisi·e ne mène ce type de séance.',
      PINNED_CONFLICT: 'L’artiste épinglé·e ne travaille pas à ce moment-là.',
      TIME_WINDOW: 'Aucun·e artiste ne peut y être dans les dates et heures permises.',
      CAPACITY: 'Plus de place dans la journée des artistes.',
      MAX_DISTANCE:
        'Les artistes qui mènent cette séance habitent plus loin qu’ils et elles ne roulent en un jour.',
      MAX_DURATION: 'La journée de l’artiste serait trop longue.',
      FLEET_LIMIT: 'Plus aucune journée d’artiste disponible.',
      BREAK: 'La placer ôterait sa pause déjeuner à l’artiste.',
      NO_ALLOWED_SLOT:
        'Aucune date ni heure permise n’est libre (lieu fermé ou déjà pris, jour férié).',
    },
  },
  warnings: {
    title: 'À vérifier avant d’accepter',
    venue: '{{a}} et {{b}} occuperaient le même lieu en même temps.',
    group: '{{a}} et {{b}} réuniraient le même groupe en même temps.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    tours: typeof fr;
  }
}

// Texts of the directory's public pages and e-mails, in French: the reference. Domain terms
// (kinds, genres, parts, ages, weekdays) come from the shared vocabulary.

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);

export const fr = {
  directoryTitle: 'Chanter et jouer près de chez vous',
  directoryLead: (org: string) =>
    `Chorales, ensembles vocaux, fanfares, harmonies, orchestres et écoles de musique que ${org} connaît : pour continuer après un parcours, ou pour commencer.`,
  directoryDescription: (org: string) =>
    `L’annuaire des pratiques musicales amateurs de ${org} : où chanter et jouer près de chez vous.`,
  findCta: 'Trouver un ensemble près de chez moi',
  proposeCta: 'Votre ensemble n’y est pas ? Proposez-le',
  listTitle: 'Les ensembles',
  listCount: (n: number) => `${n} ${plural(n, 'ensemble', 'ensembles')} dans l’annuaire.`,
  listMore: (shown: number, total: number) =>
    `${shown} premiers sur ${total} par ordre alphabétique : la recherche trouve ceux près de chez vous.`,
  empty: 'L’annuaire est encore vide.',
  // The finder
  findTitle: 'Trouver un ensemble',
  findLead:
    'Dites-nous où vous habitez et ce qui vous tente : nous cherchons dans un rayon adapté à votre commune.',
  communeLabel: 'Votre commune ou votre code postal',
  communeHint: 'Par exemple « Lormes » ou « 58140 ».',
  ageLabel: 'Votre âge (facultatif)',
  kindsLegend: 'Ce qui vous tente',
  languageLabel: 'Une langue dans laquelle vous êtes à l’aise',
  anyLanguage: 'Peu importe',
  genresLegend: 'Les musiques que vous aimez',
  daysLegend: 'Vos jours libres',
  beginnerLabel: 'Je débute (sans audition)',
  search: 'Chercher',
  searchAgain: 'Modifier la recherche',
  chooseCommune: 'Plusieurs communes portent ce nom : laquelle ?',
  unknownCommune: 'Nous ne trouvons pas cette commune. Essayez son code postal.',
  ageProblem: 'Un âge entre 3 et 120 ans.',
  resultsTitle: (n: number, commune: string) =>
    n === 0
      ? `Aucun ensemble à portée de ${commune}`
      : `${n} ${plural(n, 'ensemble', 'ensembles')} à portée de ${commune}`,
  radiusNote: (km: number, area: string, estimated: boolean) =>
    `Nous cherchons jusqu’à ${km} km autour d’une commune ${area}${estimated ? ' (densité estimée d’après la population)' : ''}.`,
  area: { dense: 'dense', intermediate: 'de densité intermédiaire', rural: 'rurale' },
  travelEstimate:
    'Les durées sont des estimations en voiture (distance à vol d’oiseau × 1,3 à 60 km/h), pas un itinéraire.',
  travelRouted: 'Les durées en voiture viennent d’un calculateur d’itinéraires.',
  distance: (km: string, minutes: string) => `${km} km, environ ${minutes} en voiture`,
  why: 'Pourquoi :',
  reason: {
    kind: 'ce qui vous tente',
    genre: 'vos musiques',
    day: 'un de vos jours libres',
    age: 'votre âge',
    part: 'cherche votre pupitre',
    beginner: 'accueille les débutants',
    language: 'travaille dans votre langue',
  } as Record<string, string>,
  nothingHere: (commune: string, km: number) =>
    `Pour ce que vous cherchez, rien n’existe aujourd’hui à moins de ${km} km de ${commune}.`,
  nearestBeyond: (name: string, commune: string, km: string, minutes: string) =>
    `Le plus proche : ${name}, à ${commune}, ${km} km (environ ${minutes} en voiture).`,
  startHereTitle: 'Et si un chœur naissait ici ?',
  startHereLead:
    'Il suffit de quelques personnes et d’une salle. Nous vous donnons de quoi commencer, et l’association peut vous aider.',
  kitLink: 'Le kit « Lancer un chœur ici »',
  // The kit
  kitTitle: (commune: string) => `Lancer un chœur à ${commune}`,
  kitLead:
    'Un chœur amateur commence souvent avec cinq ou six voisins, une salle prêtée par la mairie et une personne qui ose donner le départ.',
  kitStepsTitle: 'Les étapes',
  kitSteps: [
    'Trouvez trois à cinq personnes partantes : voisins, parents d’élèves, participants du parcours.',
    'Demandez une salle à la mairie ou à une association : une salle des fêtes suffit, un piano est un plus.',
    'Fixez un jour et une heure réguliers, par exemple le mardi à 20 h, toutes les semaines.',
    'Choisissez trois chants simples que tout le monde connaît déjà, à l’unisson d’abord.',
    'Cherchez une cheffe ou un chef de chœur : l’école de musique ou le conservatoire voisin connaît des musiciens.',
    'Annoncez-vous : affiche à la mairie, bulletin municipal, et inscription dans cet annuaire.',
  ],
  kitRehearsalTitle: 'Les premières répétitions',
  kitRehearsal: [
    '10 minutes d’échauffement : le corps, le souffle, la voix.',
    '30 minutes sur un chant appris à l’oreille, phrase par phrase.',
    '10 minutes de pause : le thé compte autant que le chant.',
    '30 minutes pour reprendre, puis chanter le tout ensemble.',
    'Un mot pour finir : quel chant la prochaine fois ?',
  ],
  kitVenuesTitle: 'Des salles connues près de chez vous',
  kitVenuesNone: 'Nous ne connaissons pas encore de salle près de chez vous : la mairie, oui.',
  kitConductorTitle: 'Trouver une cheffe ou un chef de chœur',
  kitConductor:
    'Demandez à l’école de musique ou au conservatoire le plus proche, ou à l’association : elle connaît des musiciens qui accompagnent les débuts.',
  // Support request
  supportTitle: 'Demander l’aide de l’association',
  supportLead: (org: string) =>
    `Laissez vos coordonnées : ${org} vous recontacte pour monter le projet avec vous.`,
  nameLabel: 'Votre nom',
  emailLabel: 'Votre e-mail',
  phoneLabel: 'Ou votre téléphone',
  messageLabel: 'Un mot sur votre projet (facultatif)',
  send: 'Envoyer',
  supportThanksTitle: 'Merci, votre demande est transmise',
  supportThanks: (org: string) => `${org} vous recontacte bientôt.`,
  problem: {
    name: 'Votre nom, s’il vous plaît.',
    contact: 'Un e-mail ou un numéro de téléphone pour vous répondre.',
    email: 'Une adresse e-mail comme nom@exemple.fr.',
    phone: 'Un numéro comme 06 12 34 56 78.',
    message: 'Un message de 2 000 caractères au plus.',
    commune: 'La commune, avec son code postal s’il y en a plusieurs.',
    ensembleName: 'Le nom de l’ensemble.',
    kind: 'Le type d’ensemble.',
    time: 'Une heure comme 20:00.',
    fee: 'Un montant en euros, comme 60.',
    website: 'Une adresse qui commence par https://.',
    consent: 'Votre accord pour publier ces informations.',
    description: 'Une présentation de 2 000 caractères au plus.',
  } as Record<string, string>,
  // The ensemble's page
  lastConfirmed: (date: string) => `Informations confirmées par l’ensemble le ${date}.`,
  where: 'Où',
  when: 'Quand',
  level: 'Niveau',
  anyLevel: 'Tous niveaux',
  audition: 'Audition',
  auditionYes: 'Sur audition',
  auditionNo: 'Sans audition',
  sought: 'Recherche',
  genres: 'Répertoire',
  workingLanguages: 'Langues de travail',
  ages: 'Âges',
  allAges: 'Tous âges',
  fees: 'Cotisation',
  feeYear: (amount: string) => `${amount} par an`,
  feeFree: 'Gratuit',
  feeSolidarity: (amount: string) => `tarif solidaire ${amount}`,
  feeUnknown: 'À demander',
  accessibility: 'Accessibilité',
  stepFreeAccess: 'Accès de plain-pied',
  accessibleToilets: 'Toilettes accessibles',
  hearingLoop: 'Boucle magnétique',
  largePrintScores: 'Partitions en gros caractères',
  learning: 'Pour apprendre',
  contact: 'Contact',
  website: 'Site',
  backToDirectory: 'Tout l’annuaire',
  ensembleDescription: (kind: string, communes: string) => `${kind} à ${communes}.`,
  rehearsal: {
    weekly: (days: string, time: string) => `le ${days} à ${time}`,
    everyNWeeks: (n: number, days: string, time: string) =>
      `le ${days} à ${time}, toutes les ${n} semaines`,
    monthly: (nth: string, day: string, time: string) => `le ${nth} ${day} du mois à ${time}`,
    nth: { '1': '1er', '2': '2e', '3': '3e', '4': '4e', '5': '5e', '-1': 'dernier' } as Record<
      string,
      string
    >,
    and: ' et ',
  },
  // Proposal
  proposeTitle: 'Proposer votre ensemble',
  proposeLead: (org: string) =>
    `Votre chorale, votre fanfare ou votre école de musique accueille de nouveaux membres ? ${org} relit chaque proposition avant de la publier.`,
  ensembleNameLabel: 'Nom de l’ensemble',
  kindLabel: 'Type',
  addressLabel: 'Adresse de répétition (facultatif)',
  dayLabel: 'Jour de répétition',
  frequencyLabel: 'Fréquence',
  frequency: {
    weekly: 'Toutes les semaines',
    biweekly: 'Une semaine sur deux',
    first: 'Le 1er du mois',
    last: 'Le dernier du mois',
  } as Record<string, string>,
  timeLabel: 'Heure',
  agesLegend: 'Âges accueillis',
  partsLegend: 'Vous recherchez',
  auditionLabel: 'Sur audition',
  feeLabel: 'Cotisation annuelle, en euros (facultatif)',
  solidarityFeeLabel: 'Tarif solidaire, en euros (facultatif)',
  descriptionLabel: 'Présentation (facultatif)',
  contactNameLabel: 'Nom du contact',
  contactEmailLabel: 'E-mail du contact',
  contactPhoneLabel: 'Téléphone (facultatif)',
  websiteLabel: 'Site web (facultatif)',
  consentLabel:
    'J’accepte que ces informations, contact compris, soient publiées dans l’annuaire ; un e-mail me demandera de les confirmer tous les six mois.',
  proposeThanksTitle: 'Merci, votre proposition est envoyée',
  proposeThanks: (org: string) =>
    `${org} la relit et la publie dans l’annuaire. Vous recevrez tous les six mois un e-mail pour confirmer que tout est à jour.`,
  // Confirmation by the ensemble
  confirmTitle: 'Confirmer votre fiche',
  confirmLead: (name: string) =>
    `Les informations de « ${name} » sont-elles toujours justes ? Un clic les confirme pour un an.`,
  confirmButton: 'Oui, tout est à jour',
  confirmChanges: 'Quelque chose a changé ? Répondez à l’association, elle corrige la fiche.',
  confirmedTitle: 'Merci, votre fiche est confirmée',
  confirmedText: (name: string, org: string) => `« ${name} » reste dans l’annuaire de ${org}.`,
  missingTitle: 'Lien inconnu',
  missingText:
    'Ce lien ne correspond à aucune fiche. Il a peut-être été remplacé par un plus récent.',
  crossSiteTitle: 'Formulaire refusé',
  crossSiteText: 'Ce formulaire doit être envoyé depuis notre propre page.',
  reconfirmMail: {
    subject: (name: string, lastCall: boolean) =>
      lastCall
        ? `Dernier rappel : « ${name} » quitte l’annuaire dans un mois`
        : `« ${name} » : vos informations sont-elles à jour ?`,
    body: (m: { ensemble: string; organisation: string; link: string; lastCall: boolean }) =>
      [
        'Bonjour,',
        '',
        `${m.organisation} présente « ${m.ensemble} » dans son annuaire des pratiques musicales, pour que des habitants vous rejoignent après un concert ou un atelier.`,
        m.lastCall
          ? 'Sans confirmation dans le mois, la fiche ne sera plus affichée.'
          : 'Tous les six mois, nous vérifions que les informations sont toujours justes.',
        '',
        `Pour confirmer en un clic : ${m.link}`,
        '',
        'Si quelque chose a changé (jour, lieu, contact), répondez simplement à cet e-mail.',
      ].join('\n'),
  },
};
export type DirectoryTexts = typeof fr;

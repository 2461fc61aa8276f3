// Texts of a concert's waiting list (the sign-up form, an entry's page, its e-mails) and of the
// "lost your booking link?" form, in French: the reference.

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const seats = (n: number) => `${n} ${plural(n, 'place', 'places')}`;

/** What an e-mail about one entry needs. */
export type EntryMail = {
  name: string;
  concert: string;
  when: string;
  seats: number;
  link: string;
  organisation: string;
};

export const waitingListFr = {
  seats,
  title: 'Liste d’attente',
  lead: 'Complet, ou pas assez de places pour vous\u00a0? Inscrivez-vous : si des places se libèrent, nous vous les proposons par e-mail et les gardons pour vous un temps limité.',
  partyLabel: 'Nombre de places souhaitées',
  nameLabel: 'Nom',
  emailLabel: 'Adresse e-mail',
  emailHint: 'Les propositions de places y sont envoyées.',
  phoneLabel: 'Téléphone (facultatif)',
  submit: 'M’inscrire sur la liste d’attente',
  errorsTitle: 'L’inscription n’est pas enregistrée',
  problem: {
    name: 'Indiquez un nom.',
    email: 'Indiquez une adresse e-mail valide : les propositions de places y sont envoyées.',
    phone: 'Indiquez le numéro au format international, par exemple +33 6 12 34 56 78.',
    party: (max: number) => `Indiquez un nombre de places, de 1 à ${max}.`,
    seatsAvailable: (n: number) =>
      `Il reste ${seats(n)} : réservez-${n <= 1 ? 'la' : 'les'} directement.`,
    closed: 'Les réservations de ce concert sont closes.',
  },
  entryTitle: 'Votre inscription sur la liste d’attente',
  waiting: (place: number, n: number) =>
    `Vous êtes n° ${place} sur la liste d’attente, pour ${seats(n)}.`,
  waitingNext: (hours: number) =>
    `Si des places se libèrent, nous vous écrivons ; elles vous sont gardées ${hours} h. Gardez cette page : son adresse vous permet de vous retirer.`,
  offeredTitle: 'Des places vous attendent',
  offered: (n: number, until: string) =>
    `${seats(n)} ${plural(n, 'vous est réservée', 'vous sont réservées')} jusqu’au ${until}. Choisissez vos tarifs et confirmez.`,
  confirm: 'Confirmer ma réservation',
  bookedTitle: 'Réservation confirmée',
  booked: 'Vous avez accepté les places proposées.',
  orderLink: 'Voir ma réservation',
  leftTitle: 'Vous avez quitté la liste d’attente',
  left: 'Votre inscription est retirée. Merci de l’avoir signalé.',
  lapsedTitle: 'La proposition a expiré',
  lapsed: 'Les places proposées sont passées à la personne suivante de la liste.',
  leaveTitle: 'Vous ne viendrez pas\u00a0?',
  leaveText: 'Retirez-vous de la liste : les places iront à d’autres.',
  leave: 'Quitter la liste d’attente',
  tooManySeats: (n: number) => `${seats(n)} au plus : le nombre proposé.`,
  noOffer: 'Cette proposition n’est plus valable.',
  missingTitle: 'Inscription introuvable',
  missingText: 'Cette adresse ne correspond à aucune inscription. Vérifiez le lien reçu.',
  lostTitle: 'Lien de réservation perdu\u00a0?',
  lostLead:
    'Indiquez l’adresse e-mail donnée en réservant : nous y renvoyons le lien de chacune de vos réservations à venir.',
  lostSubmit: 'Recevoir mes liens',
  lostSentTitle: 'Demande reçue',
  lostSentText:
    'Si des réservations à venir sont enregistrées à cette adresse, un message vient de partir avec leurs liens. Pensez à regarder dans les courriers indésirables.',
  lostBadEmail: 'Cette adresse e-mail n’est pas valide.',
  tooManyTitle: 'Trop de demandes',
  tooManyText: 'Trop de demandes depuis cette connexion. Réessayez dans une heure.',
  mail: {
    joinedSubject: (concert: string) => `Liste d’attente : ${concert}`,
    joined: (m: EntryMail) =>
      `Bonjour ${m.name},\n\nVous êtes inscrit·e sur la liste d’attente de « ${m.concert} » (${m.when}), pour ${seats(m.seats)}. Si des places se libèrent, nous vous écrivons.\n\nVotre inscription, et de quoi vous retirer de la liste :\n${m.link}\n\n${m.organisation}`,
    offerSubject: (concert: string) => `Des places pour vous : ${concert}`,
    offer: (m: EntryMail & { until: string }) =>
      `Bonjour ${m.name},\n\n${seats(m.seats)} ${plural(m.seats, 's’est libérée', 'se sont libérées')} pour « ${m.concert} » (${m.when}). ${plural(m.seats, 'Elle vous est gardée', 'Elles vous sont gardées')} jusqu’au ${m.until}.\n\nConfirmez ici :\n${m.link}\n\nSi vous ne venez plus, retirez-vous de la liste par le même lien : les places iront à d’autres.\n\n${m.organisation}`,
    linksSubject: (organisation: string) => `Vos réservations — ${organisation}`,
    links: (lines: string[], organisation: string) =>
      `Bonjour,\n\nVoici le lien de chacune de vos réservations et inscriptions à venir :\n\n${lines.join('\n\n')}\n\nChaque lien est personnel : ne le partagez pas.\nSi vous n’avez rien demandé, ignorez ce message.\n\n${organisation}`,
    orderLine: (concert: string, when: string, n: number, link: string) =>
      `« ${concert} » (${when}), ${seats(n)} :\n${link}`,
    entryLine: (concert: string, when: string, n: number, link: string) =>
      `« ${concert} » (${when}), liste d’attente pour ${seats(n)} :\n${link}`,
  },
};

export type WaitingListTexts = typeof waitingListFr;

// Texts of group orders (a class or a nursery): the form, the order's page, the head's
// confirmation page and the e-mails, in French: the reference.
import type { EstablishmentKind } from '@tutti/contracts';

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const children = (n: number) => `${n} ${plural(n, 'enfant', 'enfants')}`;
const adults = (n: number) => `${n} ${plural(n, 'adulte', 'adultes')}`;

/** What an e-mail about one group order needs. */
export type GroupMail = {
  establishment: string;
  contact: string;
  concert: string;
  when: string;
  children: number;
  adults: number;
  link: string;
  organisation: string;
};

export const groupOrdersFr = {
  children,
  adults,
  linkTitle: 'Écoles et crèches',
  linkText:
    'Vous venez avec une classe ou une crèche\u00a0? Réservez pour tout le groupe en une fois.',
  linkAction: 'Réserver pour un groupe',
  title: 'Réserver pour une classe ou une crèche',
  lead: (hours: number) =>
    `Une seule réservation pour les enfants et les adultes qui les accompagnent. La direction de l’établissement la confirme par un lien reçu par e-mail ; les places sont gardées ${hours} h en attendant.`,
  kindLegend: 'Établissement',
  kind: {
    school: 'École (une classe)',
    nursery: 'Crèche ou multi-accueil',
  } satisfies Record<EstablishmentKind, string>,
  establishmentLabel: 'Nom de l’établissement',
  groupLabel: 'Classe ou groupe (facultatif)',
  groupHint: 'Par exemple « CE2 B » ou « section des moyens ».',
  childrenLabel: 'Enfants',
  adultsLabel: 'Adultes accompagnants',
  contactNameLabel: 'Votre nom',
  contactEmailLabel: 'Votre adresse e-mail',
  contactPhoneLabel: 'Votre téléphone (facultatif)',
  headEmailLabel: 'Adresse e-mail de la direction',
  headHint: 'La directrice ou le directeur y reçoit un lien pour confirmer la réservation.',
  accessLabel: 'Besoins d’accessibilité (facultatif)',
  accessHint: 'Fauteuil roulant, poussettes, accompagnement… Seule l’équipe organisatrice le lit.',
  submit: 'Envoyer la demande',
  errorsTitle: 'La demande n’est pas enregistrée',
  problem: {
    kind: 'Choisissez le type d’établissement.',
    establishment: 'Indiquez le nom de l’établissement.',
    group: 'Ce nom est trop long (120 caractères au plus).',
    children: (max: number) => `Indiquez le nombre d’enfants, de 1 à ${max}.`,
    adults: (max: number) => `Indiquez le nombre d’adultes, de 1 à ${max}.`,
    contactName: 'Indiquez votre nom.',
    email: 'Cette adresse e-mail n’est pas valide.',
    phone: 'Indiquez le numéro au format international, par exemple +33 6 12 34 56 78.',
    access: 'Ce texte est trop long (500 caractères au plus).',
    soldOut: (n: number) =>
      n === 0
        ? 'Il ne reste plus de place.'
        : `Il ne reste que ${n} ${plural(n, 'place', 'places')} pour le groupe.`,
    closed: 'Les réservations de ce concert sont closes.',
  },
  orderTitle: 'Réservation de groupe',
  status: {
    pending: (until: string) =>
      `En attente de la confirmation de la direction, jusqu’au ${until}. Sans confirmation d’ici là, les places sont libérées.`,
    confirmed: 'Confirmée par la direction de l’établissement.',
    declined: 'Refusée par la direction de l’établissement ; les places sont libérées.',
    released: 'Non confirmée à temps ; les places ont été libérées.',
    cancelled: 'Annulée.',
  },
  statusTitle: 'État',
  who: 'Groupe',
  priceNote: 'Le tarif des groupes est convenu avec l’équipe organisatrice.',
  headTitle: 'Confirmer une réservation de groupe',
  headLead: (contact: string) =>
    `${contact} a demandé ces places au nom de votre établissement. Confirmez-vous cette réservation ?`,
  confirm: 'Confirmer la réservation',
  decline: 'Refuser',
  confirmedTitle: 'Réservation confirmée',
  confirmedText: 'Merci : la réservation est confirmée, la personne qui l’a faite est prévenue.',
  declinedTitle: 'Réservation refusée',
  declinedText:
    'La réservation est refusée et les places libérées ; la personne qui l’a faite est prévenue.',
  expiredTitle: 'Délai dépassé',
  expiredText: 'Le délai de confirmation est passé : les places ont été libérées.',
  missingTitle: 'Lien introuvable',
  missingText: 'Ce lien ne correspond à aucune réservation de groupe. Vérifiez le lien reçu.',
  mail: {
    headSubject: (establishment: string) =>
      `À confirmer : réservation de groupe — ${establishment}`,
    head: (m: GroupMail & { until: string }) =>
      `Bonjour,\n\n${m.contact} a réservé au nom de « ${m.establishment} » ${children(m.children)} et ${adults(m.adults)} pour « ${m.concert} » (${m.when}).\n\nMerci de confirmer (ou de refuser) avant le ${m.until} :\n${m.link}\n\nSans confirmation d’ici là, les places seront libérées.\nSi vous ne connaissez pas cette demande, refusez-la ou ignorez ce message.\n\n${m.organisation}`,
    receivedSubject: (concert: string) => `Demande de réservation de groupe : ${concert}`,
    received: (m: GroupMail & { until: string; head: string }) =>
      `Bonjour ${m.contact},\n\nVotre demande pour « ${m.establishment} » est enregistrée : ${children(m.children)} et ${adults(m.adults)} pour « ${m.concert} » (${m.when}). Elle attend la confirmation de la direction (${m.head}), jusqu’au ${m.until}.\n\nSuivre la réservation :\n${m.link}\n\n${m.organisation}`,
    confirmedSubject: (concert: string) => `Réservation de groupe confirmée : ${concert}`,
    confirmed: (m: GroupMail) =>
      `Bonjour ${m.contact},\n\nLa direction a confirmé la réservation de « ${m.establishment} » pour « ${m.concert} » (${m.when}) : ${children(m.children)} et ${adults(m.adults)}.\n\nVotre réservation et son code à montrer à l’entrée :\n${m.link}\n\n${m.organisation}`,
    declinedSubject: (concert: string) => `Réservation de groupe refusée : ${concert}`,
    declined: (m: GroupMail) =>
      `Bonjour ${m.contact},\n\nLa direction a refusé la réservation de « ${m.establishment} » pour « ${m.concert} » (${m.when}). Les places sont libérées.\n\n${m.link}\n\n${m.organisation}`,
    releasedSubject: (concert: string) => `Réservation de groupe non confirmée : ${concert}`,
    released: (m: GroupMail) =>
      `Bonjour ${m.contact},\n\nLa réservation de « ${m.establishment} » pour « ${m.concert} » (${m.when}) n’a pas été confirmée par la direction à temps : les places ont été libérées. Vous pouvez refaire une demande depuis la page du concert.\n\n${m.link}\n\n${m.organisation}`,
  },
};

export type GroupOrderTexts = typeof groupOrdersFr;

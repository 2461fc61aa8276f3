// Texts of a concert's public tickets, booking form and order page, in French: the reference.
import type { TariffKind } from '@tutti/contracts';

const plural = (n: number, one: string, many: string) => (n <= 1 ? one : many);
const euro = (cents: number) =>
  `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: cents % 100 ? 2 : 0 }).format(cents / 100)} €`;

export const fr = {
  euro,
  concert: 'Concert',
  tariffKind: {
    free: 'Gratuit',
    solidarity: 'Tarif solidaire',
    reduced: 'Tarif réduit',
    full: 'Plein tarif',
    supporter: 'Tarif soutien',
    payWhatYouCan: 'Prix libre',
  } satisfies Record<TariffKind, string>,
  free: 'gratuit',
  range: (floor: number, ceiling: number) =>
    `de ${euro(floor)} à ${euro(ceiling)}, selon vos moyens`,
  supporterNote: 'vous payez un peu plus et offrez ainsi une place solidaire',
  ticketsTitle: 'Tarifs et places',
  seatsLeft: (n: number) =>
    n === 0 ? 'Complet' : `${n} ${plural(n, 'place restante', 'places restantes')}`,
  tariffSeatsLeft: (n: number) =>
    n === 0 ? 'complet à ce tarif' : `${n} ${plural(n, 'place', 'places')} à ce tarif`,
  supporterFunded: (n: number) =>
    `${n} ${plural(n, 'place solidaire financée', 'places solidaires financées')} par le tarif soutien`,
  payAtDoor: 'Vous réglez sur place, le jour du concert.',
  closed: 'Les réservations de ce concert sont closes.',
  bookTitle: 'Réserver',
  bookLead:
    'Sans compte : un nom et un moyen de vous joindre. Une seule réservation pour toute la famille.',
  seatsLegend: 'Nombre de places par tarif',
  amountLabel: (tariff: string) => `${tariff} : montant par place, en euros`,
  nameLabel: 'Nom',
  emailLabel: 'Adresse e-mail',
  phoneLabel: 'Ou numéro de téléphone',
  phoneHint: 'Au format international, par exemple +33 6 12 34 56 78.',
  accessLabel: 'Besoins d’accessibilité (facultatif)',
  accessHint:
    'Fauteuil roulant, accompagnement, boucle magnétique… Seule l’équipe organisatrice le lit.',
  submit: 'Réserver',
  errorsTitle: 'La réservation n’est pas enregistrée',
  problem: {
    name: 'Indiquez un nom.',
    contact: 'Indiquez une adresse e-mail ou un numéro de téléphone.',
    email: 'Cette adresse e-mail n’est pas valide.',
    phone: 'Indiquez le numéro au format international, par exemple +33 6 12 34 56 78.',
    noSeat: 'Choisissez au moins une place.',
    tooMany: (max: number) => `${max} places au plus par réservation.`,
    soldOut: (n: number) =>
      n === 0
        ? 'Il ne reste plus de place.'
        : `Il ne reste que ${n} ${plural(n, 'place', 'places')}.`,
    amount: (floor: number, ceiling: number) =>
      `Choisissez un montant de ${euro(floor)} à ${euro(ceiling)}.`,
    access: 'Ce texte est trop long (500 caractères au plus).',
    closed: 'Les réservations de ce concert sont closes.',
    unknown: 'Ce tarif n’existe plus : rechargez la page.',
  },
  orderTitle: 'Votre réservation',
  orderLead: 'Gardez cette page : son adresse est votre billet. Montrez le code à l’entrée.',
  orderFor: 'Au nom de',
  seats: (n: number) => `${n} ${plural(n, 'place', 'places')}`,
  total: 'À régler sur place',
  qrAlt: 'Code QR de votre réservation, à montrer à l’entrée',
  code: 'Code de réservation',
  calendar: 'Ajouter à mon agenda',
  cancelTitle: 'Vous ne pouvez plus venir\u00a0?',
  cancelText: 'Annulez : vos places reviennent à d’autres.',
  cancel: 'Annuler ma réservation',
  cancelledTitle: 'Réservation annulée',
  cancelledText: 'Cette réservation est annulée ; ses places sont de nouveau libres.',
  missingTitle: 'Réservation introuvable',
  missingText: 'Cette adresse ne correspond à aucune réservation. Vérifiez le lien reçu.',
  crossSiteTitle: 'Demande refusée',
  crossSiteText:
    'Ce formulaire a été envoyé depuis un autre site. Ouvrez la page du concert et recommencez.',
  backToConcert: 'Retour au concert',
  offeredSeats: (n: number) => `${n} ${plural(n, 'place offerte', 'places offertes')}`,
  offeredTotal: 'Rien à régler : ces places vous sont offertes.',
};

export type ConcertTexts = typeof fr;

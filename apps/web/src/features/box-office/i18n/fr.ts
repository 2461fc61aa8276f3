// French strings of a concert's box office card; the reference the other languages follow.

export const fr = {
  title: 'Billetterie',
  capacity: 'Jauge',
  noCapacity: 'non renseignée (ni la séance ni le lieu ne la donnent)',
  booked: 'Réservées',
  remaining: 'Restantes',
  orders: 'Réservations',
  supporterFunded_one: '{{count}} place solidaire financée par le tarif soutien',
  supporterFunded_many: '{{count}} places solidaires financées par le tarif soutien',
  supporterFunded_other: '{{count}} places solidaires financées par le tarif soutien',
  cap: 'Plafond de prix de la structure : {{cap}}',
  noTariff: 'Aucun tarif : le concert ne prend pas encore de réservation.',
  publicNote:
    'Une fois le concert publié, sa page publique affiche les tarifs et le formulaire de réservation.',
  kind: {
    free: 'Gratuit',
    solidarity: 'Solidaire',
    reduced: 'Réduit',
    full: 'Plein tarif',
    supporter: 'Soutien',
    payWhatYouCan: 'Prix libre',
  },
  tariffsCaption: 'Tarifs et places par tarif',
  tariff: 'Tarif',
  price: 'Prix',
  range: 'de {{floor}} à {{ceiling}}',
  conditions: 'Conditions',
  limit: 'Limite',
  noLimit: '—',
  edit: 'Modifier les tarifs',
  cancelEdit: 'Annuler',
  save: 'Enregistrer les tarifs',
  tariffsLegend: 'Tarifs',
  addTariff: 'Ajouter un tarif',
  form: {
    kind: 'Tarif {{index}}',
    price: 'Prix (€)',
    floor: 'Minimum (€)',
    ceiling: 'Maximum (€)',
    conditions: 'Pour qui (en mots simples)',
    seatLimit: 'Places à ce tarif',
  },
  ordersTitle: 'Réservations',
  ordersCaption: 'Réservations du concert, les plus récentes d’abord',
  noOrder: 'Aucune réservation pour l’instant.',
  who: 'Nom',
  contact: 'Contact',
  seats: 'Places',
  detail: 'Tarifs',
  accessNeeds: 'Besoins d’accès',
  cancelled: 'annulée',
  privacy:
    'Données personnelles : visibles des administrateurs et coordinateurs, anonymisées 90 jours après le concert.',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    boxOffice: typeof fr;
  }
}

// Texts of the organisation's and events' public pages, in French: the reference. Session kinds
// come from the shared vocabulary (@tutti/contracts/vocabulary).

export const fr = {
  region: 'Territoire :',
  upcoming: 'Prochains rendez-vous publics',
  noUpcoming: 'Aucun rendez-vous public annoncé pour le moment.',
  organisationDescription: (name: string) => `Les concerts et ateliers ouverts de ${name}.`,
  cancelled: 'Annulé',
  kind: 'Type',
  date: 'Date',
  time: 'Horaire',
  timeRange: (from: string, to: string) => `de ${from} à ${to}`,
  performers: 'Artistes',
  programme: 'Programme',
  place: 'Lieu',
  directions: 'Itinéraire (OpenStreetMap)',
  accessibility: 'Accessibilité',
  stepFreeAccess: 'Accès de plain-pied',
  accessibleToilets: 'Toilettes accessibles',
  hearingLoop: 'Boucle magnétique',
  accessibleParking: 'Stationnement réservé',
  lift: 'Ascenseur',
  organisedBy: 'Organisé par',
  eventDescription: (kind: string, date: string, place: string) => `${kind}, ${date}, ${place}.`,
  families: 'Familles',
  familiesLink: 'Voir les prochaines séances de vos enfants, avec un lien reçu par e-mail',
  allEvents: 'Tous les rendez-vous',
};
export type PublicProgrammeTexts = typeof fr;

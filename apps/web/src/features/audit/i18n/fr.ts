// French strings of the audit log page; the reference the other languages follow.

export const fr = {
  nav: 'Journal d’audit',
  title: 'Journal d’audit',
  intro:
    'Chaque consultation des besoins d’accès, chaque export, chaque changement de rôle et chaque confirmation d’un chiffre carbone est noté ici : qui, quoi, quand. Le contenu consulté ou exporté n’y figure jamais.',
  logTitle: 'Événements',
  filter: 'Type d’événement',
  from: 'Du',
  to: 'Au',
  none: 'Aucun événement pour ces critères.',
  subject: 'Objet : {{kind}}',
  unknownActor: 'Compte supprimé',
  kept: 'Les événements sont conservés 1 an, puis supprimés par la purge quotidienne.',
  actions: {
    all: 'Tous',
    'accessNeeds.read': 'Consultation des besoins d’accès',
    'data.export': 'Export de données',
    'role.change': 'Changement de rôle',
    'carbon.confirm': 'Chiffre carbone confirmé ou confirmation retirée',
    'payment.remove': 'Paiement sur place supprimé',
    'payment.refund': 'Réservation remboursée',
    'payments.configure': 'Compte HelloAsso saisi, modifié ou retiré',
    'waitingList.reorder': 'Liste d’attente réordonnée',
  },
  subjects: {
    participant: 'participant',
    group: 'groupe',
    member: 'membre',
    report: 'rapport',
    session: 'séance',
    waitingListEntry: 'inscription en liste d’attente',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    audit: typeof fr;
  }
}

// French strings of attendance: my day (offline), a session's attendance, the follow-up and
// conflicts; the reference the other languages follow.

export const fr = {
  myDayNav: 'Ma journée',
  myDayTitle: 'Ma journée',
  myDayIntro:
    'Vos séances du jour. Ouvrez cette page avant de partir : la journée est gardée sur le téléphone et les présences se prennent même sans réseau.',
  nav: 'Présences',
  title: 'Présences',
  intro:
    'Les séances de la période et leurs présences ; ouvrez-en une pour la consulter ou la corriger.',
  day: 'Jour',
  previousDay: 'Jour précédent',
  nextDay: 'Jour suivant',
  today: 'Aujourd’hui',
  noArtist:
    'Aucune fiche d’artiste n’est reliée à votre compte : demandez à la coordination de la relier.',
  noSession: 'Aucune séance ce jour-là.',
  savedOffline: 'Journée gardée sur cet appareil (téléchargée le {{date}}).',
  notDownloaded: 'Cette journée n’a pas été téléchargée sur cet appareil, et le réseau manque.',
  pendingMark: 'À envoyer',
  refusedMark: 'Refusée : {{reason}}',
  cancelled: 'Séance annulée',
  venueless: 'Sans lieu (en ligne)',
  groups: 'Groupes',
  statuses: { present: 'Présent·e', absent: 'Absent·e', excused: 'Excusé·e' },
  statusFor: 'Présence de {{name}}',
  unmarked: 'Pas encore marqué·e',
  allPresent: 'Tous présents',
  allPresentHint: 'Marque présent·es ceux qui n’ont pas encore de marque.',
  consentMissing: 'Autorisation parentale manquante',
  accessNeeds: 'Besoins d’accessibilité',
  // One figure each, so that each agrees with its own number.
  tally: {
    present_one: '{{count}} présent·e',
    present_other: '{{count}} présent·es',
    present_many: '{{count}} présent·es',
    presentOf_one: '{{count}} présent·e sur {{expected}}',
    presentOf_other: '{{count}} présent·es sur {{expected}}',
    presentOf_many: '{{count}} présent·es sur {{expected}}',
    absent_one: '{{count}} absent·e',
    absent_other: '{{count}} absent·es',
    absent_many: '{{count}} absent·es',
    excused_one: '{{count}} excusé·e',
    excused_other: '{{count}} excusé·es',
    excused_many: '{{count}} excusé·es',
    unmarked: '{{count}} sans marque',
  },
  headcount: 'Effectif compté',
  headcountFor: 'Effectif compté — {{name}}',
  audience: 'Public (sans groupe)',
  saveCount: 'Enregistrer',
  countSaved: 'Compté : {{count}}',
  roster: 'Liste de présence — {{title}}',
  sessionsList: 'Séances de la période',
  from: 'Du',
  to: 'Au',
  show: 'Afficher',
  empty: 'Aucune séance sur cette période.',
  counted_one: '{{count}} compté·e',
  counted_other: '{{count}} compté·es',
  counted_many: '{{count}} compté·es',
  conflictsBadge_one: '{{count}} conflit',
  conflictsBadge_other: '{{count}} conflits',
  conflictsBadge_many: '{{count}} conflits',
  open: 'Ouvrir',
  sessionBack: 'Toutes les séances',
  conflictsNav: 'Conflits',
  conflictsTitle: 'Conflits de présence',
  conflictsIntro:
    'Une même présence modifiée différemment depuis plusieurs appareils. Règle : la modification faite le plus tard (heure de l’appareil) l’emporte ; à égalité, l’identifiant d’appareil puis celui de l’opération départagent. Corrigez la présence si la règle s’est trompée.',
  conflictsEmpty: 'Aucun conflit.',
  conflictsList: 'Liste des conflits',
  kept: 'Retenue',
  replaced: 'Remplacée',
  byDevice: '{{who}} sur l’appareil {{device}}, à {{time}}',
  someone: 'Quelqu’un',
  received: 'reçue le {{date}}',
  correct: 'Corriger sur la séance',
  countValue: 'Effectif : {{count}}',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    attendance: typeof fr;
  }
}

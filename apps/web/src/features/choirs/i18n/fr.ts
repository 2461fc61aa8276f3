// French strings of choirs, the reference. Shared words here; each side's pages in their own
// files (conductor/fr.ts: the conductor and coordinators; singer/fr.ts: the singers).
import { conductorFr } from './conductor/fr';
import { singerFr } from './singer/fr';

export const fr = {
  nav: 'Chœurs',
  title: 'Chœurs',
  intro: 'Les chœurs que vous dirigez ou dans lesquels vous chantez.',
  empty: 'Aucun chœur pour vous dans cette structure.',
  members_one: '{{count}} choriste',
  members_many: '{{count}} de choristes',
  members_other: '{{count}} choristes',
  back: 'Chœurs',
  open: {
    conductor: 'Direction',
    checking: 'Enregistrements à vérifier',
    learning: 'Apprentissage par choriste',
    messages: 'Écrire aux choristes',
    rollCall: 'Faire l’appel',
    singer: 'Ma page de choriste',
    scores: 'Partitions prêtées',
  },
  learningGrid: {
    title: 'Apprentissage par choriste',
    intro: 'Où en est chaque choriste sur chaque pièce, comme il ou elle l’a indiqué sur sa page.',
    part: 'Pupitre',
    pieces: 'Pièces de la saison',
    legend: 'Légende',
    singer: 'Choriste',
    unsaid: 'Pas encore dit',
    table: 'Choristes et pièces, pupitre {{part}}',
    empty: 'Aucun·e choriste dans ce pupitre.',
    noPieces: 'Aucune pièce au répertoire de cette saison.',
  },
  learning: {
    learning: 'En apprentissage',
    ready_for_check: 'Prêt·e à vérifier',
    ready: 'Prêt·e',
  },
  scores: {
    title: 'Partitions prêtées',
    intro:
      'Les exemplaires imprimés de chaque édition : combien le chœur en possède, combien sont prêtés et à qui.',
    introLeader:
      'Les exemplaires imprimés prêtés aux choristes des pupitres que vous dirigez, et ce qui reste sur l’étagère.',
    shelf: 'Étagère',
    shelfHint:
      'Exemplaires possédés de l’édition chantée, prêtés et restant sur l’étagère, saison la plus récente d’abord.',
    shelfHintLeader:
      'Les éditions dont le chœur possède des exemplaires : possédés, prêtés et restant sur l’étagère.',
    piece: 'Pièce',
    owned: 'Possédés',
    ownedOf: 'Exemplaires possédés de « {{title}} »',
    lent: 'Prêtés',
    onShelf: 'Sur l’étagère',
    save: 'Enregistrer',
    lend: 'Prêter des partitions',
    noneOwned:
      'Aucune pièce n’a encore d’exemplaire imprimé : indiquez d’abord combien le chœur en possède.',
    pieceOption_one: '{{title}} ({{count}} sur l’étagère)',
    pieceOption_many: '{{title}} ({{count}} sur l’étagère)',
    pieceOption_other: '{{title}} ({{count}} sur l’étagère)',
    singer: 'Choriste',
    copies: 'Exemplaires',
    lentOn: 'Prêté le',
    note: 'Note',
    noteHint: 'Facultatif, par exemple l’état de la partition.',
    lendButton: 'Prêter',
    lent_done_one: '{{count}} exemplaire de « {{title}} » prêté à {{name}}.',
    lent_done_many: '{{count}} d’exemplaires de « {{title}} » prêtés à {{name}}.',
    lent_done_other: '{{count}} exemplaires de « {{title}} » prêtés à {{name}}.',
    out_one: '{{count}} prêt en cours',
    out_many: '{{count}} de prêts en cours',
    out_other: '{{count}} prêts en cours',
    view: 'Regrouper les prêts',
    bySinger: 'Par choriste',
    byPiece: 'Par pièce',
    noneOut: 'Aucune partition prêtée en ce moment.',
    copiesCount_one: '{{count}} exemplaire',
    copiesCount_many: '{{count}} d’exemplaires',
    copiesCount_other: '{{count}} exemplaires',
    loanLine_one: '{{count}} exemplaire depuis le {{date}}',
    loanLine_many: '{{count}} d’exemplaires depuis le {{date}}',
    loanLine_other: '{{count}} exemplaires depuis le {{date}}',
    returned: 'Rendu',
    returnAll: 'Tout rendre',
    erased: 'Choriste effacé·e (données supprimées)',
    mine: 'Mes partitions prêtées',
    mineHint: 'Les exemplaires du chœur que vous avez chez vous : rapportez-les après le concert.',
  },
  rsvp: { yes: 'Oui', maybe: 'Peut-être', no: 'Non' },
  rehearsalKind: { rehearsal: 'Répétition', makeup: 'Rattrapage', concert: 'Concert' },
  cancelled: 'Annulée',
  ...conductorFr,
  ...singerFr,
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    choirs: typeof fr;
  }
}

// German strings of choirs.
import type { SameKeys } from '@/lib/i18n/translations';
import { conductorDe } from './conductor/de';
import type { fr } from './fr';
import { singerDe } from './singer/de';

export const de: SameKeys<typeof fr> = {
  nav: 'Chöre',
  title: 'Chöre',
  intro: 'Die Chöre, die Sie leiten oder in denen Sie singen.',
  empty: 'Kein Chor für Sie in dieser Organisation.',
  members_one: '{{count}} Sängerin oder Sänger',
  members_other: '{{count}} Sängerinnen und Sänger',
  back: 'Chöre',
  open: {
    conductor: 'Leitung',
    checking: 'Aufnahmen zu prüfen',
    learning: 'Lernstand der Singenden',
    messages: 'An die Singenden schreiben',
    rollCall: 'Anwesenheit aufnehmen',
    singer: 'Meine Chorseite',
    scores: 'Ausgeliehene Noten',
  },
  learningGrid: {
    title: 'Lernstand der Singenden',
    intro:
      'Wie weit alle Singenden bei jedem Stück sind, wie sie es auf ihrer Seite angegeben haben.',
    part: 'Stimme',
    pieces: 'Stücke der Saison',
    legend: 'Legende',
    singer: 'Singende·r',
    unsaid: 'Noch nicht angegeben',
    table: 'Singende und Stücke, Stimme {{part}}',
    empty: 'Keine Singenden in dieser Stimme.',
    noPieces: 'Kein Stück im Repertoire dieser Saison.',
  },
  learning: {
    learning: 'Am Lernen',
    ready_for_check: 'Bereit zur Prüfung',
    ready: 'Bereit',
  },
  scores: {
    title: 'Ausgeliehene Noten',
    intro:
      'Die gedruckten Exemplare jeder Ausgabe: wie viele der Chor besitzt, wie viele verliehen sind und an wen.',
    introLeader:
      'Die gedruckten Exemplare, die an die Singenden Ihrer Stimmgruppen verliehen sind, und was im Regal bleibt.',
    shelf: 'Regal',
    shelfHint:
      'Besessene Exemplare der gesungenen Ausgabe, verliehen und im Regal, neueste Saison zuerst.',
    shelfHintLeader:
      'Die Ausgaben, von denen der Chor Exemplare besitzt: besessen, verliehen und im Regal.',
    piece: 'Stück',
    owned: 'Besessen',
    ownedOf: 'Besessene Exemplare von „{{title}}“',
    lent: 'Verliehen',
    onShelf: 'Im Regal',
    save: 'Speichern',
    lend: 'Noten verleihen',
    noneOwned:
      'Noch kein Stück hat gedruckte Exemplare: geben Sie zuerst an, wie viele der Chor besitzt.',
    pieceOption_one: '{{title}} ({{count}} im Regal)',
    pieceOption_other: '{{title}} ({{count}} im Regal)',
    singer: 'Sänger·in',
    copies: 'Exemplare',
    lentOn: 'Verliehen am',
    note: 'Notiz',
    noteHint: 'Optional, zum Beispiel der Zustand der Noten.',
    lendButton: 'Verleihen',
    lent_done_one: '{{count}} Exemplar von „{{title}}“ an {{name}} verliehen.',
    lent_done_other: '{{count}} Exemplare von „{{title}}“ an {{name}} verliehen.',
    out_one: '{{count}} laufende Ausleihe',
    out_other: '{{count}} laufende Ausleihen',
    view: 'Ausleihen gruppieren',
    bySinger: 'Nach Person',
    byPiece: 'Nach Stück',
    noneOut: 'Zurzeit sind keine Noten verliehen.',
    copiesCount_one: '{{count}} Exemplar',
    copiesCount_other: '{{count}} Exemplare',
    loanLine_one: '{{count}} Exemplar seit {{date}}',
    loanLine_other: '{{count}} Exemplare seit {{date}}',
    returned: 'Zurück',
    returnAll: 'Alles zurück',
    erased: 'Gelöschte Person (Daten entfernt)',
    mine: 'Meine ausgeliehenen Noten',
    mineHint:
      'Die Exemplare des Chors bei Ihnen zu Hause: bringen Sie sie nach dem Konzert zurück.',
  },
  rsvp: { yes: 'Ja', maybe: 'Vielleicht', no: 'Nein' },
  rehearsalKind: { rehearsal: 'Probe', makeup: 'Nachholprobe', concert: 'Konzert' },
  cancelled: 'Abgesagt',
  ...conductorDe,
  ...singerDe,
};

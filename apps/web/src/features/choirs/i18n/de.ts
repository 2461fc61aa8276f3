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
  rsvp: { yes: 'Ja', maybe: 'Vielleicht', no: 'Nein' },
  rehearsalKind: { rehearsal: 'Probe', makeup: 'Nachholprobe', concert: 'Konzert' },
  cancelled: 'Abgesagt',
  ...conductorDe,
  ...singerDe,
};

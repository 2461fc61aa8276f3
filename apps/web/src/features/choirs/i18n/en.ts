// English strings of choirs.
import type { SameKeys } from '@/lib/i18n/translations';
import { conductorEn } from './conductor/en';
import type { fr } from './fr';
import { singerEn } from './singer/en';

export const en: SameKeys<typeof fr> = {
  nav: 'Choirs',
  title: 'Choirs',
  intro: 'The choirs you conduct or sing in.',
  empty: 'No choir for you in this organisation.',
  members_one: '{{count}} singer',
  members_other: '{{count}} singers',
  back: 'Choirs',
  open: {
    conductor: 'Conducting',
    checking: 'Recordings to check',
    learning: 'Learning by singer',
    messages: 'Write to the singers',
    rollCall: 'Take the roll call',
    singer: 'My singer page',
  },
  learningGrid: {
    title: 'Learning by singer',
    intro: 'Where each singer stands on each piece, as they said on their page.',
    part: 'Part',
    pieces: 'Pieces of the season',
    legend: 'Key',
    singer: 'Singer',
    unsaid: 'Not said yet',
    table: 'Singers and pieces, part {{part}}',
    empty: 'No singer in this part.',
    noPieces: 'No piece in this season’s repertoire.',
  },
  learning: {
    learning: 'Learning',
    ready_for_check: 'Ready for check',
    ready: 'Ready',
  },
  rsvp: { yes: 'Yes', maybe: 'Maybe', no: 'No' },
  rehearsalKind: { rehearsal: 'Rehearsal', makeup: 'Make-up', concert: 'Concert' },
  cancelled: 'Cancelled',
  ...conductorEn,
  ...singerEn,
};

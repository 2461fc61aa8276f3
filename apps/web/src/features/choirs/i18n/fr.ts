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

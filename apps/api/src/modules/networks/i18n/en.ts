// Texts of a network's public page and agenda feeds, in English.
import type { NetworkTexts } from './fr';

export const en: NetworkTexts = {
  description: (name) => `The common agenda and members of the ${name} network.`,
  members: 'Members',
  agenda: 'Common agenda',
  noEvents: 'No event announced yet.',
  cancelled: 'Cancelled',
  by: 'by',
  feeds: 'Subscribe',
  ical: 'Calendar (iCal)',
  news: 'Members’ news (Atom)',
  openAgenda: 'OpenAgenda export (JSON)',
  audiences: 'Audiences:',
  accessibility: 'Accessibility:',
  category: {
    concert: 'Concert',
    'open-rehearsal': 'Open rehearsal',
    workshop: 'Workshop',
    training: 'Training',
    festival: 'Festival',
    talk: 'Talk',
  },
  audience: {
    everyone: 'Everyone',
    'early-childhood': 'Early childhood',
    children: 'Children',
    teenagers: 'Teenagers',
    adults: 'Adults',
    seniors: 'Seniors',
    families: 'Families',
    professionals: 'Professionals',
  },
  access: {
    wheelchair: 'Wheelchair accessible',
    'hearing-loop': 'Hearing loop',
    'sign-language': 'Sign language',
    'audio-description': 'Audio description',
    'easy-read': 'Easy read',
    relaxed: 'Relaxed performance',
  },
  country: { FR: 'France', BE: 'Belgium', DE: 'Germany', LU: 'Luxembourg' },
};

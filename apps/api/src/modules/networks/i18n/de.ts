// Texts of a network's public page and agenda feeds, in German.
import type { NetworkTexts } from './fr';

export const de: NetworkTexts = {
  description: (name) => `Der gemeinsame Kalender und die Mitglieder des Netzwerks ${name}.`,
  members: 'Mitglieder',
  agenda: 'Gemeinsamer Kalender',
  noEvents: 'Noch keine Termine angekündigt.',
  cancelled: 'Abgesagt',
  by: 'von',
  feeds: 'Abonnieren',
  ical: 'Kalender (iCal)',
  news: 'Neuigkeiten der Mitglieder (Atom)',
  openAgenda: 'OpenAgenda-Export (JSON)',
  audiences: 'Publikum:',
  accessibility: 'Barrierefreiheit:',
  category: {
    concert: 'Konzert',
    'open-rehearsal': 'Offene Probe',
    workshop: 'Workshop',
    training: 'Fortbildung',
    festival: 'Festival',
    talk: 'Gespräch',
  },
  audience: {
    everyone: 'Alle',
    'early-childhood': 'Kleinkinder',
    children: 'Kinder',
    teenagers: 'Jugendliche',
    adults: 'Erwachsene',
    seniors: 'Senioren',
    families: 'Familien',
    professionals: 'Fachleute',
  },
  access: {
    wheelchair: 'Rollstuhlgerecht',
    'hearing-loop': 'Induktionsschleife',
    'sign-language': 'Gebärdensprache',
    'audio-description': 'Audiodeskription',
    'easy-read': 'Leichte Sprache',
    relaxed: 'Entspannte Vorstellung',
  },
  country: { FR: 'Frankreich', BE: 'Belgien', DE: 'Deutschland', LU: 'Luxemburg' },
};

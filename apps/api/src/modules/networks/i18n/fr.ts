// Texts of a network's public page and agenda feeds, in French: the reference.
import type {
  AgendaAccessibility,
  AgendaAudience,
  AgendaCategory,
  NetworkCountry,
} from '@tutti/contracts';

export const fr = {
  description: (name: string) => `L’agenda commun et les membres du réseau ${name}.`,
  members: 'Membres',
  agenda: 'Agenda commun',
  noEvents: 'Aucun rendez-vous annoncé pour le moment.',
  cancelled: 'Annulé',
  by: 'par',
  feeds: 'S’abonner',
  ical: 'Calendrier (iCal)',
  news: 'Actualités des membres (Atom)',
  openAgenda: 'Export OpenAgenda (JSON)',
  audiences: 'Publics :',
  accessibility: 'Accessibilité :',
  category: {
    concert: 'Concert',
    'open-rehearsal': 'Répétition ouverte',
    workshop: 'Atelier',
    training: 'Formation',
    festival: 'Festival',
    talk: 'Rencontre',
  } satisfies Record<AgendaCategory, string>,
  audience: {
    everyone: 'Tout public',
    'early-childhood': 'Petite enfance',
    children: 'Enfants',
    teenagers: 'Adolescents',
    adults: 'Adultes',
    seniors: 'Seniors',
    families: 'Familles',
    professionals: 'Professionnels',
  } satisfies Record<AgendaAudience, string>,
  access: {
    wheelchair: 'Accessible en fauteuil',
    'hearing-loop': 'Boucle magnétique',
    'sign-language': 'Langue des signes',
    'audio-description': 'Audiodescription',
    'easy-read': 'Facile à lire et à comprendre',
    relaxed: 'Séance adaptée',
  } satisfies Record<AgendaAccessibility, string>,
  country: { FR: 'France', BE: 'Belgique', DE: 'Allemagne', LU: 'Luxembourg' } satisfies Record<
    NetworkCountry,
    string
  >,
};
export type NetworkTexts = typeof fr;

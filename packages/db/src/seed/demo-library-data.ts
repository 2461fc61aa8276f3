// The demo network's shared library: what each member shares, in French, English and German.
import type { LibraryEntryKind, LibraryLicence } from '@tutti/contracts';

export type DemoLibraryEntry = {
  /** Who shares it: the demo organisation or one of the partners (by key). */
  owner: 'demo' | 'liege' | 'luxembourg';
  kind: LibraryEntryKind;
  title: string;
  summary: string;
  body: string | null;
  language: 'fr' | 'en' | 'de';
  licence: LibraryLicence;
  audiences: (
    | 'early-childhood'
    | 'children'
    | 'teenagers'
    | 'adults'
    | 'seniors'
    | 'families'
    | 'everyone'
  )[];
  tags: string[];
  /** Days before the seed day it was shared, and last changed. */
  sharedDaysAgo: number;
  version: number;
};

export const demoLibraryEntries: DemoLibraryEntry[] = [
  {
    owner: 'demo',
    kind: 'method',
    title: 'Éveil musical : la boîte à sons',
    summary:
      'Une séance de 45 minutes pour les tout-petits et leurs parents, avec des objets du quotidien qui deviennent instruments.',
    body: [
      'Avant la séance : une boîte par enfant (riz, graines, clochettes, papier froissé).',
      '1. Accueil en cercle, comptine du bonjour (5 min).',
      '2. Chacun découvre sa boîte, on écoute les sons un par un (10 min).',
      '3. Jeu du chef d’orchestre : fort, doucement, silence (10 min).',
      '4. Œuvre commune : on accompagne une berceuse chantée par l’artiste (15 min).',
      '5. Au revoir en chanson (5 min).',
      'Astuce : gardez les boîtes fermées au scotch, les petits les ouvrent vite.',
    ].join('\n'),
    language: 'fr',
    licence: 'CC-BY-SA-4.0',
    audiences: ['early-childhood', 'families'],
    tags: ['éveil', 'percussions', 'crèche'],
    sharedDaysAgo: 40,
    version: 2,
  },
  {
    owner: 'demo',
    kind: 'consent_form',
    title: 'Autorisation de captation et de diffusion (modèle)',
    summary:
      'Le formulaire que les familles signent pour les photos, sons et vidéos d’un parcours, finalité par finalité, révocable à tout moment.',
    body: [
      'Je soussigné·e, responsable légal·e de l’enfant ……, autorise la structure ……',
      '☐ à photographier l’enfant pendant les ateliers, pour l’espace du parcours réservé au groupe ;',
      '☐ à enregistrer sa voix et à filmer les restitutions, pour l’espace du parcours ;',
      '☐ à diffuser ces images sur les pages publiques de la structure.',
      'Chaque autorisation est indépendante. Je peux la retirer à tout moment en écrivant à …… ;',
      'les contenus sont alors retirés sous 7 jours. Durée de conservation : 1 an après le parcours.',
    ].join('\n'),
    language: 'fr',
    licence: 'CC0-1.0',
    audiences: ['families', 'children'],
    tags: ['consentement', 'RGPD', 'droit à l’image'],
    sharedDaysAgo: 25,
    version: 1,
  },
  {
    owner: 'liege',
    kind: 'workshop_plan',
    title: 'Workshop plan: body percussion for teenagers',
    summary:
      'Six 90-minute sessions that take a class from clapping games to a collective body-percussion piece performed at the final concert.',
    body: [
      'Session 1 – Pulse and names: pass the clap, name rhythms.',
      'Session 2 – Layers: feet, thighs, chest, hands; build a four-layer groove.',
      'Session 3 – Call and response: pupils lead in small groups.',
      'Session 4 – Composition: each group writes an eight-bar phrase.',
      'Session 5 – Form: assemble the phrases, add silences and dynamics.',
      'Session 6 – Dress rehearsal on stage; agree on entrances and bows.',
      'Materials: none. Space: a cleared room, 2 m² per pupil.',
    ].join('\n'),
    language: 'en',
    licence: 'CC-BY-4.0',
    audiences: ['teenagers'],
    tags: ['body percussion', 'rhythm', 'school'],
    sharedDaysAgo: 18,
    version: 1,
  },
  {
    owner: 'liege',
    kind: 'repertoire_list',
    title: 'Chants de Wallonie pour chorales de quartier',
    summary:
      'Douze chants traditionnels et populaires, du plus simple au plus riche, avec la tessiture et une piste d’arrangement à deux voix.',
    body: [
      'Li Bia Bouquet – unisson, do3–do4 – facile',
      'Valeureux Liégeois – unisson puis deux voix – moyen',
      'Le Pèlerinage de Chèvremont – deux voix – moyen',
      'Tchantchès, chanson du marionnettiste – unisson – facile',
      'Noël wallon (air traditionnel) – canon à trois – moyen',
    ].join('\n'),
    language: 'fr',
    licence: 'CC-BY-SA-4.0',
    audiences: ['adults', 'seniors'],
    tags: ['répertoire', 'chorale', 'Wallonie'],
    sharedDaysAgo: 12,
    version: 1,
  },
  {
    owner: 'luxembourg',
    kind: 'workshop_plan',
    title: 'Probenplan Kinderchor (10 Proben)',
    summary:
      'Zehn Proben für einen Kinderchor von 7 bis 11 Jahren: Atmung, Stimme, Kanon, zweistimmiges Singen und ein kleines Konzert.',
    body: [
      'Probe 1–2: Atmung und Haltung, Spiele mit der Stimme.',
      'Probe 3–4: Lieder nach Gehör, einfache Kanons.',
      'Probe 5–7: Zweistimmigkeit mit Bordun, dann mit Terzen.',
      'Probe 8–9: Programm festlegen, Auftritt üben.',
      'Probe 10: Kleines Konzert für die Familien.',
    ].join('\n'),
    language: 'de',
    licence: 'CC-BY-NC-SA-4.0',
    audiences: ['children'],
    tags: ['Kinderchor', 'Stimme', 'Kanon'],
    sharedDaysAgo: 9,
    version: 1,
  },
  {
    owner: 'luxembourg',
    kind: 'evaluation_grid',
    title: 'Bewertungsbogen Mitmachkonzert',
    summary:
      'Ein Bogen mit acht Fragen, den das Publikum nach einem Mitmachkonzert in zwei Minuten ausfüllt (auch in Leichter Sprache).',
    body: [
      '1. Haben Sie mitgesungen oder mitgespielt? (ja / ein wenig / nein)',
      '2. Haben Sie sich willkommen gefühlt? (1–5)',
      '3. War der Saal gut erreichbar? (1–5)',
      '4. Kommen Sie wieder? (ja / vielleicht / nein)',
    ].join('\n'),
    language: 'de',
    licence: 'LicenseRef-network-members',
    audiences: ['everyone'],
    tags: ['Evaluation', 'Publikum'],
    sharedDaysAgo: 4,
    version: 1,
  },
];

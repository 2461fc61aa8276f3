// French names of the domain's terms: translated once, here, for the web app and the API (pages,
// calendar feeds, exports); the reference the other languages follow.
import type { Vocabulary } from './types';

export const fr = {
  sessionKind: {
    workshop_singing: 'Atelier chant',
    workshop_writing: 'Atelier d’écriture',
    workshop_percussion: 'Atelier percussions',
    workshop_theatre: 'Atelier théâtre',
    workshop_early_years: 'Atelier d’éveil musical',
    concert: 'Concert',
    online: 'Séance en ligne',
  },
  sessionStatus: {
    planned: 'Prévue',
    confirmed: 'Confirmée',
    done: 'Réalisée',
    cancelled: 'Annulée',
  },
  role: {
    admin: 'Administrateur·rice',
    coordinator: 'Coordinateur·rice',
    artist: 'Artiste intervenant·e',
    relay: 'Personne relais',
    viewer: 'Lecteur·rice',
  },
  transportMode: {
    car: 'Voiture',
    electric_car: 'Voiture électrique',
    carpool: 'Covoiturage',
    train: 'Train',
    bus: 'Car / bus',
    bike: 'Vélo',
    walk: 'À pied',
  },
  audienceMode: {
    walk: 'À pied',
    bike: 'Vélo',
    car: 'Voiture',
    bus: 'Bus ou car',
    shuttle: 'Navette',
  },
  boolean: { yes: 'oui', no: 'non' },
} satisfies Vocabulary;

// French names of the domain's terms that every feature shows (session kinds and statuses, roles,
// transport modes): translated once, here; the reference the other languages follow.
import type { Role, SessionKind, SessionStatus, TransportMode } from '@tutti/contracts';

type Vocabulary = {
  sessionKind: Record<SessionKind, string>;
  sessionStatus: Record<SessionStatus, string>;
  role: Record<Role, string>;
  transportMode: Record<TransportMode, string>;
};

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
} satisfies Vocabulary;

declare module 'i18next' {
  interface ResourceNamespaceMap {
    vocabulary: typeof fr;
  }
}

// German names of the domain's terms (see fr.ts).
import type { Vocabulary } from './types';

export const de = {
  sessionKind: {
    workshop_singing: 'Gesangsworkshop',
    workshop_writing: 'Schreibworkshop',
    workshop_percussion: 'Percussion-Workshop',
    workshop_theatre: 'Theaterworkshop',
    workshop_early_years: 'Workshop musikalische Früherziehung',
    concert: 'Konzert',
    online: 'Online-Sitzung',
  },
  sessionStatus: {
    planned: 'Geplant',
    confirmed: 'Bestätigt',
    done: 'Stattgefunden',
    cancelled: 'Abgesagt',
  },
  role: {
    admin: 'Administrator·in',
    coordinator: 'Koordinator·in',
    artist: 'Künstler·in',
    relay: 'Vermittlungsperson',
    viewer: 'Leser·in',
  },
  transportMode: {
    car: 'Auto',
    electric_car: 'Elektroauto',
    carpool: 'Fahrgemeinschaft',
    train: 'Zug',
    bus: 'Bus',
    bike: 'Fahrrad',
    walk: 'Zu Fuß',
  },
  audienceMode: {
    walk: 'Zu Fuß',
    bike: 'Fahrrad',
    car: 'Auto',
    bus: 'Bus',
    shuttle: 'Shuttle',
  },
  boolean: { yes: 'ja', no: 'nein' },
} satisfies Vocabulary;

// English names of the domain's terms (see fr.ts).
import type { Vocabulary } from './types';

export const en = {
  sessionKind: {
    workshop_singing: 'Singing workshop',
    workshop_writing: 'Writing workshop',
    workshop_percussion: 'Percussion workshop',
    workshop_theatre: 'Theatre workshop',
    workshop_early_years: 'Early-years music workshop',
    concert: 'Concert',
    online: 'Online session',
  },
  sessionStatus: {
    planned: 'Planned',
    confirmed: 'Confirmed',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  role: {
    admin: 'Administrator',
    coordinator: 'Coordinator',
    artist: 'Artist',
    relay: 'Relay person',
    viewer: 'Viewer',
  },
  transportMode: {
    car: 'Car',
    electric_car: 'Electric car',
    carpool: 'Car sharing',
    train: 'Train',
    bus: 'Coach / bus',
    bike: 'Bicycle',
    walk: 'On foot',
  },
  audienceMode: {
    walk: 'On foot',
    bike: 'Bike',
    car: 'Car',
    bus: 'Bus or coach',
    shuttle: 'Shuttle',
  },
  boolean: { yes: 'yes', no: 'no' },
} satisfies Vocabulary;

// Texts of the organisation's and events' public pages, in English.
import type { PublicProgrammeTexts } from './fr';

export const en: PublicProgrammeTexts = {
  region: 'Area:',
  upcoming: 'Upcoming public events',
  noUpcoming: 'No public event announced yet.',
  organisationDescription: (name) => `Concerts and open workshops by ${name}.`,
  cancelled: 'Cancelled',
  kind: 'Kind',
  date: 'Date',
  time: 'Time',
  timeRange: (from, to) => `${from} to ${to}`,
  performers: 'Artists',
  programme: 'Programme',
  place: 'Place',
  directions: 'Directions (OpenStreetMap)',
  accessibility: 'Accessibility',
  stepFreeAccess: 'Step-free access',
  accessibleToilets: 'Accessible toilets',
  hearingLoop: 'Hearing loop',
  accessibleParking: 'Accessible parking',
  lift: 'Lift',
  organisedBy: 'Organised by',
  eventDescription: (kind, date, place) => `${kind}, ${date}, ${place}.`,
  families: 'Families',
  familiesLink: "See your children's upcoming sessions, with a link sent by e-mail",
  allEvents: 'All events',
};

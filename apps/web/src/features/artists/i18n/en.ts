// English strings of the artist pages: list, creation, and the form with skills, travel and
// availability.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Artists',
  title: 'Artists',
  intro: 'What each artist plays and leads, where they start from, how and when.',
  new: 'New artist',
  newTitle: 'New artist',
  list: 'Artists',
  empty: 'No artist matches.',
  searchLabel: 'Name, instrument or municipality',
  skillFilter: 'Can lead',
  maxTravel: '{{count}} km/day at most',
  linked: 'Tutti account',
  form: {
    displayName: 'Name',
    email: 'E-mail address',
    instruments: 'Instruments and disciplines',
    instrumentsHint: 'Separated by commas, for example: cello, voice.',
    skills: 'Sessions they can lead',
    home: 'Home municipality',
    transportMode: 'Usual means of transport',
    maxTravelKmPerDay: 'Maximum distance per day (km)',
    maxTravelHint: 'Return trip included; empty if no limit.',
    user: 'Linked Tutti account',
    userHint: 'A member with the artist role: they will see their day and take attendance.',
    noUser: 'None',
    availability: 'Weekly availability',
    availabilityHint: 'With no time slot at all, the artist counts as available every day.',
    unavailability: 'Unavailable dates',
    unavailabilityHint: 'Tours, holidays, trainings…: no session on those days.',
    create: 'Create the record',
    saved: 'Record saved.',
  },
  detail: {
    back: 'All artists',
    archive: 'Archive',
    unarchive: 'Unarchive',
    archivedNotice: 'This record is archived: it no longer appears in lists.',
    delete: 'Delete',
    deleteTitle: 'Delete the record of {{name}}?',
    deleteText:
      'The record, its availability and unavailable dates will be deleted. The linked Tutti account stays open.',
  },
};

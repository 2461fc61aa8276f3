// English strings of the building blocks shared by partners, venues and artists: address, commune,
// weekly availability and date ranges.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  address: {
    line: 'Address',
    postalCode: 'Postal code',
    coordinates: 'Position on the map',
    coordinatesHint: 'Filled with the centre of the municipality; refine it if you know it.',
    latitude: 'Latitude',
    longitude: 'Longitude',
  },
  windows: {
    add: 'Add a time slot',
    weekday: 'Day',
    from: 'From',
    to: 'To',
    toHint: '00:00 means midnight (end of the day).',
    remove: 'Remove',
    removeNamed: 'Remove time slot {{index}}',
    endBeforeStart: 'The end time must be after the start time.',
    row: 'Time slot {{index}}',
  },
  ranges: {
    add: 'Add a period',
    from: 'From',
    to: 'To',
    reason: 'Reason',
    remove: 'Remove',
    removeNamed: 'Remove period {{index}}',
    endBeforeStart: 'The end date must be on or after the start date.',
    row: 'Period {{index}}',
  },
  archived: 'Archived',
  showArchived: 'Show archived items',
  search: 'Search',
  filters: 'Filter the list',
  allTypes: 'All',
  count_one: '{{count}} result',
  count_other: '{{count}} results',
  pageOf: 'Page {{page}} of {{pages}}',
  pagination: 'Pagination',
  inUse:
    'Cannot delete: {{list}} refer to it. Archiving takes it out of the lists and keeps its history.',
  dependents: {
    projects_one: '{{count}} project',
    projects_other: '{{count}} projects',
    groups_one: '{{count}} group',
    groups_other: '{{count}} groups',
    venues_one: '{{count}} venue',
    venues_other: '{{count}} venues',
    sessions_one: '{{count}} session',
    sessions_other: '{{count}} sessions',
  },
};

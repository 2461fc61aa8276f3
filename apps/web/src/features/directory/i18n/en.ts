// English strings of the directory of amateur practice.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Directory',
  title: 'Directory of amateur music',
  intro:
    'Choirs, bands, wind bands, orchestras and music schools participants can join after a journey. Each listing is confirmed by its ensemble every six months, and leaves the public pages after twelve months without a confirmation.',
  searchLabel: 'Name or municipality',
  kindFilter: 'Kind',
  view: {
    label: 'Show',
    all: 'All listings',
    pending: 'Proposals to review',
    due: 'To confirm again (over 6 months)',
    hidden: 'Hidden (over 12 months)',
  },
  count_one: '{{count}} listing',
  count_other: '{{count}} listings',
  empty: 'No listing here.',
  list: 'Directory listings',
  pending: 'Proposal to review',
  confirmation: { current: 'Up to date', due: 'To confirm again', hidden: 'Hidden' },
  source: { organisation: 'Made by the team', import: 'Imported', proposal: 'Proposed' },
  confirmedOn: 'confirmed on {{date}}',
  approve: 'Publish “{{name}}”',
  confirm: 'Confirm “{{name}}” (after a call)',
  support: {
    title: 'Requests for help to start an ensemble',
    empty: 'No request yet.',
  },
  forGroup: {
    link: 'For a group',
    title: 'What to join after the journey?',
    intro:
      'The ensembles within reach of the group’s municipality that welcome its age, best fit first.',
    group: 'Group',
    choose: 'Choose a group',
    radius: '{{km}} km radius around {{commune}} ({{area}} municipality).',
    area: { dense: 'dense', intermediate: 'intermediate', rural: 'rural' },
    estimatedDensity: 'Density estimated from the population (INSEE grid not imported).',
    estimate: 'Driving times are estimates (straight line × 1.3 at 60 km/h).',
    routed: 'Driving times from OSRM.',
    km: '{{km}} km',
    minutes_one: 'about {{count}} min',
    minutes_other: 'about {{count}} min',
    nothing: 'Nothing within {{km}} km of {{commune}} for this group.',
    nearest: 'The nearest: {{name}} ({{commune}}, {{km}} km).',
    startTitle: 'Start a choir here',
    startIntro:
      'The organisation’s halls within reach, for the first rehearsals; the public “Start a choir here” kit gives the steps.',
    noVenue: 'No known hall within reach: the town hall is the first contact.',
  },
};

// Words of the iCalendar feed in the languages of Tutti (the feed follows its creator's language).
import type { Locale } from '@tutti/contracts';

type Labels = {
  cancelled: string;
  project: string;
  journey: string;
  step: string;
  groups: string;
  artists: string;
  reason: string;
  online: string;
};

export const icalLabels: Record<Locale, Labels> = {
  fr: {
    cancelled: 'Annulé',
    project: 'Projet',
    journey: 'Parcours',
    step: 'séance',
    groups: 'Groupes',
    artists: 'Artistes',
    reason: 'Motif',
    online: 'En ligne',
  },
  en: {
    cancelled: 'Cancelled',
    project: 'Project',
    journey: 'Journey',
    step: 'session',
    groups: 'Groups',
    artists: 'Artists',
    reason: 'Reason',
    online: 'Online',
  },
  de: {
    cancelled: 'Abgesagt',
    project: 'Projekt',
    journey: 'Musikalischer Weg',
    step: 'Termin',
    groups: 'Gruppen',
    artists: 'Künstler·innen',
    reason: 'Grund',
    online: 'Online',
  },
};

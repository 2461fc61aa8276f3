// Words of the iCalendar feed in the languages of Tutti (the feed follows its creator's language).
import type { Locale, SessionKind } from '@tutti/contracts';

type Labels = {
  kinds: Record<SessionKind, string>;
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
    kinds: {
      workshop_singing: 'Atelier chant',
      workshop_writing: 'Atelier d’écriture',
      workshop_percussion: 'Atelier percussions',
      workshop_theatre: 'Atelier théâtre',
      workshop_early_years: 'Atelier d’éveil musical',
      concert: 'Concert',
      online: 'Séance en ligne',
    },
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
    kinds: {
      workshop_singing: 'Singing workshop',
      workshop_writing: 'Writing workshop',
      workshop_percussion: 'Percussion workshop',
      workshop_theatre: 'Theatre workshop',
      workshop_early_years: 'Early-years music workshop',
      concert: 'Concert',
      online: 'Online session',
    },
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
    kinds: {
      workshop_singing: 'Gesangsworkshop',
      workshop_writing: 'Schreibworkshop',
      workshop_percussion: 'Percussion-Workshop',
      workshop_theatre: 'Theaterworkshop',
      workshop_early_years: 'Workshop musikalische Früherziehung',
      concert: 'Konzert',
      online: 'Online-Sitzung',
    },
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

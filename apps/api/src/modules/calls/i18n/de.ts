// Texts of the calls' public pages, in German.
import type { CallTexts } from './fr';

export const de: CallTexts = {
  callsTitle: 'Ausschreibungen',
  callsLead: (org: string) => `Die Ausschreibungen von ${org}.`,
  noCalls: 'Derzeit ist keine Ausschreibung veröffentlicht.',
  opens: 'Beginn',
  closes: 'Bewerbungsschluss',
  timeZone: (zone: string) => `Zeitzone: ${zone}.`,
  open: 'Bewerbungen offen',
  notYet: 'Noch nicht offen',
  closed: 'Bewerbung geschlossen',
  eligibility: 'Wer sich bewerben kann',
  recordings: 'Verlangte Aufnahmen',
  upTo: (duration: string) => `höchstens ${duration}`,
  optional: 'freiwillig',
  criteria: 'Kriterien der Jury',
  weight: (n: number) => `Gewicht ${n}`,
  independent: 'gesondert bewertet, nicht in der Summe',
  fairness:
    'Die Jury hört blind: Sie kennt nur einen Code, weder Ihren Namen noch Ihre Adresse. Die Aufnahmen werden von Metadaten befreit und auf dieselbe Lautheit gebracht; die Aufnahmequalität wird gesondert bewertet, damit ein mit dem Telefon aufgenommener Gesang nicht nach dem Mikrofon beurteilt wird.',
  parts: 'Plätze',
  places: (n: number) => (n > 1 ? `${n} Plätze` : `${n} Platz`),
  applyTitle: 'Bewerben oder meine Bewerbung verfolgen',
  applyHow:
    'Kein Konto nötig: Geben Sie Ihre E-Mail-Adresse an, wir senden Ihnen einen Einmal-Link, um Ihre Bewerbung zu öffnen, Ihre Aufnahmen vom Telefon hochzuladen und sie zu verfolgen.',
  email: 'E-Mail-Adresse',
  send: 'Link zusenden',
  retention: (months: number) =>
    `Ihre Aufnahmen werden ${months} Monate nach den Ergebnissen gelöscht.`,
  backToCalls: 'Alle Ausschreibungen',
};

// A training's attendance certificate (and, when every half-day was attended, its completion
// certificate): who, which training, where and when, each half-day with its hours and whether the
// person signed in, and the totals funders ask for; a tagged PDF in the reader's language.
import type { Locale, TrainingPersonRole } from '@tutti/contracts';
import {
  type Block,
  type PdfDefinition,
  pdfFacts,
  pdfHeading,
  pdfParagraph,
  pdfTable,
} from '../../platform/pdf';

type Words = {
  attendance: string;
  completion: string;
  name: string;
  organisation: string;
  role: Record<TrainingPersonRole, string>;
  asRole: string;
  training: string;
  place: string;
  dates: string;
  organiser: string;
  halfDays: string;
  columns: [string, string, string, string];
  half: { morning: string; afternoon: string };
  yes: string;
  no: string;
  attended: (halves: number, of: number, hours: string, total: string) => string;
  completed: string;
  issued: (organiser: string, date: string) => string;
  page: (page: number, pages: number) => string;
};

const WORDS: Record<Locale, Words> = {
  fr: {
    attendance: 'Attestation de présence',
    completion: 'Attestation de fin de formation',
    name: 'Nom',
    organisation: 'Structure',
    role: { trainee: 'Stagiaire', trainer: 'Formateur·rice' },
    asRole: 'Qualité',
    training: 'Formation',
    place: 'Lieu',
    dates: 'Dates',
    organiser: 'Organisée par',
    halfDays: 'Demi-journées',
    columns: ['Date', 'Demi-journée', 'Heures', 'Présence signée'],
    half: { morning: 'Matin', afternoon: 'Après-midi' },
    yes: 'Oui',
    no: 'Non',
    attended: (halves, of, hours, total) =>
      `Présence signée à ${halves} demi-journée${halves > 1 ? 's' : ''} sur ${of}, soit ${hours} h sur ${total} h de formation.`,
    completed: 'La personne a suivi la formation dans son intégralité.',
    issued: (organiser, date) => `Fait par ${organiser}, le ${date}.`,
    page: (page, pages) => `Page ${page} sur ${pages}`,
  },
  en: {
    attendance: 'Certificate of attendance',
    completion: 'Certificate of completion',
    name: 'Name',
    organisation: 'Organisation',
    role: { trainee: 'Trainee', trainer: 'Trainer' },
    asRole: 'As',
    training: 'Training',
    place: 'Place',
    dates: 'Dates',
    organiser: 'Organised by',
    halfDays: 'Half-days',
    columns: ['Date', 'Half-day', 'Hours', 'Signed in'],
    half: { morning: 'Morning', afternoon: 'Afternoon' },
    yes: 'Yes',
    no: 'No',
    attended: (halves, of, hours, total) =>
      `Signed in for ${halves} half-day${halves === 1 ? '' : 's'} out of ${of}: ${hours} h out of ${total} h of training.`,
    completed: 'This person attended the whole training.',
    issued: (organiser, date) => `Issued by ${organiser} on ${date}.`,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  de: {
    attendance: 'Teilnahmebescheinigung',
    completion: 'Abschlussbescheinigung',
    name: 'Name',
    organisation: 'Einrichtung',
    role: { trainee: 'Teilnehmer·in', trainer: 'Referent·in' },
    asRole: 'Als',
    training: 'Fortbildung',
    place: 'Ort',
    dates: 'Termine',
    organiser: 'Veranstaltet von',
    halfDays: 'Halbtage',
    columns: ['Datum', 'Halbtag', 'Stunden', 'Anwesenheit unterschrieben'],
    half: { morning: 'Vormittag', afternoon: 'Nachmittag' },
    yes: 'Ja',
    no: 'Nein',
    attended: (halves, of, hours, total) =>
      `Anwesenheit an ${halves} von ${of} Halbtagen unterschrieben: ${hours} von ${total} Stunden Fortbildung.`,
    completed: 'Die Person hat die gesamte Fortbildung besucht.',
    issued: (organiser, date) => `Ausgestellt von ${organiser} am ${date}.`,
    page: (page, pages) => `Seite ${page} von ${pages}`,
  },
};

export type CertificateData = {
  organiser: string;
  person: { displayName: string; organisationName: string | null; role: TrainingPersonRole };
  training: { title: string; place: string };
  halfDays: {
    key: string;
    date: string;
    half: 'morning' | 'afternoon';
    startsAt: string;
    endsAt: string;
    hours: number;
  }[];
  present: Set<string>;
  issuedOn: string;
};

export function certificateDocument(data: CertificateData, locale: Locale): PdfDefinition {
  const words = WORDS[locale];
  const tag = locale === 'en' ? 'en-GB' : locale;
  const day = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' });
  const dateOf = (value: string) => day.format(new Date(`${value}T12:00:00Z`));
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const attended = data.halfDays.filter((d) => data.present.has(d.key));
  const hours = attended.reduce((sum, d) => sum + d.hours, 0);
  const total = data.halfDays.reduce((sum, d) => sum + d.hours, 0);
  const complete = attended.length === data.halfDays.length && data.halfDays.length > 0;
  const title = complete ? words.completion : words.attendance;
  const first = data.halfDays[0]?.date;
  const last = data.halfDays.at(-1)?.date;
  const blocks: Block[] = [
    { kind: 'paragraph', text: data.organiser, style: 'overline', after: 6 },
    { kind: 'heading', level: 1, text: title },
    { kind: 'paragraph', text: data.training.title, style: 'subtitle', after: 12 },
    pdfFacts([
      [words.name, data.person.displayName],
      [words.organisation, data.person.organisationName ?? '—'],
      [words.asRole, words.role[data.person.role]],
      [words.training, data.training.title],
      [words.place, data.training.place],
      [
        words.dates,
        first && last && first !== last
          ? `${dateOf(first)} – ${dateOf(last)}`
          : first
            ? dateOf(first)
            : '—',
      ],
      [words.organiser, data.organiser],
    ]),
    pdfHeading(words.halfDays),
    pdfTable(
      words.columns,
      data.halfDays.map((d) => [
        dateOf(d.date),
        `${words.half[d.half]} (${d.startsAt}–${d.endsAt})`,
        number.format(d.hours),
        data.present.has(d.key) ? words.yes : words.no,
      ]),
    ),
    pdfParagraph(
      words.attended(
        attended.length,
        data.halfDays.length,
        number.format(hours),
        number.format(total),
      ),
    ),
    ...(complete ? [pdfParagraph(words.completed)] : []),
    { kind: 'paragraph', text: words.issued(data.organiser, dateOf(data.issuedOn)), before: 16 },
  ];
  return {
    title: `${title} — ${data.person.displayName}`,
    author: data.organiser,
    language: locale,
    blocks,
    footer: (page, pages) => ({
      left: `${data.organiser} — ${data.training.title}`,
      right: words.page(page, pages),
    }),
  };
}

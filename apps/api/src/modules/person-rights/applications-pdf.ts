// The applications part of a person's data export (PDF), and the whole PDF of an applicant known
// by their address only: each application's identity, answers, recordings, decision and, once
// the results are sent, the jury's evaluations (jurors by number).
import type { ApplicantDataExport, ApplicationData, Locale } from '@tutti/contracts';
import { type Block, type PdfDefinition, pdfFacts, pdfHeading, pdfTable } from '../../platform/pdf';
import { APPLICATION_LABELS } from './application-labels';
import { EXPORT_LABELS } from './export-labels';
import { formats, label, orNone, PDF_STYLES, paragraph } from './pdf-parts';

function duration(ms: number | null) {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}'${String(seconds % 60).padStart(2, '0')}"`;
}

function oneApplication(a: ApplicationData, locale: Locale): Block[] {
  const words = APPLICATION_LABELS[locale];
  const base = EXPORT_LABELS[locale];
  const f = formats(locale);
  const facts: [string, string][] = [
    [words.fields.code, a.code],
    [words.fields.name, a.name || '—'],
    [words.fields.email, a.email],
    [words.fields.part, a.part ?? '—'],
    [words.fields.status, label(words.status, a.status)],
    [words.fields.started, f.instant(a.createdAt)],
    [words.fields.submitted, f.instant(a.submittedAt)],
    [words.fields.decision, a.decision ? label(words.decision, a.decision) : '—'],
    ...(a.decisionReason ? [[words.fields.reason, a.decisionReason] as [string, string]] : []),
  ];
  const answers = a.answers.map((x) => [x.question, x.answer]);
  const recordings = a.recordings.map((r) => [
    r.label,
    r.fileName ?? words.recordingDeleted,
    duration(r.durationMs),
    f.instant(r.uploadedAt),
  ]);
  const evaluations: Block[] = a.evaluations.map((e) => ({
    kind: 'group',
    blocks: [
      { kind: 'heading', level: 3, text: `${words.fields.juror} ${e.juror}` },
      pdfTable(
        [words.fields.criterion, words.fields.score],
        [
          ...e.scores.map((s) => [s.criterion, String(s.score)]),
          [
            words.fields.recordingQuality,
            e.recordingQuality === null ? '—' : String(e.recordingQuality),
          ],
          [words.fields.total, e.total === null ? '—' : String(e.total)],
        ],
        ['*', 'auto'],
      ),
      ...(e.comment ? [pdfFacts([[words.fields.comment, e.comment]])] : []),
    ],
  }));
  return [
    { kind: 'heading', level: 3, text: `${a.callTitle} — ${a.code}` },
    pdfFacts(facts),
    { kind: 'heading', level: 3, text: words.answers },
    orNone(
      answers,
      () => pdfTable([base.fields.question, base.fields.answer], answers, ['*', '*']),
      base,
    ),
    { kind: 'heading', level: 3, text: words.recordings },
    orNone(
      recordings,
      () =>
        pdfTable(
          [words.fields.recording, words.fields.file, words.fields.duration, words.fields.sent],
          recordings,
          ['*', '*', 'auto', 'auto'],
        ),
      base,
    ),
    { kind: 'heading', level: 3, text: words.evaluations },
    ...(a.evaluationsPending
      ? [paragraph(words.evaluationsPending)]
      : evaluations.length > 0
        ? evaluations
        : [paragraph(base.none)]),
  ];
}

/** The section "Applications to calls" of a person's export. */
export function applicationBlocks(applications: ApplicationData[], locale: Locale): Block[] {
  return [
    pdfHeading(APPLICATION_LABELS[locale].section),
    ...(applications.length > 0
      ? applications.flatMap((a) => oneApplication(a, locale))
      : [paragraph(EXPORT_LABELS[locale].none)]),
  ];
}

export function applicantExportDocument(data: ApplicantDataExport, locale: Locale): PdfDefinition {
  const words = APPLICATION_LABELS[locale];
  const base = EXPORT_LABELS[locale];
  const f = formats(locale);
  const links = data.guestAccess.links.map((l) => [
    l.sentTo,
    f.instant(l.createdAt),
    f.instant(l.expiresAt),
    l.usedAt ? f.instant(l.usedAt) : '—',
  ]);
  const messages = data.messages.map((m) => [f.instant(m.createdAt), m.to, m.subject]);
  return {
    title: `${words.applicantTitle} — ${data.email}`,
    author: data.organisation.name,
    language: locale,
    blocks: [
      { kind: 'paragraph', text: data.organisation.name, style: 'overline' },
      { kind: 'heading', level: 1, text: words.applicantTitle },
      { kind: 'paragraph', text: data.email, style: 'subtitle', before: 4, after: 12 },
      paragraph(words.applicantIntro(data.organisation.name)),
      paragraph(`${base.generated} ${f.instant(data.exportedAt)}.`),
      ...applicationBlocks(data.applications, locale),
      pdfHeading(base.sections.guestAccess),
      orNone(
        links,
        () =>
          pdfTable(
            [base.fields.sentTo, base.fields.date, base.fields.expires, base.fields.used],
            links,
            ['*', 80, 80, 80],
          ),
        base,
      ),
      pdfHeading(base.sections.messages),
      orNone(
        messages,
        () =>
          pdfTable([base.fields.date, base.fields.sentTo, base.fields.subject], messages, [
            'auto',
            'auto',
            '*',
          ]),
        base,
      ),
      pdfHeading(base.sections.rights),
      { kind: 'list', items: words.applicantRights },
    ],
    footer: (page, pages) => ({
      left: `${data.organisation.name} — ${data.email}`,
      right: `${base.page} ${page} ${base.of} ${pages}`,
    }),
    styles: PDF_STYLES,
  };
}

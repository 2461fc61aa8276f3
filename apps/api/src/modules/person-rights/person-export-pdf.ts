// The PDF a family reads: everything held about a person, in plain words, with headings and
// tables, no identifiers; marked as a tagged PDF with its language and title.
import type { AgeBand, ApplicantDataExport, Locale, PersonDataExport } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import {
  type Block,
  type PdfDefinition,
  pdfFacts,
  pdfHeading,
  pdfTable,
  renderPdf,
} from '../../platform/pdf';
import { applicantExportDocument, applicationBlocks } from './applications-pdf';
import { EXPORT_LABELS } from './export-labels';
import { formats, label, orNone, PDF_STYLES, paragraph } from './pdf-parts';

export function personExportDocument(data: PersonDataExport, locale: Locale): PdfDefinition {
  const words = EXPORT_LABELS[locale];
  const f = formats(locale);
  const person = data.person;
  const fullName = [person.firstName, person.lastName].filter(Boolean).join(' ');

  const identity: [string, string][] = [
    [words.fields.firstName, person.firstName],
    [words.fields.lastName, person.lastName ?? '—'],
    [words.fields.ageBand, words.ageBand(person.ageBand as AgeBand)],
    [words.fields.commune, person.communeName ?? '—'],
    [
      words.fields.group,
      `${data.group.name} (${label(words.groupKind, data.group.kind)})${data.group.communeName ? ` — ${data.group.communeName}` : ''}`,
    ],
    [words.fields.partner, data.group.partnerName ?? '—'],
    [words.fields.enrolled, f.instant(person.createdAt)],
    [words.fields.keptUntil, f.date(person.retainUntil)],
    ...(person.anonymisedAt
      ? [[words.fields.anonymised, f.instant(person.anonymisedAt)] as [string, string]]
      : []),
  ];

  // One small table per guardian: a family reads it down the page, in any language's words.
  const guardians: Block[] = data.guardians.map((g) => ({
    kind: 'group',
    blocks: [
      { kind: 'heading', level: 3, text: g.guardianName ?? words.fields.guardian },
      pdfFacts([
        [words.fields.email, g.guardianEmail ?? '—'],
        [words.fields.phone, g.guardianPhone ?? '—'],
        [words.fields.givenOn, f.date(g.givenOn)],
        [words.fields.method, label(words.consentMethod, g.method)],
        [words.fields.purposes, g.purposes.map((p) => label(words.consentPurpose, p)).join(', ')],
        [words.fields.withdrawnOn, f.date(g.withdrawnOn)],
      ]),
    ],
  }));

  const attendance = data.attendance.map((a) => [
    f.moment(a.startsAt, a.timeZone),
    a.sessionTitle || label(VOCABULARY[locale].sessionKind, a.sessionKind),
    label(words.attendanceStatus, a.status),
  ]);

  const choirs = data.choirs.map((c) => [
    c.choirName,
    c.partCode,
    c.siteName,
    `${c.attendance.filter((a) => a.status === 'present').length} / ${c.attendance.length}`,
    String(c.learning.filter((l) => l.status === 'ready').length),
    f.date(c.leftOn),
  ]);

  const surveyParts: Block[] = data.surveys.flatMap((survey) =>
    survey.answers.map(
      (answer): Block => ({
        // The survey's title stays on the page of its answers.
        kind: 'group',
        blocks: [
          {
            kind: 'heading',
            level: 3,
            text: `${survey.surveyTitle} — ${label(words.surveyPhase, answer.phase)} (${f.instant(answer.submittedAt)})`,
          },
          pdfTable(
            [words.fields.question, words.fields.answer],
            answer.items.map((item) => [item.question, item.answer]),
            ['*', '*'],
          ),
        ],
      }),
    ),
  );

  const links = data.guestAccess.links.map((l) => [
    l.sentTo,
    f.instant(l.createdAt),
    f.instant(l.expiresAt),
    l.usedAt ? f.instant(l.usedAt) : '—',
  ]);

  const messages = data.messages.map((m) => [f.instant(m.createdAt), m.to, m.subject]);

  const handovers = data.handovers.map((h) => [
    f.instant(h.introducedAt),
    h.ensemble,
    label(words.handoverStatus, h.status),
    f.date(h.trialDate),
  ]);

  const spaceItems = data.spaceItems.map((item) => [
    item.sessionStartsAt ? f.instant(item.sessionStartsAt) : '—',
    item.title,
    label(VOCABULARY[locale].spaceResourceKind, item.kind),
    item.published ? words.spacePublished : words.spaceNotPublished,
  ]);

  const reminders = data.spaceReminders.map((r) => [
    r.journeyName,
    r.email,
    words.languageName[r.language],
    r.confirmedAt ? f.instant(r.confirmedAt) : '—',
    r.remindersSent,
  ]);

  // One small table per request for support, like the guardians: the message may be long.
  const supportRequests: Block[] = data.supportRequests.map((r) => ({
    kind: 'group',
    blocks: [
      {
        kind: 'heading',
        level: 3,
        text: words.supportRequestAt(r.communeName, f.instant(r.sentAt)),
      },
      pdfFacts([
        [words.fields.name, r.name ?? '—'],
        [words.fields.email, r.contactEmail ?? '—'],
        [words.fields.phone, r.contactPhone ?? '—'],
        [words.fields.message, r.message ?? '—'],
        [words.fields.handled, r.handledAt ? f.instant(r.handledAt) : words.supportNotHandled],
      ]),
    ],
  }));
  // Concerts: the bookings made under the person's addresses (by them or, for a free seat, by a
  // relay in their name), the waiting lists they joined and the group bookings they head.
  const contact = (c: { name: string | null; email: string | null; phone: string | null }) =>
    [c.name, c.email, c.phone].filter(Boolean).join(' — ') || '—';
  const concertOrders = data.concerts.orders.map((o) => [
    f.moment(o.startsAt, o.timeZone),
    o.concertTitle || '—',
    contact(o),
    o.seats,
    label(words.orderStatus, o.status),
    label(words.orderChannel, o.channel),
  ]);
  const concertNeeds = data.concerts.orders.flatMap((o) =>
    o.accessNeeds
      ? [paragraph(`${o.concertTitle}, ${f.instant(o.startsAt, o.timeZone)} — ${o.accessNeeds}`)]
      : [],
  );
  const concertWaiting = data.concerts.waitingList.map((w) => [
    f.instant(w.startsAt),
    w.concertTitle || '—',
    contact(w),
    w.partySize,
    label(words.waitingListStatus, w.status),
  ]);
  const concertGroups = data.concerts.groupOrders.map((g) => [
    f.instant(g.startsAt),
    g.concertTitle || '—',
    [g.establishmentName, g.groupName].filter(Boolean).join(' — '),
    g.children,
    g.adults,
  ]);

  const requests = data.rightsRequests.map((r) => [
    label(words.requestKind, r.kind),
    f.date(r.receivedOn),
    f.date(r.dueOn),
    f.date(r.answeredOn),
    r.outcome ? label(words.requestOutcome, r.outcome) : '—',
  ]);

  const content: Block[] = [
    { kind: 'paragraph', text: data.organisation.name, style: 'overline' },
    { kind: 'heading', level: 1, text: words.title },
    { kind: 'paragraph', text: fullName, style: 'subtitle', before: 4, after: 12 },
    paragraph(words.intro(data.organisation.name)),
    paragraph(`${words.generated} ${f.instant(data.exportedAt)}.`),

    pdfHeading(words.sections.person),
    pdfFacts(identity),

    pdfHeading(words.sections.guardians),
    ...(guardians.length > 0 ? guardians : [paragraph(words.none)]),

    pdfHeading(words.sections.accessNeeds),
    data.accessNeedsWithheld
      ? paragraph(words.accessNeedsWithheld)
      : paragraph(data.accessNeeds?.needs ?? words.none),

    pdfHeading(words.sections.attendance),
    orNone(
      attendance,
      () =>
        pdfTable([words.fields.date, words.fields.activity, words.fields.status], attendance, [
          'auto',
          '*',
          'auto',
        ]),
      words,
    ),

    pdfHeading(words.sections.choirs),
    orNone(
      choirs,
      () =>
        pdfTable(
          [
            words.fields.choir,
            words.fields.part,
            words.fields.site,
            words.fields.rehearsals,
            words.fields.piecesReady,
            words.fields.leftChoir,
          ],
          choirs,
          ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
        ),
      words,
    ),

    pdfHeading(words.sections.surveys),
    ...(surveyParts.length > 0 ? surveyParts : [paragraph(words.none)]),

    pdfHeading(words.sections.guestAccess),
    ...(links.length > 0 ? [paragraph(words.guestAccessNote)] : []),
    orNone(
      links,
      () =>
        pdfTable(
          [words.fields.sentTo, words.fields.date, words.fields.expires, words.fields.used],
          links,
          ['*', 80, 80, 80],
        ),
      words,
    ),

    pdfHeading(words.sections.messages),
    orNone(
      messages,
      () =>
        pdfTable([words.fields.date, words.fields.sentTo, words.fields.subject], messages, [
          'auto',
          'auto',
          '*',
        ]),
      words,
    ),

    pdfHeading(words.sections.handovers),
    orNone(
      handovers,
      () =>
        pdfTable(
          [words.fields.date, words.fields.ensemble, words.fields.status, words.fields.trialDate],
          handovers,
          ['auto', '*', 'auto', 'auto'],
        ),
      words,
    ),

    pdfHeading(words.sections.spaceItems),
    orNone(
      spaceItems,
      () =>
        pdfTable(
          [words.fields.date, words.fields.title, words.fields.itemKind, words.fields.publication],
          spaceItems,
          ['auto', '*', 'auto', 'auto'],
        ),
      words,
    ),

    pdfHeading(words.sections.spaceReminders),
    orNone(
      reminders,
      () =>
        pdfTable(
          [
            words.fields.journey,
            words.fields.email,
            words.fields.language,
            words.fields.confirmed,
            words.fields.remindersSent,
          ],
          reminders,
          ['*', 'auto', 'auto', 'auto', 'auto'],
        ),
      words,
    ),

    pdfHeading(words.sections.supportRequests),
    ...(supportRequests.length > 0 ? supportRequests : [paragraph(words.none)]),

    pdfHeading(words.sections.concerts),
    { kind: 'heading', level: 3, text: words.concertParts.orders },
    orNone(
      concertOrders,
      () =>
        pdfTable(
          [
            words.fields.date,
            words.fields.concert,
            words.fields.contact,
            words.fields.seats,
            words.fields.status,
            words.fields.channel,
          ],
          concertOrders,
          ['auto', '*', '*', 'auto', 'auto', 'auto'],
        ),
      words,
    ),
    ...(concertNeeds.length > 0
      ? [{ kind: 'heading', level: 3, text: words.sections.accessNeeds } as Block, ...concertNeeds]
      : []),
    { kind: 'heading', level: 3, text: words.concertParts.waitingList },
    orNone(
      concertWaiting,
      () =>
        pdfTable(
          [
            words.fields.date,
            words.fields.concert,
            words.fields.contact,
            words.fields.seats,
            words.fields.status,
          ],
          concertWaiting,
          ['auto', '*', '*', 'auto', 'auto'],
        ),
      words,
    ),
    { kind: 'heading', level: 3, text: words.concertParts.groupOrders },
    orNone(
      concertGroups,
      () =>
        pdfTable(
          [
            words.fields.date,
            words.fields.concert,
            words.fields.establishment,
            words.fields.children,
            words.fields.adults,
          ],
          concertGroups,
          ['auto', '*', '*', 'auto', 'auto'],
        ),
      words,
    ),

    ...applicationBlocks(data.applications, locale),

    pdfHeading(words.sections.requests),
    orNone(
      requests,
      () =>
        pdfTable(
          [
            words.fields.kind,
            words.fields.received,
            words.fields.due,
            words.fields.answered,
            words.fields.outcome,
          ],
          requests,
          ['*', 80, 80, 80, 70],
        ),
      words,
    ),

    pdfHeading(words.sections.rights),
    { kind: 'list', items: words.rightsText },
  ];

  return {
    title: `${words.title} — ${fullName}`,
    author: data.organisation.name,
    language: locale,
    blocks: content,
    footer: (page, pages) => ({
      left: `${data.organisation.name} — ${fullName}`,
      right: `${words.page} ${page} ${words.of} ${pages}`,
    }),
    styles: PDF_STYLES,
  };
}

export function exportFileName(data: { exportedAt: string }, locale: Locale, extension: string) {
  const words = EXPORT_LABELS[locale];
  const day = data.exportedAt.slice(0, 10);
  return `${words.fileName}-${day}.${extension}`;
}

/** The PDF bytes (run in the person-export worker thread). */
export function renderPersonExportPdf(data: PersonDataExport, locale: Locale) {
  return renderPdf(personExportDocument(data, locale));
}

/** The PDF bytes of an applicant's own export (run in the person-export worker thread). */
export function renderApplicantExportPdf(data: ApplicantDataExport, locale: Locale) {
  return renderPdf(applicantExportDocument(data, locale));
}

// A concert step's programme as a tagged PDF (the platform's printer: language, structure tree,
// bookmarks, embedded fonts) in the page's language, and how the space's routes send it: only
// for a concert step of the space that has a programme, 404 otherwise.
import type { FastifyReply } from 'fastify';
import { AppError } from '../../platform/errors';
import { type PdfDefinition, pdfFacts, pdfHeading, pdfTable, renderPdf } from '../../platform/pdf';
import type { PublicLanguage } from '../../platform/public-pages';
import { concertTexts } from './i18n/concert';
import { day, hourIn, stepTitle } from './space-parts';
import type { SpaceStep, SpaceView } from './space-reads';

export function programmeDocument(
  view: SpaceView,
  step: SpaceStep,
  organisationName: string,
  lang: PublicLanguage,
): PdfDefinition {
  const texts = concertTexts[lang];
  const { frame } = view;
  const title = stepTitle(step, lang);
  const when = `${day(step.startsAt, step.timeZone, lang, true)}, ${texts.timeRange(
    hourIn(step.startsAt, step.timeZone),
    hourIn(step.endsAt, step.timeZone),
  )}`;
  const place = step.venue?.name
    ? [step.venue.name, [step.venue.postalCode, step.venue.communeName].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ')
    : null;
  const pieces = step.concert?.programme ?? [];
  return {
    title: `${texts.programmeTitle} — ${title}`,
    author: organisationName,
    language: lang,
    blocks: [
      { kind: 'paragraph', text: organisationName, style: 'overline', after: 6 },
      { kind: 'heading', level: 1, text: texts.programmeTitle },
      { kind: 'paragraph', text: title, style: 'subtitle', after: 12 },
      pdfFacts([
        [texts.date, when],
        ...(place ? [[texts.venue, place] as [string, string]] : []),
        [texts.journey, frame.name],
        [texts.group, frame.groupName],
      ]),
      pdfHeading(texts.pieces),
      pdfTable(
        texts.columns,
        pieces.map((piece, index) => [index + 1, piece.title, piece.credit ?? '—']),
        [36, '*', '*'],
      ),
    ],
    footer: (page, pages) => ({
      left: `${organisationName} — ${frame.name}`,
      right: texts.page(page, pages),
    }),
  };
}

/** Sends the programme of the space's concert step `sessionId`, or answers 404. */
export async function sendProgramme(
  reply: FastifyReply,
  view: SpaceView,
  sessionId: string,
  organisationName: string,
  lang: PublicLanguage,
  cacheControl: string,
) {
  const step = view.steps.find((s) => s.id === sessionId && s.kind === 'concert');
  if (!step?.concert?.programme.length) {
    throw new AppError('REQUEST.NOT_FOUND', 'No programme for this concert');
  }
  const bytes = await renderPdf(programmeDocument(view, step, organisationName, lang));
  return reply
    .type('application/pdf')
    .headers({
      'cache-control': cacheControl,
      'content-disposition': `inline; filename="${concertTexts[lang].fileName}.pdf"`,
      'content-language': lang,
    })
    .send(Buffer.from(bytes));
}

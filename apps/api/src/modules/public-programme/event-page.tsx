// One page per published session: what, when (on the venue's clocks), who performs and what (a
// concert's artists and programme), where and how to get there, how accessible, and who organises it. Nothing about the people taking part.
import { PUBLIC_CODE_PATTERN, type SpaceProgrammePiece } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { definePublicPage } from '../../platform/public-pages';
import { ConcertTickets, type PublicTickets, readPublicTickets } from '../concerts';
import { readPublicConcertProgramme } from '../journey-spaces';
import {
  findPublicSession,
  listPublicPerformers,
  listPublicSessionCodes,
  type PublicSession,
  previousPublicStart,
} from '../sessions';
import { programmeTexts } from './i18n';
import type { PublicProgrammeTexts } from './i18n/fr';
import { eventJsonLd, eventName, eventPath, eventPlace, eventWhen } from './public-event';

const accessibilityFeatures = [
  'accessibleToilets',
  'hearingLoop',
  'accessibleParking',
  'lift',
] as const;

/** How to get there: OpenStreetMap's route planner to the venue, from where the reader is. */
function directionsUrl(venue: NonNullable<PublicSession['venue']>): string | null {
  if (venue.latitude === null || venue.longitude === null) return null;
  return `https://www.openstreetmap.org/directions?route=%3B${venue.latitude}%2C${venue.longitude}`;
}

/** The venue's accessibility as the public reads it; empty when the venue says nothing. */
function accessibilityLines(session: PublicSession, texts: PublicProgrammeTexts): string[] {
  const venue = session.venue;
  if (!venue) return [];
  const lines = venue.stepFreeAccess ? [texts.stepFreeAccess] : [];
  for (const feature of accessibilityFeatures) {
    if (venue.accessibility?.[feature]) lines.push(texts[feature]);
  }
  const notes = venue.accessibility?.notes?.trim();
  if (notes) lines.push(notes);
  return lines;
}

type EventData = {
  session: PublicSession;
  tickets: PublicTickets | null;
  /** The start first announced, when the session was moved after it was published. */
  previousStart: Date | null;
  /** A concert's artists by their display names; empty for a workshop. */
  performers: string[];
  /** A concert's pieces and who wrote them, as set on its journey's space; else empty. */
  programme: SpaceProgrammePiece[];
};

export const eventPage = definePublicPage({
  id: 'event',
  path: '/e/:code',
  parseParams: (raw) => {
    const code = raw.code ?? '';
    return PUBLIC_CODE_PATTERN.test(code) ? { code } : null;
  },
  load: async (tx, { code }): Promise<EventData | null> => {
    const session = (await findPublicSession(tx, code)) as PublicSession | null;
    if (!session) return null;
    // A concert's tariffs and seats left; null for a workshop.
    const tickets = session.kind === 'concert' ? await readPublicTickets(tx, code) : null;
    return {
      session,
      tickets: tickets && tickets.tariffs.length > 0 ? tickets : null,
      previousStart: await previousPublicStart(tx, code),
      performers: session.kind === 'concert' ? await listPublicPerformers(tx, code) : [],
      programme: session.kind === 'concert' ? await readPublicConcertProgramme(tx, code) : [],
    };
  },
  render({ session, tickets, performers, programme }, context) {
    const { lang, org } = context;
    const texts = programmeTexts[lang];
    const when = eventWhen(session, lang);
    const name = eventName(session, lang);
    const kind = VOCABULARY[lang].sessionKind[session.kind];
    const venue = session.venue;
    const access = accessibilityLines(session, texts);
    return {
      title: name,
      description: texts.eventDescription(kind, `${when.date} ${when.from}`, eventPlace(session)),
      ogType: 'event',
      body: (
        <>
          <h1>{name}</h1>
          {session.status === 'cancelled' && (
            <p>
              <span class="badge cancelled">{texts.cancelled}</span>
            </p>
          )}
          <dl>
            <dt>{texts.kind}</dt>
            <dd>{kind}</dd>
            <dt>{texts.date}</dt>
            <dd>{when.date}</dd>
            <dt>{texts.time}</dt>
            <dd>{texts.timeRange(when.from, when.to)}</dd>
            {performers.length > 0 && (
              <>
                <dt>{texts.performers}</dt>
                <dd>{performers.join(', ')}</dd>
              </>
            )}
            {venue && (
              <>
                <dt>{texts.place}</dt>
                <dd>
                  {venue.name}
                  {venue.addressLine && (
                    <>
                      <br />
                      {venue.addressLine}
                    </>
                  )}
                  {(venue.postalCode || venue.communeName) && (
                    <>
                      <br />
                      {[venue.postalCode, venue.communeName].filter(Boolean).join(' ')}
                    </>
                  )}
                  {directionsUrl(venue) && (
                    <>
                      <br />
                      <a href={directionsUrl(venue)!}>{texts.directions}</a>
                    </>
                  )}
                </dd>
              </>
            )}
            {access.length > 0 && (
              <>
                <dt>{texts.accessibility}</dt>
                <dd>
                  <ul>
                    {access.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            <dt>{texts.organisedBy}</dt>
            <dd>
              <a href={`${context.orgUrl()}?lang=${lang}`}>{org.name}</a>
            </dd>
          </dl>
          {programme.length > 0 && (
            <>
              <h2>{texts.programme}</h2>
              <ol>
                {programme.map((piece, index) => (
                  <li key={`${index}-${piece.title}`}>
                    {piece.title}
                    {piece.credit && <span class="muted"> — {piece.credit}</span>}
                  </li>
                ))}
              </ol>
            </>
          )}
          {tickets && (
            <ConcertTickets tickets={tickets} orgSlug={org.slug} code={session.code} lang={lang} />
          )}
          <p>
            <a href={`${context.orgUrl()}?lang=${lang}`}>{texts.allEvents}</a>
          </p>
        </>
      ),
    };
  },
  jsonLd: ({ session, tickets, previousStart, performers, programme }, context) =>
    eventJsonLd(session, context, tickets, previousStart, performers, programme),
  sitemap: async (tx) => (await listPublicSessionCodes(tx)).map(eventPath),
});

// Shapes journeys for the API: the summary, and the dated sessions in their order.
import type { Journey, JourneySummary } from '@tutti/contracts';
import { presentTimes } from '../sessions';
import type { findJourneySessionList, JourneySummaryRow } from './journeys.repository';

type SessionList = Awaited<ReturnType<typeof findJourneySessionList>>;

export function presentJourneySummary(row: JourneySummaryRow): JourneySummary {
  return {
    id: row.journey.id,
    name: row.journey.name,
    startsOn: row.journey.startsOn,
    project: row.project,
    group: row.group,
    template: row.template,
    sessionCount: row.sessionCount,
    doneCount: row.doneCount,
    nextSessionAt: row.nextSessionAt ? new Date(row.nextSessionAt).toISOString() : null,
  };
}

export function presentJourney(row: JourneySummaryRow, sessions: SessionList): Journey {
  return {
    ...presentJourneySummary(row),
    sessions: sessions.map(({ session, venue }) => ({
      ...presentTimes(session.startsAt, session.endsAt, session.timeZone),
      id: session.id,
      position: session.journeyPosition,
      kind: session.kind,
      title: session.title,
      status: session.status,
      venue,
      flagged: session.conflictOverride !== null,
    })),
  };
}

// Shapes rosters for the API: names shortened for artists, access needs only when allowed.
import type { RosterParticipant, SessionRoster } from '@tutti/contracts';
import type * as roster from './roster.repository';

type Rows<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export type RosterRows = {
  sessions: Rows<typeof roster.sessionsWithVenue>;
  groups: Rows<typeof roster.groupsOfSessions>;
  participants: Rows<typeof roster.rosterParticipants>;
  marks: Rows<typeof roster.marksOfSessions>;
  headcounts: Rows<typeof roster.headcountsOfSessions>;
  /** Undefined when the reader may not see access needs. */
  accessNeeds: Map<string, string> | undefined;
};

export type RosterView = {
  /** Artists see last names as an initial: enough to tell two Léa apart. */
  shortLastNames: boolean;
};

type SessionRow = RosterRows['sessions'][number]['session'];

/** What every attendance answer says of a session: what, when, where in time. */
export function presentSessionTimes(session: SessionRow) {
  return {
    id: session.id,
    title: session.title,
    kind: session.kind,
    status: session.status,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    timeZone: session.timeZone,
  };
}

function initialOf(lastName: string | null) {
  return lastName ? `${[...lastName][0]!.toUpperCase()}.` : null;
}

export function presentRosters(rows: RosterRows, view: RosterView): SessionRoster[] {
  return rows.sessions.map(({ session, venueName, venueAddress, venueCommune }) => {
    const groups = rows.groups.filter((g) => g.sessionId === session.id).map((g) => g.group);
    const groupIds = new Set(groups.map((g) => g.id));
    const marks = new Map(
      rows.marks.filter((m) => m.sessionId === session.id).map((m) => [m.participantId, m]),
    );
    const headcounts = rows.headcounts.filter((h) => h.sessionId === session.id);
    const headcountOf = (groupId: string | null) => {
      const found = headcounts.find((h) => h.groupId === groupId);
      return found ? { count: found.count, recordedAt: found.recordedAt.toISOString() } : null;
    };
    const participants = rows.participants
      .filter((p) => groupIds.has(p.groupId))
      .map((p): RosterParticipant => {
        const mark = marks.get(p.id);
        return {
          id: p.id,
          groupId: p.groupId,
          firstName: p.firstName,
          lastName: view.shortLastNames ? initialOf(p.lastName) : p.lastName,
          ageBand: p.ageBand,
          consentMissing: p.consentMissing,
          ...(rows.accessNeeds ? { accessNeeds: rows.accessNeeds.get(p.id) ?? null } : {}),
          mark: mark ? { status: mark.status, recordedAt: mark.recordedAt.toISOString() } : null,
        };
      });
    return {
      session: {
        ...presentSessionTimes(session),
        venue:
          session.venueId && venueName
            ? {
                id: session.venueId,
                name: venueName,
                addressLine: venueAddress,
                communeName: venueCommune,
              }
            : null,
      },
      groups: groups.map((group) => ({
        id: group.id,
        name: group.name,
        kind: group.kind,
        listedIndividually: group.listedIndividually,
        expectedSize: group.expectedSize,
        headcount: headcountOf(group.id),
      })),
      participants,
      audienceHeadcount: headcountOf(null),
      accessNeedsIncluded: rows.accessNeeds !== undefined,
    };
  });
}

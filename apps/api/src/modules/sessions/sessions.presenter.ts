// Shapes session rows for the API: UTC instants with the same moment on the venue's clocks.
import type { Session, SessionTimes } from '@tutti/contracts';
import type { SessionView } from './sessions.repository';
import { localSlot } from './zoned-time';

export function presentTimes(startsAt: Date, endsAt: Date, timeZone: string): SessionTimes {
  return {
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone,
    local: localSlot(startsAt, endsAt, timeZone),
    durationMin: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
  };
}

export function presentSession(view: SessionView): Session {
  const { session } = view;
  const override = session.conflictOverride;
  return {
    ...presentTimes(session.startsAt, session.endsAt, session.timeZone),
    id: session.id,
    project: view.project,
    journey:
      view.journey && session.journeyPosition !== null
        ? { ...view.journey, position: session.journeyPosition }
        : null,
    kind: session.kind,
    title: session.title,
    status: session.status,
    cancelReason: session.cancelReason,
    venue: view.venue,
    onlineUrl: session.onlineUrl,
    capacity: session.capacity,
    notes: session.notes,
    artists: view.artists,
    groups: view.groups,
    isPublic: session.isPublic,
    publicCode: session.publicCode,
    override: override
      ? { conflicts: override.codes, reason: override.reason, by: override.by, at: override.at }
      : null,
  };
}

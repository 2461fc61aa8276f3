// Shapes venue rows for the API; times of day as HH:MM.
import type { Venue, VenueSummary } from '@tutti/contracts';
import type { schema } from '@tutti/db';
import { hhmm } from '@tutti/kit/dates';
import type { VenueRow } from './venues.repository';

type WindowRow = typeof schema.venueAvailability.$inferSelect;
type BlackoutRow = typeof schema.venueBlackouts.$inferSelect;

export function presentVenueSummary(row: VenueRow): VenueSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    addressLine: row.addressLine,
    postalCode: row.postalCode,
    communeCode: row.communeCode,
    communeName: row.communeName,
    capacity: row.capacity,
    stepFreeAccess: row.stepFreeAccess,
    equipment: row.equipment,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

export function presentVenue(parts: {
  venue: VenueRow;
  partner: { id: string; name: string } | null;
  windows: WindowRow[];
  blackouts: BlackoutRow[];
}): Venue {
  const { venue } = parts;
  return {
    ...presentVenueSummary(venue),
    latitude: venue.latitude,
    longitude: venue.longitude,
    timeZone: venue.timeZone,
    accessibility: venue.accessibility,
    partner: parts.partner,
    notes: venue.notes,
    availability: parts.windows.map((w) => ({
      weekday: w.weekday,
      startsAt: hhmm(w.startsAt),
      endsAt: hhmm(w.endsAt),
    })),
    blackouts: parts.blackouts.map((b) => ({
      startsOn: b.startsOn,
      endsOn: b.endsOn,
      reason: b.reason,
    })),
    createdAt: venue.createdAt.toISOString(),
    updatedAt: venue.updatedAt.toISOString(),
  };
}

// Shapes artist rows for the API; viewers get no e-mail.
import type { Artist, ArtistSummary } from '@tutti/contracts';
import type { schema } from '@tutti/db';
import { hhmm } from '@tutti/kit/dates';
import type { ArtistRow } from './artists.repository';

type WindowRow = typeof schema.artistAvailability.$inferSelect;
type RangeRow = typeof schema.artistUnavailability.$inferSelect;

export function presentArtistSummary(row: ArtistRow, withContact: boolean): ArtistSummary {
  return {
    id: row.id,
    displayName: row.displayName,
    email: withContact ? row.email : null,
    instruments: row.instruments,
    skills: row.skills,
    homeCommuneCode: row.homeCommuneCode,
    homeCommuneName: row.homeCommuneName,
    transportMode: row.transportMode,
    maxTravelKmPerDay: row.maxTravelKmPerDay,
    userId: row.userId,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

export function presentArtist(parts: {
  artist: ArtistRow;
  user: { id: string; displayName: string } | null;
  windows: WindowRow[];
  unavailability: RangeRow[];
  withContact: boolean;
}): Artist {
  const { artist } = parts;
  return {
    ...presentArtistSummary(artist, parts.withContact),
    latitude: artist.latitude,
    longitude: artist.longitude,
    user: parts.user,
    availability: parts.windows.map((w) => ({
      weekday: w.weekday,
      startsAt: hhmm(w.startsAt),
      endsAt: hhmm(w.endsAt),
    })),
    unavailability: parts.unavailability.map((r) => ({
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      reason: r.reason,
    })),
    createdAt: artist.createdAt.toISOString(),
    updatedAt: artist.updatedAt.toISOString(),
  };
}

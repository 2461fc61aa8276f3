// An ensemble's places with a position each: the one given, else its venue's, else its commune's centre.
import type { EnsemblePlaceInput } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type CommuneDataset, resolveCommune } from '@tutti/geo';
import { AppError } from '../../platform/errors';
import { listVenues } from '../venues';
import type { PlaceValues } from './directory.repository';

/** The organisation's venues, archived ones included (a listing may name an old hall). */
export async function organisationVenues(tx: Tx, orgId: string) {
  const { rows } = await listVenues(
    tx,
    orgId,
    { includeArchived: true },
    { limit: 1_000_000, offset: 0 },
  );
  return rows;
}

/**
 * The places as stored, each with a position; an unknown venue or commune is refused naming its
 * field (`body.places.1.communeCode`).
 */
export async function resolvePlaces(options: {
  tx: Tx;
  /** Read before the transaction: on the embedded database, one connection serves both. */
  dataset: CommuneDataset;
  orgId: string;
  places: readonly EnsemblePlaceInput[];
  path?: string;
}): Promise<PlaceValues[]> {
  const path = options.path ?? 'body.places';
  const wanted = new Set(options.places.flatMap((p) => (p.venueId ? [p.venueId] : [])));
  const venues =
    wanted.size > 0
      ? new Map(
          (await organisationVenues(options.tx, options.orgId))
            .filter((v) => wanted.has(v.id))
            .map((v) => [v.id, v]),
        )
      : new Map();
  return options.places.map((place, index) => {
    const venue = place.venueId ? venues.get(place.venueId) : undefined;
    if (place.venueId && !venue) {
      throw new AppError('ENSEMBLE.UNKNOWN_VENUE', 'No such venue in this organisation', {
        fields: [{ path: `${path}.${index}.venueId`, message: 'Unknown venue' }],
      });
    }
    const communeCode = place.communeCode ?? venue?.communeCode ?? null;
    const commune = communeCode ? resolveCommune(options.dataset, communeCode) : undefined;
    if (communeCode && !commune && !venue) {
      throw new AppError('ENSEMBLE.UNKNOWN_COMMUNE', `No commune ${communeCode}`, {
        fields: [{ path: `${path}.${index}.communeCode`, message: 'Unknown commune' }],
      });
    }
    const given =
      place.latitude !== undefined && place.latitude !== null && place.longitude != null
        ? { latitude: place.latitude, longitude: place.longitude }
        : null;
    const fromVenue =
      venue?.latitude != null && venue.longitude != null
        ? { latitude: venue.latitude, longitude: venue.longitude }
        : null;
    const fromCommune = commune
      ? { latitude: commune.location.lat, longitude: commune.location.lon }
      : { latitude: null, longitude: null };
    return {
      venueId: venue?.id ?? null,
      label: place.label ?? venue?.name ?? null,
      addressLine: place.addressLine ?? venue?.addressLine ?? null,
      postalCode: place.postalCode ?? venue?.postalCode ?? null,
      communeCode,
      communeName: place.communeName ?? venue?.communeName ?? commune?.name ?? null,
      ...(given ?? fromVenue ?? fromCommune),
    };
  });
}

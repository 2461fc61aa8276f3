// Listings written and read for other modules (imports), inside the caller's transaction: the caller
// checks access and makes the whole batch all-or-nothing.
import type { EnsembleCreateBody } from '@tutti/contracts';
import { newPublicCode, type Tx } from '@tutti/db';
import * as directory from './directory.repository';
import { ensembleValues } from './directory.service';

/**
 * A listing read from a file: published, confirmed today (the organisation vouches for it). Its
 * places keep the position given, else none: the matching places them at their commune's centre.
 */
export async function insertImportedEnsemble(tx: Tx, orgId: string, input: EnsembleCreateBody) {
  const { places, ...fields } = input;
  const row = await directory.insertEnsemble(tx, orgId, {
    ...ensembleValues(fields),
    publicCode: newPublicCode(),
    status: 'published',
    source: 'import',
    lastConfirmedAt: new Date(),
  });
  await directory.replacePlaces(
    tx,
    orgId,
    row.id,
    places.map((place) => ({
      venueId: null,
      label: place.label ?? null,
      addressLine: place.addressLine ?? null,
      postalCode: place.postalCode ?? null,
      communeCode: place.communeCode ?? null,
      communeName: place.communeName ?? null,
      latitude: place.latitude ?? null,
      longitude: place.longitude ?? null,
    })),
  );
  return row;
}

/** Every listing's name with the commune of its first place, for duplicates. */
export async function listEnsembleNames(tx: Tx, orgId: string) {
  const { rows } = await directory.listEnsembles(tx, orgId, {}, { limit: 1_000_000, offset: 0 });
  const places = await directory.placesOf(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    name: row.name,
    communeCode: places.find((p) => p.ensembleId === row.id)?.communeCode ?? null,
  }));
}

/** Every listing with its first place, by name, for the export the import reads back. */
export async function listEnsemblesForExport(tx: Tx, orgId: string) {
  const { rows } = await directory.listEnsembles(tx, orgId, {}, { limit: 10_000_000, offset: 0 });
  const places = await directory.placesOf(
    tx,
    rows.map((r) => r.id),
  );
  const firstPlace = new Map<string, (typeof places)[number]>();
  for (const place of places)
    if (!firstPlace.has(place.ensembleId)) firstPlace.set(place.ensembleId, place);
  return rows.map((row) => ({ ensemble: row, place: firstPlace.get(row.id) ?? null }));
}

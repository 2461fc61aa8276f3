// Venue use cases: list and search, read, create, edit (with availability and blackouts), archive, delete.
import type { VenueCreateBody, VenueListQuery, VenueUpdateBody } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { inUseError, isForeignKeyViolation, nonZero } from '../../platform/dependents';
import { AppError, notFound } from '../../platform/errors';
import { findPartner } from '../partners';
import { presentVenue, presentVenueSummary } from './venues.presenter';
import * as venues from './venues.repository';

export async function listVenues({ actor, query }: { actor: OrgActor; query: VenueListQuery }) {
  requirePermission(actor, 'venues.read');
  const { rows, total } = await actor.inTenant((tx) =>
    venues.listVenues(
      tx,
      actor.orgId,
      {
        q: query.q,
        kind: query.kind,
        partnerId: query.partnerId,
        stepFreeAccess:
          query.stepFreeAccess === undefined ? undefined : query.stepFreeAccess === 'true',
        includeArchived: query.includeArchived === 'true',
      },
      { limit: query.limit, offset: query.offset },
    ),
  );
  return { total, items: rows.map(presentVenueSummary) };
}

async function loadVenue(tx: Tx, orgId: string, venueId: string) {
  const found = await venues.findVenue(tx, orgId, venueId);
  if (!found) throw notFound('VENUE.NOT_FOUND', 'Venue');
  return presentVenue({
    ...found,
    windows: await venues.listWindows(tx, venueId),
    blackouts: await venues.listBlackouts(tx, venueId),
  });
}

export async function getVenue({ actor, venueId }: { actor: OrgActor; venueId: string }) {
  requirePermission(actor, 'venues.read');
  return actor.inTenant((tx) => loadVenue(tx, actor.orgId, venueId));
}

/** A linked partner must be one of the organisation's; otherwise the field is named. */
async function checkPartner(tx: Tx, orgId: string, partnerId: string | null | undefined) {
  if (!partnerId) return;
  if (!(await findPartner(tx, orgId, partnerId))) {
    throw new AppError('VENUE.UNKNOWN_PARTNER', 'No such partner in this organisation', {
      fields: [{ path: 'body.partnerId', message: 'Unknown partner' }],
    });
  }
}

export async function createVenue({ actor, input }: { actor: OrgActor; input: VenueCreateBody }) {
  requirePermission(actor, 'venues.manage');
  const { availability, blackouts, ...fields } = input;
  return actor.inTenant(async (tx) => {
    await checkPartner(tx, actor.orgId, fields.partnerId);
    const venue = await venues.insertVenue(tx, actor.orgId, fields);
    await venues.replaceWindows(tx, actor.orgId, venue.id, availability ?? []);
    await venues.replaceBlackouts(tx, actor.orgId, venue.id, blackouts ?? []);
    return loadVenue(tx, actor.orgId, venue.id);
  });
}

export async function updateVenue({
  actor,
  venueId,
  input,
}: {
  actor: OrgActor;
  venueId: string;
  input: VenueUpdateBody;
}) {
  requirePermission(actor, 'venues.manage');
  const { availability, blackouts, archived, ...fields } = input;
  return actor.inTenant(async (tx) => {
    const found = await venues.findVenue(tx, actor.orgId, venueId);
    if (!found) throw notFound('VENUE.NOT_FOUND', 'Venue');
    await checkPartner(tx, actor.orgId, fields.partnerId);
    const archivedAt =
      archived === undefined ? undefined : archived ? (found.venue.archivedAt ?? new Date()) : null;
    await venues.updateVenue(tx, actor.orgId, venueId, {
      ...fields,
      ...(archivedAt === undefined ? {} : { archivedAt }),
    });
    if (availability) await venues.replaceWindows(tx, actor.orgId, venueId, availability);
    if (blackouts) await venues.replaceBlackouts(tx, actor.orgId, venueId, blackouts);
    return loadVenue(tx, actor.orgId, venueId);
  });
}

/** Deletes a venue no session uses; otherwise 409 with the count, and archiving is the way. */
export async function deleteVenue({ actor, venueId }: { actor: OrgActor; venueId: string }) {
  requirePermission(actor, 'venues.manage');
  try {
    await actor.inTenant(async (tx) => {
      if (!(await venues.findVenue(tx, actor.orgId, venueId))) {
        throw notFound('VENUE.NOT_FOUND', 'Venue');
      }
      const dependents = nonZero(await venues.countVenueDependents(tx, venueId));
      if (Object.keys(dependents).length > 0) throw inUseError('VENUE.IN_USE', 'venue', dependents);
      await venues.deleteVenue(tx, actor.orgId, venueId);
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    const dependents = await actor.inTenant((tx) => venues.countVenueDependents(tx, venueId));
    throw inUseError('VENUE.IN_USE', 'venue', nonZero(dependents));
  }
}

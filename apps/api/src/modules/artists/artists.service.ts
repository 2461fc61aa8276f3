// Artist use cases: list and search, read (an artist their own), create, edit, archive, delete.
import type { ArtistCreateBody, ArtistListQuery, ArtistUpdateBody } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { inUseError, isForeignKeyViolation, nonZero } from '../../platform/dependents';
import { AppError, notFound } from '../../platform/errors';
import { seesArtistContact } from './artists.policies';
import { presentArtist, presentArtistSummary } from './artists.presenter';
import * as artists from './artists.repository';

/** An artist sees the list reduced to their own record. */
export async function listArtists({ actor, query }: { actor: OrgActor; query: ArtistListQuery }) {
  requirePermission(actor, 'artists.read');
  const { rows, total } = await actor.inTenant((tx) =>
    artists.listArtists(
      tx,
      actor.orgId,
      {
        q: query.q,
        skill: query.skill,
        userId: actor.role === 'artist' ? actor.userId : undefined,
        includeArchived: query.includeArchived === 'true',
      },
      { limit: query.limit, offset: query.offset },
    ),
  );
  const withContact = seesArtistContact(actor.role);
  return { total, items: rows.map((row) => presentArtistSummary(row, withContact)) };
}

async function loadArtist(tx: Tx, actor: OrgActor, artistId: string) {
  const found = await artists.findArtist(tx, actor.orgId, artistId);
  if (!found) throw notFound('ARTIST.NOT_FOUND', 'Artist');
  if (actor.role === 'artist' && found.artist.userId !== actor.userId) {
    throw new AppError('AUTH.FORBIDDEN', 'Artists read their own record only');
  }
  return presentArtist({
    ...found,
    windows: await artists.listWindows(tx, artistId),
    unavailability: await artists.listUnavailability(tx, artistId),
    withContact: seesArtistContact(actor.role),
  });
}

export async function getArtist({ actor, artistId }: { actor: OrgActor; artistId: string }) {
  requirePermission(actor, 'artists.read');
  return actor.inTenant((tx) => loadArtist(tx, actor, artistId));
}

/** The linked account must be an artist of the organisation, and linked to no other record. */
async function checkLinkedUser(tx: Tx, orgId: string, userId: string, artistId?: string) {
  const role = await artists.memberRole(tx, orgId, userId);
  if (role !== 'artist') {
    throw new AppError(
      'ARTIST.USER_NOT_ARTIST',
      'The account must be a member with the role artist',
      {
        fields: [
          { path: 'body.userId', message: role ? `This member is ${role}` : 'Not a member' },
        ],
      },
    );
  }
  const other = await artists.artistLinkedTo(tx, orgId, userId, artistId);
  if (other) {
    throw new AppError(
      'ARTIST.USER_ALREADY_LINKED',
      `The account is already ${other.displayName}'s`,
      {
        fields: [{ path: 'body.userId', message: 'Already linked to another artist' }],
        details: { artistId: other.id },
      },
    );
  }
}

export async function createArtist({ actor, input }: { actor: OrgActor; input: ArtistCreateBody }) {
  requirePermission(actor, 'artists.manage');
  const { availability, unavailability, ...fields } = input;
  return actor.inTenant(async (tx) => {
    if (fields.userId) await checkLinkedUser(tx, actor.orgId, fields.userId);
    const artist = await artists.insertArtist(tx, actor.orgId, fields);
    await artists.replaceWindows(tx, actor.orgId, artist.id, availability ?? []);
    await artists.replaceUnavailability(tx, actor.orgId, artist.id, unavailability ?? []);
    return loadArtist(tx, actor, artist.id);
  });
}

export async function updateArtist({
  actor,
  artistId,
  input,
}: {
  actor: OrgActor;
  artistId: string;
  input: ArtistUpdateBody;
}) {
  requirePermission(actor, 'artists.manage');
  const { availability, unavailability, archived, ...fields } = input;
  return actor.inTenant(async (tx) => {
    const found = await artists.findArtist(tx, actor.orgId, artistId);
    if (!found) throw notFound('ARTIST.NOT_FOUND', 'Artist');
    if (fields.userId) await checkLinkedUser(tx, actor.orgId, fields.userId, artistId);
    const archivedAt =
      archived === undefined
        ? undefined
        : archived
          ? (found.artist.archivedAt ?? new Date())
          : null;
    await artists.updateArtist(tx, actor.orgId, artistId, {
      ...fields,
      ...(archivedAt === undefined ? {} : { archivedAt }),
    });
    if (availability) await artists.replaceWindows(tx, actor.orgId, artistId, availability);
    if (unavailability) {
      await artists.replaceUnavailability(tx, actor.orgId, artistId, unavailability);
    }
    return loadArtist(tx, actor, artistId);
  });
}

/** Deletes an artist booked on no session; otherwise 409 with the count, and archiving is the way. */
export async function deleteArtist({ actor, artistId }: { actor: OrgActor; artistId: string }) {
  requirePermission(actor, 'artists.manage');
  try {
    await actor.inTenant(async (tx) => {
      if (!(await artists.findArtist(tx, actor.orgId, artistId))) {
        throw notFound('ARTIST.NOT_FOUND', 'Artist');
      }
      const dependents = nonZero(await artists.countArtistDependents(tx, artistId));
      if (Object.keys(dependents).length > 0)
        throw inUseError('ARTIST.IN_USE', 'artist', dependents);
      await artists.deleteArtist(tx, actor.orgId, artistId);
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    const dependents = await actor.inTenant((tx) => artists.countArtistDependents(tx, artistId));
    throw inUseError('ARTIST.IN_USE', 'artist', nonZero(dependents));
  }
}

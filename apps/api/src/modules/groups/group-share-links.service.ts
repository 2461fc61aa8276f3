// Secret links a whole group shares (a class, a nursing-home wing): made, shown and revoked by
// staff; opening one shows the group's upcoming sessions and the organisation's note, nobody's name.
import type { GroupSharedPage, GroupShareLink, GroupShareLinkCreateBody } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { randomToken } from '../../platform/auth/tokens';
import { notFound } from '../../platform/errors';
import { findUpcomingSessionsOfGroups } from '../sessions';
import * as links from './group-share-links.repository';
import { findGroupInScope } from './groups.service';

/** The public address of a group's page; the token carries 256 random bits. */
export function groupShareUrl(publicUrl: string, token: string) {
  return `${publicUrl}/p/_/groupe/${token}`;
}

export function presentShareLink(row: links.GroupShareLinkRow, publicUrl: string): GroupShareLink {
  return {
    id: row.id,
    url: groupShareUrl(publicUrl, row.token),
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listShareLinks({ actor, groupId }: { actor: OrgActor; groupId: string }) {
  requirePermission(actor, 'groups.share');
  return actor.inTenant(async (tx) => {
    await findGroupInScope(tx, actor, groupId);
    return links.listLinks(tx, groupId);
  });
}

/** A new link replaces the group's current one, which stops working at once. */
export async function createShareLink({
  actor,
  groupId,
  input,
}: {
  actor: OrgActor;
  groupId: string;
  input: GroupShareLinkCreateBody;
}) {
  requirePermission(actor, 'groups.share');
  return actor.inTenant(async (tx) => {
    await findGroupInScope(tx, actor, groupId);
    await links.revokeCurrentLinks(tx, groupId);
    return links.insertLink(tx, {
      orgId: actor.orgId,
      groupId,
      token: randomToken(),
      note: input.note || null,
      createdBy: actor.userId,
    });
  });
}

export async function revokeShareLink({
  actor,
  groupId,
  linkId,
}: {
  actor: OrgActor;
  groupId: string;
  linkId: string;
}) {
  requirePermission(actor, 'groups.share');
  return actor.inTenant(async (tx) => {
    await findGroupInScope(tx, actor, groupId);
    const link = await links.findLink(tx, groupId, linkId);
    if (!link) throw notFound('GROUP_SHARE_LINK.NOT_FOUND', 'Share link');
    await links.revokeCurrentLinks(tx, groupId, linkId);
    return (await links.findLink(tx, groupId, linkId))!;
  });
}

/** What anyone holding the link sees; null for an unknown or revoked link. */
export async function readSharedGroupPage({
  database,
  token,
}: {
  database: TuttiDatabase;
  token: string;
}): Promise<(GroupSharedPage & { timeZone: string; orgId: string; groupId: string }) | null> {
  const link = await links.findCurrentLinkByToken(database.db, token);
  if (!link) return null;
  const upcoming = await database.withTenant({ orgId: link.orgId, userId: null }, (tx) =>
    findUpcomingSessionsOfGroups(tx, [link.groupId], 30),
  );
  return {
    organisation: { name: link.organisationName },
    group: { name: link.groupName },
    note: link.note,
    timeZone: link.timeZone,
    orgId: link.orgId,
    groupId: link.groupId,
    upcomingSessions: upcoming.map((entry) => entry.session),
  };
}

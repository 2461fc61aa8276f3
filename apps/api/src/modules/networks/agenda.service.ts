// The common agenda: a member publishes one of its public sessions to a network (a copy of
// what the public already sees, plus shared categories, audiences and accessibility), withdraws
// it, and the network reads every member's events with stable ids.
import type { NetworkAgendaQuery, NetworkEvent, NetworkEventPublishBody } from '@tutti/contracts';
import type { Executor, TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { findPublicSessionsByIds } from '../sessions';
import * as agenda from './agenda.repository';
import { type NetworkActor, networkNotFound } from './network-access';
import * as repository from './networks.repository';

type PublicRow = Awaited<ReturnType<typeof findPublicSessionsByIds>>[number];

/** The copy of a published session, as the network keeps it. */
function copyOf(session: PublicRow) {
  const venue = session.venue;
  return {
    title: session.title ?? session.kind,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    timeZone: session.timeZone,
    cancelled: session.status === 'cancelled',
    venueName: venue?.name ?? null,
    address: venue?.addressLine ?? null,
    postalCode: venue?.postalCode ?? null,
    communeName: venue?.communeName ?? null,
    communeCode: session.place?.communeCode ?? null,
    latitude: session.place?.latitude ?? null,
    longitude: session.place?.longitude ?? null,
    publicPath: session.code ? `/e/${session.code}` : null,
  };
}

export function presentEvent(row: agenda.AgendaRow, baseUrl: string): NetworkEvent {
  const e = row.event;
  return {
    id: e.id,
    sessionId: e.sessionId,
    orgId: e.memberOrgId,
    orgName: row.orgName,
    country: row.country,
    title: e.title,
    category: e.category,
    audiences: e.audiences,
    accessibility: e.accessibility,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timeZone: e.timeZone,
    cancelled: e.cancelled,
    venueName: e.venueName,
    address: e.address,
    postalCode: e.postalCode,
    communeName: e.communeName,
    latitude: e.latitude,
    longitude: e.longitude,
    url: row.orgSlug && e.publicPath ? `${baseUrl}/p/${row.orgSlug}${e.publicPath}` : null,
    sequence: e.sequence,
    updatedAt: e.updatedAt.toISOString(),
  };
}

async function requireActiveMember(db: Executor, networkId: string, orgId: string) {
  const member = await repository.findMember(db, networkId, orgId);
  if (member?.status !== 'active') throw networkNotFound();
}

type OrgDeps = { actor: OrgActor; database: TuttiDatabase; networkId: string; baseUrl: string };

export async function publishEvent({
  actor,
  database,
  networkId,
  sessionId,
  input,
  baseUrl,
}: OrgDeps & { sessionId: string; input: NetworkEventPublishBody }): Promise<NetworkEvent> {
  requirePermission(actor, 'networks.publish');
  await requireActiveMember(database.db, networkId, actor.orgId);
  const [session] = await actor.inTenant((tx) => findPublicSessionsByIds(tx, [sessionId]));
  if (!session) {
    throw new AppError('NETWORK.EVENT_NOT_PUBLIC', 'Only a published session can be shared', {
      fields: [{ path: 'params.sessionId', message: 'Not a published session' }],
    });
  }
  await database.db.transaction(async (tx) => {
    await agenda.upsertEvent(tx, {
      networkId,
      memberOrgId: actor.orgId,
      sessionId,
      ...input,
      ...copyOf(session),
    });
    await repository.touchNetwork(tx, networkId);
  });
  const rows = await agenda.eventsOfMember(database.db, networkId, actor.orgId);
  return presentEvent(rows.find((row) => row.event.sessionId === sessionId)!, baseUrl);
}

export async function withdrawEvent({
  actor,
  database,
  networkId,
  sessionId,
}: Omit<OrgDeps, 'baseUrl'> & { sessionId: string }) {
  requirePermission(actor, 'networks.publish');
  await requireActiveMember(database.db, networkId, actor.orgId);
  await database.db.transaction(async (tx) => {
    const removed = await agenda.deleteEvent(tx, { networkId, orgId: actor.orgId, sessionId });
    if (!removed) throw new AppError('NETWORK.EVENT_NOT_FOUND', 'Not published to this network');
    await repository.touchNetwork(tx, networkId);
  });
}

export async function listOwnEvents({ actor, database, networkId, baseUrl }: OrgDeps) {
  requirePermission(actor, 'networks.read');
  await requireActiveMember(database.db, networkId, actor.orgId);
  const rows = await agenda.eventsOfMember(database.db, networkId, actor.orgId);
  return { items: rows.map((row) => presentEvent(row, baseUrl)), total: rows.length };
}

/** The network's agenda, read by any role holder; the public page reads the same. */
export async function readAgenda(
  database: TuttiDatabase,
  networkId: string,
  query: NetworkAgendaQuery,
  baseUrl: string,
) {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(Date.now() - 864e5);
  const { rows, total } = await agenda.listAgenda(database.db, networkId, {
    from,
    category: query.category,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map((row) => presentEvent(row, baseUrl)), total };
}

export function networkAgenda({
  actor,
  database,
  query,
  baseUrl,
}: {
  actor: NetworkActor;
  database: TuttiDatabase;
  query: NetworkAgendaQuery;
  baseUrl: string;
}) {
  return readAgenda(database, actor.networkId, query, baseUrl);
}

/**
 * Brings an organisation's copies up to date with its sessions: changed ones are rewritten
 * (same id, sequence raised), those no longer published leave every agenda.
 */
export async function refreshOrganisationEvents(database: TuttiDatabase, orgId: string) {
  const copies = await agenda.eventsOfOrganisation(database.db, orgId);
  if (copies.length === 0) return;
  const sessions = await database.withTenant({ orgId, userId: null }, (tx) =>
    findPublicSessionsByIds(tx, [...new Set(copies.map((c) => c.sessionId))]),
  );
  const byId = new Map(sessions.map((s) => [s.id, s]));
  await database.db.transaction(async (tx) => {
    const gone: string[] = [];
    for (const copy of copies) {
      const session = byId.get(copy.sessionId);
      if (!session) {
        gone.push(copy.id);
        continue;
      }
      const fresh = copyOf(session);
      const changed = (Object.keys(fresh) as (keyof typeof fresh)[]).some(
        (key) => String(fresh[key]) !== String(copy[key]),
      );
      if (changed) {
        const { networkId, memberOrgId, sessionId, category, audiences, accessibility } = copy;
        const key = { networkId, memberOrgId, sessionId, category, audiences, accessibility };
        await agenda.upsertEvent(tx, { ...key, ...fresh });
        await repository.touchNetwork(tx, copy.networkId);
      }
    }
    await agenda.deleteEventsByIds(tx, gone);
  });
}

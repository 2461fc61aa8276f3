// Free seats through relays, as organisers handle them: a concert's seats in layers (counts only,
// never a guest), the allocations to relay partners and the seats held for the workshops' groups
// (each change decided under the concert's lock, like bookings, so no layer oversells the hall),
// and a suggested split of free seats across relays.
import {
  type ConcertSeatLayers,
  type GroupReservationsReplaceBody,
  GroupReservationsReplaceBodySchema,
  type RelayAllocationsReplaceBody,
  RelayAllocationsReplaceBodySchema,
  type RelaySuggestion,
  type RelaySuggestionBody,
  RelaySuggestionBodySchema,
} from '@tutti/contracts';
import type { TuttiDatabase, Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { findGroupSummaries, groupCommunesOfPartners, partnersWithRelays } from '../groups';
import { findPartnersByIds } from '../partners';
import { type ConcertSession, findConcertSession, findGroupsBeforeConcert } from '../sessions';
import { communeAccess } from '../territories';
import { presentAllocation } from './relay-seats.presenter';
import * as relaySeats from './relay-seats.repository';
import { splitSeats, weighRelay } from './relay-split';
import { type HallCounts, layersOf, readHall } from './seat-layers';

async function loadConcert(tx: Tx, sessionId: string, lock = false): Promise<ConcertSession> {
  const concert = await findConcertSession(tx, sessionId, { lock });
  if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
  return concert;
}

async function partnerNames(tx: Tx, partnerIds: string[]) {
  const rows = await findPartnersByIds(tx, [...new Set(partnerIds)]);
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function presentLayers(
  tx: Tx,
  concert: ConcertSession,
  hall: HallCounts,
): Promise<ConcertSeatLayers> {
  const { seats, layers } = hall;
  const names = await partnerNames(
    tx,
    layers.allocations.map((allocation) => allocation.partnerId),
  );
  const reserved = new Map(layers.groups.map((group) => [group.groupId, group.seats]));
  const groupIds = new Set([
    ...(await findGroupsBeforeConcert(tx, concert.id)),
    ...reserved.keys(),
  ]);
  const groups = await findGroupSummaries(tx, [...groupIds]);
  const held = seats.booked + layers.groupSeats + layers.relaySeats;
  return {
    sessionId: concert.id,
    timeZone: concert.timeZone,
    capacity: concert.capacity,
    publicBooked: seats.booked,
    groupSeats: layers.groupSeats,
    relaySeats: layers.relaySeats,
    remaining: seats.remaining,
    unallocated: concert.capacity === null ? null : Math.max(0, concert.capacity - held),
    ledger: layers.ledger,
    allocations: layers.allocations.map((allocation) =>
      presentAllocation(allocation, names.get(allocation.partnerId) ?? ''),
    ),
    groups: groups.map((group) => ({
      groupId: group.id,
      name: group.name,
      partnerName: group.partnerName,
      expectedSize: group.expectedSize,
      seats: reserved.get(group.id) ?? 0,
    })),
  };
}

/** A concert's seats in layers with each relay's counts; no guest's name or contact. */
export async function getSeatLayers({ actor, sessionId }: { actor: OrgActor; sessionId: string }) {
  requirePermission(actor, 'relaySeats.read');
  return actor.inTenant(async (tx) => {
    const concert = await loadConcert(tx, sessionId);
    return presentLayers(tx, concert, await readHall(tx, concert, new Date(), { withUse: true }));
  });
}

/**
 * Refuses a change of layers that takes more of the hall than is free. A change that takes no
 * more than before passes even in a hall already over its (since lowered) capacity.
 */
function checkHall(
  concert: ConcertSession,
  before: HallCounts,
  after: { groupSeats: number; relaySeats: number },
  field: string,
) {
  if (concert.capacity === null) return;
  const heldBefore = before.layers.groupSeats + before.layers.relaySeats;
  const heldAfter = after.groupSeats + after.relaySeats;
  if (heldAfter <= heldBefore) return;
  const available = Math.max(0, concert.capacity - before.seats.booked - heldBefore);
  if (heldAfter - heldBefore > available) {
    throw new AppError('RELAY_SEATS.NO_SEATS_LEFT', 'Not enough seats left in the hall', {
      fields: [{ path: field, message: `${available} more seats at most` }],
      details: { available },
    });
  }
}

/**
 * Replaces a concert's relay allocations: partners kept are updated, new ones added, missing ones
 * removed, unless guests hold seats in them (nor may an allocation shrink below its guests).
 */
export async function replaceAllocations({
  actor,
  sessionId,
  input,
}: {
  actor: OrgActor;
  sessionId: string;
  input: RelayAllocationsReplaceBody;
}) {
  requirePermission(actor, 'relaySeats.manage');
  const body = RelayAllocationsReplaceBodySchema.parse(input);
  return actor.inTenant(async (tx) => {
    const concert = await loadConcert(tx, sessionId, true);
    const now = new Date();
    const before = await readHall(tx, concert, now);
    const known = new Set(
      (
        await findPartnersByIds(
          tx,
          body.allocations.map((allocation) => allocation.partnerId),
        )
      ).map((partner) => partner.id),
    );
    const unknown = body.allocations.flatMap((allocation, index) =>
      known.has(allocation.partnerId)
        ? []
        : [{ path: `body.allocations.${index}.partnerId`, message: 'Not a partner' }],
    );
    if (unknown.length > 0) {
      throw new AppError('RELAY_SEATS.UNKNOWN_PARTNER', 'Unknown partner', { fields: unknown });
    }
    const existing = new Map(
      before.layers.allocations.map((allocation) => [allocation.partnerId, allocation]),
    );
    const below = body.allocations.flatMap((allocation, index) => {
      const claimed = existing.get(allocation.partnerId)?.claimed ?? 0;
      return allocation.seats < claimed
        ? [{ path: `body.allocations.${index}.seats`, message: `${claimed} seats already named` }]
        : [];
    });
    const kept = new Set(body.allocations.map((allocation) => allocation.partnerId));
    const removed = before.layers.allocations.filter(
      (allocation) => !kept.has(allocation.partnerId),
    );
    const removedClaimed = removed.filter((allocation) => allocation.claimed > 0);
    if (below.length > 0 || removedClaimed.length > 0) {
      throw new AppError('RELAY_SEATS.BELOW_CLAIMED', 'Guests already hold these seats', {
        fields: below.length > 0 ? below : [{ path: 'body.allocations', message: 'Guests named' }],
        details: { partnerIds: removedClaimed.map((allocation) => allocation.partnerId) },
      });
    }
    const next = layersOf(
      concert,
      body.allocations.map((allocation) => {
        const current = existing.get(allocation.partnerId);
        return {
          ...(current ?? {
            id: '',
            orgId: actor.orgId,
            sessionId,
            releasedAt: null,
            createdAt: now,
            updatedAt: now,
            claimed: 0,
          }),
          ...allocation,
        };
      }),
      before.layers.groups,
      now,
    );
    checkHall(concert, before, next, 'body.allocations');
    await relaySeats.deleteAllocations(
      tx,
      removed.map((allocation) => allocation.id),
    );
    const added: relaySeats.AllocationValues[] = [];
    for (const allocation of body.allocations) {
      const current = existing.get(allocation.partnerId);
      if (!current) {
        added.push(allocation);
      } else if (
        current.seats !== allocation.seats ||
        current.validUntil !== allocation.validUntil ||
        current.releaseDaysBefore !== allocation.releaseDaysBefore
      ) {
        await relaySeats.updateAllocation(tx, current.id, allocation);
      }
    }
    await relaySeats.insertAllocations(tx, actor.orgId, sessionId, added);
    return presentLayers(tx, concert, await readHall(tx, concert, now, { withUse: true }));
  });
}

/** Replaces the seats held for the groups of the workshops before a concert. */
export async function replaceGroupReservations({
  actor,
  sessionId,
  input,
}: {
  actor: OrgActor;
  sessionId: string;
  input: GroupReservationsReplaceBody;
}) {
  requirePermission(actor, 'relaySeats.manage');
  const body = GroupReservationsReplaceBodySchema.parse(input);
  return actor.inTenant(async (tx) => {
    const concert = await loadConcert(tx, sessionId, true);
    const now = new Date();
    const before = await readHall(tx, concert, now);
    const allowed = new Set([
      ...(await findGroupsBeforeConcert(tx, sessionId)),
      ...before.layers.groups.map((group) => group.groupId),
    ]);
    const unknown = body.groups.flatMap((group, index) =>
      allowed.has(group.groupId)
        ? []
        : [
            {
              path: `body.groups.${index}.groupId`,
              message: 'Not a group of this concert or of the workshops before it',
            },
          ],
    );
    if (unknown.length > 0) {
      throw new AppError('RELAY_SEATS.UNKNOWN_GROUP', 'Unknown group', { fields: unknown });
    }
    const groupSeats = body.groups.reduce((sum, group) => sum + group.seats, 0);
    checkHall(concert, before, { groupSeats, relaySeats: before.layers.relaySeats }, 'body.groups');
    await relaySeats.replaceGroupReservations(tx, actor.orgId, sessionId, body.groups);
    return presentLayers(tx, concert, await readHall(tx, concert, now, { withUse: true }));
  });
}

/**
 * Suggests how to split `seats` free seats across relays, in proportion to the access score of
 * the communes their groups come from plus 100 × the share of those in a priority area (the
 * partner's own commune when its groups name none). Nothing is written.
 */
export async function suggestSplit({
  actor,
  database,
  sessionId,
  input,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  sessionId: string;
  input: RelaySuggestionBody;
}): Promise<RelaySuggestion> {
  requirePermission(actor, 'relaySeats.manage');
  const body = RelaySuggestionBodySchema.parse(input);
  const relays = await actor.inTenant(async (tx) => {
    await loadConcert(tx, sessionId);
    let partnerIds = body.partnerIds ? [...new Set(body.partnerIds)] : null;
    if (!partnerIds) {
      const allocated = (await relaySeats.listAllocations(tx, sessionId)).map((a) => a.partnerId);
      partnerIds = allocated.length > 0 ? allocated : await partnersWithRelays(tx);
    }
    const partners = new Map(
      (await findPartnersByIds(tx, partnerIds)).map((partner) => [partner.id, partner]),
    );
    if (body.partnerIds) {
      const unknown = body.partnerIds.flatMap((id, index) =>
        partners.has(id) ? [] : [{ path: `body.partnerIds.${index}`, message: 'Not a partner' }],
      );
      if (unknown.length > 0) {
        throw new AppError('RELAY_SEATS.UNKNOWN_PARTNER', 'Unknown partner', { fields: unknown });
      }
    }
    const communes = new Map<string, string[]>();
    for (const row of await groupCommunesOfPartners(tx, partnerIds)) {
      if (!row.partnerId || !row.communeCode) continue;
      communes.set(row.partnerId, [...(communes.get(row.partnerId) ?? []), row.communeCode]);
    }
    return partnerIds.flatMap((id) => {
      const partner = partners.get(id);
      if (!partner) return [];
      const own = partner.communeCode ? [partner.communeCode] : [];
      return [{ id, name: partner.name, communes: communes.get(id) ?? own }];
    });
  });
  const access = await communeAccess({
    actor,
    database,
    communeCodes: relays.flatMap((relay) => relay.communes),
  });
  const weighed = relays.map((relay) => ({ relay, ...weighRelay(relay.communes, access) }));
  const parts = splitSeats(
    body.seats,
    weighed.map((item) => item.weight),
  );
  return {
    seats: body.seats,
    items: weighed.map((item, index) => ({
      partnerId: item.relay.id,
      partnerName: item.relay.name,
      communes: item.communes,
      accessScore: item.accessScore,
      priorityShare: item.priorityShare,
      weight: item.weight,
      seats: parts[index] ?? 0,
    })),
  };
}

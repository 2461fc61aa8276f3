// Free seats as relays use them: the allocations of the partners whose groups they follow, the
// guests they name on them (a first name and an e-mail or a phone; the seats are held under that
// name as an order of channel 'relay', with its own page and QR code), and their ledger. A relay
// reaches only their partners' allocations: any other is "not found" to them. Organisers reach
// every allocation with its counts, never its guests (but the one they name themselves).
import {
  can,
  type GuestNominationBody,
  GuestNominationBodySchema,
  type RelayAllocationDetail,
  type RelayAllocationList,
  type RelayLedger,
} from '@tutti/contracts';
import { newOrderSecret, type Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { partnersRelayedBy } from '../groups';
import { findCurrentOrganisation } from '../organisations';
import { findPartnersByIds } from '../partners';
import { type ConcertSession, findConcertSession, findConcertSessions } from '../sessions';
import * as concerts from './concerts.repository';
import * as season from './relay-season.repository';
import { presentAllocationView, presentGuest } from './relay-seats.presenter';
import * as relaySeats from './relay-seats.repository';
import { useOfAllocations } from './relay-use';
import { allocationState, closesAt } from './seat-layers';

const allocationNotFound = () =>
  new AppError('RELAY_SEATS.ALLOCATION_NOT_FOUND', 'Allocation not found');

/** A concert takes names until it starts, unless it was cancelled or is done. */
function concertOpen(concert: ConcertSession, now: Date) {
  return concert.status !== 'cancelled' && concert.status !== 'done' && concert.startsAt > now;
}

/** The partners whose allocations the actor reaches: a relay's own; null (all) for organisers. */
async function partnerScope(tx: Tx, actor: OrgActor): Promise<string[] | null> {
  return actor.role === 'relay' ? partnersRelayedBy(tx, actor.userId) : null;
}

/** The allocation if the actor reaches it; otherwise 404. */
async function allocationInScope(tx: Tx, actor: OrgActor, allocationId: string) {
  const allocation = await relaySeats.findAllocation(tx, allocationId);
  if (!allocation) throw allocationNotFound();
  const partners = await partnerScope(tx, actor);
  if (partners && !partners.includes(allocation.partnerId)) throw allocationNotFound();
  return allocation;
}

async function concertOf(tx: Tx, sessionId: string, lock = false) {
  const concert = await findConcertSession(tx, sessionId, { lock });
  // The allocation's session is a concert (allocations are made only on concerts).
  if (!concert) throw allocationNotFound();
  return concert;
}

/** Where the organisation's order pages live, or null while it does not publish. */
async function orderBase(tx: Tx, orgId: string, publicUrl: string) {
  const organisation = await findCurrentOrganisation(tx, orgId);
  return organisation?.publicProfile && organisation.publicSlug
    ? `${publicUrl}/p/${organisation.publicSlug}/reservation`
    : null;
}

/**
 * The allocations the actor reaches (a relay's partners'; for organisers every partner's, or
 * one partner's: its ledger over the season), the next concerts first (past ones on request).
 */
export async function listMyAllocations({
  actor,
  past,
  partnerId,
  limit,
  offset,
}: {
  actor: OrgActor;
  past: boolean;
  partnerId?: string | undefined;
  limit: number;
  offset: number;
}): Promise<RelayAllocationList> {
  requirePermission(actor, 'relaySeats.nominate');
  return actor.inTenant(async (tx) => {
    const now = new Date();
    const scope = await partnerScope(tx, actor);
    const partnerIds = partnerId ? (scope ?? [partnerId]).filter((id) => id === partnerId) : scope;
    const filter = { partnerIds, since: past ? null : now };
    const counts = await season.seasonCounts(tx, filter);
    const allocations = await season.pageAllocations(tx, filter, { limit, offset });
    const names = new Map(
      (
        await findPartnersByIds(tx, [
          ...new Set(allocations.map((allocation) => allocation.partnerId)),
        ])
      ).map((partner) => [partner.id, partner.name]),
    );
    const sessions = new Map<string, ConcertSession>(
      (
        await findConcertSessions(tx, [
          ...new Set(allocations.map((allocation) => allocation.sessionId)),
        ])
      ).map((concert) => [concert.id, concert]),
    );
    return {
      items: allocations.flatMap((allocation) => {
        const concert = sessions.get(allocation.sessionId);
        if (!concert) return [];
        const state = allocationState(concert, allocation, now, allocation.used);
        return [presentAllocationView(state, names.get(allocation.partnerId) ?? '', concert)];
      }),
      ...seasonLedger(counts, now),
    };
  });
}

/** How many allocations and their ledger, from the counts per concert and timing. */
function seasonLedger(counts: Awaited<ReturnType<typeof season.seasonCounts>>, now: Date) {
  const ledger: RelayLedger = { issued: 0, claimed: 0, used: 0, released: 0 };
  let total = 0;
  for (const group of counts) {
    total += group.allocations;
    ledger.issued += group.issued;
    ledger.claimed += group.claimed;
    ledger.used += group.used;
    if (now >= closesAt(group, group)) ledger.released += group.unclaimed;
  }
  return { total, ledger };
}

async function readDetail(
  tx: Tx,
  actor: OrgActor,
  allocationId: string,
  publicUrl: string,
): Promise<RelayAllocationDetail> {
  const allocation = await allocationInScope(tx, actor, allocationId);
  const concert = await concertOf(tx, allocation.sessionId);
  const [partner] = await findPartnersByIds(tx, [allocation.partnerId]);
  const base = await orderBase(tx, actor.orgId, publicUrl);
  // Organisers read the counts; the guests are the relay's to know.
  const guests = can(actor.role, 'relaySeats.readGuests')
    ? await relaySeats.listGuests(tx, allocation.id)
    : [];
  const use = await useOfAllocations(tx, [allocation.id]);
  return {
    ...presentAllocationView(
      allocationState(concert, allocation, new Date(), use.byAllocation.get(allocation.id) ?? 0),
      partner?.name ?? '',
      concert,
    ),
    guests: guests.map((guest) => presentGuest(guest, base, use.byOrder.get(guest.id) ?? 0)),
  };
}

/** One allocation the actor reaches, with its ledger (and its guests, for its relays). */
export async function getMyAllocation({
  actor,
  allocationId,
  publicUrl,
}: {
  actor: OrgActor;
  allocationId: string;
  publicUrl: string;
}) {
  requirePermission(actor, 'relaySeats.nominate');
  return actor.inTenant((tx) => readDetail(tx, actor, allocationId, publicUrl));
}

/**
 * Names a guest on an allocation and holds their seats under that name. The concert's row is
 * locked first (as bookings do), then the allocation's claims are read again: two relays naming
 * guests for the last seat at once cannot both get it.
 */
export async function nominateGuest({
  actor,
  allocationId,
  input,
  locale,
  publicUrl,
}: {
  actor: OrgActor;
  allocationId: string;
  input: GuestNominationBody;
  locale: string;
  publicUrl: string;
}) {
  requirePermission(actor, 'relaySeats.nominate');
  const body = GuestNominationBodySchema.parse(input);
  return actor.inTenant(async (tx) => {
    const found = await allocationInScope(tx, actor, allocationId);
    const concert = await concertOf(tx, found.sessionId, true);
    const now = new Date();
    if (!concertOpen(concert, now)) {
      throw new AppError('CONCERT.CLOSED', 'The concert no longer takes names');
    }
    const allocation = allocationState(
      concert,
      (await relaySeats.findAllocation(tx, allocationId)) ?? found,
      now,
    );
    if (!allocation.open) {
      throw new AppError('RELAY_SEATS.ALLOCATION_CLOSED', 'The allocation is closed', {
        details: { closesAt: allocation.closesAt.toISOString() },
      });
    }
    const left = allocation.seats - allocation.claimed;
    if (body.seats > left) {
      throw new AppError('RELAY_SEATS.ALLOCATION_FULL', 'Not enough seats left in the allocation', {
        fields: [{ path: 'body.seats', message: `${Math.max(0, left)} seats left` }],
        details: { remaining: Math.max(0, left) },
      });
    }
    const guest = await relaySeats.insertGuest(tx, {
      orgId: actor.orgId,
      sessionId: concert.id,
      allocationId,
      secret: newOrderSecret(),
      firstName: body.firstName,
      email: body.email ?? null,
      phone: body.phone ?? null,
      seats: body.seats,
      locale,
    });
    return presentGuest(guest, await orderBase(tx, actor.orgId, publicUrl));
  });
}

/** Cancels a guest's seats: back to the allocation while it is open, else to the public. */
export async function cancelGuest({
  actor,
  allocationId,
  guestId,
}: {
  actor: OrgActor;
  allocationId: string;
  guestId: string;
}) {
  requirePermission(actor, 'relaySeats.nominate');
  await actor.inTenant(async (tx) => {
    const allocation = await allocationInScope(tx, actor, allocationId);
    await concertOf(tx, allocation.sessionId, true);
    const guest = await relaySeats.findGuest(tx, allocationId, guestId);
    if (!guest) throw new AppError('RELAY_SEATS.GUEST_NOT_FOUND', 'Guest not found');
    await concerts.cancelOrder(tx, guest.id);
  });
}

// The box office as organisers use it: a concert's tariffs (within the organisation's price
// cap) and seat counts, and the list of its orders for the roles that may read them.
import type { BoxOffice, ConcertOrderWithPayments, TariffsReplaceBody } from '@tutti/contracts';
import { TariffsReplaceBodySchema } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { recordAudit } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { findCurrentOrganisation } from '../organisations';
import { type ConcertSession, findConcertSession } from '../sessions';
import { euros, presentBoxOffice } from './box-office';
import * as concerts from './concerts.repository';
import { summariseOrders } from './payments.service';
import { readHall } from './seat-layers';

async function loadConcert(tx: Tx, sessionId: string): Promise<ConcertSession> {
  const concert = await findConcertSession(tx, sessionId);
  if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
  return concert;
}

async function priceCap(tx: Tx, orgId: string): Promise<number> {
  return (await findCurrentOrganisation(tx, orgId))?.ticketPriceCapCents ?? 0;
}

async function readBoxOffice(tx: Tx, orgId: string, concert: ConcertSession): Promise<BoxOffice> {
  const cap = await priceCap(tx, orgId);
  const { seats, layers } = await readHall(tx, concert, new Date());
  const orders = await concerts.countOrders(tx, concert.id);
  return presentBoxOffice(concert, cap, seats, orders, layers);
}

export async function getBoxOffice({ actor, sessionId }: { actor: OrgActor; sessionId: string }) {
  requirePermission(actor, 'concerts.read');
  return actor.inTenant(async (tx) =>
    readBoxOffice(tx, actor.orgId, await loadConcert(tx, sessionId)),
  );
}

/** Every price within the cap; the first tariff above it is named with the cap in euros. */
function checkCap(input: TariffsReplaceBody, cap: number) {
  const fields = input.tariffs.flatMap((tariff, index) =>
    (['priceCents', 'ceilingCents'] as const)
      .filter((field) => (tariff[field] ?? 0) > cap)
      .map((field) => ({
        path: `body.tariffs.${index}.${field}`,
        message: `above the organisation's cap of ${euros(cap)}`,
      })),
  );
  if (fields.length > 0) {
    throw new AppError('CONCERT.PRICE_ABOVE_CAP', `Prices are capped at ${euros(cap)}`, {
      fields,
      details: { capCents: cap },
    });
  }
}

/**
 * Replaces a concert's tariffs: those sent with an id are kept (their orders still point at
 * them), those without are added, the others removed, unless someone booked at them.
 */
export async function replaceTariffs({
  actor,
  sessionId,
  input,
}: {
  actor: OrgActor;
  sessionId: string;
  input: TariffsReplaceBody;
}) {
  requirePermission(actor, 'concerts.manageTariffs');
  const body = TariffsReplaceBodySchema.parse(input);
  return actor.inTenant(async (tx) => {
    const concert = await loadConcert(tx, sessionId);
    checkCap(body, await priceCap(tx, actor.orgId));
    const existing = new Set((await concerts.listTariffs(tx, sessionId)).map((row) => row.id));
    const unknown = body.tariffs.flatMap((tariff, index) =>
      tariff.id && !existing.has(tariff.id)
        ? [{ path: `body.tariffs.${index}.id`, message: 'Not a tariff of this concert' }]
        : [],
    );
    if (unknown.length > 0) {
      throw new AppError('CONCERT.UNKNOWN_TARIFF', 'Unknown tariff', { fields: unknown });
    }
    const kept = new Set(body.tariffs.map((tariff) => tariff.id).filter(Boolean));
    const removed = [...existing].filter((id) => !kept.has(id));
    const inUse = await concerts.tariffsWithOrders(tx, removed);
    if (inUse.size > 0) {
      throw new AppError('CONCERT.TARIFF_IN_USE', 'Seats were booked at a removed tariff', {
        details: { tariffIds: [...inUse] },
      });
    }
    await concerts.deleteTariffs(tx, removed);
    for (const [position, { id, ...values }] of body.tariffs.entries()) {
      if (id) await concerts.updateTariff(tx, id, { ...values, position });
      else await concerts.insertTariff(tx, actor.orgId, sessionId, { ...values, position });
    }
    return readBoxOffice(tx, actor.orgId, concert);
  });
}

/** The concert's orders with their access needs: personal data, organisers only. */
export async function listOrders({
  actor,
  sessionId,
}: {
  actor: OrgActor;
  sessionId: string;
}): Promise<{ items: ConcertOrderWithPayments[] }> {
  requirePermission(actor, 'concerts.readOrders');
  return actor.inTenant(
    async (tx) => {
      await loadConcert(tx, sessionId);
      const orders = await concerts.listOrders(tx, sessionId);
      const ids = orders.map((order) => order.id);
      const lines = await concerts.listOrderLines(tx, ids);
      const needs = await concerts.accessNeedsOf(tx, ids);
      // The payment lines, for an export that balances with the payments page.
      const paid = await summariseOrders(tx, orders);
      // Reading access needs is in the audit log, as for participants.
      if (needs.size > 0) {
        await recordAudit(tx, {
          orgId: actor.orgId,
          actorId: actor.userId,
          action: 'accessNeeds.read',
          subjectKind: 'concertOrders',
          subjectId: sessionId,
        });
      }
      return {
        items: orders.map((order, index) => ({
          id: order.id,
          name: order.name ?? '',
          email: order.email,
          phone: order.phone,
          seats: order.seats,
          lines: lines
            .filter((line) => line.orderId === order.id)
            .map(({ orderId: _, ...line }) => line),
          accessNeeds: needs.get(order.id) ?? null,
          status: order.status,
          createdAt: order.createdAt.toISOString(),
          payments: paid[index]!.payments,
        })),
      };
    },
    { sensitive: true },
  );
}

// The contract tests' payment: an order at a paid tariff on the fixtures' concert (written
// straight to the tables: booking has its own tests) and a cash payment recorded through the API.
import { newOrderSecret, schema } from '@tutti/db';
import type { buildOrganisation, TestApp } from './test-app';

type Org = Awaited<ReturnType<typeof buildOrganisation>>;

export async function seedPaymentResources(
  t: TestApp,
  org: Org,
  ids: { concertId: string },
): Promise<{ orderId: string; paymentId: string }> {
  const [tariff] = await t.database.db
    .insert(schema.concertTariffs)
    .values({ orgId: org.id, sessionId: ids.concertId, kind: 'full', priceCents: 800, position: 9 })
    .returning();
  const [order] = await t.database.db
    .insert(schema.concertOrders)
    .values({
      orgId: org.id,
      sessionId: ids.concertId,
      secret: newOrderSecret(),
      name: 'Famille Girard',
      email: 'girard@example.test',
      seats: 2,
    })
    .returning();
  await t.database.db.insert(schema.concertOrderLines).values({
    orgId: org.id,
    orderId: order!.id,
    tariffId: tariff!.id,
    quantity: 2,
    unitPriceCents: 800,
  });
  const staff = org.members.coordinator ?? org.members.admin;
  const paid = await staff.post(
    `/api/orgs/${org.id}/sessions/${ids.concertId}/orders/${order!.id}/payments`,
    { method: 'cash', amountCents: 1000 },
  );
  if (paid.status !== 201) throw new Error(`fixture payment: ${JSON.stringify(paid.body)}`);
  const paymentId = (paid.body as { payments: { id: string }[] }).payments[0]!.id;
  return { orderId: order!.id, paymentId };
}

/** Valid bodies for the payment routes (the HelloAsso account is never saved by the fixtures). */
export const paymentCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/sessions/:concertId/orders/:orderId/payments': {
    method: 'cash',
    amountCents: 100,
  },
  'POST /api/orgs/:orgId/sessions/:concertId/orders/:orderId/refunds': {
    method: 'cash',
    amountCents: 100,
    reason: 'A stranger asks for money back',
  },
  'PUT /api/orgs/:orgId/price-cap': { priceCapCents: 1000 },
  'PUT /api/orgs/:orgId/helloasso': {
    clientId: 'a-strangers-client-id',
    clientSecret: 'a-strangers-client-secret',
    organizationSlug: 'a-stranger',
  },
};

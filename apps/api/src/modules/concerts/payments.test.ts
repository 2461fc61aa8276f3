// Paying for seats: payments taken on site and recorded by organisers, the price cap and the
// HelloAsso account in settings, and online payment through HelloAsso's checkout, played by a
// local stand-in of its API: the return address changes nothing, only a notification read back
// from the API records a payment, once, with its signature checked and a wrong amount flagged.
import type { ConcertPayments, OrderPayments } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { type HelloAssoStandIn, startHelloAssoStandIn } from '../../testing/helloasso-server';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

const CLIENT = { clientId: 'tutti-client-id', clientSecret: 'tutti-client-secret-0123' };
const SIGNATURE_KEY = 'AyCM0yTeQd8In2OzdP3R2HGTrYiCA818';

let t: TestApp;
let helloasso: HelloAssoStandIn;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let concert: Awaited<ReturnType<typeof buildPublishedConcert>>;

beforeAll(async () => {
  helloasso = await startHelloAssoStandIn([CLIENT]);
  t = await startTestApp({ TUTTI_HELLOASSO_API_URL: helloasso.url });
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist'], 'Musique en Chemins');
  concert = await buildPublishedConcert(t, org, {
    capacity: 40,
    tariffs: [
      { kind: 'free', priceCents: 0 },
      { kind: 'full', priceCents: 800 },
    ],
  });
});
afterAll(async () => {
  await t.close();
  await helloasso.close();
});

const [free, full] = [0, 1];
const base = () => `/api/orgs/${org.id}/sessions/${concert.sessionId}`;
const page = (url: string) => t.app.inject({ method: 'GET', url });

/** Books from the public page; answers the order's id and its page's address. */
async function book(seats: Partial<Record<number, number>>, name = 'Famille Girard') {
  const fields: Record<string, string> = { name, email: 'famille@example.org' };
  for (const [index, count] of Object.entries(seats)) {
    fields[`q-${concert.tariffIds[Number(index)]}`] = String(count);
  }
  const response = await postBooking(t, concert.slug, concert.code, fields);
  expect(response.statusCode).toBe(303);
  const location = String(response.headers.location).split('?')[0]!;
  const secret = location.split('/').at(-1)!;
  const [order] = await t.database.db
    .select({ id: schema.concertOrders.id })
    .from(schema.concertOrders)
    .where(eq(schema.concertOrders.secret, secret));
  return { id: order!.id, location, secret };
}

async function paymentsOf(orderId: string) {
  const response = await org.members.coordinator.get(`${base()}/payments`);
  expect(response.status).toBe(200);
  const list = response.body as ConcertPayments;
  return { list, order: list.items.find((item) => item.orderId === orderId)! };
}

function notify(body: string, signature?: string) {
  return t.app.inject({
    method: 'POST',
    url: `/api/webhooks/helloasso/${org.id}`,
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-ha-signature': signature } : {}),
    },
    payload: body,
  });
}

/** Pays online from the order's page as a visitor would: the form, then HelloAsso's address. */
async function startOnlinePayment(location: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: `${location}/payer?lang=fr`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    payload: '',
  });
  return response;
}

describe('payments taken on site', () => {
  it('records cash then a cheque against an order: to pay, partly paid, paid, with who and when', async () => {
    const order = await book({ [free]: 2, [full]: 2 });
    expect((await paymentsOf(order.id)).order).toMatchObject({
      totalCents: 1600,
      paidCents: 0,
      dueCents: 1600,
      status: 'toPay',
    });
    const cash = await org.members.coordinator.post(`${base()}/orders/${order.id}/payments`, {
      method: 'cash',
      amountCents: 1000,
    });
    expect(cash.status).toBe(201);
    expect(cash.body).toMatchObject({ status: 'partlyPaid', paidCents: 1000, dueCents: 600 });
    const cheque = await org.members.admin.post(`${base()}/orders/${order.id}/payments`, {
      method: 'cheque',
      amountCents: 600,
    });
    expect(cheque.body).toMatchObject({ status: 'paid', paidCents: 1600, dueCents: 0, flags: [] });
    const payments = (cheque.body as OrderPayments).payments;
    expect(payments.map((payment) => [payment.method, payment.amountCents])).toEqual([
      ['cash', 1000],
      ['cheque', 600],
    ]);
    expect(payments[0]!.recordedBy).toBeTruthy();
    expect(payments[0]!.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    // The orders' JSON (the organisers' export) carries the same payment lines.
    const orders = await org.members.coordinator.get(`${base()}/orders`);
    const listed = (
      orders.body as { items: { id: string; payments: OrderPayments['payments'] }[] }
    ).items.find((item) => item.id === order.id);
    expect(listed!.payments).toEqual(payments);
    const page1 = await page(`${order.location}?lang=fr`);
    expect(page1.body).toContain('Payé');
    expect(page1.body).not.toContain('/payer?');
  });

  it('refuses more than is left to pay (400 naming the amount) and any payment on a free order', async () => {
    const order = await book({ [full]: 1 });
    const above = await org.members.coordinator.post(`${base()}/orders/${order.id}/payments`, {
      method: 'cultureVoucher',
      amountCents: 1000,
    });
    expect(above.status).toBe(400);
    expect(above.body).toMatchObject({
      error: { code: 'PAYMENT.ABOVE_DUE', fields: [{ path: 'body.amountCents' }] },
    });
    const freeOrder = await book({ [free]: 3 }, 'Famille Perrin');
    expect((await paymentsOf(freeOrder.id)).order).toMatchObject({ status: 'free', dueCents: 0 });
    const onFree = await org.members.coordinator.post(`${base()}/orders/${freeOrder.id}/payments`, {
      method: 'cash',
      amountCents: 100,
    });
    expect(onFree.status).toBe(409);
    expect(onFree.body).toMatchObject({ error: { code: 'PAYMENT.NOTHING_DUE' } });
    const badMethod = await org.members.coordinator.post(`${base()}/orders/${order.id}/payments`, {
      method: 'helloasso',
      amountCents: 800,
    });
    expect(badMethod.status).toBe(400);
  });

  it('lets an organiser remove a payment recorded by mistake, audited; artists record none', async () => {
    const order = await book({ [full]: 1 });
    const recorded = await org.members.coordinator.post(`${base()}/orders/${order.id}/payments`, {
      method: 'transfer',
      amountCents: 800,
    });
    const paymentId = (recorded.body as OrderPayments).payments[0]!.id;
    const byArtist = await org.members.artist.post(`${base()}/orders/${order.id}/payments`, {
      method: 'cash',
      amountCents: 100,
    });
    expect(byArtist.status).toBe(403);
    const removed = await org.members.coordinator.delete(
      `${base()}/orders/${order.id}/payments/${paymentId}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ status: 'toPay', payments: [] });
    const audit = await t.database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.subjectId, order.id));
    expect(audit.map((event) => [event.action, event.detail])).toEqual([
      ['payment.remove', 'transfer 800'],
    ]);
  });

  it('offers no online payment while the organisation has no HelloAsso account', async () => {
    const order = await book({ [full]: 1 });
    const html = (await page(`${order.location}?lang=fr`)).body;
    expect(html).toContain('À payer');
    expect(html).toContain('Reste à payer');
    expect(html).not.toContain('HelloAsso');
    const started = await startOnlinePayment(order.location);
    expect(started.statusCode).toBe(409);
    expect(helloasso.intents.size).toBe(0);
  });
});

describe('settings', () => {
  it('lets a coordinator read and raise the price cap, and refuses one below a tariff to come', async () => {
    const read = await org.members.coordinator.get(`/api/orgs/${org.id}/price-cap`);
    expect(read.body).toEqual({ priceCapCents: 1000, highestUpcomingPriceCents: 800 });
    const raised = await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/price-cap`, {
      priceCapCents: 1200,
    });
    expect(raised.status).toBe(200);
    const tooLow = await org.members.coordinator.request('PUT', `/api/orgs/${org.id}/price-cap`, {
      priceCapCents: 500,
    });
    expect(tooLow.status).toBe(409);
    expect(tooLow.body).toMatchObject({
      error: {
        code: 'PAYMENT.CAP_BELOW_TARIFFS',
        fields: [{ path: 'body.priceCapCents' }],
        details: { concerts: [{ sessionId: concert.sessionId }] },
      },
    });
    const byArtist = await org.members.artist.request('PUT', `/api/orgs/${org.id}/price-cap`, {
      priceCapCents: 1000,
    });
    expect(byArtist.status).toBe(403);
    const tariffs = await org.members.coordinator.request('PUT', `${base()}/tariffs`, {
      tariffs: [
        { id: concert.tariffIds[free], kind: 'free', priceCents: 0 },
        { id: concert.tariffIds[full], kind: 'full', priceCents: 800 },
        { kind: 'supporter', priceCents: 1200 },
      ],
    });
    expect(tariffs.status).toBe(200);
    expect(tariffs.body).toMatchObject({ priceCapCents: 1200 });
  });

  it('keeps the HelloAsso account to admins, checks it with HelloAsso and never answers its secrets', async () => {
    const url = `/api/orgs/${org.id}/helloasso`;
    const body = { clientId: CLIENT.clientId, organizationSlug: 'musique-en-chemins' };
    expect((await org.members.coordinator.get(url)).body).toMatchObject({
      configured: false,
      environment: 'other',
      notificationUrl: `http://tutti.test/api/webhooks/helloasso/${org.id}`,
    });
    const byCoordinator = await org.members.coordinator.request('PUT', url, {
      ...body,
      clientSecret: CLIENT.clientSecret,
    });
    expect(byCoordinator.status).toBe(403);
    const noSecret = await org.members.admin.request('PUT', url, body);
    expect(noSecret.body).toMatchObject({
      error: { code: 'PAYMENT.SECRET_REQUIRED', fields: [{ path: 'body.clientSecret' }] },
    });
    const wrong = await org.members.admin.request('PUT', url, {
      ...body,
      clientSecret: 'not-the-secret',
    });
    expect(wrong.status).toBe(409);
    expect(wrong.body).toMatchObject({ error: { code: 'PAYMENT.PROVIDER_REFUSED' } });
    const saved = await org.members.admin.request('PUT', url, {
      ...body,
      clientSecret: CLIENT.clientSecret,
      signatureKey: SIGNATURE_KEY,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      configured: true,
      clientId: CLIENT.clientId,
      hasClientSecret: true,
      hasSignatureKey: true,
    });
    expect(JSON.stringify(saved.body)).not.toContain(CLIENT.clientSecret);
    expect(JSON.stringify(saved.body)).not.toContain(SIGNATURE_KEY);
    // Changing the slug alone keeps the stored secret and key.
    const kept = await org.members.admin.request('PUT', url, body);
    expect(kept.body).toMatchObject({ configured: true, hasSignatureKey: true });
  });
});

describe('online payment through HelloAsso', () => {
  let order: Awaited<ReturnType<typeof book>>;
  let intentId: number;

  it('creates a checkout for what is left to pay, with the order id in its metadata', async () => {
    order = await book({ [free]: 1, [full]: 2 });
    const html = (await page(`${order.location}?lang=fr`)).body;
    expect(html).toContain(`action="${order.location}/payer?lang=fr"`);
    const started = await startOnlinePayment(order.location);
    expect(started.statusCode).toBe(200);
    const intent = helloasso.lastIntent()!;
    intentId = intent.id;
    expect(intent.organizationSlug).toBe('musique-en-chemins');
    expect(intent.body).toMatchObject({
      totalAmount: 1600,
      initialAmount: 1600,
      containsDonation: false,
      metadata: { orderId: order.id },
    });
    expect(intent.body.itemName).toMatch(/^3 places — Concert des villages \d+ — /);
    expect(intent.body.returnUrl).toBe(
      `http://tutti.test${order.location}?lang=fr&paiement=retour`,
    );
    expect(intent.body.errorUrl).toBe(`http://tutti.test${order.location}?lang=fr&paiement=erreur`);
    expect(started.body).toContain(`href="${helloasso.url}/associations/musique-en-chemins/`);
    expect(started.body).toContain('16 €');
  });

  it('does not mark the order paid when the visitor comes back to the return address', async () => {
    helloasso.pay(intentId);
    const back = await page(`${order.location}?lang=fr&paiement=retour`);
    expect(back.statusCode).toBe(200);
    expect(back.body).toContain('HelloAsso nous confirme votre paiement');
    expect(back.body).toContain('Reste à payer');
    expect((await paymentsOf(order.id)).order).toMatchObject({
      status: 'toPay',
      paidCents: 0,
      pendingOnline: 1,
    });
  });

  it('refuses a notification whose signature is wrong or missing (401), and changes nothing', async () => {
    const body = helloasso.notification(intentId);
    const forged = await notify(body, helloasso.sign(body, 'not-the-key'));
    expect(forged.statusCode).toBe(401);
    expect(forged.json()).toMatchObject({ error: { code: 'PAYMENT.BAD_SIGNATURE' } });
    expect((await notify(body)).statusCode).toBe(401);
    const tampered = await notify(
      body.replace('"Payment"', '"Order"'),
      helloasso.sign(body, SIGNATURE_KEY),
    );
    expect(tampered.statusCode).toBe(401);
    expect((await paymentsOf(order.id)).order).toMatchObject({ status: 'toPay', paidCents: 0 });
    const rows = await t.database.db
      .select()
      .from(schema.concertPayments)
      .where(eq(schema.concertPayments.orderId, order.id));
    expect(rows).toEqual([]);
  });

  it('marks the order paid once on a good notification, even delivered twice', async () => {
    const body = helloasso.notification(intentId);
    const signature = helloasso.sign(body, SIGNATURE_KEY);
    const first = await notify(body, signature);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ outcome: 'recorded' });
    const again = await notify(body, signature);
    expect(again.json()).toEqual({ outcome: 'duplicate' });
    const orderEvent = helloasso.notification(intentId, 'Order');
    const third = await notify(orderEvent, helloasso.sign(orderEvent, SIGNATURE_KEY));
    expect(third.json()).toEqual({ outcome: 'duplicate' });
    const { order: paid } = await paymentsOf(order.id);
    expect(paid).toMatchObject({
      status: 'paid',
      paidCents: 1600,
      dueCents: 0,
      flags: [],
      pendingOnline: 0,
    });
    expect(paid.payments).toMatchObject([
      { method: 'helloasso', amountCents: 1600, recordedBy: null },
    ]);
    const html = (await page(`${order.location}?lang=fr`)).body;
    expect(html).toContain('votre réservation est réglée');
    expect(html).not.toContain('/payer?');
  });

  it('records one payment when two copies of the notification arrive at once', async () => {
    const other = await book({ [full]: 1 }, 'Thomas Roux');
    await startOnlinePayment(other.location);
    const id = helloasso.lastIntent()!.id;
    helloasso.pay(id);
    const body = helloasso.notification(id);
    const signature = helloasso.sign(body, SIGNATURE_KEY);
    const answers = await Promise.all([notify(body, signature), notify(body, signature)]);
    expect(answers.map((answer) => answer.json().outcome).sort()).toEqual([
      'duplicate',
      'recorded',
    ]);
    expect((await paymentsOf(other.id)).order).toMatchObject({ paidCents: 800, status: 'paid' });
  });

  it('flags an online payment whose amount differs from the checkout', async () => {
    const other = await book({ [full]: 2 }, 'Monique Perrin');
    await startOnlinePayment(other.location);
    const id = helloasso.lastIntent()!.id;
    helloasso.pay(id, { amount: 900 });
    const body = helloasso.notification(id, 'Order');
    expect((await notify(body, helloasso.sign(body, SIGNATURE_KEY))).json()).toEqual({
      outcome: 'recorded',
    });
    expect((await paymentsOf(other.id)).order).toMatchObject({
      status: 'partlyPaid',
      paidCents: 900,
      dueCents: 700,
      flags: ['amountMismatch'],
    });
  });

  it('records nothing for a checkout HelloAsso has not been paid for, or one it does not know', async () => {
    const other = await book({ [full]: 1 }, 'Karim Benali');
    await startOnlinePayment(other.location);
    const id = helloasso.lastIntent()!.id;
    // A notification claiming a payment that HelloAsso's API does not hold.
    const claim = JSON.stringify({
      eventType: 'Payment',
      data: { id: 1, amount: 800, state: 'Authorized' },
      metadata: {
        orderId: other.id,
        checkoutId: JSON.parse(helloasso.notification(id)).metadata.checkoutId,
      },
    });
    expect((await notify(claim, helloasso.sign(claim, SIGNATURE_KEY))).json()).toEqual({
      outcome: 'pending',
    });
    const stranger = JSON.stringify({ eventType: 'Order', data: { checkoutIntentId: 42 } });
    expect((await notify(stranger, helloasso.sign(stranger, SIGNATURE_KEY))).json()).toEqual({
      outcome: 'ignored',
    });
    expect((await paymentsOf(other.id)).order).toMatchObject({ status: 'toPay', paidCents: 0 });
  });

  it('answers 503 while HelloAsso is down, so that the notification comes again', async () => {
    const other = await book({ [full]: 1 }, 'Nadia Haddad');
    await startOnlinePayment(other.location);
    const id = helloasso.lastIntent()!.id;
    helloasso.pay(id);
    const body = helloasso.notification(id);
    helloasso.failNextCallsWith(503);
    try {
      expect((await notify(body, helloasso.sign(body, SIGNATURE_KEY))).statusCode).toBe(503);
      const page503 = await startOnlinePayment(other.location);
      expect(page503.statusCode).toBe(503);
      expect(page503.body).toContain('HelloAsso ne répond pas');
    } finally {
      helloasso.failNextCallsWith(null);
    }
    expect((await notify(body, helloasso.sign(body, SIGNATURE_KEY))).json()).toEqual({
      outcome: 'recorded',
    });
  });

  it('stops offering online payment once the account is removed; unknown addresses are 404', async () => {
    const removed = await org.members.admin.delete(`/api/orgs/${org.id}/helloasso`);
    expect(removed.body).toMatchObject({ configured: false });
    const other = await book({ [full]: 1 }, 'Sophie Laurent');
    expect((await page(`${other.location}?lang=fr`)).body).not.toContain('/payer?');
    const body = helloasso.notification(intentId);
    expect((await notify(body)).statusCode).toBe(404);
  });
});

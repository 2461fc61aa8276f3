// Refunds: an organiser gives back part or all of what a paid order kept, with how and why. The
// refund is a negative line of the order's payments: the order's, the concert's and the receipts'
// sums stay what the organisation kept, it is audited and never removed, and the person is told by
// e-mail in the language they booked in. Bad input is refused naming the field, changing nothing.
import type { ConcertPayments, OrderPayments } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { mailsTo } from '../../testing/concert-lists-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let concert: Awaited<ReturnType<typeof buildPublishedConcert>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(
    t,
    ['admin', 'coordinator', 'artist', 'viewer'],
    'Musique Ensemble',
  );
  concert = await buildPublishedConcert(t, org, {
    capacity: 40,
    tariffs: [{ kind: 'full', priceCents: 800 }],
  });
});
afterAll(() => t.close());

const base = () => `/api/orgs/${org.id}/sessions/${concert.sessionId}`;
type ErrorBody = { error: { code: string; fields?: { path: string }[] } };

let sequence = 0;
/** A booking of `seats` full-price seats from the public page, in `locale`, paid in cash. */
async function paidOrder(seats: number, locale: 'fr' | 'en' | 'de' = 'fr') {
  sequence += 1;
  const email = `refund-${sequence}@example.org`;
  const response = await postBooking(t, concert.slug, concert.code, {
    name: `Famille ${sequence}`,
    email,
    [`q-${concert.tariffIds[0]}`]: String(seats),
  });
  expect(response.statusCode).toBe(303);
  const secret = String(response.headers.location).split('?')[0]!.split('/').at(-1)!;
  const [order] = await t.database.db
    .update(schema.concertOrders)
    .set({ locale })
    .where(eq(schema.concertOrders.secret, secret))
    .returning({ id: schema.concertOrders.id });
  const paid = await org.members.coordinator.post(`${base()}/orders/${order!.id}/payments`, {
    method: 'cash',
    amountCents: seats * 800,
  });
  expect(paid.status).toBe(201);
  return { id: order!.id, email, secret };
}

const refund = (orderId: string, body: unknown, who = org.members.coordinator) =>
  who.post(`${base()}/orders/${orderId}/refunds`, body as Record<string, unknown>);

async function concertPayments() {
  return (await org.members.coordinator.get(`${base()}/payments`)).body as ConcertPayments;
}

describe('refunds', () => {
  it('gives back part, then the rest, of a paid order: kept and refunded add up, audited, the person told in French', async () => {
    const order = await paidOrder(3);
    const before = await concertPayments();
    const part = await refund(order.id, {
      method: 'cash',
      amountCents: 800,
      reason: 'Une personne malade, une place rendue',
    });
    expect(part.status).toBe(201);
    expect(part.body).toMatchObject({
      totalCents: 2400,
      paidCents: 1600,
      refundedCents: 800,
      dueCents: 0,
      status: 'paid',
      flags: [],
    });
    const lines = (part.body as OrderPayments).payments;
    expect(lines.map((line) => [line.kind, line.method, line.amountCents, line.reason])).toEqual([
      ['payment', 'cash', 2400, null],
      ['refund', 'cash', -800, 'Une personne malade, une place rendue'],
    ]);
    expect(lines[1]!.recordedBy).toBeTruthy();
    // The concert's sums are what was kept: 8 € less, and 8 € given back.
    const after = await concertPayments();
    expect(after.paidCents).toBe(before.paidCents - 800);
    expect(after.refundedCents).toBe(before.refundedCents + 800);
    expect(after.dueCents).toBe(before.dueCents);
    expect(after.byMethod.find((entry) => entry.method === 'cash')!.amountCents).toBe(
      before.byMethod.find((entry) => entry.method === 'cash')!.amountCents - 800,
    );
    // The rest, by transfer: the order has kept nothing.
    const rest = await refund(order.id, {
      method: 'transfer',
      amountCents: 1600,
      reason: 'Concert reporté',
    });
    expect(rest.body).toMatchObject({ paidCents: 0, refundedCents: 2400, status: 'refunded' });
    const audit = await t.database.db
      .select({ action: schema.auditEvents.action, detail: schema.auditEvents.detail })
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.subjectId, order.id),
          eq(schema.auditEvents.action, 'payment.refund'),
        ),
      );
    expect(audit.map((event) => event.detail).sort()).toEqual([
      'cash 800: Une personne malade, une place rendue',
      'transfer 1600: Concert reporté',
    ]);
    const mails = await mailsTo(t, order.email);
    const refunds = mails.filter((mail) => mail.kind === 'concert-refund');
    expect(refunds).toHaveLength(2);
    expect(refunds[0]!.subject).toMatch(/^Remboursement : /);
    expect(refunds[0]!.text).toContain('Nous vous remboursons 8 € en espèces');
    expect(refunds[0]!.text).toContain('réglée à hauteur de 16 €');
    expect(refunds[0]!.text).toContain('Motif : Une personne malade, une place rendue');
    expect(refunds[0]!.text).toContain(`/reservation/${order.secret}?lang=fr`);
    expect(refunds[1]!.text).toContain('Vous ne nous devez rien');
    // The order's page says so.
    const page = await t.app.inject({
      method: 'GET',
      url: `/p/${concert.slug}/reservation/${order.secret}?lang=fr`,
    });
    expect(page.body).toContain('Remboursé');
    // A refund is never removed; nor is a payment once given back.
    const [refundLine, paymentLine] = [lines[1]!, lines[0]!];
    const removeRefund = await org.members.coordinator.request(
      'DELETE',
      `${base()}/orders/${order.id}/payments/${refundLine.id}`,
    );
    expect(removeRefund.status).toBe(409);
    expect((removeRefund.body as ErrorBody).error.code).toBe('PAYMENT.REFUND_NOT_REMOVABLE');
    const removePayment = await org.members.coordinator.request(
      'DELETE',
      `${base()}/orders/${order.id}/payments/${paymentLine.id}`,
    );
    expect(removePayment.status).toBe(409);
    expect((removePayment.body as ErrorBody).error.code).toBe('PAYMENT.REFUNDED');
    // Nothing left to give back.
    const again = await refund(order.id, { method: 'cash', amountCents: 100, reason: 'Encore' });
    expect(again.status).toBe(409);
    expect((again.body as ErrorBody).error.code).toBe('PAYMENT.NOTHING_PAID');
  });

  it('writes to the person in the language they booked in (German, English)', async () => {
    for (const [locale, subject, how] of [
      ['de', /^Erstattung: /, 'per Scheck'],
      ['en', /^Refund: /, 'by cheque'],
    ] as const) {
      const order = await paidOrder(1, locale);
      const response = await refund(order.id, {
        method: 'cheque',
        amountCents: 800,
        reason: 'Konzert abgesagt',
      });
      expect(response.status).toBe(201);
      const [mail] = (await mailsTo(t, order.email)).filter((m) => m.kind === 'concert-refund');
      expect(mail!.subject).toMatch(subject);
      expect(mail!.text).toContain(how);
      expect(mail!.text).toContain(`?lang=${locale}`);
    }
  });

  it('refuses more than the order kept, a missing reason or method, and a bad amount with 400 naming the field, changing nothing', async () => {
    const order = await paidOrder(2);
    for (const [body, field, code] of [
      [
        { method: 'cash', amountCents: 1700, reason: 'Trop' },
        'body.amountCents',
        'PAYMENT.ABOVE_PAID',
      ],
      [{ method: 'cash', amountCents: 0, reason: 'Rien' }, 'body.amountCents', 'VALIDATION'],
      [{ method: 'cash', amountCents: 1.5, reason: 'Virgule' }, 'body.amountCents', 'VALIDATION'],
      [{ method: 'cash', amountCents: 100, reason: ' ' }, 'body.reason', 'VALIDATION'],
      [{ method: 'cash', amountCents: 100 }, 'body.reason', 'VALIDATION'],
      [{ method: 'cultureVoucher', amountCents: 100, reason: 'Bons' }, 'body.method', 'VALIDATION'],
      [{ amountCents: 100, reason: 'Sans moyen' }, 'body.method', 'VALIDATION'],
    ] as const) {
      const response = await refund(order.id, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error = (response.body as ErrorBody).error;
      if (code !== 'VALIDATION') expect(error.code).toBe(code);
      expect(error.fields?.map((entry) => entry.path)).toContain(field);
    }
    const { items } = await concertPayments();
    expect(items.find((item) => item.orderId === order.id)).toMatchObject({
      paidCents: 1600,
      refundedCents: 0,
    });
    expect((await mailsTo(t, order.email)).filter((m) => m.kind === 'concert-refund')).toEqual([]);
  });

  it('lets organisers refund, not artists or viewers; an unknown order is 404', async () => {
    const order = await paidOrder(1);
    const body = { method: 'cash', amountCents: 100, reason: 'Geste' };
    expect((await refund(order.id, body, org.members.artist)).status).toBe(403);
    expect((await refund(order.id, body, org.members.viewer)).status).toBe(403);
    const unknown = await refund('00000000-0000-4000-8000-000000000000', body);
    expect(unknown.status).toBe(404);
    expect((await refund(order.id, body, org.members.admin)).status).toBe(201);
  });

  it('lets two refunds of the last euros race: one is given, the other refused', async () => {
    const order = await paidOrder(1);
    const answers = await Promise.all(
      [1, 2].map(() =>
        refund(order.id, { method: 'cash', amountCents: 800, reason: 'Double clic' }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const { items } = await concertPayments();
    expect(items.find((item) => item.orderId === order.id)).toMatchObject({
      paidCents: 0,
      refundedCents: 800,
    });
  });
});

// Paying an order online from its public page: a HelloAsso checkout for what is left to pay,
// with the order's id (and the checkout's) in its metadata. Coming back to the return address
// changes nothing: only HelloAsso's notification records a payment.
import { randomUUID } from 'node:crypto';
import type { OrderPayments } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { AppError } from '../../platform/errors';
import type { PublicLanguage } from '../../platform/public-pages';
import type { SecretBox } from '../../platform/secrets';
import { findConcertSession } from '../sessions';
import { findOrderBySecret } from './concerts.repository';
import { openHelloAssoAccount } from './helloasso-account';
import type { HelloAssoClient } from './helloasso-client';
import { paymentTexts } from './i18n/payments-texts';
import { concertName, concertWhen, orderPath } from './order-page';
import * as payments from './payments.repository';
import { summariseOrders } from './payments.service';

/** What an order's page shows of its payment, and whether it offers to pay online. */
export type OrderPaymentView = { summary: OrderPayments; online: boolean };

/** Online payment is offered while something is left to pay, before the concert ends. */
const offersOnline = (summary: OrderPayments, endsAt: Date, now: Date) =>
  summary.dueCents > 0 && endsAt > now;

export async function readOrderPayment({
  database,
  box,
  orgId,
  secret,
  now = new Date(),
}: {
  database: TuttiDatabase;
  box: SecretBox;
  orgId: string;
  secret: string;
  now?: Date;
}): Promise<OrderPaymentView | null> {
  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const order = await findOrderBySecret(tx, secret);
    if (!order) return null;
    const concert = await findConcertSession(tx, order.sessionId);
    if (!concert) return null;
    const [summary] = await summariseOrders(tx, [order]);
    const row = await payments.findHelloAssoAccount(tx, orgId);
    // Secrets that cannot be opened (sealed under another key): nothing to pay online with.
    const account = row ? openHelloAssoAccount(box, row) : null;
    return {
      summary: summary!,
      online: account !== null && offersOnline(summary!, concert.endsAt, now),
    };
  });
}

/**
 * Asks HelloAsso for a checkout of what the order has left to pay; the checkout is recorded
 * before its address is given to the visitor, so that its notification always finds it.
 */
export async function startCheckout({
  database,
  client,
  box,
  publicUrl,
  org,
  secret,
  lang,
  now = new Date(),
}: {
  database: TuttiDatabase;
  client: HelloAssoClient;
  box: SecretBox;
  publicUrl: string;
  org: { id: string; slug: string };
  secret: string;
  lang: PublicLanguage;
  now?: Date;
}): Promise<{ redirectUrl: string; amountCents: number } | null> {
  const tenant = { orgId: org.id, userId: null };
  const prepared = await database.withTenant(tenant, async (tx) => {
    const order = await findOrderBySecret(tx, secret);
    if (!order) return null;
    const concert = await findConcertSession(tx, order.sessionId);
    if (!concert) return null;
    const row = await payments.findHelloAssoAccount(tx, org.id);
    const account = row ? openHelloAssoAccount(box, row) : null;
    if (!account) {
      throw new AppError(
        'PAYMENT.ONLINE_NOT_CONFIGURED',
        'The organisation takes no online payment',
      );
    }
    const [summary] = await summariseOrders(tx, [order]);
    if (!offersOnline(summary!, concert.endsAt, now)) {
      throw new AppError('PAYMENT.NOTHING_DUE', 'Nothing is left to pay on this order');
    }
    return { order, concert, account, dueCents: summary!.dueCents };
  });
  if (!prepared) return null;
  const { order, concert, account, dueCents } = prepared;
  const checkoutId = randomUUID();
  const page = `${publicUrl}${orderPath(org.slug, secret)}?lang=${lang}`;
  const itemName = paymentTexts[lang]
    .itemName(order.seats, concertName(concert, lang), concertWhen(concert, lang))
    .slice(0, 250);
  const created = await client.createCheckout(account, {
    amountCents: dueCents,
    itemName,
    backUrl: page,
    errorUrl: `${page}&paiement=erreur`,
    returnUrl: `${page}&paiement=retour`,
    metadata: { orderId: order.id, checkoutId },
  });
  await database.withTenant(tenant, (tx) =>
    payments.insertCheckout(tx, {
      id: checkoutId,
      orgId: org.id,
      orderId: order.id,
      intentId: created.id,
      amountCents: dueCents,
    }),
  );
  return { redirectUrl: created.redirectUrl, amountCents: dueCents };
}

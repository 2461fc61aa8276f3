// HelloAsso's notifications (webhook) for an organisation: the only way an online payment is
// recorded. The body is signed (x-ha-signature, HMAC-SHA256 of the raw body with the signature
// key) when the organisation has a key; whatever it says, the checkout is read back from
// HelloAsso's API and only its authorised payments count. Each HelloAsso payment is recorded once,
// however often the notification comes.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TuttiDatabase } from '@tutti/db';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import type { SecretBox } from '../../platform/secrets';
import { openHelloAssoAccount } from './helloasso-account';
import type { HelloAssoClient } from './helloasso-client';
import * as payments from './payments.repository';

export type NotificationOutcome = 'recorded' | 'duplicate' | 'pending' | 'ignored';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const NotificationSchema = z.object({
  eventType: z.string(),
  data: z
    .object({
      checkoutIntentId: z.union([z.number(), z.string()]).optional(),
      order: z
        .object({ checkoutIntentId: z.union([z.number(), z.string()]).optional() })
        .passthrough()
        .nullish(),
    })
    .passthrough()
    .nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

/** Whether `signature` (hex) is the HMAC-SHA256 of the body with the key, compared in constant time. */
export function signatureMatches(body: Buffer, key: string, signature: string | undefined) {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature.trim())) return false;
  const expected = createHmac('sha256', key).update(body).digest();
  return timingSafeEqual(expected, Buffer.from(signature.trim(), 'hex'));
}

/** The checkout a notification is about: ours by the metadata we sent, else HelloAsso's intent id. */
function checkoutReference(notification: z.infer<typeof NotificationSchema>) {
  const checkoutId = notification.metadata?.checkoutId;
  if (typeof checkoutId === 'string' && UUID.test(checkoutId)) return { id: checkoutId };
  const intentId =
    notification.data?.checkoutIntentId ?? notification.data?.order?.checkoutIntentId;
  return intentId === undefined ? null : { intentId: String(intentId) };
}

export async function receiveNotification({
  database,
  client,
  box,
  orgId,
  body,
  signature,
  now = new Date(),
}: {
  database: TuttiDatabase;
  client: HelloAssoClient;
  box: SecretBox;
  orgId: string;
  body: Buffer;
  signature: string | undefined;
  now?: Date;
}): Promise<NotificationOutcome> {
  const tenant = { orgId, userId: null };
  const row = await database.withTenant(tenant, (tx) => payments.findHelloAssoAccount(tx, orgId));
  // Secrets that cannot be opened (sealed under another key) count as no account.
  const account = row ? openHelloAssoAccount(box, row) : null;
  if (!account) {
    throw new AppError('PAYMENT.ONLINE_NOT_CONFIGURED', 'No HelloAsso account for this address');
  }
  if (account.signatureKey && !signatureMatches(body, account.signatureKey, signature)) {
    throw new AppError('PAYMENT.BAD_SIGNATURE', 'The x-ha-signature header does not match');
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('PAYMENT.BAD_NOTIFICATION', 'The body is not JSON');
  }
  const parsed = NotificationSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('PAYMENT.BAD_NOTIFICATION', 'Not a HelloAsso notification', {
      fields: parsed.error.issues.map((issue) => ({
        path: ['body', ...issue.path].join('.'),
        message: issue.message,
      })),
    });
  }
  const notification = parsed.data;
  if (notification.eventType !== 'Order' && notification.eventType !== 'Payment') return 'ignored';
  const reference = checkoutReference(notification);
  if (!reference) return 'ignored';
  // Found without a lock: HelloAsso is asked outside any transaction.
  const checkout = await database.withTenant(tenant, (tx) => payments.findCheckout(tx, reference));
  // Another application's checkout on the same HelloAsso account, or not a checkout at all.
  if (!checkout) return 'ignored';

  const intent = await client.readCheckout(account, checkout.intentId);
  if (intent.id !== checkout.intentId || intent.metadata?.orderId !== checkout.orderId) {
    return 'ignored';
  }
  const authorised = (intent.order?.payments ?? []).filter(
    (payment) => payment.state === 'Authorized',
  );
  if (authorised.length === 0) return 'pending';

  return database.withTenant(tenant, async (tx) => {
    // The order first, as a payment at the desk does, then the checkout: one notification at a time.
    await payments.lockOrderById(tx, checkout.orderId);
    await payments.lockCheckout(tx, { id: checkout.id });
    let recorded = 0;
    for (const payment of authorised) {
      const inserted = await payments.insertOnlinePaymentOnce(tx, {
        orgId,
        orderId: checkout.orderId,
        method: 'helloasso',
        amountCents: payment.amount,
        recordedBy: null,
        recordedAt: now,
        checkoutId: checkout.id,
        externalId: `helloasso:${payment.id}`,
      });
      if (inserted) recorded += 1;
    }
    if (recorded > 0) {
      await payments.settleCheckout(tx, checkout.id, {
        receivedCents: await payments.receivedThrough(tx, checkout.id),
        paidAt: now,
      });
    }
    return recorded > 0 ? 'recorded' : 'duplicate';
  });
}

// Refunds: an organiser gives back all or part of what a paid order kept, says how (cash, cheque,
// transfer, or done in HelloAsso's back office) and why. The refund is a line of the order's
// payments with a negative amount and its reason, so that every sum of payments (the order's, the
// concert's, its receipts per method and tariff) is what the organisation kept; it is never
// removed. It is audited, and the person is told by e-mail in the language they booked in.
import type { OrderPayments, RefundBody } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { recordAudit } from '../../platform/audit';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { type ConcertSession, findConcertSession } from '../sessions';
import { euros } from './box-office';
import { type ConcertSettings, queueConcertMail } from './concert-settings';
import type { OrderRow } from './concerts.repository';
import { concertTexts } from './i18n';
import { paymentTexts } from './i18n/payments-texts';
import { findSender, languageOf } from './moments';
import { concertName, concertWhen, orderPath } from './order-page';
import * as payments from './payments.repository';
import { summariseOrders } from './payments.service';

export async function refundOrder({
  actor,
  settings,
  sessionId,
  orderId,
  input,
}: {
  actor: OrgActor;
  settings: ConcertSettings;
  sessionId: string;
  orderId: string;
  input: RefundBody;
}): Promise<OrderPayments> {
  requirePermission(actor, 'payments.refund');
  return actor.inTenant(async (tx) => {
    const concert = await findConcertSession(tx, sessionId);
    if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
    // The order's row is locked: two refunds (or a refund and a payment) decide one after the other.
    const order = await payments.lockOrder(tx, sessionId, orderId);
    if (!order) throw new AppError('CONCERT.ORDER_NOT_FOUND', 'Order not found');
    const [before] = await summariseOrders(tx, [order]);
    if (before!.paidCents <= 0) {
      throw new AppError('PAYMENT.NOTHING_PAID', 'This order has kept nothing to give back', {
        details: { paidCents: before!.paidCents, refundedCents: before!.refundedCents },
      });
    }
    if (input.amountCents > before!.paidCents) {
      throw new AppError(
        'PAYMENT.ABOVE_PAID',
        `At most ${euros(before!.paidCents)} can be given back`,
        {
          fields: [
            {
              path: 'body.amountCents',
              message: `at most ${euros(before!.paidCents)}, what the order kept`,
            },
          ],
          details: { paidCents: before!.paidCents },
        },
      );
    }
    await payments.insertPayment(tx, {
      orgId: actor.orgId,
      orderId,
      method: input.method,
      amountCents: -input.amountCents,
      refundReason: input.reason,
      recordedBy: actor.userId,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'payment.refund',
      subjectKind: 'concertOrder',
      subjectId: orderId,
      detail: `${input.method} ${input.amountCents}: ${input.reason}`,
    });
    const [after] = await summariseOrders(tx, [order]);
    await mailRefund(tx, settings, { order, concert, input, keptCents: after!.paidCents });
    return after!;
  });
}

/** Tells the person, in the language they booked in, what was given back, how and why. */
async function mailRefund(
  tx: Tx,
  settings: ConcertSettings,
  options: { order: OrderRow; concert: ConcertSession; input: RefundBody; keptCents: number },
) {
  const { order, concert, input } = options;
  if (!order.email) return;
  const lang = languageOf(order.locale);
  const texts = paymentTexts[lang].refund;
  const euro = concertTexts[lang].euro;
  const sender = await findSender(tx, order.orgId);
  const name = concertName(concert, lang);
  await queueConcertMail(tx, settings, {
    orgId: order.orgId,
    kind: 'concert-refund',
    to: order.email,
    subject: texts.subject(name),
    text: texts.text({
      name: order.name ?? '',
      amount: euro(input.amountCents),
      how: texts.how[input.method],
      concert: name,
      when: concertWhen(concert, lang),
      reason: input.reason,
      kept: options.keptCents > 0 ? euro(options.keptCents) : null,
      link: `${settings.publicUrl}${orderPath(sender.slug, order.secret)}?lang=${lang}`,
      organisation: sender.name,
    }),
  });
}

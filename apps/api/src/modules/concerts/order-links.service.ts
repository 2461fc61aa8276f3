// "Lost your booking link?": the links of a person's upcoming orders and waiting list entries in
// the organisation, e-mailed to the address they gave when booking. Runs after the answer, which
// is the same whether the address has orders or not; an address with none gets no message.

import type { TuttiDatabase } from '@tutti/db';
import type { PublicLanguage } from '../../platform/public-pages';
import { findConcertSession } from '../sessions';
import { type ConcertSettings, queueConcertMail } from './concert-settings';
import { waitingListTexts } from './i18n';
import { findSender } from './moments';
import { upcomingEntriesOf, upcomingOrdersOf } from './order-links.repository';
import { concertName, concertWhen, orderPath } from './order-page';
import { entryPath } from './waiting-list.mails';

export async function sendOrderLinks({
  database,
  orgId,
  settings,
  email,
  lang,
  now = new Date(),
}: {
  database: TuttiDatabase;
  orgId: string;
  settings: ConcertSettings;
  email: string;
  lang: PublicLanguage;
  now?: Date;
}) {
  await database.withTenant({ orgId, userId: null }, async (tx) => {
    const orders = await upcomingOrdersOf(tx, email, now);
    const entries = await upcomingEntriesOf(tx, email, now);
    if (orders.length === 0 && entries.length === 0) return;
    const texts = waitingListTexts[lang].mail;
    const sender = await findSender(tx, orgId);
    const url = (path: string) => `${settings.publicUrl}${path}?lang=${lang}`;
    const lines: string[] = [];
    for (const { order, sessionId } of orders) {
      const concert = await findConcertSession(tx, sessionId);
      if (!concert) continue;
      lines.push(
        texts.orderLine(
          concertName(concert, lang),
          concertWhen(concert, lang),
          order.seats,
          url(orderPath(sender.slug, order.secret)),
        ),
      );
    }
    for (const { entry, sessionId } of entries) {
      const concert = await findConcertSession(tx, sessionId);
      if (!concert) continue;
      lines.push(
        texts.entryLine(
          concertName(concert, lang),
          concertWhen(concert, lang),
          entry.partySize,
          url(entryPath(sender.slug, entry.secret)),
        ),
      );
    }
    await queueConcertMail(tx, settings, {
      orgId,
      kind: 'concert-order-links',
      to: email,
      subject: texts.linksSubject(sender.name),
      text: texts.links(lines, sender.name),
    });
  });
}

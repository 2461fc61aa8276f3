// Group orders' e-mails: the head's confirmation link, and what the contact is told (request
// received, confirmed, declined, released). Queued in the transaction of their cause.
import type { Executor } from '@tutti/db';
import type { ConcertSession } from '../sessions';
import { type ConcertSettings, queueConcertMail } from './concert-settings';
import type { OrderRow } from './concerts.repository';
import type { GroupRow } from './group-orders.repository';
import { groupOrderTexts } from './i18n';
import { languageOf, momentText, type Sender } from './moments';
import { concertName, concertWhen, orderPath } from './order-page';

export const headPath = (orgSlug: string, secret: string) => `/p/${orgSlug}/direction/${secret}`;

export type GroupMailKind = 'head' | 'received' | 'confirmed' | 'declined' | 'released';

export async function mailGroup(
  tx: Executor,
  settings: ConcertSettings,
  options: {
    kind: GroupMailKind;
    group: GroupRow;
    order: OrderRow;
    concert: ConcertSession;
    sender: Sender;
  },
) {
  const { kind, group, order, concert, sender } = options;
  const to = kind === 'head' ? group.headEmail : order.email;
  if (!to) return;
  const lang = languageOf(order.locale);
  const texts = groupOrderTexts[lang].mail;
  const name = concertName(concert, lang);
  const path =
    kind === 'head'
      ? headPath(sender.slug, group.confirmSecret)
      : orderPath(sender.slug, order.secret);
  const facts = {
    establishment: [group.establishmentName, group.groupName].filter(Boolean).join(', '),
    contact: order.name ?? '',
    concert: name,
    when: concertWhen(concert, lang),
    children: group.children,
    adults: group.adults,
    link: `${settings.publicUrl}${path}?lang=${lang}`,
    organisation: sender.name,
  };
  const until = momentText(group.holdExpiresAt, concert.timeZone, lang);
  const mail = {
    head: () => ({
      subject: texts.headSubject(facts.establishment),
      text: texts.head({ ...facts, until }),
    }),
    received: () => ({
      subject: texts.receivedSubject(name),
      text: texts.received({ ...facts, until, head: group.headEmail ?? '' }),
    }),
    confirmed: () => ({ subject: texts.confirmedSubject(name), text: texts.confirmed(facts) }),
    declined: () => ({ subject: texts.declinedSubject(name), text: texts.declined(facts) }),
    released: () => ({ subject: texts.releasedSubject(name), text: texts.released(facts) }),
  }[kind]();
  await queueConcertMail(tx, settings, {
    orgId: order.orgId,
    kind: `concert-group-${kind}`,
    to,
    ...mail,
  });
}

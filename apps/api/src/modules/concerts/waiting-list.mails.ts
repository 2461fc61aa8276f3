// The waiting list's e-mails: the sign-up with its link (to leave the list), and an offer of
// seats with its deadline. Queued in the transaction of their cause.
import type { Executor } from '@tutti/db';
import type { ConcertSession } from '../sessions';
import { type ConcertSettings, queueConcertMail } from './concert-settings';
import { waitingListTexts } from './i18n';
import { languageOf, momentText, type Sender } from './moments';
import { concertName, concertWhen } from './order-page';
import type { WaitingListRow } from './waiting-list.repository';

export const entryPath = (orgSlug: string, secret: string) => `/p/${orgSlug}/attente/${secret}`;

export async function mailEntry(
  tx: Executor,
  settings: ConcertSettings,
  options: {
    kind: 'joined' | 'offer';
    entry: WaitingListRow;
    concert: ConcertSession;
    sender: Sender;
    until?: Date;
  },
) {
  const { entry, concert, sender } = options;
  if (!entry.email) return;
  const lang = languageOf(entry.locale);
  const texts = waitingListTexts[lang].mail;
  const name = concertName(concert, lang);
  const facts = {
    name: entry.name ?? '',
    concert: name,
    when: concertWhen(concert, lang),
    seats: entry.partySize,
    link: `${settings.publicUrl}${entryPath(sender.slug, entry.secret)}?lang=${lang}`,
    organisation: sender.name,
  };
  const mail =
    options.kind === 'joined'
      ? { subject: texts.joinedSubject(name), text: texts.joined(facts) }
      : {
          subject: texts.offerSubject(name),
          text: texts.offer({
            ...facts,
            until: momentText(options.until ?? new Date(), concert.timeZone, lang),
          }),
        };
  await queueConcertMail(tx, settings, {
    orgId: entry.orgId,
    kind: `concert-waitlist-${options.kind}`,
    to: entry.email,
    ...mail,
  });
}

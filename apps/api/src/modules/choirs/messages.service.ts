// Messages to a part, a site or the whole choir, through the outbox. Each singer's contact
// preferences decide: only those who want e-mail and left an address are written to, a minor
// only with a current consent to take part on file; one e-mail per address (a guardian of two
// singers gets one), in the address's language (the member's, else the account's, else French).
import {
  type ChoirAudience,
  type ChoirAudienceQuery,
  type ChoirContactBodySchema,
  type ChoirInbox,
  type ChoirMessageBodySchema,
  type Locale,
  textIn,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { enqueueMails } from '../../platform/mail/outbox';
import { consentStandings } from '../participants';
import * as choirs from './choirs.repository';
import { currentSeason, loadChoir } from './choirs.service';
import { requireContactEmail } from './members.service';
import { choirMessageMail, type MailSinger } from './messages.mails';
import * as messages from './messages.repository';

const conducts = (actor: OrgActor) => ['admin', 'coordinator'].includes(actor.role);
const field = (path: string, message: string) => ({ fields: [{ path, message }] });

/** An e-mail to write: one address, its language, the singers it is for. */
type Letter = { to: string; locale: Locale; singers: MailSinger[] };

/**
 * The audience asked for, checked (a section leader writes only to a part they lead), and who
 * of it each message reaches. `where` names the fields on a 4xx: `query` or `body`.
 */
async function resolveAudience(
  tx: Tx,
  actor: OrgActor,
  choirId: string,
  asked: ChoirAudienceQuery,
  where: 'query' | 'body',
) {
  const choir = await loadChoir(tx, choirId);
  const partId = asked.audience === 'part' ? asked.partId : null;
  const siteId = asked.audience === 'site' ? asked.siteId : null;
  for (const [kind, id] of [
    ['part', partId],
    ['site', siteId],
  ] as const) {
    if (asked.audience !== kind) continue;
    const path = `${where}.${kind}Id`;
    if (!id) {
      throw new AppError('CHOIR.AUDIENCE_INCOMPLETE', `A message to a ${kind} names it`, {
        ...field(path, `Required when audience is ${kind}`),
      });
    }
    if (!(await choirs.idsInChoir(tx, `${kind}s`, choirId, [id])).size) {
      throw new AppError('CHOIR.REFERENCE_NOT_FOUND', `${kind} not found`, {
        ...field(path, `A ${kind} of the choir`),
      });
    }
  }
  if (!conducts(actor)) {
    const member = await choirs.findMember(tx, choirId, { userId: actor.userId });
    const led = member ? (await choirs.partsLedBy(tx, [member.id])).map((p) => p.id) : [];
    if (!partId || !led.includes(partId)) {
      throw new AppError('CHOIR.NOT_SECTION_LEADER', 'You write only to the parts you lead', {
        ...field(`${where}.partId`, 'A part you lead'),
      });
    }
  }
  if (asked.seasonId && !(await choirs.idsInChoir(tx, 'seasons', choirId, [asked.seasonId])).size) {
    throw new AppError('CHOIR.REFERENCE_NOT_FOUND', 'season not found', {
      ...field(`${where}.seasonId`, 'A season of the choir'),
    });
  }
  const { season } = await currentSeason(tx, choirId, asked.seasonId);
  const members = await messages.audienceOf(tx, choirId, season?.id ?? null, { partId, siteId });
  const standings = await consentStandings(
    tx,
    members.map((m) => m.participantId),
    ['participation'],
  );
  const skipped = { noContact: 0, noConsent: 0 };
  const letters = new Map<string, Letter>();
  /** Who finds the message on their page: every singer of the audience with consent. */
  const recipients: string[] = [];
  for (const m of members) {
    const standing = standings.get(m.participantId);
    const consent = standing?.standing.participation;
    if (consent === 'anonymised' || (standing?.isMinor && consent !== 'given')) {
      skipped.noConsent += 1;
      continue;
    }
    recipients.push(m.id);
    if (m.contactBy !== 'email' || !m.contactEmail) {
      skipped.noContact += 1;
    } else {
      const letter = letters.get(m.contactEmail) ?? {
        to: m.contactEmail,
        locale: m.locale ?? m.accountLocale ?? 'fr',
        singers: [],
      };
      letter.singers.push({ firstName: m.firstName, partName: m.partName, siteName: m.siteName });
      letters.set(m.contactEmail, letter);
    }
  }
  const byLocale = { fr: 0, en: 0, de: 0 };
  for (const letter of letters.values()) byLocale[letter.locale] += 1;
  const audience: ChoirAudience = {
    members: members.length,
    reachable: members.length - skipped.noContact - skipped.noConsent,
    addresses: letters.size,
    skipped,
    byLocale,
  };
  return {
    choir,
    audience,
    letters: [...letters.values()],
    recipients,
    seasonId: season?.id ?? null,
    partId,
    siteId,
  };
}

/** Who a message would reach, before it is written. */
export async function choirAudience({
  actor,
  choirId,
  query,
}: {
  actor: OrgActor;
  choirId: string;
  query: ChoirAudienceQuery;
}): Promise<ChoirAudience> {
  requirePermission(actor, 'choirs.message');
  return actor.inTenant(
    async (tx) => (await resolveAudience(tx, actor, choirId, query, 'query')).audience,
  );
}

export async function sendChoirMessage({
  actor,
  choirId,
  input,
  transportConfigured,
}: {
  actor: OrgActor;
  choirId: string;
  input: z.output<typeof ChoirMessageBodySchema>;
  transportConfigured: boolean;
}) {
  requirePermission(actor, 'choirs.message');
  return actor.inTenant(async (tx) => {
    const resolved = await resolveAudience(tx, actor, choirId, input, 'body');
    const { choir, audience, letters, recipients } = resolved;
    if (recipients.length === 0) {
      throw new AppError('CHOIR.NO_RECIPIENT', 'Nobody of this audience can receive it', {
        ...field('body.audience', 'Nobody to write to'),
        details: audience,
      });
    }
    await messages.insertMessage(
      tx,
      actor.orgId,
      {
        choirId,
        seasonId: resolved.seasonId,
        audience: input.audience,
        partId: resolved.partId,
        siteId: resolved.siteId,
        subject: input.subject,
        text: input.text,
        sentBy: actor.userId,
      },
      recipients,
    );
    const ids = await enqueueMails(
      tx,
      letters.map((letter) => ({
        orgId: actor.orgId,
        kind: 'choir-message',
        to: letter.to,
        ...choirMessageMail(letter.locale, {
          choirName: choir.name,
          subject: textIn(input.subject, letter.locale),
          text: textIn(input.text, letter.locale),
          singers: letter.singers,
        }),
      })),
      transportConfigured,
    );
    return { ...audience, queued: ids.length, delivered: recipients.length };
  });
}

type ContactInput = z.output<typeof ChoirContactBodySchema>;

/** The conductor sets a singer's contact preferences (as the singer or a guardian asked). */
export async function updateMemberContact({
  actor,
  choirId,
  memberId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  memberId: string;
  input: ContactInput;
}) {
  requirePermission(actor, 'choirs.manage');
  return actor.inTenant(async (tx) => {
    await loadChoir(tx, choirId);
    const member = await choirs.findMember(tx, choirId, { memberId });
    if (!member) {
      throw new AppError('CHOIR.REFERENCE_NOT_FOUND', 'member not found', {
        ...field('params.choirMemberId', 'A member of the choir'),
      });
    }
    requireContactEmail(input);
    await messages.updateContact(tx, member.id, input);
    return { memberId: member.id, ...input };
  });
}

/** A singer sets their own contact preferences. */
export async function updateMyContact({
  actor,
  choirId,
  input,
}: {
  actor: OrgActor;
  choirId: string;
  input: ContactInput;
}) {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const member = await choirs.findMember(tx, choirId, { userId: actor.userId });
    if (!member) throw new AppError('CHOIR.NOT_A_MEMBER', 'You are not a member of this choir');
    requireContactEmail(input);
    await messages.updateContact(tx, member.id, input);
    return { memberId: member.id, ...input };
  });
}

/** What was sent to the singer (their part, their site, the whole choir), newest first. */
export async function myInbox({
  actor,
  choirId,
  page,
}: {
  actor: OrgActor;
  choirId: string;
  page: { limit: number; offset: number };
}): Promise<ChoirInbox> {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const member = await choirs.findMember(tx, choirId, { userId: actor.userId });
    if (!member) throw new AppError('CHOIR.NOT_A_MEMBER', 'You are not a member of this choir');
    const inbox = await messages.inboxOf(tx, member.id, page);
    return {
      ...inbox,
      items: inbox.items.map((row) => ({
        ...row,
        sentAt: new Date(row.sentAt).toISOString(),
        readAt: row.readAt ? new Date(row.readAt).toISOString() : null,
      })),
    };
  });
}

/** The singer opened a message sent to them: it is read (the first time is kept). */
export async function markMessageRead({
  actor,
  choirId,
  messageId,
}: {
  actor: OrgActor;
  choirId: string;
  messageId: string;
}) {
  requirePermission(actor, 'choirs.sing');
  return actor.inTenant(async (tx) => {
    const member = await choirs.findMember(tx, choirId, { userId: actor.userId });
    if (!member) throw new AppError('CHOIR.NOT_A_MEMBER', 'You are not a member of this choir');
    if (!(await messages.markRead(tx, messageId, member.id))) {
      throw notFound('CHOIR.NOT_FOUND', 'Message');
    }
    return { id: messageId };
  });
}

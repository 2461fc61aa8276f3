// The only place with SQL for the choir's messages: who an audience holds, with what a message
// needs of each singer (contact preferences, language, part and site, the account's language),
// a singer's contact preferences, the messages sent and each singer's deliveries.
import type { ChoirAudienceQuery, LocalisedText } from '@tutti/contracts';
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';

export type AudienceMember = {
  id: string;
  participantId: string;
  firstName: string;
  partName: string;
  siteName: string;
  contactBy: 'email' | 'none';
  contactEmail: string | null;
  locale: 'fr' | 'en' | 'de' | null;
  accountLocale: 'fr' | 'en' | 'de' | null;
};

/** The season's active singers (guests of the season included), of one part or site if asked. */
export async function audienceOf(
  tx: Executor,
  choirId: string,
  seasonId: string | null,
  only: { partId: string | null; siteId: string | null },
) {
  return rowsOf<AudienceMember>(
    tx,
    sql`select m.id, m.participant_id as "participantId", p.first_name as "firstName",
          pt.name as "partName", s.name as "siteName", m.contact_by as "contactBy",
          m.contact_email as "contactEmail", m.locale, u.locale as "accountLocale"
        from choir_members m
        join participants p on p.id = m.participant_id
        join choir_parts pt on pt.id = m.part_id
        join choir_sites s on s.id = m.site_id
        left join users u on u.id = m.user_id
        where m.choir_id = ${choirId} and m.active
          and (m.guest_season_id is null or m.guest_season_id = ${seasonId})
          and (${only.partId}::uuid is null or m.part_id = ${only.partId})
          and (${only.siteId}::uuid is null or m.site_id = ${only.siteId})
        order by p.search_name, m.id`,
  );
}

export async function updateContact(
  tx: Executor,
  memberId: string,
  values: {
    contactBy: 'email' | 'none';
    contactEmail: string | null;
    locale: 'fr' | 'en' | 'de' | null;
  },
) {
  await tx
    .update(schema.choirMembers)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(schema.choirMembers.id, memberId));
}

/** The message as sent, and one delivery per singer it is for (in one statement each). */
export async function insertMessage(
  tx: Executor,
  orgId: string,
  values: {
    choirId: string;
    seasonId: string | null;
    audience: ChoirAudienceQuery['audience'];
    partId: string | null;
    siteId: string | null;
    subject: LocalisedText;
    text: LocalisedText;
    sentBy: string;
  },
  memberIds: string[],
) {
  const [row] = await tx
    .insert(schema.choirMessages)
    .values({ orgId, ...values })
    .returning({ id: schema.choirMessages.id });
  const messageId = row!.id;
  if (memberIds.length > 0) {
    await tx
      .insert(schema.choirMessageDeliveries)
      .values(memberIds.map((memberId) => ({ orgId, messageId, memberId })));
  }
  return messageId;
}

export type InboxRow = {
  id: string;
  audience: ChoirAudienceQuery['audience'];
  partName: string | null;
  siteName: string | null;
  subject: LocalisedText;
  text: LocalisedText;
  sentAt: Date;
  readAt: Date | null;
};

/** What was sent to a singer, newest first, with the total and how many they have not read. */
export async function inboxOf(
  tx: Executor,
  memberId: string,
  page: { limit: number; offset: number },
) {
  const items = await rowsOf<InboxRow>(
    tx,
    sql`select m.id, m.audience, p.name as "partName", s.name as "siteName", m.subject, m.text,
          m.created_at as "sentAt", d.read_at as "readAt"
        from choir_message_deliveries d
        join choir_messages m on m.id = d.message_id
        left join choir_parts p on p.id = m.part_id
        left join choir_sites s on s.id = m.site_id
        where d.member_id = ${memberId}
        order by m.created_at desc, m.id desc
        limit ${page.limit} offset ${page.offset}`,
  );
  const [counts] = await rowsOf<{ total: number; unread: number }>(
    tx,
    sql`select count(*)::int as total, (count(*) filter (where read_at is null))::int as unread
        from choir_message_deliveries where member_id = ${memberId}`,
  );
  return { items, total: counts?.total ?? 0, unread: counts?.unread ?? 0 };
}

/** Marks a delivery read (its first reading is kept); false when the singer had no such message. */
export async function markRead(tx: Executor, messageId: string, memberId: string) {
  const where = and(
    eq(schema.choirMessageDeliveries.messageId, messageId),
    eq(schema.choirMessageDeliveries.memberId, memberId),
  );
  const updated = await tx
    .update(schema.choirMessageDeliveries)
    .set({ readAt: sql`now()` })
    .where(and(where, isNull(schema.choirMessageDeliveries.readAt)))
    .returning({ id: schema.choirMessageDeliveries.messageId });
  if (updated.length > 0) return true;
  const [found] = await tx
    .select({ id: schema.choirMessageDeliveries.messageId })
    .from(schema.choirMessageDeliveries)
    .where(where);
  return Boolean(found);
}

/** Retention: deletes up to `limit` messages sent before `before` (their deliveries with them). */
export async function deleteMessagesBefore(tx: Executor, before: Date, limit: number) {
  const { choirMessages } = schema;
  const old = tx
    .select({ id: choirMessages.id })
    .from(choirMessages)
    .where(lt(choirMessages.createdAt, before))
    .limit(limit)
    .for('update', { skipLocked: true });
  return tx
    .delete(choirMessages)
    .where(inArray(choirMessages.id, old))
    .returning({ orgId: choirMessages.orgId });
}

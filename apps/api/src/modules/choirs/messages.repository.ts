// The only place with SQL for the choir's messages: who an audience holds, with what a message
// needs of each singer (contact preferences, language, part and site, the account's language),
// and a singer's contact preferences.
import { type Executor, rowsOf, schema } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';

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

// The demo step for people without accounts: a family with two children in the two groups with
// the soonest sessions, whose consents carry an e-mail address (they ask for a link on the
// families page), and a share link for the first of those groups. Runs after the programme.
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../rows-of';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';

/** The demo family's address: `/p/musique-en-chemins/familles` sends its link to the outbox. */
export const DEMO_GUARDIAN_EMAIL = 'famille.demo@demo.test';

export const demoGuestAccessStep: DemoStep = {
  name: 'people without accounts',
  async run({ db, orgId, userIds, now }) {
    // Per group with upcoming sessions, soonest first: one child's current consent.
    const picks = await rowsOf<{ group_id: string; consent_id: string }>(
      db,
      sql`select g.group_id, (
            select c.id from participant_consents c
            join participants p on p.id = c.participant_id
            where p.group_id = g.group_id and c.withdrawn_on is null
            order by p.first_name, c.id limit 1) as consent_id
          from (select sg.group_id, min(s.starts_at) as next_start
                from session_groups sg join sessions s on s.id = sg.session_id
                where s.org_id = ${orgId} and s.starts_at > ${now.toISOString()}::timestamptz and s.status <> 'cancelled'
                group by sg.group_id) g
          order by g.next_start`,
    );
    const family = picks.filter((pick) => pick.consent_id).slice(0, 2);
    for (const pick of family) {
      await db
        .update(schema.participantConsents)
        .set({ guardianEmail: DEMO_GUARDIAN_EMAIL })
        .where(
          and(
            eq(schema.participantConsents.orgId, orgId),
            eq(schema.participantConsents.id, pick.consent_id),
          ),
        );
    }
    const shared = family[0] ?? picks[0];
    if (!shared) return;
    await db.insert(schema.groupShareLinks).values({
      orgId,
      groupId: shared.group_id,
      token: randomBytes(32).toString('base64url'),
      note: 'Pensez aux gourdes. Chanson à réviser à la maison : « Le Petit Bal perdu ».',
      createdBy: userIds.coordinator,
    });
  },
};

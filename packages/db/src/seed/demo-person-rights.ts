// Demo requests about people's data: the demo family asked to see what is kept about their
// child (answered within the month), and another family asked for a correction that is still
// open. Runs after the people without accounts (it finds the demo family by its address).
import { RIGHTS_ANSWER_MONTHS } from '@tutti/contracts';
import { addDays, sameDayMonthsLater, today } from '@tutti/kit/dates';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../rows-of';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';
import { DEMO_GUARDIAN_EMAIL } from './demo-guest-access';

export const demoPersonRightsStep: DemoStep = {
  name: 'person rights',
  async run({ db, orgId, userIds, now }) {
    const [family] = await rowsOf<{ id: string }>(
      db,
      sql`select p.id from participants p join participant_consents c on c.participant_id = p.id
          where p.org_id = ${orgId} and c.guardian_email = ${DEMO_GUARDIAN_EMAIL}
          order by p.first_name, p.id limit 1`,
    );
    const [other] = await rowsOf<{ id: string }>(
      db,
      sql`select p.id from participants p
          where p.org_id = ${orgId} and p.last_name is not null and p.archived_at is null
            and not exists (select 1 from participant_consents c
                            where c.participant_id = p.id and c.guardian_email = ${DEMO_GUARDIAN_EMAIL})
          order by p.first_name, p.id limit 1`,
    );
    const day = today('Europe/Paris', now);
    const received = (daysAgo: number) => addDays(day, -daysAgo);
    const due = (receivedOn: string) => sameDayMonthsLater(receivedOn, RIGHTS_ANSWER_MONTHS);
    if (family) {
      await db.insert(schema.personRightsRequests).values({
        orgId,
        participantId: family.id,
        kind: 'access',
        receivedOn: received(24),
        receivedBy: userIds.admin,
        dueOn: due(received(24)),
        answeredOn: received(17),
        outcome: 'done',
        note: 'Demandé par e-mail ; export PDF envoyé à la famille.',
      });
    }
    if (other) {
      await db.insert(schema.personRightsRequests).values({
        orgId,
        participantId: other.id,
        kind: 'rectification',
        receivedOn: received(6),
        receivedBy: userIds.coordinator,
        dueOn: due(received(6)),
        note: 'Le nom de famille est mal orthographié (appel du père à l’accueil).',
      });
    }
  },
};

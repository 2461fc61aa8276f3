// The demo's warm handovers and their follow-up: last summer, at the end of their journey, twelve
// participants were introduced to choirs of the directory with their consent (or their guardian's);
// their 3- and 6-month check-ins were answered (seven went on, five stopped), so the continuation
// rate shows on the impact page. Two introductions are in progress: one reminded at D+3, one left
// unanswered 22 days and passed to the coordinators.
import { createHash, randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../rows-of';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';

const DAY = 86_400_000;
const hash = () => createHash('sha256').update(randomBytes(32)).digest('hex');
const localDate = (date: Date) => date.toISOString().slice(0, 10);

const SANG = [
  'Le chant des canuts, en canon',
  'Une berceuse du Morvan, à deux voix',
  'Le temps des cerises',
  'Un gospel, « Oh Happy Day »',
];

export const demoHandoversStep: DemoStep = {
  name: 'handovers',
  async run({ db, orgId, userIds, now }) {
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
    // Participants present this school year: the impact page's default period counts them.
    const startYear = now.getUTCMonth() >= 8 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    const people = await rowsOf<{ id: string; first_name: string }>(
      db,
      sql`select distinct p.id, p.first_name from participants p
        join attendance_marks m on m.participant_id = p.id and m.status = 'present'
        join sessions s on s.id = m.session_id
        where p.org_id = ${orgId} and p.anonymised_at is null
          and s.starts_at >= ${`${startYear}-09-01`}::date and s.starts_at <= ${now.toISOString()}::timestamptz
        order by p.id limit 14`,
    );
    const ensembles = await rowsOf<{ id: string }>(
      db,
      sql`select id from ensembles where org_id = ${orgId} and status = 'published'
        and contact_email is not null order by name limit 3`,
    );
    if (people.length < 14 || ensembles.length === 0) return;
    for (const [index, person] of people.entries()) {
      const inProgress = index >= 12;
      const createdAt = inProgress ? daysAgo(index === 12 ? 4 : 22) : daysAgo(200 + index);
      const [consent] = await db
        .insert(schema.participantConsents)
        .values({
          orgId,
          participantId: person.id,
          guardianName: person.first_name,
          givenOn: localDate(createdAt),
          method: 'paper',
          purposes: ['handover', 'follow_up'],
          recordedBy: userIds.artist,
        })
        .returning({ id: schema.participantConsents.id });
      const trialDate = localDate(new Date(createdAt.getTime() + 9 * DAY));
      const [handover] = await db
        .insert(schema.directoryHandovers)
        .values({
          orgId,
          participantId: person.id,
          ensembleId: ensembles[index % ensembles.length]!.id,
          introducedBy: index % 2 === 0 ? userIds.artist : userIds.relay,
          consentId: consent!.id,
          part: (['soprano', 'alto', 'tenor', 'bass'] as const)[index % 4],
          sang: SANG[index % SANG.length]!,
          message:
            index % 3 === 0 ? 'Une voix juste, qui a pris confiance au fil des ateliers.' : null,
          contactEmail: `suivi.${index + 1}@example.test`,
          followUp: true,
          status: inProgress ? 'awaiting' : 'accepted',
          answerDueAt: new Date(createdAt.getTime() + 14 * DAY),
          tokenHash: hash(),
          remindersSent: inProgress ? (index === 12 ? 1 : 2) : 0,
          escalatedAt: index === 13 ? daysAgo(1) : null,
          answeredAt: inProgress ? null : new Date(createdAt.getTime() + 2 * DAY),
          trialDate: inProgress ? null : trialDate,
          answerNote: inProgress ? null : 'Répétition le jeudi à 20 h, salle paroissiale.',
          createdAt,
        })
        .returning({ id: schema.directoryHandovers.id });
      if (inProgress) continue;
      // Seven joined (one started a choir of their own with neighbours), five stopped.
      const went = index < 10;
      const continued = index < 7;
      const answers: ['trial' | 'month_3' | 'month_6', string, number][] = [
        ['trial', went ? 'went' : 'did_not_go', 10],
        ['month_3', continued ? (index === 6 ? 'started' : 'joined') : 'not_practising', 92],
        ['month_6', continued ? 'joined' : 'not_practising', 184],
      ];
      for (const [kind, answer, afterDays] of answers) {
        const sentAt = new Date(createdAt.getTime() + afterDays * DAY);
        await db.insert(schema.directoryFollowUps).values({
          orgId,
          handoverId: handover!.id,
          kind,
          sentAt,
          tokenHash: hash(),
          answer: answer as 'went',
          answeredAt: new Date(sentAt.getTime() + DAY),
        });
      }
    }
  },
};

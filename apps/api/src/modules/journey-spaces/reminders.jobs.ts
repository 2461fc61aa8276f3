// Every quarter of an hour: the reminder e-mails of journey spaces, about a day before each step of
// the journey (a session or an online meeting), to the families who asked and confirmed, in the
// language they asked in, through the outbox. Each is recorded in the transaction that queues it,
// unique per subscription, session and start: a second run, or two processes at once, send
// nothing twice; a session moved later is reminded again at its new time.
import type { Locale } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { Db, TuttiDatabase } from '@tutti/db';
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import type { App, AppDeps } from '../../platform/app-types';
import { hashToken, randomToken } from '../../platform/auth/tokens';
import { enqueueMail } from '../../platform/mail/outbox';
import { currentGroupShareUrl } from '../groups';
import { spaceTexts } from './i18n';
import { type ReminderFacts, reminderTexts } from './i18n/reminders';
import * as repository from './reminders.repository';

export const SPACE_REMINDER_JOB = 'journey-spaces.reminders';
export const SPACE_REMINDER_CRON = '*/15 * * * *';
/** A step is reminded once it starts within this many hours. */
export const REMINDER_HOURS = 24;
const BATCH = 200;

type RunOptions = {
  database: TuttiDatabase;
  publicUrl: string;
  smtpConfigured: boolean;
  now?: Date;
};

/** The page where a reminder's recipient confirms or stops them, in their language. */
export function reminderLink(publicUrl: string, token: string, lang: Locale) {
  return `${publicUrl.replace(/\/$/, '')}/p/_/rappels/${token}?lang=${lang}`;
}

/** What a reminder says of its session, in its recipient's language. */
function factsOf(row: repository.DueReminder, spaceUrl: string, stopUrl: string): ReminderFacts {
  const lang = row.language;
  const local = (instant: Date | string) => toLocalDateTime(new Date(instant), row.time_zone);
  const day = formatDate(local(row.starts_at).slice(0, 10), lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
  const range = reminderTexts[lang].timeRange(
    local(row.starts_at).slice(11, 16),
    local(row.ends_at).slice(11, 16),
  );
  const kind = row.kind as keyof (typeof VOCABULARY)['fr']['sessionKind'];
  const commune = [row.postal_code, row.commune_name].filter(Boolean).join(' ');
  return {
    journey: row.journey_name,
    group: row.group_name,
    organisation: row.organisation_name,
    when: `${day}, ${range}`,
    step: spaceTexts[lang].step(row.position, row.title ?? VOCABULARY[lang].sessionKind[kind]),
    place: row.venue_name ? [row.venue_name, commune].filter(Boolean).join(', ') : null,
    room: row.online_url,
    spaceUrl,
    stopUrl,
  };
}

/** The reminders due `now`, each queued once; answers how many were. */
export async function runSpaceReminders(options: RunOptions) {
  const now = options.now ?? new Date();
  const until = new Date(now.getTime() + REMINDER_HOURS * 3_600_000);
  const db = options.database.db;
  let queued = 0;
  for (;;) {
    const rows = await repository.listDueReminders(db, now, until, BATCH);
    const groupUrls = new Map<string, string | null>();
    let wrote = 0;
    for (const row of rows) {
      if (!groupUrls.has(row.group_id)) {
        groupUrls.set(
          row.group_id,
          await currentGroupShareUrl(db, row.group_id, options.publicUrl),
        );
      }
      const groupUrl = groupUrls.get(row.group_id);
      if (!groupUrl) continue;
      const token = randomToken();
      const facts = factsOf(
        row,
        `${groupUrl}/parcours/${row.journey_id}`,
        reminderLink(options.publicUrl, token, row.language),
      );
      const texts = reminderTexts[row.language];
      await db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        const inserted = await repository.insertSent(tx, {
          orgId: row.org_id,
          subscriptionId: row.subscription_id,
          sessionId: row.session_id,
          startsAt: row.starts_at_exact,
          tokenHash: hashToken(token),
          sentAt: now,
        });
        if (!inserted) return;
        await enqueueMail(
          tx,
          {
            orgId: row.org_id,
            kind: 'journey-space-reminder',
            to: row.email,
            subject: texts.reminderSubject(facts),
            text: texts.reminderBody(facts),
          },
          options.smtpConfigured,
        );
        wrote += 1;
      });
    }
    queued += wrote;
    if (rows.length < BATCH || wrote === 0) return { queued };
  }
}

export function registerSpaceReminderJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work(SPACE_REMINDER_JOB, async () => {
      const counts = await runSpaceReminders({
        database: deps.database,
        publicUrl: deps.config.publicUrl,
        smtpConfigured: !!deps.config.smtpUrl,
      });
      // Counts only: no address reaches the logs.
      if (counts.queued > 0) app.log.info(counts, 'journey space reminders queued');
      return counts;
    });
    await deps.jobs.schedule(SPACE_REMINDER_JOB, SPACE_REMINDER_CRON);
  });
}

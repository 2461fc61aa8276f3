// Once a day: reminders to the ensembles that have not answered an introduction (D+3, D+10), the
// coordinators told at D+21, and the follow-up e-mails the participants agreed to ("did you go?"
// after the trial date, check-ins at 3, 6 and 12 months). Every write is conditional (a counter
// moved from its old value, a follow-up unique per kind), so a second run the same day, or two at
// once, sends nothing twice.
import {
  FOLLOW_UP_MONTHS,
  type FollowUpKind,
  HANDOVER_ESCALATION_DAYS,
  HANDOVER_REMINDER_DAYS,
} from '@tutti/contracts';
import type { Db, TuttiDatabase } from '@tutti/db';
import type { App, AppDeps } from '../../platform/app-types';
import { enqueueMail } from '../../platform/mail/outbox';
import { newConfirmationToken } from './confirmation';
import * as repository from './handover.repository';
import { handoverLink, longDate } from './handover.service';
import { handoverTexts } from './i18n';

export const DIRECTORY_HANDOVER_JOB = 'directory.handovers';
/** Every day at 09:30, server time, after the re-confirmations. */
export const DIRECTORY_HANDOVER_CRON = '30 9 * * *';
const DAY_MS = 86_400_000;
const BATCH = 200;

type RunOptions = {
  database: TuttiDatabase;
  publicUrl: string;
  smtpConfigured: boolean;
  now?: Date;
};

/** The address of the page where a participant answers a follow-up. */
export function followUpLink(publicUrl: string, token: string) {
  return `${publicUrl.replace(/\/$/, '')}/p/_/suivi/${token}`;
}

/**
 * Reminders and escalations due `now`. The reminder's link is a new secret (the first one is not
 * kept); the previous links stop working. Answers how many of each were queued.
 */
async function remindEnsembles(options: RunOptions, now: Date) {
  const db = options.database.db;
  const [firstDay, secondDay] = HANDOVER_REMINDER_DAYS;
  let reminders = 0;
  let escalations = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await repository.listAwaitingBefore(
      db,
      new Date(now.getTime() - firstDay * DAY_MS),
      BATCH,
      after,
    );
    if (rows.length === 0) return { reminders, escalations };
    after = rows.at(-1)!.handover.id;
    for (const row of rows) {
      const h = row.handover;
      const days = (now.getTime() - h.createdAt.getTime()) / DAY_MS;
      // A run missed for days sends the latest reminder due, once.
      const due = days >= secondDay ? 2 : 1;
      await db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        if (days >= HANDOVER_ESCALATION_DAYS) {
          if (!(await repository.markEscalated(tx, h.id, now))) return;
          const link = `${options.publicUrl.replace(/\/$/, '')}/o/${h.orgId}/ensembles`;
          // Each coordinator reads it in the language they use Tutti in.
          for (const { email: to, locale } of await repository.coordinatorEmails(tx, h.orgId)) {
            const texts = handoverTexts[locale];
            const messageId = await enqueueMail(
              tx,
              {
                orgId: h.orgId,
                kind: 'directory-handover-escalation',
                to,
                subject: texts.escalationSubject({
                  firstName: row.firstName,
                  ensemble: row.ensembleName,
                }),
                text: texts.escalationBody({
                  firstName: row.firstName,
                  ensemble: row.ensembleName,
                  introduced: longDate(h.createdAt, locale),
                  link,
                }),
              },
              options.smtpConfigured,
            );
            await repository.noteMessage(tx, h.id, messageId);
          }
          escalations += 1;
          return;
        }
        if (h.remindersSent >= due || !row.ensembleEmail) return;
        const ensembleTexts = handoverTexts[row.ensembleLanguage];
        if (!(await repository.markReminded(tx, h.id, h.remindersSent, due))) return;
        const { token, hash } = newConfirmationToken();
        await repository.replaceHandoverToken(tx, h.id, hash);
        const messageId = await enqueueMail(
          tx,
          {
            orgId: h.orgId,
            kind: 'directory-handover-reminder',
            to: row.ensembleEmail,
            subject: ensembleTexts.reminderSubject({ firstName: row.firstName }),
            text: ensembleTexts.reminderBody({
              firstName: row.firstName,
              ensemble: row.ensembleName,
              answerBy: longDate(h.answerDueAt, row.ensembleLanguage),
              link: handoverLink(options.publicUrl, token, row.ensembleLanguage),
            }),
          },
          options.smtpConfigured,
        );
        await repository.noteMessage(tx, h.id, messageId);
        reminders += 1;
      });
    }
  }
}

const checkIns: { kind: FollowUpKind; months: { from: number; until: number } | null }[] = [
  { kind: 'trial', months: null },
  { kind: 'month_3', months: { from: FOLLOW_UP_MONTHS.month_3, until: FOLLOW_UP_MONTHS.month_6 } },
  {
    kind: 'month_6',
    months: { from: FOLLOW_UP_MONTHS.month_6, until: FOLLOW_UP_MONTHS.month_12 },
  },
  { kind: 'month_12', months: { from: FOLLOW_UP_MONTHS.month_12, until: 13 } },
];

async function sendFollowUps(options: RunOptions, now: Date) {
  const db = options.database.db;
  const texts = handoverTexts.fr;
  let sent = 0;
  for (const { kind, months } of checkIns) {
    for (;;) {
      const rows = await repository.listFollowUpsDue(db, kind, now, months, BATCH);
      let wrote = 0;
      for (const row of rows) {
        const { token, hash } = newConfirmationToken();
        await db.transaction(async (raw) => {
          const tx = raw as unknown as Db;
          const inserted = await repository.insertFollowUp(tx, {
            orgId: row.org_id,
            handoverId: row.id,
            kind,
            sentAt: now,
            tokenHash: hash,
          });
          if (!inserted) return;
          await enqueueMail(
            tx,
            {
              orgId: row.org_id,
              kind: 'directory-follow-up',
              to: row.contact_email,
              subject: texts.followUpSubject(kind, row.ensemble_name),
              text: texts.followUpBody({
                firstName: row.first_name,
                kind,
                organisation: row.organisation_name,
                link: followUpLink(options.publicUrl, token),
              }),
            },
            options.smtpConfigured,
          );
          wrote += 1;
        });
      }
      sent += wrote;
      if (rows.length < BATCH || wrote === 0) break;
    }
  }
  return sent;
}

/** The day's reminders, escalations and follow-ups; counts only. */
export async function runHandoverDay(options: RunOptions) {
  const now = options.now ?? new Date();
  const { reminders, escalations } = await remindEnsembles(options, now);
  const followUps = await sendFollowUps(options, now);
  return { reminders, escalations, followUps };
}

export function registerHandoverJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work(DIRECTORY_HANDOVER_JOB, async () => {
      const counts = await runHandoverDay({
        database: deps.database,
        publicUrl: deps.config.publicUrl,
        smtpConfigured: !!deps.config.smtpUrl,
      });
      // Counts only: no participant or contact reaches the logs.
      app.log.info(counts, 'directory handovers: reminders, escalations, follow-ups queued');
      return counts;
    });
    await deps.jobs.schedule(DIRECTORY_HANDOVER_JOB, DIRECTORY_HANDOVER_CRON);
  });
}

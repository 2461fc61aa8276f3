// Once a day: a re-confirmation e-mail to each listing's contact 6 months after its last
// confirmation and a last call at 11 months, through the outbox; listings unconfirmed for 12 months
// leave the public pages by themselves (every public read asks for a confirmation within 12 months).
import { CONFIRMATION_DUE_MONTHS, type Locale } from '@tutti/contracts';
import { type Db, schema, type TuttiDatabase } from '@tutti/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { App, AppDeps } from '../../platform/app-types';
import { enqueueMail } from '../../platform/mail/outbox';
import { monthsBefore, newConfirmationToken } from './confirmation';
import * as directory from './directory.repository';
import { directoryTexts } from './i18n';

export const DIRECTORY_RECONFIRM_JOB = 'directory.reconfirm';
/** Every day at 09:15, server time: e-mails that arrive in working hours. */
export const DIRECTORY_RECONFIRM_CRON = '15 9 * * *';
const LAST_CALL_MONTHS = 11;
const BATCH = 200;

/** The address of the page where a contact confirms with one click, in the ensemble's language. */
export function confirmationLink(publicUrl: string, token: string, lang: Locale = 'fr') {
  return `${publicUrl.replace(/\/$/, '')}/p/_/ensemble/confirmer/${token}?lang=${lang}`;
}

/**
 * Queues the e-mails due `now` in every organisation; each listing's new link and the time of the
 * e-mail are written in the transaction that queues it. Answers how many were queued.
 */
export async function sendReconfirmations(options: {
  database: TuttiDatabase;
  publicUrl: string;
  smtpConfigured: boolean;
  now?: Date;
}): Promise<number> {
  const now = options.now ?? new Date();
  const db = options.database.db;
  let queued = 0;
  for (;;) {
    const due = await directory.listDueForReminder(db, {
      dueBefore: monthsBefore(now, CONFIRMATION_DUE_MONTHS),
      lastCallBefore: monthsBefore(now, LAST_CALL_MONTHS),
      limit: BATCH,
    });
    if (due.length === 0) return queued;
    const orgIds = [...new Set(due.map((row) => row.orgId))];
    const orgs = await db
      .select({ id: schema.organisations.id, name: schema.organisations.name })
      .from(schema.organisations)
      .where(inArray(schema.organisations.id, orgIds));
    const orgName = new Map(orgs.map((org) => [org.id, org.name]));
    for (const row of due) {
      const { token, hash } = newConfirmationToken();
      const lastCall = row.lastConfirmedAt! < monthsBefore(now, LAST_CALL_MONTHS);
      const texts = directoryTexts[row.language].reconfirmMail;
      await db.transaction(async (tx) => {
        await (tx as unknown as Db)
          .update(schema.ensembles)
          .set({ reminderSentAt: now, confirmTokenHash: hash })
          .where(and(eq(schema.ensembles.id, row.id), eq(schema.ensembles.orgId, row.orgId)));
        await enqueueMail(
          tx,
          {
            orgId: row.orgId,
            kind: 'directory-reconfirm',
            to: row.contactEmail!,
            subject: texts.subject(row.name, lastCall),
            text: texts.body({
              ensemble: row.name,
              organisation: orgName.get(row.orgId) ?? '',
              link: confirmationLink(options.publicUrl, token, row.language),
              lastCall,
            }),
          },
          options.smtpConfigured,
        );
      });
      queued += 1;
    }
  }
}

export function registerDirectoryJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work(DIRECTORY_RECONFIRM_JOB, async () => {
      const queued = await sendReconfirmations({
        database: deps.database,
        publicUrl: deps.config.publicUrl,
        smtpConfigured: !!deps.config.smtpUrl,
      });
      // A count only: no contact reaches the logs.
      app.log.info({ queued }, 'directory re-confirmations queued');
      return { queued };
    });
    await deps.jobs.schedule(DIRECTORY_RECONFIRM_JOB, DIRECTORY_RECONFIRM_CRON);
  });
}

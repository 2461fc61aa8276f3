// What a person's rights reach in journey spaces by the person's addresses: the reminder e-mails
// asked for with a guardian's address. Called by person-rights inside its own transaction (the
// caller checks access); erasure deletes them with the reminders sent.
import type { PersonDataExport } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { deleteSubscriptionsTo, subscriptionsTo } from './reminders.repository';

export async function readPersonSpaceReminders(
  tx: Executor,
  addresses: readonly string[],
): Promise<PersonDataExport['spaceReminders']> {
  return (await subscriptionsTo(tx, addresses)).map((row) => ({
    journeyName: row.journeyName,
    email: row.subscription.email,
    language: row.subscription.language,
    askedAt: row.subscription.createdAt.toISOString(),
    confirmedAt: row.subscription.confirmedAt?.toISOString() ?? null,
    remindersSent: row.remindersSent,
  }));
}

export async function countPersonSpaceReminders(tx: Executor, addresses: readonly string[]) {
  return (await subscriptionsTo(tx, addresses)).length;
}

export async function erasePersonSpaceReminders(tx: Executor, addresses: readonly string[]) {
  await deleteSubscriptionsTo(tx, addresses);
}

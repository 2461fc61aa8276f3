// `npm run outbox`: prints the latest kept or pending e-mails, for instances without SMTP.
import { schema } from '@tutti/db';
import { desc } from 'drizzle-orm';
import { loadConfig } from '../platform/config';
import { openConfiguredDatabase } from '../platform/database';

const limit = Number(process.argv[2] ?? 10);
const database = await openConfiguredDatabase(loadConfig());
try {
  const messages = await database.db
    .select()
    .from(schema.outboxMessages)
    .orderBy(desc(schema.outboxMessages.createdAt))
    .limit(limit);
  for (const m of messages.reverse()) {
    console.log(
      `--- ${m.createdAt.toISOString()} [${m.status}] ${m.kind} to ${m.toAddress}\n${m.subject}\n\n${m.bodyText}\n`,
    );
  }
  if (messages.length === 0) console.log('The outbox is empty.');
} finally {
  await database.close();
}

// `npm run outbox [count]`: prints the latest kept or pending e-mails, for instances without SMTP.
// On the embedded database held by a running server, it asks that server (the key it wrote next to
// the data folder) instead of opening the folder, which only one process may hold.
import type { OutboxMessage } from '@tutti/contracts';
import { OperatorOutboxSchema } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { desc } from 'drizzle-orm';
import { loadConfig } from '../platform/config';
import { dataFolderHolder } from '../platform/data-folder-lock';
import { openConfiguredDatabase } from '../platform/database';
import { readOperatorKey } from '../platform/operator';

const limit = Math.min(200, Math.max(1, Number(process.argv[2] ?? 10) || 10));
const config = loadConfig();

function print(
  messages: Pick<
    OutboxMessage,
    'createdAt' | 'status' | 'kind' | 'toAddress' | 'subject' | 'bodyText'
  >[],
) {
  for (const m of [...messages].reverse()) {
    console.log(
      `--- ${m.createdAt} [${m.status}] ${m.kind} to ${m.toAddress}\n${m.subject}\n\n${m.bodyText}\n`,
    );
  }
  if (messages.length === 0) console.log('The outbox is empty.');
}

async function fromRunningServer(dataDir: string, pid: number) {
  const operator = readOperatorKey(dataDir);
  if (!operator) {
    throw new Error(
      `Another Tutti process (pid ${pid}) is using the data folder ${dataDir}, and it is not a server that lets this command read its outbox. Stop it first.`,
    );
  }
  const response = await fetch(`${operator.url}/api/operator/outbox?limit=${limit}`, {
    headers: { authorization: `Bearer ${operator.key}` },
  });
  if (!response.ok) {
    throw new Error(
      `The running server (pid ${pid}, ${operator.url}) answered ${response.status}.`,
    );
  }
  console.log(`(read from the running server, pid ${pid}, ${operator.url})\n`);
  print(OperatorOutboxSchema.parse(await response.json()).items);
}

async function fromDatabase() {
  const database = await openConfiguredDatabase(config);
  try {
    const rows = await database.db
      .select()
      .from(schema.outboxMessages)
      .orderBy(desc(schema.outboxMessages.createdAt))
      .limit(limit);
    print(rows.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })));
  } finally {
    await database.close();
  }
}

const target = config.database;
const holder =
  target.kind === 'pglite' && !target.dataDir.startsWith('memory://')
    ? dataFolderHolder(target.dataDir)
    : null;
try {
  if (holder !== null && target.kind === 'pglite') await fromRunningServer(target.dataDir, holder);
  else await fromDatabase();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}

// An organisation's HelloAsso account as the box office uses it: its client secret and signature
// key sealed at rest (platform/secrets), opened here only for the call that needs them. A value
// written before secrets were sealed is still read, and sealed at the next start
// (`sealHelloAssoSecrets`). A value sealed under another key (a backup restored on a server with
// a new key) reads as no secret: the admin enters it again.
import type { TuttiDatabase } from '@tutti/db';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import type { SecretBox } from '../../platform/secrets';
import type { HelloAssoAccountRow } from './payments.repository';

const SEALED = /^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export const isSealed = (value: string) => SEALED.test(value);

function reveal(box: SecretBox, value: string) {
  return isSealed(value) ? box.open(value) : value;
}

export type OpenedHelloAssoAccount = {
  clientId: string;
  clientSecret: string;
  organizationSlug: string;
  signatureKey: string | null;
};

/** The account with its secrets in clear for one call; null when they cannot be opened. */
export function openHelloAssoAccount(
  box: SecretBox,
  row: HelloAssoAccountRow,
): OpenedHelloAssoAccount | null {
  const clientSecret = reveal(box, row.clientSecret);
  const signatureKey = row.signatureKey === null ? null : reveal(box, row.signatureKey);
  if (clientSecret === null || (row.signatureKey !== null && signatureKey === null)) return null;
  return {
    clientId: row.clientId,
    clientSecret,
    organizationSlug: row.organizationSlug,
    signatureKey,
  };
}

/** Seals the accounts' secrets still stored in clear; returns how many accounts it sealed. */
export async function sealHelloAssoSecrets({
  database,
  box,
}: {
  database: TuttiDatabase;
  box: SecretBox;
}) {
  const { helloassoAccounts } = schema;
  // The owner's connection: every organisation's row, locked while it is rewritten.
  return database.db.transaction(async (tx) => {
    const rows = await tx.select().from(helloassoAccounts).for('update');
    let sealed = 0;
    for (const row of rows) {
      const secretInClear = !isSealed(row.clientSecret);
      const keyInClear = row.signatureKey !== null && !isSealed(row.signatureKey);
      if (!secretInClear && !keyInClear) continue;
      await tx
        .update(helloassoAccounts)
        .set({
          clientSecret: secretInClear ? box.seal(row.clientSecret) : row.clientSecret,
          signatureKey: keyInClear ? box.seal(row.signatureKey!) : row.signatureKey,
        })
        .where(eq(helloassoAccounts.orgId, row.orgId));
      sealed += 1;
    }
    return sealed;
  });
}

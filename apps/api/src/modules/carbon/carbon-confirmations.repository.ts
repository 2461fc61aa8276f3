// The only place with queries on carbon confirmations: flagged inputs a coordinator vouched for.
import { type Executor, schema } from '@tutti/db';
import { and, eq, inArray } from 'drizzle-orm';

const { carbonConfirmations, users } = schema;

export type ConfirmationRow = {
  inputKey: string;
  sessionId: string;
  fingerprint: string;
  confirmedBy: string | null;
  confirmedByName: string | null;
  confirmedAt: Date;
};

const columns = {
  inputKey: carbonConfirmations.inputKey,
  sessionId: carbonConfirmations.sessionId,
  fingerprint: carbonConfirmations.fingerprint,
  confirmedBy: carbonConfirmations.confirmedBy,
  confirmedByName: users.displayName,
  confirmedAt: carbonConfirmations.confirmedAt,
};

/** Confirmations of the sessions' inputs, with who confirmed them. */
export async function findConfirmations(
  tx: Executor,
  sessionIds: readonly string[],
): Promise<ConfirmationRow[]> {
  if (sessionIds.length === 0) return [];
  return tx
    .select(columns)
    .from(carbonConfirmations)
    .leftJoin(users, eq(users.id, carbonConfirmations.confirmedBy))
    .where(inArray(carbonConfirmations.sessionId, [...sessionIds]));
}

/** Confirms an input again if it was (a new fingerprint, a new person, now). */
export async function upsertConfirmation(
  tx: Executor,
  values: {
    orgId: string;
    sessionId: string;
    inputKey: string;
    fingerprint: string;
    userId: string;
  },
) {
  await tx
    .insert(carbonConfirmations)
    .values({
      orgId: values.orgId,
      sessionId: values.sessionId,
      inputKey: values.inputKey,
      fingerprint: values.fingerprint,
      confirmedBy: values.userId,
    })
    .onConflictDoUpdate({
      target: [carbonConfirmations.orgId, carbonConfirmations.inputKey],
      set: {
        sessionId: values.sessionId,
        fingerprint: values.fingerprint,
        confirmedBy: values.userId,
        confirmedAt: new Date(),
      },
    });
  const [row] = await tx
    .select(columns)
    .from(carbonConfirmations)
    .leftJoin(users, eq(users.id, carbonConfirmations.confirmedBy))
    .where(
      and(
        eq(carbonConfirmations.orgId, values.orgId),
        eq(carbonConfirmations.inputKey, values.inputKey),
      ),
    );
  return row!;
}

/** Row-level security keeps it to the organisation; the session must be the input's. */
export async function deleteConfirmation(tx: Executor, sessionId: string, inputKey: string) {
  return tx
    .delete(carbonConfirmations)
    .where(
      and(eq(carbonConfirmations.sessionId, sessionId), eq(carbonConfirmations.inputKey, inputKey)),
    )
    .returning({ sessionId: carbonConfirmations.sessionId });
}

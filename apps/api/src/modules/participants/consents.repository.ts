// The only place with queries on guardian consents and on access needs (special-category data).
import type { ConsentMethod, ConsentPurpose } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, isNull } from 'drizzle-orm';

const { participantConsents, participantAccessNeeds } = schema;

export type ConsentRow = typeof participantConsents.$inferSelect;

export async function listConsents(tx: Executor, participantId: string) {
  return tx
    .select()
    .from(participantConsents)
    .where(eq(participantConsents.participantId, participantId))
    .orderBy(desc(participantConsents.givenOn), desc(participantConsents.createdAt));
}

export async function insertConsent(
  tx: Executor,
  values: {
    orgId: string;
    participantId: string;
    guardianName: string;
    guardianEmail?: string | null | undefined;
    guardianPhone?: string | null | undefined;
    givenOn: string;
    method: ConsentMethod;
    purposes: ConsentPurpose[];
    recordedBy: string;
  },
) {
  const [row] = await tx.insert(participantConsents).values(values).returning();
  return row!;
}

/** Consents read from an imported file, all in one statement, with the file and line they came from. */
export async function insertImportedConsents(
  tx: Executor,
  values: readonly {
    orgId: string;
    participantId: string;
    guardianName: string | null;
    guardianEmail: string | null;
    guardianPhone: string | null;
    givenOn: string;
    method: ConsentMethod;
    purposes: ConsentPurpose[];
    recordedBy: string;
    sourceFile: string;
    sourceLine: number;
  }[],
) {
  if (values.length === 0) return;
  await tx
    .insert(participantConsents)
    .values(values.map((v) => ({ ...v, source: 'import' as const })));
}

export async function findConsent(tx: Executor, participantId: string, consentId: string) {
  const [row] = await tx
    .select()
    .from(participantConsents)
    .where(
      and(
        eq(participantConsents.participantId, participantId),
        eq(participantConsents.id, consentId),
      ),
    );
  return row ?? null;
}

/** Withdrawal keeps the consent in the history with its date; only a current one is withdrawn. */
export async function withdrawConsent(tx: Executor, consentId: string, withdrawnOn: string) {
  const [row] = await tx
    .update(participantConsents)
    .set({ withdrawnOn })
    .where(and(eq(participantConsents.id, consentId), isNull(participantConsents.withdrawnOn)))
    .returning();
  return row ?? null;
}

/** Visible only inside a transaction opened with `sensitive: true`; empty otherwise. */
export async function findAccessNeeds(tx: Executor, participantId: string) {
  const [row] = await tx
    .select({ needs: participantAccessNeeds.needs, updatedAt: participantAccessNeeds.updatedAt })
    .from(participantAccessNeeds)
    .where(eq(participantAccessNeeds.participantId, participantId));
  return row ?? null;
}

export async function setAccessNeeds(
  tx: Executor,
  values: { orgId: string; participantId: string; needs: string; updatedBy: string },
) {
  const now = new Date();
  await tx
    .insert(participantAccessNeeds)
    .values({ ...values, updatedAt: now })
    .onConflictDoUpdate({
      target: participantAccessNeeds.participantId,
      set: { needs: values.needs, updatedBy: values.updatedBy, updatedAt: now },
    });
}

export async function clearAccessNeeds(tx: Executor, participantId: string) {
  await tx
    .delete(participantAccessNeeds)
    .where(eq(participantAccessNeeds.participantId, participantId));
}

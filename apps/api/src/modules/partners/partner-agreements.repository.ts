// The only place with queries on partners' agreements (their documents are in the files module).
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, isNotNull } from 'drizzle-orm';

const { partnerAgreements, files } = schema;

export type AgreementRow = typeof partnerAgreements.$inferSelect;
export type AgreementValues = Pick<AgreementRow, 'title' | 'startsOn'> &
  Partial<Pick<AgreementRow, 'endsOn' | 'scope'>>;
type AgreementKey = { orgId: string; partnerId: string; agreementId: string };

function byKey(key: AgreementKey) {
  return and(
    eq(partnerAgreements.orgId, key.orgId),
    eq(partnerAgreements.partnerId, key.partnerId),
    eq(partnerAgreements.id, key.agreementId),
  );
}

/** Agreements with their document's metadata, newest first. */
export async function listAgreements(tx: Executor, orgId: string, partnerId: string) {
  return tx
    .select({ agreement: partnerAgreements, document: files })
    .from(partnerAgreements)
    .leftJoin(files, eq(files.id, partnerAgreements.documentFileId))
    .where(and(eq(partnerAgreements.orgId, orgId), eq(partnerAgreements.partnerId, partnerId)))
    .orderBy(asc(partnerAgreements.startsOn), asc(partnerAgreements.id));
}

export async function findAgreement(tx: Executor, key: AgreementKey) {
  const [row] = await tx
    .select({ agreement: partnerAgreements, document: files })
    .from(partnerAgreements)
    .leftJoin(files, eq(files.id, partnerAgreements.documentFileId))
    .where(byKey(key));
  return row ?? null;
}

/** Locks the agreement row so that two uploads to it apply one after the other. */
export async function lockAgreement(tx: Executor, key: AgreementKey) {
  const [row] = await tx.select().from(partnerAgreements).where(byKey(key)).for('update');
  return row ?? null;
}

export async function insertAgreement(
  tx: Executor,
  orgId: string,
  partnerId: string,
  values: AgreementValues,
) {
  const [row] = await tx
    .insert(partnerAgreements)
    .values({ ...values, orgId, partnerId })
    .returning();
  return row!;
}

export async function updateAgreement(
  tx: Executor,
  key: AgreementKey,
  values: Partial<AgreementValues> & { documentFileId?: string | null },
) {
  const [row] = await tx
    .update(partnerAgreements)
    .set({ ...values, updatedAt: new Date() })
    .where(byKey(key))
    .returning();
  return row ?? null;
}

export async function deleteAgreement(tx: Executor, key: AgreementKey) {
  const [row] = await tx.delete(partnerAgreements).where(byKey(key)).returning();
  return row ?? null;
}

/** Document file ids of all a partner's agreements, to remove them with the partner. */
export async function agreementDocumentIds(tx: Executor, orgId: string, partnerId: string) {
  const rows = await tx
    .select({ fileId: partnerAgreements.documentFileId })
    .from(partnerAgreements)
    .where(
      and(
        eq(partnerAgreements.orgId, orgId),
        eq(partnerAgreements.partnerId, partnerId),
        isNotNull(partnerAgreements.documentFileId),
      ),
    );
  return rows.map((r) => r.fileId!);
}

// Partner use cases: list and search, read with contacts and agreements, create, edit, archive, delete.
import type { PartnerCreateBody, PartnerListQuery, PartnerUpdateBody } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { inUseError, isForeignKeyViolation, nonZero } from '../../platform/dependents';
import type { FileStorage } from '../../platform/storage';
import { deleteFileRecords } from '../media';
import { agreementDocumentIds } from './partner-agreements.repository';
import { loadPartnerDetail, requirePartner } from './partner-detail';
import { presentPartnerSummary } from './partners.presenter';
import * as partners from './partners.repository';

export async function listPartners({ actor, query }: { actor: OrgActor; query: PartnerListQuery }) {
  requirePermission(actor, 'partners.read');
  const { rows, total } = await actor.inTenant((tx) =>
    partners.listPartners(
      tx,
      actor.orgId,
      { q: query.q, type: query.type, includeArchived: query.includeArchived === 'true' },
      { limit: query.limit, offset: query.offset },
    ),
  );
  return { total, items: rows.map((r) => presentPartnerSummary(r.partner, r)) };
}

export async function getPartner({ actor, partnerId }: { actor: OrgActor; partnerId: string }) {
  requirePermission(actor, 'partners.read');
  return actor.inTenant((tx) => loadPartnerDetail(tx, actor, partnerId));
}

export async function createPartner({
  actor,
  input,
}: {
  actor: OrgActor;
  input: PartnerCreateBody;
}) {
  requirePermission(actor, 'partners.manage');
  return actor.inTenant(async (tx) => {
    const partner = await partners.insertPartner(tx, actor.orgId, input);
    return loadPartnerDetail(tx, actor, partner.id);
  });
}

export async function updatePartner({
  actor,
  partnerId,
  input,
}: {
  actor: OrgActor;
  partnerId: string;
  input: PartnerUpdateBody;
}) {
  requirePermission(actor, 'partners.manage');
  return actor.inTenant(async (tx) => {
    const existing = await requirePartner(tx, actor.orgId, partnerId);
    const { archived, ...fields } = input;
    const archivedAt =
      archived === undefined ? undefined : archived ? (existing.archivedAt ?? new Date()) : null;
    await partners.updatePartner(tx, actor.orgId, partnerId, {
      ...fields,
      ...(archivedAt === undefined ? {} : { archivedAt }),
    });
    return loadPartnerDetail(tx, actor, partnerId);
  });
}

/**
 * Deletes a partner with its contacts, agreements and their documents, unless projects, groups
 * or venues still name it: then 409 with the counts, and archiving is the way.
 */
export async function deletePartner({
  actor,
  partnerId,
  storage,
}: {
  actor: OrgActor;
  partnerId: string;
  storage: FileStorage;
}) {
  requirePermission(actor, 'partners.manage');
  let storageKeys: string[];
  try {
    storageKeys = await actor.inTenant(async (tx) => {
      await requirePartner(tx, actor.orgId, partnerId);
      const dependents = nonZero(await partners.countPartnerDependents(tx, partnerId));
      if (Object.keys(dependents).length > 0)
        throw inUseError('PARTNER.IN_USE', 'partner', dependents);
      const fileIds = await agreementDocumentIds(tx, actor.orgId, partnerId);
      const keys = await deleteFileRecords(tx, actor.orgId, fileIds);
      await partners.deletePartner(tx, actor.orgId, partnerId);
      return keys;
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    const dependents = await actor.inTenant((tx) => partners.countPartnerDependents(tx, partnerId));
    throw inUseError('PARTNER.IN_USE', 'partner', nonZero(dependents));
  }
  // The rows are gone; bytes left by a failed removal are unreachable, never wrong.
  await Promise.allSettled(storageKeys.map((key) => storage.remove(key)));
}

// Agreements with a partner: dates, scope, and the signed document (upload, download, removal).

import type { Readable } from 'node:stream';
import type { PartnerAgreementCreateBody, PartnerAgreementUpdateBody } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { type FileStorage, MissingFileError } from '../../platform/storage';
import {
  checkMediaSpace,
  deleteFileRecords,
  type FileRow,
  insertFileRecord,
  receiveDocument,
} from '../media';
import * as agreements from './partner-agreements.repository';
import { organisationToday, requirePartner } from './partner-detail';
import { presentAgreement } from './partners.presenter';

type AgreementTarget = { actor: OrgActor; partnerId: string; agreementId: string };

function agreementNotFound() {
  return new AppError('PARTNER.AGREEMENT_NOT_FOUND', 'Agreement not found');
}

export async function addAgreement({
  actor,
  partnerId,
  input,
}: {
  actor: OrgActor;
  partnerId: string;
  input: PartnerAgreementCreateBody;
}) {
  requirePermission(actor, 'partners.manage');
  return actor.inTenant(async (tx) => {
    await requirePartner(tx, actor.orgId, partnerId);
    const row = await agreements.insertAgreement(tx, actor.orgId, partnerId, input);
    return presentAgreement(row, null, await organisationToday(tx, actor.orgId));
  });
}

export async function updateAgreement({
  actor,
  partnerId,
  agreementId,
  input,
}: AgreementTarget & { input: PartnerAgreementUpdateBody }) {
  requirePermission(actor, 'partners.manage');
  return actor.inTenant(async (tx) => {
    const key = { orgId: actor.orgId, partnerId, agreementId };
    const found = await agreements.findAgreement(tx, key);
    if (!found) throw agreementNotFound();
    const startsOn = input.startsOn ?? found.agreement.startsOn;
    const endsOn = input.endsOn === undefined ? found.agreement.endsOn : input.endsOn;
    if (endsOn && endsOn < startsOn) {
      throw new AppError('REQUEST.VALIDATION', 'The agreement would end before it starts', {
        fields: [{ path: 'body.endsOn', message: `Must be on or after ${startsOn}` }],
      });
    }
    const row = await agreements.updateAgreement(tx, key, input);
    return presentAgreement(row!, found.document, await organisationToday(tx, actor.orgId));
  });
}

export async function removeAgreement({
  actor,
  partnerId,
  agreementId,
  storage,
}: AgreementTarget & { storage: FileStorage }) {
  requirePermission(actor, 'partners.manage');
  const keys = await actor.inTenant(async (tx) => {
    const row = await agreements.deleteAgreement(tx, {
      orgId: actor.orgId,
      partnerId,
      agreementId,
    });
    if (!row) throw agreementNotFound();
    const fileIds = row.documentFileId ? [row.documentFileId] : [];
    return deleteFileRecords(tx, actor.orgId, fileIds);
  });
  await Promise.allSettled(keys.map((key) => storage.remove(key)));
}

/**
 * Stores a new document for an agreement, replacing the previous one. The agreement is checked
 * before reading the body, so a stranger's id costs nothing; the row and bytes commit together.
 */
export async function uploadAgreementDocument({
  actor,
  partnerId,
  agreementId,
  storage,
  mediaQuotaBytes,
  upload,
}: AgreementTarget & {
  storage: FileStorage;
  /** The server's media quota, for organisations without one of their own. */
  mediaQuotaBytes: number;
  upload: {
    body: unknown;
    contentType: string | undefined;
    contentLength: string | undefined;
    fileName: string | undefined;
  };
}) {
  requirePermission(actor, 'partners.manage');
  const key = { orgId: actor.orgId, partnerId, agreementId };
  const declared = Number(upload.contentLength);
  await actor.inTenant(async (tx) => {
    const exists = await agreements.findAgreement(tx, key);
    if (!exists) throw agreementNotFound();
    // A declared length over the space left (the document it replaces freed) is refused
    // before the body is read.
    if (declared > 0) {
      await checkMediaSpace(tx, actor.orgId, {
        bytes: declared - (exists.document?.storedBytes ?? 0),
        defaultQuotaBytes: mediaQuotaBytes,
        field: 'body',
      });
    }
  });
  const received = await receiveDocument({ storage, orgId: actor.orgId, ...upload });
  let replacedKeys: string[] = [];
  try {
    const result = await actor.inTenant(async (tx) => {
      const locked = await agreements.lockAgreement(tx, key);
      if (!locked) throw agreementNotFound();
      // The replaced document goes first, so that the quota counts the replacement once.
      const previous = locked.documentFileId ? [locked.documentFileId] : [];
      replacedKeys = await deleteFileRecords(tx, actor.orgId, previous);
      const file = await insertFileRecord(
        tx,
        {
          id: received.fileId,
          orgId: actor.orgId,
          fileName: received.fileName,
          mediaType: received.mediaType,
          sizeBytes: received.sizeBytes,
          sha256: received.sha256,
          storageKey: received.storageKey,
          use: received.use,
          storedBytes: received.storedBytes,
          variants: received.variants,
          uploadedBy: actor.userId,
        },
        { defaultQuotaBytes: mediaQuotaBytes, field: 'body' },
      );
      const row = await agreements.updateAgreement(tx, key, { documentFileId: file.id });
      return presentAgreement(row!, file, await organisationToday(tx, actor.orgId));
    });
    await Promise.allSettled(replacedKeys.map((k) => storage.remove(k)));
    return result;
  } catch (error) {
    await storage.remove(received.storageKey);
    throw error;
  }
}

export async function downloadAgreementDocument({
  actor,
  partnerId,
  agreementId,
  storage,
}: AgreementTarget & { storage: FileStorage }): Promise<{ file: FileRow; bytes: Readable }> {
  requirePermission(actor, 'partners.manage');
  const found = await actor.inTenant((tx) =>
    agreements.findAgreement(tx, { orgId: actor.orgId, partnerId, agreementId }),
  );
  if (!found) throw agreementNotFound();
  if (!found.document) throw notFound('FILE.NOT_FOUND', 'Document');
  try {
    return { file: found.document, bytes: await storage.read(found.document.storageKey) };
  } catch (error) {
    if (error instanceof MissingFileError) throw notFound('FILE.NOT_FOUND', 'Document');
    throw error;
  }
}

export async function removeAgreementDocument({
  actor,
  partnerId,
  agreementId,
  storage,
}: AgreementTarget & { storage: FileStorage }) {
  requirePermission(actor, 'partners.manage');
  const { keys, agreement } = await actor.inTenant(async (tx) => {
    const key = { orgId: actor.orgId, partnerId, agreementId };
    const locked = await agreements.lockAgreement(tx, key);
    if (!locked) throw agreementNotFound();
    if (!locked.documentFileId) throw notFound('FILE.NOT_FOUND', 'Document');
    const row = await agreements.updateAgreement(tx, key, { documentFileId: null });
    const keys = await deleteFileRecords(tx, actor.orgId, [locked.documentFileId]);
    return {
      keys,
      agreement: presentAgreement(row!, null, await organisationToday(tx, actor.orgId)),
    };
  });
  await Promise.allSettled(keys.map((key) => storage.remove(key)));
  return agreement;
}

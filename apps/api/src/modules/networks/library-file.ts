// The file of a shared entry, for a member of the network: the owner's original bytes, read in
// the owner's tenant through the entry's file id only, whole or one byte range.
import type { TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { findReadyFiles, type MediaContent, openFileContent } from '../media';
import { entryNotFound, readableEntry, requireActiveMember } from './library.service';

export async function openEntryFile({
  actor,
  database,
  config,
  networkId,
  entryId,
  rangeHeader,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  config: Config;
  networkId: string;
  entryId: string;
  rangeHeader: string | undefined;
}): Promise<MediaContent> {
  requirePermission(actor, 'networks.read');
  await requireActiveMember(database, networkId, actor.orgId);
  const { entry } = await readableEntry(database, networkId, actor.orgId, entryId);
  const fileId = entry.fileId;
  if (!fileId) throw entryNotFound();
  const [row] = await database.withTenant(
    { orgId: entry.ownerOrgId, userId: null, sensitive: false },
    (tx) => findReadyFiles(tx, entry.ownerOrgId, [fileId]),
  );
  if (!row) throw entryNotFound();
  return openFileContent({ config, row, variants: ['original'], rangeHeader, attachment: true });
}

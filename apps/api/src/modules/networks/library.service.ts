// The shared library as a member organisation sees it: share a text, one of its journey
// templates or one of its media files with a network; publish a new version; withdraw it; list
// and search the network's entries; read one. Network tables are written as the owner after the
// organisation role's permission and the organisation's active membership are checked; what
// belongs to the organisation (its template, its file, the hold on it) is read and written in its
// own tenant transaction.
import { randomUUID } from 'node:crypto';
import {
  can,
  type LibraryEntry,
  type LibraryEntrySummary,
  type LibraryQuery,
  type LibraryShareBody,
  type LibraryUpdateBody,
  libraryFileKinds,
} from '@tutti/contracts';
import { librarySearchText, type TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { readTemplateForCopy } from '../journeys';
import { findReadyFiles, holdFile, releaseFileHolds } from '../media';
import { presentEntry, presentSummary } from './library.presenter';
import * as library from './library.repository';
import { copiesOf } from './library-usage';
import { networkNotFound } from './network-access';
import * as repository from './networks.repository';

type Deps = { actor: OrgActor; database: TuttiDatabase; networkId: string };

/** Media a library may share: what the media page lists (never an applicant's recording). */
const SHAREABLE_USES = ['recording', 'score', 'image', 'document'];

export function entryNotFound() {
  return new AppError('LIBRARY.NOT_FOUND', 'Library entry not found');
}

/** The organisation is an active member of the network; otherwise the network does not exist. */
export async function requireActiveMember(
  database: TuttiDatabase,
  networkId: string,
  orgId: string,
) {
  const member = await repository.findMember(database.db, networkId, orgId);
  if (member?.status !== 'active') throw networkNotFound();
}

/** An entry the organisation may read: shared, or its own whatever its state. */
export async function readableEntry(
  database: TuttiDatabase,
  networkId: string,
  orgId: string,
  entryId: string,
) {
  const row = await library.findEntry(database.db, networkId, entryId);
  if (!row || (row.entry.status !== 'shared' && row.entry.ownerOrgId !== orgId)) {
    throw entryNotFound();
  }
  return row;
}

/** What the organisation shares, read in its own tenant: the template's steps, the file's facts. */
async function contentOf(actor: OrgActor, input: LibraryShareBody) {
  const isFileKind = libraryFileKinds.includes(input.kind);
  if (input.kind === 'journey_template') {
    if (!input.templateId) {
      throw contentMissing('body.templateId', 'Name the journey template to share');
    }
    const templateId = input.templateId;
    const template = await actor.inTenant((tx) => readTemplateForCopy(tx, templateId));
    if (!template) {
      throw new AppError('LIBRARY.UNKNOWN_TEMPLATE', 'No such journey template', {
        fields: [{ path: 'body.templateId', message: 'Unknown journey template' }],
      });
    }
    return { steps: template.steps, file: null };
  }
  if (isFileKind) {
    if (!input.mediaId) throw contentMissing('body.mediaId', 'Name the media file to share');
    const mediaId = input.mediaId;
    const [file] = await actor.inTenant((tx) => findReadyFiles(tx, actor.orgId, [mediaId]));
    if (!file || !SHAREABLE_USES.includes(file.use)) {
      throw new AppError('LIBRARY.UNKNOWN_MEDIA', 'No such published media file', {
        fields: [{ path: 'body.mediaId', message: 'Unknown or unpublished media file' }],
      });
    }
    return { steps: [], file };
  }
  if (!input.body) throw contentMissing('body.body', 'Write the text to share');
  return { steps: [], file: null };
}

function contentMissing(path: string, message: string) {
  return new AppError('LIBRARY.CONTENT_MISSING', message, { fields: [{ path, message }] });
}

export async function shareEntry({
  actor,
  database,
  networkId,
  input,
}: Deps & { input: LibraryShareBody }): Promise<LibraryEntry> {
  requirePermission(actor, 'networks.share');
  await requireActiveMember(database, networkId, actor.orgId);
  const { steps, file } = await contentOf(actor, input);
  const id = randomUUID();
  const network = await repository.findNetwork(database.db, networkId);
  // The hold first: from now on the file cannot be deleted under the entry.
  if (file) {
    await actor.inTenant((tx) =>
      holdFile(tx, {
        orgId: actor.orgId,
        fileId: file.id,
        holder: 'library_entry',
        holderId: id,
        label: `${input.title} (${network?.name ?? networkId})`,
      }),
    );
  }
  try {
    await library.insertEntry(database.db, {
      id,
      networkId,
      ownerOrgId: actor.orgId,
      kind: input.kind,
      title: input.title,
      summary: input.summary,
      body: input.body,
      steps,
      fileId: file?.id ?? null,
      fileName: file?.fileName ?? null,
      mediaType: file?.mediaType ?? null,
      sizeBytes: file?.sizeBytes ?? null,
      language: input.language,
      licence: input.licence,
      audiences: input.audiences,
      tags: input.tags,
      searchText: librarySearchText({ ...input, fileName: file?.fileName }),
    });
    await repository.touchNetwork(database.db, networkId);
  } catch (error) {
    if (file) await actor.inTenant((tx) => releaseFileHolds(tx, 'library_entry', id));
    throw error;
  }
  return getEntry({ actor, database, networkId, entryId: id });
}

export async function listLibrary({
  actor,
  database,
  networkId,
  query,
}: Deps & { query: LibraryQuery }): Promise<{ items: LibraryEntrySummary[]; total: number }> {
  requirePermission(actor, 'networks.read');
  await requireActiveMember(database, networkId, actor.orgId);
  const { rows, total } = await library.listEntries(database.db, networkId, actor.orgId, query);
  return { items: rows.map((row) => presentSummary(row, actor.orgId)), total };
}

export async function getEntry({
  actor,
  database,
  networkId,
  entryId,
}: Deps & { entryId: string }): Promise<LibraryEntry> {
  requirePermission(actor, 'networks.read');
  await requireActiveMember(database, networkId, actor.orgId);
  const row = await readableEntry(database, networkId, actor.orgId, entryId);
  const copies = await actor.inTenant((tx) => copiesOf(tx, entryId));
  const mine = row.entry.ownerOrgId === actor.orgId;
  const coordinator =
    !mine &&
    (await repository.findRole(database.db, networkId, actor.userId, ['admin', 'coordinator']))
      ?.role === 'coordinator';
  const seesTakedowns = (mine && can(actor.role, 'networks.share')) || coordinator;
  return presentEntry(row, actor.orgId, {
    copies: copies.map((copy) => ({
      version: copy.version,
      copiedAt: copy.copiedAt.toISOString(),
      target: copy.target,
      targetId: copy.targetId,
    })),
    openTakedowns: seesTakedowns ? await library.countOpenTakedowns(database.db, entryId) : 0,
  });
}

/** The owner's entry, locked for a change; another member's entry is refused with 403. */
async function ownEntry(
  database: TuttiDatabase,
  actor: OrgActor,
  networkId: string,
  entryId: string,
) {
  const row = await readableEntry(database, networkId, actor.orgId, entryId);
  if (row.entry.ownerOrgId !== actor.orgId) {
    throw new AppError('LIBRARY.NOT_OWNER', 'Only the organisation that shared it changes it');
  }
  return row;
}

/** A new version of the owner's entry: the number goes up when anything changes. */
export async function updateEntry({
  actor,
  database,
  networkId,
  entryId,
  input,
}: Deps & { entryId: string; input: LibraryUpdateBody }): Promise<LibraryEntry> {
  requirePermission(actor, 'networks.share');
  await requireActiveMember(database, networkId, actor.orgId);
  await ownEntry(database, actor, networkId, entryId);
  await database.db.transaction(async (tx) => {
    const entry = await library.lockEntry(tx, networkId, entryId);
    if (!entry) throw entryNotFound();
    if (entry.status === 'taken_down') {
      throw new AppError('LIBRARY.TAKEN_DOWN', 'Taken down: share it again as a new entry');
    }
    const next = { ...entry, ...input };
    if (next.body === null && !entry.fileId && entry.kind !== 'journey_template') {
      throw contentMissing('body.body', 'The text cannot be emptied');
    }
    const changed = (Object.keys(input) as (keyof typeof input)[]).some(
      (key) => JSON.stringify(input[key]) !== JSON.stringify(entry[key]),
    );
    if (!changed) return;
    await library.updateEntry(tx, entryId, {
      ...input,
      version: entry.version + 1,
      searchText: librarySearchText(next),
    });
    await repository.touchNetwork(tx, networkId);
  });
  return getEntry({ actor, database, networkId, entryId });
}

/** The owner takes its entry out of the library; copies already made stay with their organisations. */
export async function withdrawEntry({
  actor,
  database,
  networkId,
  entryId,
}: Deps & { entryId: string }) {
  requirePermission(actor, 'networks.share');
  await requireActiveMember(database, networkId, actor.orgId);
  await ownEntry(database, actor, networkId, entryId);
  await database.db.transaction(async (tx) => {
    await library.deleteEntry(tx, entryId);
    await repository.touchNetwork(tx, networkId);
  });
  await actor.inTenant((tx) => releaseFileHolds(tx, 'library_entry', entryId));
}

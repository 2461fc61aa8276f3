// "Copy to my organisation": a real copy of a library entry in the copying organisation, written
// in its own tenant transaction — a journey template with the entry's steps, or an unpublished
// resource of its journey spaces' library holding the text or its own copy of the file (bytes
// copied, counted against its media quota). The owner's data is only read (its file's bytes,
// through the entry's file id); nothing of it changes. The copy is credited to the owner.
import { randomUUID } from 'node:crypto';
import type {
  LibraryCopy,
  LibraryEntryKind,
  LibraryLicence,
  SpaceLicence,
  SpaceResourceKind,
} from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { fileStorageFor, storageKey } from '../../platform/storage';
import { insertResourceCopy } from '../journey-spaces';
import { insertTemplateCopy } from '../journeys';
import { findReadyFiles, insertFileRecord } from '../media';
import type { EntryWithUsage } from './library.repository';
import { entryNotFound, readableEntry, requireActiveMember } from './library.service';
import { insertCopy, refreshLibraryUsage } from './library-usage';

const spaceLicenceOf: Record<LibraryLicence, SpaceLicence> = {
  'CC0-1.0': 'cc0',
  'CC-BY-4.0': 'cc_by',
  'CC-BY-SA-4.0': 'cc_by_sa',
  'CC-BY-NC-4.0': 'cc_by_nc',
  'CC-BY-NC-SA-4.0': 'cc_by_nc_sa',
  'CC-BY-ND-4.0': 'cc_by_nd',
  'CC-BY-NC-ND-4.0': 'cc_by_nc_nd',
  'etalab-2.0': 'other',
  'LicenseRef-network-members': 'permission',
};

function resourceKindOf(kind: LibraryEntryKind, mediaType: string | null): SpaceResourceKind {
  if (kind === 'score') return 'score';
  if (kind === 'media') {
    if (mediaType?.startsWith('audio/')) return 'audio';
    if (mediaType?.startsWith('video/')) return 'video';
    if (mediaType?.startsWith('image/')) return 'photo';
    return 'document';
  }
  if (kind === 'consent_form' || kind === 'repertoire_list') return 'document';
  return 'activity_sheet';
}

/** "Réseau library: Maison de la musique, CC-BY-SA-4.0, version 2". */
function creditOf(row: EntryWithUsage) {
  return `${row.ownerName} · ${row.entry.licence} · v${row.entry.version}`;
}

type Deps = { actor: OrgActor; database: TuttiDatabase; config: Config; networkId: string };

export async function copyEntry({
  actor,
  database,
  config,
  networkId,
  entryId,
}: Deps & { entryId: string }): Promise<LibraryCopy> {
  requirePermission(actor, 'networks.copy');
  await requireActiveMember(database, networkId, actor.orgId);
  const row = await readableEntry(database, networkId, actor.orgId, entryId);
  if (row.entry.status !== 'shared') {
    throw new AppError('LIBRARY.TAKEN_DOWN', 'Taken down: it can no longer be copied');
  }
  const copy =
    row.entry.kind === 'journey_template'
      ? await copyTemplate(actor, networkId, row)
      : row.entry.fileId
        ? await copyFile({ actor, database, config, networkId }, row)
        : await copyText(actor, networkId, row);
  await refreshLibraryUsage(database, actor.orgId);
  return copy;
}

function copyRecord(actor: OrgActor, networkId: string, row: EntryWithUsage) {
  return {
    orgId: actor.orgId,
    entryId: row.entry.id,
    networkId,
    version: row.entry.version,
    copiedBy: actor.userId,
  };
}

async function copyTemplate(actor: OrgActor, networkId: string, row: EntryWithUsage) {
  const { entry } = row;
  const targetId = await actor.inTenant(async (tx) => {
    const id = await insertTemplateCopy(tx, {
      orgId: actor.orgId,
      name: entry.title,
      description: `${entry.summary}\n\n${creditOf(row)}`.slice(0, 2000),
      steps: entry.steps,
    });
    await insertCopy(tx, {
      ...copyRecord(actor, networkId, row),
      target: 'journey_template',
      targetId: id,
    });
    return id;
  });
  return { target: 'journey_template' as const, targetId, version: entry.version };
}

function resourceValues(row: EntryWithUsage) {
  const { entry } = row;
  return {
    kind: resourceKindOf(entry.kind, entry.mediaType),
    title: entry.title.slice(0, 200),
    description: entry.summary,
    url: null,
    licence: spaceLicenceOf[entry.licence],
    rightsNote: creditOf(row),
  };
}

async function copyText(actor: OrgActor, networkId: string, row: EntryWithUsage) {
  const targetId = await actor.inTenant(async (tx) => {
    const id = await insertResourceCopy(tx, {
      ...resourceValues(row),
      fileId: null,
      text: row.entry.body,
      orgId: actor.orgId,
      createdBy: actor.userId,
    });
    await insertCopy(tx, {
      ...copyRecord(actor, networkId, row),
      target: 'space_resource',
      targetId: id,
    });
    return id;
  });
  return { target: 'space_resource' as const, targetId, version: row.entry.version };
}

/** The owner's original bytes, copied under the copying organisation's own key and quota. */
async function copyFile(deps: Deps, row: EntryWithUsage) {
  const { actor, database, config, networkId } = deps;
  const { entry } = row;
  const fileId = entry.fileId!;
  const [source] = await database.withTenant(
    { orgId: entry.ownerOrgId, userId: null, sensitive: false },
    (tx) => findReadyFiles(tx, entry.ownerOrgId, [fileId]),
  );
  const original = source?.variants.find((variant) => variant.name === 'original');
  if (!source || !original) throw entryNotFound();
  const storage = fileStorageFor(config);
  const newId = randomUUID();
  const key = storageKey(actor.orgId, newId);
  const stored = await storage.write(key, await storage.read(original.storageKey), {
    maxBytes: original.sizeBytes,
  });
  try {
    const targetId = await actor.inTenant(async (tx) => {
      await insertFileRecord(
        tx,
        {
          id: newId,
          orgId: actor.orgId,
          fileName: source.fileName,
          mediaType: source.mediaType,
          sizeBytes: stored.sizeBytes,
          sha256: stored.sha256,
          storageKey: key,
          uploadedBy: actor.userId,
          use: source.use,
          status: 'ready',
          progress: 100,
          storedBytes: stored.sizeBytes,
          durationMs: source.durationMs,
          variants: [{ ...original, storageKey: key }],
        },
        { defaultQuotaBytes: config.media.quotaBytes, field: 'params.libraryEntryId' },
      );
      const id = await insertResourceCopy(tx, {
        ...resourceValues(row),
        fileId: newId,
        text: null,
        orgId: actor.orgId,
        createdBy: actor.userId,
      });
      await insertCopy(tx, {
        ...copyRecord(actor, networkId, row),
        target: 'space_resource',
        targetId: id,
      });
      return id;
    });
    return { target: 'space_resource' as const, targetId, version: entry.version };
  } catch (error) {
    await storage.remove(key);
    throw error;
  }
}

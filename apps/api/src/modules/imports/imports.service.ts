// Import use cases: preview a file (nothing written but the preview), read it, apply it all at once, discard it.
import type { ImportApplyBody, ImportEntity, ImportRowsQuery } from '@tutti/contracts';
import type { TuttiDatabase, Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { communeResolver } from './commune-cells';
import { type ImportUpload, receiveImportFile } from './import-file';
import type { ImportSlots } from './import-slots';
import type { Importer } from './import-types';
import { presentBatch } from './imports.presenter';
import * as batches from './imports.repository';
import { participantsImporter } from './participants.importer';
import { partnersImporter } from './partners.importer';
import { buildPreview, contextOf } from './preview';
import { readImportFile } from './read-import-file';
import { venuesImporter } from './venues.importer';
import { writeLines } from './write-lines';

const importers: Record<ImportEntity, Importer> = {
  participants: participantsImporter,
  partners: partnersImporter,
  venues: venuesImporter,
};

/** Previews nobody applies are discarded after this long, with the names they hold. */
/** A preview nobody applied is discarded, with the lines it held, after this many days. */
export const PREVIEW_LIFETIME_DAYS = 7;
const PREVIEW_LIFETIME_MS = PREVIEW_LIFETIME_DAYS * 24 * 3600 * 1000;
const FIRST_PAGE: ImportRowsQuery = { rows: 'all', limit: 50, offset: 0 };

async function loadBatch(tx: Tx, actor: OrgActor, batchId: string, query: ImportRowsQuery) {
  const head = await batches.findBatch(tx, actor.orgId, batchId);
  if (!head) throw notFound('IMPORT.NOT_FOUND', 'Import');
  const rows = await batches.pageOfRows(tx, batchId, {
    problemsOnly: query.rows === 'problems',
    limit: query.limit,
    offset: query.offset,
  });
  return presentBatch(head, rows);
}

/** What reading a file may take: a slot among the imports running, and a worker's memory. */
export type ImportReading = { slots: ImportSlots; memoryMb: number };

/**
 * Reads the file in a worker within the limits of one import, in a slot of the organisation's
 * (refused with 429 when none is free), then builds and stores the preview.
 */
export async function previewImport({
  actor,
  database,
  entity,
  upload,
  fileName,
  groupId,
  reading,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  entity: ImportEntity;
  upload: ImportUpload;
  fileName: string | undefined;
  groupId: string | undefined;
  reading: ImportReading;
}) {
  requirePermission(actor, 'imports.import');
  if (groupId && entity !== 'participants') {
    throw new AppError('REQUEST.VALIDATION', 'groupId is for participants only', {
      fields: [{ path: 'querystring.groupId', message: 'Only for participants' }],
    });
  }
  const bytes = await receiveImportFile(upload);
  return reading.slots.run(actor.orgId, async () => {
    const table = await readImportFile(bytes, reading.memoryMb);
    const communes = await communeResolver(database);
    const importer = importers[entity];
    return actor.inTenant(async (tx) => {
      await batches.discardPreviewsBefore(
        tx,
        actor.orgId,
        new Date(Date.now() - PREVIEW_LIFETIME_MS),
      );
      const options = { groupId: groupId ?? null, communes };
      const preview = await buildPreview(tx, actor, { table, importer, options });
      const batchId = await batches.insertBatch(tx, actor.orgId, {
        entity,
        fileName: fileName ?? `import.${table.source.format}`,
        status: 'previewed',
        options: groupId ? { groupId } : {},
        createdBy: actor.userId,
        ...preview,
      });
      return loadBatch(tx, actor, batchId, FIRST_PAGE);
    });
  });
}

export async function getImport(options: {
  actor: OrgActor;
  batchId: string;
  query: ImportRowsQuery;
}) {
  requirePermission(options.actor, 'imports.import');
  const { actor, batchId, query } = options;
  return actor.inTenant((tx) => loadBatch(tx, actor, batchId, query));
}

/**
 * Writes every line, or none: one transaction, refused while any line has an error or when
 * the organisation's data changed since the preview. Duplicates are skipped or kept as chosen.
 */
export async function applyImport({
  actor,
  batchId,
  input,
}: {
  actor: OrgActor;
  batchId: string;
  input: ImportApplyBody;
}) {
  requirePermission(actor, 'imports.import');
  return actor.inTenant(async (tx) => {
    const head = await batches.findBatch(tx, actor.orgId, batchId, { forUpdate: true });
    if (!head) throw notFound('IMPORT.NOT_FOUND', 'Import');
    const importer = importers[head.entity];
    if (head.status !== 'previewed') {
      throw new AppError('IMPORT.NOT_PREVIEWED', `This import is already ${head.status}`);
    }
    if (head.errorCount > 0) {
      throw new AppError(
        'IMPORT.HAS_ERRORS',
        `${head.errorCount} lines have errors; fix the file and upload it again`,
        {
          details: { withErrors: head.errorCount },
        },
      );
    }
    const rows = await batches.allRows(tx, batchId);
    if ((await contextOf(tx, importer, actor.orgId, rows)).hash !== head.contextHash) {
      throw new AppError(
        'IMPORT.STALE',
        'The data this preview relied on changed since; upload the file again',
      );
    }
    const written = rows.filter((row) => row.status !== 'duplicate' || input.duplicates === 'keep');
    await writeLines(tx, importer, actor.orgId, written);
    const created = written.length;
    await batches.closeBatch(tx, batchId, {
      status: 'applied',
      result: { created, skipped: rows.length - created },
    });
    return loadBatch(tx, actor, batchId, FIRST_PAGE);
  });
}

export async function discardImport({ actor, batchId }: { actor: OrgActor; batchId: string }) {
  requirePermission(actor, 'imports.import');
  await actor.inTenant(async (tx) => {
    const head = await batches.findBatch(tx, actor.orgId, batchId, { forUpdate: true });
    if (!head) throw notFound('IMPORT.NOT_FOUND', 'Import');
    if (head.status === 'previewed') await batches.closeBatch(tx, batchId, { status: 'discarded' });
  });
}

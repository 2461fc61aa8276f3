// Import use cases: preview a file (nothing written but the preview), read it, apply it all at once, discard it.
import type {
  ImportApplyBody,
  ImportChoicesBody,
  ImportEntity,
  ImportRowsQuery,
} from '@tutti/contracts';
import type { TuttiDatabase, Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { communeResolver } from './commune-cells';
import { ensemblesImporter } from './ensembles.importer';
import { type ImportUpload, receiveImportFile } from './import-file';
import type { ImportSlots } from './import-slots';
import type { Importer, StoredReference } from './import-types';
import { presentBatch } from './imports.presenter';
import * as batches from './imports.repository';
import { participantsImporter } from './participants.importer';
import { partnersImporter } from './partners.importer';
import { buildPreview, contextOf, settle } from './preview';
import { readImportFile } from './read-import-file';
import { applyChoices, targetsOf } from './references';
import { venuesImporter } from './venues.importer';
import { writeLines } from './write-lines';

const importers: Record<ImportEntity, Importer> = {
  participants: participantsImporter,
  partners: partnersImporter,
  venues: venuesImporter,
  ensembles: ensemblesImporter,
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
      const { rows, references, ...preview } = await buildPreview(tx, actor, {
        table,
        importer,
        options,
      });
      const batchId = await batches.insertBatch(tx, actor.orgId, {
        entity,
        fileName: fileName ?? `import.${table.source.format}`,
        status: 'previewed',
        options: groupId ? { groupId } : {},
        createdBy: actor.userId,
        rows,
        references,
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

/** The preview, refused when it is no longer one (applied or discarded). */
async function openPreview(tx: Tx, actor: OrgActor, batchId: string) {
  const head = await batches.findBatch(tx, actor.orgId, batchId, { forUpdate: true });
  if (!head) throw notFound('IMPORT.NOT_FOUND', 'Import');
  if (head.status !== 'previewed') {
    throw new AppError('IMPORT.NOT_PREVIEWED', `This import is already ${head.status}`);
  }
  return head;
}

/**
 * Records what to do with values the file names that the organisation does not have (create,
 * map, refuse, or undecided again), all the choices sent or none, and settles every line
 * again: statuses, duplicates (a value mapped to a group that has the person), counts.
 */
export async function recordChoices({
  actor,
  database,
  batchId,
  input,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  batchId: string;
  input: ImportChoicesBody;
}) {
  requirePermission(actor, 'imports.import');
  const mapsCommunes = input.choices.some((c) => c.choice?.action === 'map');
  const communes = mapsCommunes ? await communeResolver(database) : null;
  return actor.inTenant(async (tx) => {
    const head = await openPreview(tx, actor, batchId);
    const importer = importers[head.entity];
    const references = head.references as StoredReference[];
    await applyChoices(tx, actor, importer, references, input.choices, communes);
    const rows = await batches.allRows(tx, batchId);
    const settled = await settle(tx, importer, actor.orgId, rows, references);
    await batches.updatePreview(tx, batchId, { rows, references, ...settled });
    return loadBatch(tx, actor, batchId, FIRST_PAGE);
  });
}

/**
 * Writes every line, or none: one transaction, refused while any line has an error or waits
 * for a choice, or when the organisation's data changed since the preview. Creates the groups
 * or partners chosen to be created first; lines refused by a choice are left out, duplicates
 * skipped or kept as chosen.
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
    const head = await openPreview(tx, actor, batchId);
    const importer = importers[head.entity];
    if (head.errorCount > 0) {
      // The first errors by line and column, so that the answer alone says where to look.
      const errors = (await batches.allRows(tx, batchId))
        .flatMap((row) => row.issues)
        .filter((issue) => issue.severity === 'error')
        .slice(0, 20)
        .map(({ line, column, field, value, code }) => ({ line, column, field, value, code }));
      const where = errors
        .slice(0, 5)
        .map((e) => `line ${e.line}${e.column ? `, column “${e.column}”` : ''} (${e.code})`)
        .join('; ');
      throw new AppError(
        'IMPORT.HAS_ERRORS',
        `${head.errorCount} lines have errors (${where}); fix the file and upload it again`,
        {
          details: { withErrors: head.errorCount, errors },
        },
      );
    }
    const references = head.references as StoredReference[];
    const undecided = references.filter((r) => r.choice === null);
    if (undecided.length > 0) {
      throw new AppError(
        'IMPORT.UNDECIDED',
        `${undecided.length} values wait for a choice: create, map or refuse their lines`,
        { details: { undecided: undecided.map((r) => r.id) } },
      );
    }
    // Statuses and keys as the last settling left them (at the preview, or after a choice).
    const rows = await batches.allRows(tx, batchId);
    if ((await contextOf(tx, importer, actor.orgId, rows, references)).hash !== head.contextHash) {
      throw new AppError(
        'IMPORT.STALE',
        'The data this preview relied on changed since; upload the file again',
      );
    }
    const created = await importer.create(tx, actor, references);
    const byId = new Map(references.map((r) => [r.id, r]));
    const kept = rows.filter(
      (row) =>
        row.status === 'valid' || (row.status === 'duplicate' && input.duplicates === 'keep'),
    );
    const written = kept.map((row) => ({
      ...row,
      values: importer.fill(row.values, targetsOf(row, byId, created) ?? {}),
    }));
    const { consents } = await writeLines(tx, importer, actor.orgId, written, {
      fileName: head.fileName,
      recordedBy: actor.userId,
    });
    const refused = rows.filter((row) => row.status === 'refused').length;
    await batches.closeBatch(tx, batchId, {
      status: 'applied',
      result: {
        created: written.length,
        skipped: rows.length - written.length - refused,
        refused,
        referencesCreated: created.size,
        consents,
      },
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

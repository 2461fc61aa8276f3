// Official files imported from the web app by an admin: upload and preview one file, import it
// (queued for the job), discard it, and read what was imported. An upload is its organisation's
// (others answer 404); the data it feeds is the instance's, shared by every organisation.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  MAX_REFERENCE_IMPORT_BYTES,
  type ReferenceImportApplyBody,
  type ReferenceImportRun,
  type ReferenceImportsOverview,
  type ReferenceImportUploadQuery,
  referenceImportKinds,
  referenceImportMediaTypes,
} from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { AppError } from '../../platform/errors';
import { type RawUpload, readRawBody } from '../../platform/http/raw-body';
import type { JobQueue } from '../../platform/jobs/queue';
import { fileStorageFor, storageKey } from '../../platform/storage';
import { presentImport } from './communes.presenter';
import { appliedImports } from './reference.repository';
import { communeReference, importedCentresOverlay } from './reference-data';
import { readInWorker } from './reference-read';
import { presentRun } from './reference-runs.presenter';
import * as runs from './reference-runs.repository';

export const REFERENCE_IMPORT_JOB = 'territories.reference-import';
export type ReferenceImportJob = { runId: string };

/** Taken to start an import (one at a time) and to make one current. */
export const REFERENCE_IMPORT_LOCK = 7_117_118;

/**
 * An import records its progress at least every turn of 2,000 rows; one silent for this long was
 * interrupted for good (its job gave up) and no longer holds the others back.
 */
const STALE_IMPORT_MS = 10 * 60 * 1000;

/** A preview neither imported nor discarded after a day is discarded, its staged file removed. */
const PREVIEW_KEPT_MS = 24 * 60 * 60 * 1000;

/** A preview being read in this process (one at a time: a file can take hundreds of MB). */
export type ReadingSlot = { busy: boolean };

const notFound = () =>
  new AppError('TERRITORY.IMPORT_NOT_FOUND', 'No such upload of an official file');
const notPreviewed = (state: string) =>
  new AppError('TERRITORY.IMPORT_NOT_PREVIEWED', `This file is ${state}`);

function receive(upload: RawUpload) {
  return readRawBody(upload, {
    mediaTypes: referenceImportMediaTypes,
    maxBytes: MAX_REFERENCE_IMPORT_BYTES,
    empty: () => new AppError('TERRITORY.IMPORT_EMPTY', 'The file is empty'),
    unsupported: () =>
      new AppError('TERRITORY.IMPORT_UNSUPPORTED_TYPE', 'Send the CSV file as the request body', {
        fields: [
          {
            path: 'headers.content-type',
            message: `One of: ${referenceImportMediaTypes.join(', ')}`,
          },
        ],
      }),
    tooLarge: () =>
      new AppError(
        'TERRITORY.IMPORT_TOO_LARGE',
        `Official files are limited to ${MAX_REFERENCE_IMPORT_BYTES / 1024 / 1024} MB`,
        { details: { maxBytes: MAX_REFERENCE_IMPORT_BYTES } },
      ),
  });
}

function required<T>(value: T | undefined, name: string, message: string): T {
  if (value !== undefined) return value;
  throw new AppError('REQUEST.VALIDATION', message, {
    fields: [{ path: `querystring.${name}`, message }],
  });
}

/** The year asked, else the last 20xx number of the file's name (as the command line reads it). */
export function yearOf(year: number | undefined, fileName: string): number {
  if (year !== undefined) return year;
  const years = fileName.match(/20\d\d/g);
  if (years) return Number(years[years.length - 1]);
  const message = 'Give the year of the data: the file name has none';
  throw new AppError('TERRITORY.IMPORT_NO_YEAR', message, {
    fields: [{ path: 'querystring.year', message }],
  });
}

/**
 * Reads the uploaded file as `kind` and answers its preview; an importable file's bytes are kept
 * in the file storage until it is imported or discarded. Nothing of the reference data changes.
 */
export async function previewReferenceFile({
  actor,
  database,
  config,
  slot,
  query,
  upload,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  config: Config;
  slot: ReadingSlot;
  query: ReferenceImportUploadQuery;
  upload: RawUpload;
}): Promise<ReferenceImportRun> {
  requirePermission(actor, 'territories.importReference');
  const kind = required(query.kind, 'kind', `One of: ${referenceImportKinds.join(', ')}`);
  const fileName = required(query.fileName, 'fileName', 'The name of the file sent');
  const year = yearOf(query.year, fileName);
  if (slot.busy) {
    throw new AppError(
      'TERRITORY.IMPORT_BUSY',
      'Another official file is being read; send this one again when it ends',
    );
  }
  slot.busy = true;
  try {
    const bytes = await receive(upload);
    const reference = await communeReference(database);
    const { preview } = await readInWorker(config, {
      kind,
      bytes,
      fileName,
      year,
      placement: importedCentresOverlay(reference.dataset),
      withRows: false,
    });
    const id = randomUUID();
    const key = preview.importable ? storageKey(actor.orgId, id, 'csv') : null;
    if (key) {
      await fileStorageFor(config).write(key, Readable.from([bytes]), {
        maxBytes: MAX_REFERENCE_IMPORT_BYTES,
      });
    }
    const { row, abandoned } = await actor.inTenant(async (tx) => ({
      abandoned: await runs.abandonPreviews(tx, new Date(Date.now() - PREVIEW_KEPT_MS)),
      row: await runs.insertRun(tx, {
        id,
        orgId: actor.orgId,
        kind,
        fileName,
        byteSize: bytes.byteLength,
        year,
        state: 'previewed',
        preview,
        storageKey: key,
      }),
    }));
    for (const old of abandoned) await fileStorageFor(config).remove(old);
    return presentRun(row);
  } finally {
    slot.busy = false;
  }
}

export async function getReferenceRun({
  actor,
  runId,
}: {
  actor: OrgActor;
  runId: string;
}): Promise<ReferenceImportRun> {
  requirePermission(actor, 'territories.importReference');
  const row = await actor.inTenant((tx) => runs.findRun(tx, runId));
  if (!row) throw notFound();
  return presentRun(row);
}

/** The latest uploads and every file applied (web app or command line). */
export async function referenceImportsOverview({
  actor,
  database,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
}): Promise<ReferenceImportsOverview> {
  requirePermission(actor, 'territories.importReference');
  const recent = await actor.inTenant((tx) => runs.listRuns(tx, 20));
  const applied = await appliedImports(database.db, 50);
  return { runs: recent.map(presentRun), imports: applied.map(presentImport) };
}

/**
 * Queues the import of a previewed file with the year the admin checked. One import at a time on
 * the instance: 409 while another is under way, or when this one has errors or was already
 * imported or discarded.
 */
export async function startReferenceImport({
  actor,
  database,
  jobs,
  runId,
  input,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  jobs: JobQueue;
  runId: string;
  input: ReferenceImportApplyBody;
}): Promise<ReferenceImportRun> {
  requirePermission(actor, 'territories.importReference');
  const run = await actor.inTenant((tx) => runs.findRun(tx, runId));
  if (!run) throw notFound();
  if (run.state !== 'previewed') throw notPreviewed(run.state);
  if (!run.storageKey) {
    throw new AppError(
      'TERRITORY.IMPORT_HAS_ERRORS',
      'The preview has refused lines or nothing to import: fix the file and send it again',
    );
  }
  // Other organisations' imports count too: the data is the instance's. Hence the owner's
  // transaction, under the lock every import start takes.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFERENCE_IMPORT_LOCK})`);
    if (await runs.importUnderWay(tx, new Date(Date.now() - STALE_IMPORT_MS))) {
      throw new AppError(
        'TERRITORY.IMPORT_RUNNING',
        'Another official file is being imported; import this one when it ends',
      );
    }
    if (!(await runs.markImporting(tx, actor.orgId, runId, input.year))) {
      throw notPreviewed('no longer previewed');
    }
  });
  const job: ReferenceImportJob = { runId };
  await jobs.send(REFERENCE_IMPORT_JOB, job, { retryLimit: 1 });
  return getReferenceRun({ actor, runId });
}

/** Forgets a previewed file (its staged bytes are removed); an import under way is not stopped. */
export async function discardReferenceRun({
  actor,
  config,
  runId,
}: {
  actor: OrgActor;
  config: Config;
  runId: string;
}) {
  requirePermission(actor, 'territories.importReference');
  const run = await actor.inTenant(async (tx) => {
    const found = await runs.findRun(tx, runId);
    if (!found) throw notFound();
    const moved = await runs.moveRun(tx, runId, 'previewed', {
      state: 'discarded',
      storageKey: null,
      finishedAt: new Date(),
    });
    if (!moved) throw notPreviewed(found.state);
    return found;
  });
  if (run.storageKey) await fileStorageFor(config).remove(run.storageKey);
}

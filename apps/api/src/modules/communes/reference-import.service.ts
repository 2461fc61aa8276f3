// Imports official territorial files into the database: parse with @tutti/geo, report line by
// line, then apply every file or none in one transaction, recording source, year and counts.
// An operator command (`npm run territories:import`): it runs as the owner, with no actor.
import { randomUUID } from 'node:crypto';
import type { ReferenceImportKind } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type CommuneDataset, coverageStats } from '@tutti/geo';
import { builtInDataset, communeReference } from './reference-data';
import { type KindRows, replaceKind } from './reference-import.repository';
import { importLogOf } from './reference-log';
import { type FileReport, type ImportFile, prepareReferenceFile } from './reference-prepare';

export type { FileReport, ImportFile } from './reference-prepare';
export type ImportFiles = Partial<Record<ReferenceImportKind, ImportFile>>;

export type ImportRun = {
  /** True when every file parsed without error and everything was applied. */
  ok: boolean;
  batchId: string | null;
  files: FileReport[];
  /** Share of French communes with an approximate position, before and after the run. */
  approximateShare: { before: number; after: number };
};

const ORDER: ReferenceImportKind[] = [
  'commune-centres',
  'density-grid',
  'cultural-facilities',
  'priority-areas',
];

const frenchApproximateShare = (dataset: CommuneDataset) =>
  coverageStats(dataset).find((s) => s.country === 'FR')?.approximateShare ?? 0;

/**
 * Parses the given files, and applies them all in one transaction only if none has an error.
 * Each kind's previous rows are replaced; the running servers notice the new import and rebuild
 * their data set.
 *
 * @example await importReferenceFiles({ database, files: { 'density-grid': { text, fileName: 'grille_densite_7_niveaux_2024.csv' } } })
 */
export async function importReferenceFiles({
  database,
  files,
}: {
  database: TuttiDatabase;
  files: ImportFiles;
}): Promise<ImportRun> {
  const current = (await communeReference(database)).dataset;
  const base = builtInDataset();
  const reports: FileReport[] = [];
  const writes: KindRows[] = [];
  // Facilities without coordinates take their commune's position: the newest one known.
  let placement = current;
  for (const kind of ORDER) {
    const file = files[kind];
    if (!file) continue;
    const prepared = prepareReferenceFile(kind, file, base, placement);
    reports.push(prepared.report);
    if (prepared.write) writes.push(prepared.write);
    if (prepared.placement) placement = prepared.placement;
  }
  const before = frenchApproximateShare(current);
  if (reports.some((r) => !r.result.ok)) {
    return {
      ok: false,
      batchId: null,
      files: reports,
      approximateShare: { before, after: before },
    };
  }
  const batchId = randomUUID();
  await database.db.transaction(async (tx) => {
    for (const [i, write] of writes.entries()) {
      await replaceKind(tx, importLogOf(batchId, reports[i]!), write);
    }
  });
  const after = frenchApproximateShare((await communeReference(database)).dataset);
  return { ok: true, batchId, files: reports, approximateShare: { before, after } };
}

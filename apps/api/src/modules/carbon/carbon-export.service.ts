// Exports of a project's footprint and scenarios, and of an organisation's year, as CSV or XLSX.
import { type Locale, XLSX_MEDIA_TYPE } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { CSV_MEDIA_TYPE } from '@tutti/kit/csv';
import { fileSlug } from '@tutti/kit/text';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { type ExportTable, exportCsv, exportXlsx } from '../../platform/tabular';
import { referenceLookup } from './carbon-communes';
import { EXPORT_LABELS } from './carbon-export.labels';
import {
  linesTable,
  periodTable,
  reductionsTable,
  scenariosTable,
  sessionsTable,
  summaryTable,
} from './carbon-export.tables';
import { organisationFootprintIn, projectFootprintIn } from './carbon-footprint.service';
import { compareProjectScenarios } from './carbon-scenarios.service';
import { headlineTrips } from './carbon-scope';

export type ExportFile = { fileName: string; contentType: string; body: Buffer };

async function fileOf(
  tables: ExportTable[],
  csvTable: ExportTable,
  format: 'csv' | 'xlsx',
  baseName: string,
  locale: Locale,
): Promise<ExportFile> {
  if (format === 'csv')
    return {
      fileName: `${baseName}.csv`,
      contentType: CSV_MEDIA_TYPE,
      body: exportCsv(csvTable, locale),
    };
  return {
    fileName: `${baseName}.xlsx`,
    contentType: XLSX_MEDIA_TYPE,
    body: await exportXlsx(tables, locale),
  };
}

/**
 * A project's footprint: CSV holds the trips or the scenario comparison; XLSX holds the summary,
 * the sessions, the trips, the scenarios and the reductions. Every row states its factor version.
 */
export async function exportProject({
  actor,
  database,
  projectId,
  format,
  table,
  locale,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  projectId: string;
  format: 'csv' | 'xlsx';
  table: 'lines' | 'scenarios';
  locale: Locale;
}): Promise<ExportFile> {
  requirePermission(actor, 'carbon.read');
  const lookup = await referenceLookup(database);
  const { result, computed } = await actor.inTenant((tx) =>
    projectFootprintIn(tx, actor.orgId, projectId, lookup),
  );
  const scenarios = compareProjectScenarios(
    headlineTrips(computed),
    computed.trips.sessions,
    computed.factors,
    locale,
  );
  const words = EXPORT_LABELS[locale];
  const lines = linesTable(locale, result);
  const comparison = scenariosTable(locale, scenarios);
  const tables = [
    summaryTable(
      locale,
      [words.summary.project, result.project.name],
      result.summary,
      result.notes,
    ),
    sessionsTable(locale, result),
    lines,
    comparison,
    reductionsTable(locale, scenarios),
  ];
  const suffix =
    table === 'scenarios' && format === 'csv'
      ? `-${fileSlug(words.sheets.scenarios, 'export')}`
      : '';
  const baseName = `${words.fileProject}-${fileSlug(result.project.name, 'export')}${suffix}`;
  return fileOf(tables, table === 'lines' ? lines : comparison, format, baseName, locale);
}

/** An organisation's year: CSV holds the months; XLSX the summary, the months and the projects. */
export async function exportOrganisationYear({
  actor,
  database,
  year,
  format,
  locale,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  year: number;
  format: 'csv' | 'xlsx';
  locale: Locale;
}): Promise<ExportFile> {
  requirePermission(actor, 'carbon.read');
  const lookup = await referenceLookup(database);
  const footprint = await actor.inTenant((tx) =>
    organisationFootprintIn(tx, actor.orgId, { year, month: null }, lookup),
  );
  const words = EXPORT_LABELS[locale];
  const months = periodTable(locale, footprint, 'months');
  const tables = [
    summaryTable(locale, [words.summary.year, year], footprint.summary, footprint.notes),
    months,
    periodTable(locale, footprint, 'projects'),
  ];
  return fileOf(tables, months, format, `${words.fileYear}-${year}`, locale);
}

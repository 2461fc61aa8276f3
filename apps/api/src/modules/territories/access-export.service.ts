// The access report as a CSV file, in the reader's language.
import type { AccessQuery, Locale } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import { communeReference } from '../communes';
import { accessReport } from './access.service';
import { accessCsv, accessCsvFileName } from './access-csv';

/**
 * The same figures as the ranked list, as a spreadsheet-ready file with its sources cited.
 *
 * @example const { fileName, body } = await accessCsvExport({ actor, database, query, locale: 'fr' })
 */
export async function accessCsvExport({
  actor,
  database,
  query,
  locale,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  query: AccessQuery;
  locale: Locale;
}): Promise<{ fileName: string; body: string }> {
  const report = await accessReport({ actor, database, query });
  const { dataset } = await communeReference(database);
  const sources = dataset.sources.map((s) => `${s.publisher}, ${s.name} (${s.year}, ${s.licence})`);
  return { fileName: accessCsvFileName(report), body: accessCsv(report, locale, sources) };
}

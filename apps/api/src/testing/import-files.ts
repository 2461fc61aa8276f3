// Import files as French offices produce them, and the calls that upload, read, apply and export them.
import type { ImportBatch, ImportChoice, ImportEntity } from '@tutti/contracts';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Client } from './test-app';

export const CSV = 'text/csv';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's "CSV (séparateur : point-virgule)" on a French Windows: Windows-1252, CRLF. */
export function windows1252Csv(lines: string[]): Buffer {
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'windows-1252');
}

/** "CSV UTF-8 (délimité par des virgules)": a byte order mark, then UTF-8. */
export function utf8BomCsv(lines: string[]): Buffer {
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A workbook whose first sheet holds `rows` as typed values (dates as dates, numbers as numbers). */
export async function xlsxFile(rows: ExcelJS.CellValue[][], sheetName = 'Feuil1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type Upload = { status: number; body: unknown; batch: ImportBatch };

export async function upload(
  client: Client,
  orgId: string,
  entity: ImportEntity,
  file: Buffer,
  options: { type?: string; groupId?: string; fileName?: string } = {},
): Promise<Upload> {
  const query = new URLSearchParams({
    fileName: options.fileName ?? `${entity}.csv`,
    ...(options.groupId ? { groupId: options.groupId } : {}),
  });
  const response = await client.request(
    'POST',
    `/api/orgs/${orgId}/${entity}/imports?${query}`,
    file,
    {
      'content-type': options.type ?? CSV,
    },
  );
  return { status: response.status, body: response.body, batch: response.body as ImportBatch };
}

export async function apply(
  client: Client,
  orgId: string,
  batch: Pick<ImportBatch, 'id'>,
  duplicates: 'skip' | 'keep' = 'skip',
) {
  return client.post(`/api/orgs/${orgId}/imports/${batch.id}/apply`, {
    duplicates,
  });
}

/** Records choices for the unknown values of a preview (by reference id). */
export async function choose(
  client: Client,
  orgId: string,
  batch: Pick<ImportBatch, 'id'>,
  choices: Record<string, ImportChoice | null>,
) {
  const body = {
    choices: Object.entries(choices).map(([reference, choice]) => ({ reference, choice })),
  };
  const response = await client.request(
    'PUT',
    `/api/orgs/${orgId}/imports/${batch.id}/choices`,
    body,
  );
  return { status: response.status, body: response.body, batch: response.body as ImportBatch };
}

export async function download(client: Client, orgId: string, entity: ImportEntity, query = '') {
  return client.get(`/api/orgs/${orgId}/${entity}/export${query ? `?${query}` : ''}`);
}

/** Every row of a preview (the answer holds the first page only). */
export async function allPreviewRows(client: Client, orgId: string, batch: ImportBatch) {
  const response = await client.get(`/api/orgs/${orgId}/imports/${batch.id}?limit=200`);
  return (response.body as ImportBatch).rows.items;
}

// Export use case: participants, partners, venues or ensembles as a file to download, CSV or XLSX.
import { type ExportQuery, type ImportEntity, XLSX_MEDIA_TYPE } from '@tutti/contracts';
import { CSV_MEDIA_TYPE } from '@tutti/kit/csv';
import { utcDate } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { toCsv, toXlsx } from '../../platform/tabular';
import { ensemblesSheet, participantsSheet, partnersSheet, venuesSheet } from './exports.sheets';

export type ExportFile = { fileName: string; contentType: string; body: Buffer };

export async function exportEntity({
  actor,
  entity,
  query,
}: {
  actor: OrgActor;
  entity: ImportEntity;
  query: ExportQuery;
}): Promise<ExportFile> {
  requirePermission(actor, 'imports.export');
  if (query.groupId && entity !== 'participants') {
    throw new AppError('REQUEST.VALIDATION', 'groupId is for participants only', {
      fields: [{ path: 'querystring.groupId', message: 'Only for participants' }],
    });
  }
  const sheet = await actor.inTenant((tx) =>
    entity === 'participants'
      ? participantsSheet(tx, actor, query.groupId)
      : entity === 'partners'
        ? partnersSheet(tx, actor)
        : entity === 'venues'
          ? venuesSheet(tx, actor)
          : ensemblesSheet(tx, actor),
  );
  const day = utcDate(new Date());
  const fileName = `${sheet.name.toLowerCase()}-${day}.${query.format}`;
  return query.format === 'csv'
    ? { fileName, contentType: CSV_MEDIA_TYPE, body: toCsv(sheet) }
    : { fileName, contentType: XLSX_MEDIA_TYPE, body: await toXlsx(sheet) };
}

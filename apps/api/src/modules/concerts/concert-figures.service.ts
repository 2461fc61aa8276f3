// A concert's figures after it took place (the Billetterie card) and its SACEM declaration:
// programme, receipts per tariff and attendance, as CSV or XLSX in the reader's language.
import { type ConcertFigures, type Locale, XLSX_MEDIA_TYPE } from '@tutti/contracts';
import { CSV_MEDIA_TYPE } from '@tutti/kit/csv';
import { toLocalDateTime } from '@tutti/kit/dates';
import { fileSlug } from '@tutti/kit/text';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { notFound } from '../../platform/errors';
import { type Cell, type ExportTable, exportCsv, exportXlsx, typed } from '../../platform/tabular';
import { type ConcertSession, findConcertSession } from '../sessions';
import { readConcertFigures } from './concert-figures.reads';
import * as figures from './concert-figures.repository';
import { SACEM_LABELS } from './sacem-export.labels';

export async function getConcertFigures({
  actor,
  sessionId,
}: {
  actor: OrgActor;
  sessionId: string;
}): Promise<ConcertFigures> {
  requirePermission(actor, 'concerts.readOrders');
  return actor.inTenant(async (tx) => {
    if (!(await findConcertSession(tx, sessionId))) throw notFound('CONCERT.NOT_FOUND', 'Concert');
    const [result] = await readConcertFigures(tx, [sessionId]);
    return result!;
  });
}

const euros = (cents: number) => Math.round(cents) / 100;

/** The declaration's tables: a summary (concert, programme, admissions, money), tariffs, channels. */
export function sacemTables(
  locale: Locale,
  concert: ConcertSession,
  artists: string[],
  result: ConcertFigures,
): ExportTable[] {
  const words = SACEM_LABELS[locale];
  const known = (value: number | null): Cell => (value === null ? words.doorNotUsed : value);
  const sum = (values: (number | null)[]) =>
    values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);
  const paid = result.byTariff.filter((t) => t.amountCents > 0);
  const unpaid = result.byTariff.filter((t) => t.amountCents === 0);
  const relay = result.byChannel.find((c) => c.channel === 'relay')!;
  const door = result.byChannel.find((c) => c.channel === 'door')!;
  const sold = result.byTariff.reduce((total, t) => total + t.amountCents, 0);
  const freeSeats = sum([...unpaid.map((t) => t.present), relay.present]);
  const summary: Cell[][] = [
    [words.concert, concert.title ?? words.concert],
    [words.date, typed.dateTime(toLocalDateTime(concert.startsAt, concert.timeZone))],
    [words.venue, concert.venueName],
    [words.address, concert.venueAddress],
    [words.capacity, concert.capacity],
    [words.artists, artists.join(', ')],
    [words.programme, words.programmeMissing],
    [words.paying, known(sum(paid.map((t) => t.present)))],
    [words.free, known(freeSeats)],
    [words.walkIns, known(door.present)],
    ...(result.presentUnattributed > 0
      ? [[words.unattributed, result.presentUnattributed] as Cell[]]
      : []),
    [words.sold, euros(sold)],
    [words.received, euros(result.receipts.receivedCents)],
    ...result.receipts.byMethod.map((m) => [
      words.receivedBy(words.method[m.method]),
      euros(m.amountCents),
    ]),
  ];
  return [
    { name: words.sheets.summary, header: words.summary, rows: summary },
    {
      name: words.sheets.tariffs,
      header: words.tariffs,
      rows: result.byTariff.map((t) => [
        words.tariffKind[t.kind],
        t.booked === 0 ? null : euros(t.amountCents / t.booked),
        t.booked,
        known(t.present),
        euros(t.amountCents),
      ]),
    },
    {
      name: words.sheets.channels,
      header: words.channels,
      rows: result.byChannel.map((c) => [
        words.channel[c.channel],
        c.channel === 'door' ? null : c.booked,
        known(c.present),
        typed.percent(c.noShowRate),
      ]),
    },
  ];
}

export type ExportFile = { fileName: string; contentType: string; body: Buffer };

/** CSV holds the summary, then the tariffs and the channels under it; XLSX a sheet each. */
export async function exportSacemDeclaration({
  actor,
  sessionId,
  format,
  locale,
}: {
  actor: OrgActor;
  sessionId: string;
  format: 'csv' | 'xlsx';
  locale: Locale;
}): Promise<ExportFile> {
  requirePermission(actor, 'concerts.readOrders');
  const { concert, artists, result } = await actor.inTenant(async (tx) => {
    const concert = await findConcertSession(tx, sessionId);
    if (!concert) throw notFound('CONCERT.NOT_FOUND', 'Concert');
    const [result] = await readConcertFigures(tx, [sessionId]);
    return { concert, artists: await figures.artistNamesOf(tx, sessionId), result: result! };
  });
  const tables = sacemTables(locale, concert, artists, result);
  const words = SACEM_LABELS[locale];
  const base = `${words.fileName}-${fileSlug(concert.title ?? words.concert, 'concert')}-${toLocalDateTime(concert.startsAt, concert.timeZone).slice(0, 10)}`;
  if (format === 'xlsx')
    return {
      fileName: `${base}.xlsx`,
      contentType: XLSX_MEDIA_TYPE,
      body: await exportXlsx(tables, locale),
    };
  // One CSV: the tables one under the other, each with its header, a blank line between.
  const [first, ...rest] = tables;
  const rows: Cell[][] = [...first!.rows];
  for (const table of rest) rows.push([], table.header, ...table.rows);
  return {
    fileName: `${base}.csv`,
    contentType: CSV_MEDIA_TYPE,
    body: exportCsv({ name: first!.name, header: first!.header, rows }, locale),
  };
}

// Concerts on the impact page: attendance by channel and tariff, no-shows per channel and relay
// (concerts whose door was used), receipts, and the journeys' workshop participants who came to
// their concert. Counts under 5 arrive hidden from the API and are shown as such.
import type { ImpactIndicators, PeopleFigure } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card, ScrollTable } from '@/components/ui';
import { useEuroFormat } from '@/lib/money';
import { useImpactFormat } from '../lib/format';

type Row = { key: string; label: string; cells: string[] };

function FigureTable({
  caption,
  header,
  rows,
}: {
  caption: string;
  header: string[];
  rows: Row[];
}) {
  return (
    <ScrollTable label={caption}>
      <table className="impact-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header.map((title, index) => (
              <th key={title} scope="col" className={index === 0 ? undefined : 'num'}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                <td key={index} className="num">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function ConcertAttendance({ data }: { data: ImpactIndicators['concertFigures'] }) {
  const { t, i18n } = useTranslation('impact');
  const format = useImpactFormat();
  const euros = useEuroFormat(i18n.language);
  const rate = (value: PeopleFigure | null) => format.percent(value);
  const columns = [
    t('concertFigures.booked'),
    t('concertFigures.came'),
    t('concertFigures.noShow'),
  ];
  return (
    <Card title={t('concertFigures.title')}>
      <p>{t('concertFigures.scope', { held: data.held, count: data.doorUsed })}</p>
      {data.doorUsed > 0 ? (
        <div className="impact-grid">
          <FigureTable
            caption={t('concertFigures.channels')}
            header={[t('concertFigures.channel'), ...columns]}
            rows={data.byChannel.map((row) => ({
              key: row.channel,
              label: t(`concertFigures.channelName.${row.channel}`),
              cells: [
                row.channel === 'door' ? '—' : format.people(row.booked),
                format.people(row.present),
                rate(row.noShowRate),
              ],
            }))}
          />
          {data.byRelay.length > 0 ? (
            <FigureTable
              caption={t('concertFigures.relays')}
              header={[t('concertFigures.relay'), ...columns]}
              rows={data.byRelay.map((row) => ({
                key: row.partnerId,
                label: row.partnerName,
                cells: [
                  format.people(row.booked),
                  format.people(row.present),
                  rate(row.noShowRate),
                ],
              }))}
            />
          ) : null}
        </div>
      ) : null}
      {data.byTariff.length > 0 ? (
        <FigureTable
          caption={t('concertFigures.tariffs')}
          header={[
            t('concertFigures.tariff'),
            t('concertFigures.booked'),
            t('concertFigures.came'),
            t('concertFigures.amount'),
          ]}
          rows={data.byTariff.map((row) => ({
            key: row.kind,
            label: t(`concertFigures.kindName.${row.kind}`),
            cells: [format.people(row.booked), format.people(row.present), euros(row.amountCents)],
          }))}
        />
      ) : null}
      <p>{t('concertFigures.received', { amount: euros(data.receivedCents) })}</p>
      <p>
        {data.workshops
          ? t('concertFigures.workshops', {
              came: format.people(data.workshops.cameToConcert),
              participants: format.people(data.workshops.participants),
              rate: rate(data.workshops.rate),
              count: data.workshops.concerts,
            })
          : t('concertFigures.noWorkshops')}
      </p>
      <p className="muted">{t('concertFigures.definition')}</p>
    </Card>
  );
}

// After the concert, on its Billetterie card: seats booked and let in per channel, tariff and
// relay, no-shows, amounts and money received, the workshops' participants who came, and the
// SACEM declaration to download. Nothing before the concert starts.
import type { ConcertFigures } from '@tutti/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass, ScrollTable } from '@/components/ui';
import { useEuroFormat } from '@/lib/money';
import { sacemLinks, useConcertFigures } from '../api/concert-figures';

export function ConcertFiguresSection({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const figures = useConcertFigures(orgId, sessionId);
  if (!figures.data?.held) return null;
  return <FiguresBody orgId={orgId} sessionId={sessionId} data={figures.data} />;
}

function FiguresBody({
  orgId,
  sessionId,
  data,
}: {
  orgId: string;
  sessionId: string;
  data: ConcertFigures;
}) {
  const { t, i18n } = useTranslation('boxOffice');
  const euros = useEuroFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const came = (value: number | null) => (value === null ? '—' : String(value));
  const rate = (value: number | null) => (value === null ? '—' : percent.format(value));
  const links = sacemLinks(orgId, sessionId);
  return (
    <section className="box-office__orders" aria-labelledby={`figures-${sessionId}`}>
      <h3 id={`figures-${sessionId}`}>{t('figures.title')}</h3>
      <p className="muted">{data.doorUsed ? t('figures.doorUsed') : t('figures.noDoor')}</p>
      <FiguresTable
        caption={t('figures.channelsCaption')}
        columns={[t('figures.channel'), t('booked'), t('figures.came'), t('figures.noShow')]}
        rows={data.byChannel.map((row) => ({
          key: row.channel,
          label: t(`figures.channels.${row.channel}`),
          cells: [
            row.channel === 'door' ? '—' : row.booked,
            came(row.present),
            rate(row.noShowRate),
          ],
        }))}
      />
      {data.byTariff.length > 0 ? (
        <FiguresTable
          caption={t('figures.tariffsCaption')}
          columns={[t('tariff'), t('booked'), t('figures.came'), t('figures.amount')]}
          rows={data.byTariff.map((row) => ({
            key: row.tariffId,
            label: t(`kind.${row.kind}`),
            cells: [row.booked, came(row.present), euros(row.amountCents)],
          }))}
        />
      ) : null}
      {data.presentUnattributed > 0 ? (
        <p className="muted">{t('figures.unattributed', { count: data.presentUnattributed })}</p>
      ) : null}
      {data.byRelay.length > 0 ? (
        <FiguresTable
          caption={t('figures.relaysCaption')}
          columns={[t('figures.relay'), t('booked'), t('figures.came'), t('figures.noShow')]}
          rows={data.byRelay.map((row) => ({
            key: row.partnerId,
            label: row.partnerName,
            cells: [row.booked, came(row.present), rate(row.noShowRate)],
          }))}
        />
      ) : null}
      <p>
        {t('figures.received', { amount: euros(data.receipts.receivedCents) })}
        {data.receipts.byMethod.length > 0
          ? ` (${data.receipts.byMethod
              .map((m) =>
                t('payment.byMethod', {
                  method: t(`payment.method.${m.method}`),
                  amount: euros(m.amountCents),
                }),
              )
              .join(', ')})`
          : ''}
      </p>
      <p>
        {data.workshops
          ? t('figures.workshops', {
              came: data.workshops.cameToConcert,
              count: data.workshops.participants,
              rate: rate(data.workshops.rate),
            })
          : t('figures.noWorkshops')}
      </p>
      <p className="box-office__actions">
        <span>{t('figures.sacem')}</span>
        <a
          href={links.csv}
          download
          className={buttonClass({ variant: 'secondary', size: 'small' })}
        >
          CSV
        </a>
        <a
          href={links.xlsx}
          download
          className={buttonClass({ variant: 'secondary', size: 'small' })}
        >
          XLSX
        </a>
      </p>
      <p className="muted">{t('figures.sacemNote')}</p>
    </section>
  );
}

/** One breakdown: a row per channel, tariff or relay, its label first, then numbers. */
function FiguresTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; label: string; cells: ReactNode[] }[];
}) {
  const [first, ...numbers] = columns;
  return (
    <ScrollTable label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {numbers.map((column) => (
              <th key={column} scope="col" className="num">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the cells are fixed columns
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

// After the concert, on its Billetterie card: seats booked and let in per channel, tariff and
// relay, no-shows, amounts and money received, the workshops' participants who came, and the
// SACEM declaration to download. Nothing before the concert starts.
import type { ConcertFigures } from '@tutti/contracts';
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
      <ScrollTable label={t('figures.channelsCaption')}>
        <table className="box-office-table">
          <caption>{t('figures.channelsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('figures.channel')}</th>
              <th scope="col" className="num">
                {t('booked')}
              </th>
              <th scope="col" className="num">
                {t('figures.came')}
              </th>
              <th scope="col" className="num">
                {t('figures.noShow')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.byChannel.map((row) => (
              <tr key={row.channel}>
                <th scope="row">{t(`figures.channels.${row.channel}`)}</th>
                <td className="num">{row.channel === 'door' ? '—' : row.booked}</td>
                <td className="num">{came(row.present)}</td>
                <td className="num">{rate(row.noShowRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {data.byTariff.length > 0 ? (
        <ScrollTable label={t('figures.tariffsCaption')}>
          <table className="box-office-table">
            <caption>{t('figures.tariffsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tariff')}</th>
                <th scope="col" className="num">
                  {t('booked')}
                </th>
                <th scope="col" className="num">
                  {t('figures.came')}
                </th>
                <th scope="col" className="num">
                  {t('figures.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.byTariff.map((row) => (
                <tr key={row.tariffId}>
                  <th scope="row">{t(`kind.${row.kind}`)}</th>
                  <td className="num">{row.booked}</td>
                  <td className="num">{came(row.present)}</td>
                  <td className="num">{euros(row.amountCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      {data.presentUnattributed > 0 ? (
        <p className="muted">{t('figures.unattributed', { count: data.presentUnattributed })}</p>
      ) : null}
      {data.byRelay.length > 0 ? (
        <ScrollTable label={t('figures.relaysCaption')}>
          <table className="box-office-table">
            <caption>{t('figures.relaysCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.relay')}</th>
                <th scope="col" className="num">
                  {t('booked')}
                </th>
                <th scope="col" className="num">
                  {t('figures.came')}
                </th>
                <th scope="col" className="num">
                  {t('figures.noShow')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.byRelay.map((row) => (
                <tr key={row.partnerId}>
                  <th scope="row">{row.partnerName}</th>
                  <td className="num">{row.booked}</td>
                  <td className="num">{came(row.present)}</td>
                  <td className="num">{rate(row.noShowRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
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

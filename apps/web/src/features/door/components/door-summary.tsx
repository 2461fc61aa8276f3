// The door's part of a concert's box office card: seats let in, people without a ticket, how the
// audience came, the tickets used twice (for the roles that read orders), and the door screen.
import './door.css';
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { buttonClass, QueryStatus, ScrollTable, Stat } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { useDoorSummary } from '../api/door-summary';

export function DoorSummary({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t, i18n } = useTranslation(['door', 'vocabulary']);
  const { role } = useCurrentOrg();
  const format = useDateFormat();
  const summary = useDoorSummary(orgId, sessionId);
  const data = summary.data;
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const inCars = data?.travel.byMode.find((entry) => entry.mode === 'car')?.people ?? 0;
  return (
    <section className="door-summary" aria-labelledby="door-summary-title">
      <h3 id="door-summary-title">{t('summaryTitle')}</h3>
      <QueryStatus query={summary} />
      {data ? (
        <>
          <div className="door__figures">
            <Stat
              value={data.checkedInSeats}
              label={`${t('checkedIn')} ${t('ofBooked', { booked: data.bookedSeats })}`}
            />
            <Stat value={data.walkIns} label={t('walkIns')} />
            <Stat
              value={data.ordersComplete + data.ordersPartly}
              label={t('summaryOrdersValue', {
                complete: data.ordersComplete,
                partly: data.ordersPartly,
              })}
            />
          </div>
          {data.travel.people > 0 ? (
            <>
              <h4>{t('travelSummary', { count: data.travel.people })}</h4>
              <ul className="door-summary__travel">
                {data.travel.byMode.map((entry) => (
                  <li key={entry.mode}>
                    {t(`vocabulary:audienceMode.${entry.mode}`)} :{' '}
                    {t('travelPeople', { count: entry.people })}
                  </li>
                ))}
              </ul>
              {data.travel.cars > 0 ? (
                <p className="muted">
                  {t('cars', {
                    cars: number.format(data.travel.cars),
                    perCar: number.format(inCars / data.travel.cars),
                  })}
                </p>
              ) : null}
            </>
          ) : (
            <p className="muted">{t('noTravel')}</p>
          )}
          {data.conflicts ? (
            <>
              <h4>{t('conflictsTitle')}</h4>
              {data.conflicts.length === 0 ? (
                <p>{t('noConflict')}</p>
              ) : (
                <ScrollTable label={t('conflictsCaption')}>
                  <table className="door-summary__conflicts">
                    <caption className="visually-hidden">{t('conflictsCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('conflictWho')}</th>
                        <th scope="col" className="num">
                          {t('conflictAsked')}
                        </th>
                        <th scope="col" className="num">
                          {t('conflictGot')}
                        </th>
                        <th scope="col">{t('conflictWhen')}</th>
                        <th scope="col">{t('conflictBefore')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.conflicts.map((conflict) => (
                        <tr key={conflict.opId}>
                          <th scope="row">
                            {conflict.name || t('anonymous')}
                            {conflict.orderStatus === 'cancelled'
                              ? ` (${t('conflictCancelled')})`
                              : ''}
                          </th>
                          <td className="num">{conflict.seats}</td>
                          <td className="num">{conflict.granted}</td>
                          <td>
                            {format.dateTime(conflict.recordedAt)} · {conflict.deviceId}
                          </td>
                          <td>
                            {conflict.before
                              .map((entry) =>
                                t('beforeEntry', {
                                  seats: entry.granted,
                                  time: time.format(new Date(entry.recordedAt)),
                                  device: entry.deviceId,
                                }),
                              )
                              .join(', ')}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollTable>
              )}
            </>
          ) : null}
        </>
      ) : null}
      {can(role, 'concerts.checkIn') ? (
        <p>
          <Link
            className={buttonClass({ variant: 'secondary' })}
            to={orgPath(orgId, `concerts/${sessionId}/door`)}
          >
            {t('summaryOpen')}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

// A supervised recording day for one applicant: the tour stops near their commune (date, venue,
// commune, distance) before the call closes, one proposed with a button, then the proposal shown.
// The coordinator may look around another commune or further away.
import type { Application, RecordingStop } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Card, QueryStatus, ScrollTable, SelectField } from '@/components/ui';
import { type ChosenCommune, CommunePicker } from '@/features/territories';
import { useProposeRecordingDay, useRecordingStops } from '../api/applications';

const DISTANCES = [15, 30, 60, 100] as const;

/** A stop's local start and end, as the venue's clock reads them. */
function useStopTime() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
  return (stop: Pick<RecordingStop, 'startsAt' | 'endsAt'>) =>
    `${format.format(new Date(`${stop.startsAt}:00Z`))} – ${stop.endsAt.slice(11, 16)}`;
}

export function RecordingDayCard(props: {
  orgId: string;
  callId: string;
  application: Application;
}) {
  const { orgId, callId, application } = props;
  const { t, i18n } = useTranslation('calls');
  const [withinKm, setWithinKm] = useState(30);
  const [commune, setCommune] = useState<ChosenCommune | null>(null);
  const stops = useRecordingStops(orgId, callId, application.id, {
    communeCode: commune?.code,
    withinKm,
  });
  const propose = useProposeRecordingDay(orgId, callId, application.id);
  const time = useStopTime();
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const data = stops.data;
  const proposed = data?.proposed ?? null;
  const near = data?.commune ?? null;
  return (
    <Card title={t('recordingDay.title')}>
      <p>
        {application.needsRecordingDay ? (
          <Badge tone="primary">{t('applications.asked')}</Badge>
        ) : null}{' '}
        {t(application.needsRecordingDay ? 'recordingDay.asked' : 'recordingDay.notAsked')}
      </p>
      {proposed ? (
        <Alert tone="success">
          {t('recordingDay.proposed', {
            when: time(proposed),
            place: [proposed.venueName, proposed.communeName].filter(Boolean).join(', '),
            km: km.format(proposed.distanceKm),
          })}
        </Alert>
      ) : null}
      <div className="calls-near">
        <CommunePicker
          label={t('recordingDay.otherCommune')}
          hint={t('recordingDay.otherCommuneHint')}
          initial={null}
          onChoose={(match) => setCommune(match ? { code: match.id, name: match.name } : null)}
        />
        <SelectField
          label={t('recordingDay.within')}
          name="withinKm"
          value={String(withinKm)}
          onChange={(event) => setWithinKm(Number(event.currentTarget.value))}
          options={DISTANCES.map((d) => ({ value: String(d), label: `${d} km` }))}
        />
      </div>
      <QueryStatus query={stops} />
      <QueryStatus query={propose} />
      {data && !near ? <p className="calls-muted">{t('recordingDay.noCommune')}</p> : null}
      {near ? (
        <p role="status">
          {t('recordingDay.near', {
            count: data?.items.length ?? 0,
            commune: near.name,
            km: withinKm,
          })}
        </p>
      ) : null}
      {near && data && data.items.length > 0 ? (
        <ScrollTable label={t('recordingDay.stops')}>
          <table className="calls-table calls-stops">
            <thead>
              <tr>
                <th scope="col">{t('recordingDay.date')}</th>
                <th scope="col">{t('recordingDay.venue')}</th>
                <th scope="col">{t('applications.commune')}</th>
                <th scope="col">{t('recordingDay.distance')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('recordingDay.propose')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((stop) => (
                <tr key={stop.sessionId}>
                  <td>{time(stop)}</td>
                  <th scope="row">
                    {stop.venueName}
                    <br />
                    <span className="calls-muted">{stop.title}</span>
                  </th>
                  <td>{stop.communeName ?? '–'}</td>
                  <td>{km.format(stop.distanceKm)} km</td>
                  <td>
                    {proposed?.sessionId === stop.sessionId ? (
                      <Badge tone="success">{t('recordingDay.chosen')}</Badge>
                    ) : (
                      <Button
                        size="small"
                        variant="secondary"
                        pending={
                          propose.isPending && propose.variables?.sessionId === stop.sessionId
                        }
                        aria-label={`${t('recordingDay.propose')} : ${stop.venueName}, ${time(stop)}`}
                        onClick={() =>
                          propose.mutate({
                            sessionId: stop.sessionId,
                            communeCode: near.code,
                            withinKm,
                          })
                        }
                      >
                        {t('recordingDay.propose')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </Card>
  );
}

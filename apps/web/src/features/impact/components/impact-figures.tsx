// The key figures of the dashboard, each with what it counts.
import type { ImpactIndicators } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useImpactFormat } from '../lib/format';

export function ImpactFigures({ data }: { data: ImpactIndicators }) {
  const { t } = useTranslation('impact');
  const format = useImpactFormat();
  const carbonNote =
    data.carbon.state === 'computing'
      ? t('figures.carbonComputing')
      : data.carbon.state === 'previous'
        ? t('figures.carbonPrevious')
        : (data.carbon.factorVersion ?? '');
  const figures: { label: string; value: string; note?: string }[] = [
    {
      label: t('figures.beneficiaries'),
      value: format.people(data.beneficiaries.total),
      note: t('figures.beneficiariesNote', {
        listed: format.people(data.beneficiaries.listed),
        counted: format.people(data.beneficiaries.counted),
      }),
    },
    {
      label: t('figures.sessions'),
      value: format.count(data.sessions.held),
      note: t('figures.sessionsNote', {
        planned: data.sessions.planned,
        count: data.sessions.cancelled,
      }),
    },
    {
      label: t('figures.concerts'),
      value: format.count(data.concerts.count),
      note: t('figures.audience', { audience: format.people(data.concerts.audience) }),
    },
    {
      label: t('figures.online'),
      value: format.count(data.online.count),
      note: t('figures.onlineNote', { attendances: format.people(data.online.attendances) }),
    },
    {
      label: t('figures.hours'),
      value: format.people(data.practiceHours.total),
      note: t('figures.hoursNote'),
    },
    { label: t('figures.attendance'), value: format.percent(data.attendance.rate) },
    {
      label: t('figures.communes'),
      value: format.count(data.communes.reached),
      // Said only when the reference data that decides it is imported.
      ...(data.communes.priority !== null && data.communes.rural !== null
        ? {
            note: t('figures.communesNote', {
              priority: data.communes.priority,
              count: data.communes.rural,
            }),
          }
        : {}),
    },
    { label: t('figures.accessNeeds'), value: format.people(data.publics.withAccessNeeds) },
    {
      label: t('figures.carbon'),
      value: data.carbon.available ? format.kgCo2e(data.carbon.perBeneficiaryKg) : '—',
      note: carbonNote,
    },
    {
      label: t('figures.continuation'),
      value:
        data.continuation.rate === null
          ? t('notAvailable')
          : format.percent(data.continuation.rate),
      note: t('figures.continuationNote', {
        known: format.people(data.continuation.known),
        unknown: format.people(data.continuation.unknown),
      }),
    },
  ];
  return (
    <dl className="impact-figures">
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>
            {figure.value}
            {figure.note ? <small>{figure.note}</small> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

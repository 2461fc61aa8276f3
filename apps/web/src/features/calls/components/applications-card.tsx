// The call's applications for its coordinators: code, name, status, commune, whether they asked
// for a supervised recording day (a filter keeps only those), each opening the application.
import { Link } from '@tanstack/react-router';
import type { Call } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Card, QueryStatus, ScrollTable } from '@/components/ui';
import { orgPath } from '@/lib/paths';
import { useApplications } from '../api/applications';
import './calls.css';

export function ApplicationsCard({ orgId, call }: { orgId: string; call: Call }) {
  const { t } = useTranslation('calls');
  const [recordingDayOnly, setRecordingDayOnly] = useState(false);
  const applications = useApplications(orgId, call.id, recordingDayOnly);
  const items = applications.data?.items ?? [];
  return (
    <Card title={t('applications.title')}>
      <label className="calls-filter">
        <input
          type="checkbox"
          checked={recordingDayOnly}
          onChange={(event) => setRecordingDayOnly(event.currentTarget.checked)}
        />{' '}
        {t('applications.onlyRecordingDay')}
      </label>
      <QueryStatus query={applications} />
      {applications.data && items.length === 0 ? (
        <p className="calls-muted">
          {t(recordingDayOnly ? 'applications.noneAsked' : 'applications.none')}
        </p>
      ) : null}
      {items.length > 0 ? (
        <ScrollTable label={t('applications.title')}>
          <table className="calls-table">
            <thead>
              <tr>
                <th scope="col">{t('detail.code')}</th>
                <th scope="col">{t('detail.name')}</th>
                <th scope="col">{t('applications.status')}</th>
                <th scope="col">{t('applications.commune')}</th>
                <th scope="col">{t('applications.recordingDay')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>{item.code}</td>
                  <th scope="row">
                    <Link to={orgPath(orgId, `calls/${call.id}/applications/${item.id}`)}>
                      {item.name || t('applications.unnamed')}
                    </Link>
                  </th>
                  <td>{t(`applications.statuses.${item.status}`)}</td>
                  <td>{item.commune?.name ?? '–'}</td>
                  <td>
                    {item.needsRecordingDay ? (
                      <Badge tone="primary">{t('applications.asked')}</Badge>
                    ) : null}
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

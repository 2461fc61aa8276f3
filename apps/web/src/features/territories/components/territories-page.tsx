// Territories: choose an area, see where live music is far on a map and in a ranked list, export.
import './territories.css';
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, buttonClass, Card, Icon, Loading, PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { type AreaParams, accessCsvPath, useAccessReport } from '../api/access-report';
import { useDepartmentShapes } from '../api/department-shapes';
import { useMapConfig } from '../api/map-config';
import { useSupportRequestPoints } from '../api/support-request-points';
import { useNumberFormat } from '../lib/reasons';
import { AccessMap } from './access-map';
import { AccessSummary } from './access-summary';
import { AreaForm } from './area-form';
import { DataStatus } from './data-status';
import { MapLegend } from './map-legend';
import { RankedTable } from './ranked-table';
import { RankingNotice } from './ranking-notice';

export function TerritoriesPage() {
  const { t } = useTranslation('territories');
  const errorText = useErrorText();
  const org = useCurrentOrg();
  // No parameter at first: the API picks the department where the organisation has its venues.
  const [params, setParams] = useState<AreaParams>({});
  const report = useAccessReport(org.orgId, params);
  const mapConfig = useMapConfig();
  const requests = useSupportRequestPoints(org.orgId, {
    enabled: can(org.role, 'directory.readSupportRequests'),
  });
  // Only the departments of the area shown, each fetched once per session.
  const shapes = useDepartmentShapes(report.data?.shapeDepartments ?? []);
  const format = useNumberFormat();
  const descriptionId = useId();
  const data = report.data;
  const area = data?.area ?? null;
  const scores = data?.items.map((c) => c.score) ?? [];
  const circles = data?.items.filter((c) => !shapes.shapes.has(c.communeId)) ?? [];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <div className="territories-actions">
            {can(org.role, 'territories.importReference') ? (
              <Link
                className={buttonClass({ variant: 'secondary' })}
                to={orgPath(org.orgId, 'territories/reference')}
              >
                <Icon name="upload" />
                {t('reference.open')}
              </Link>
            ) : null}
            {area && data ? (
              <a
                className={buttonClass({ variant: 'secondary' })}
                href={accessCsvPath(org.orgId, { ...params, asOf: data.asOf })}
                download
                title={t('exportCsvHint')}
              >
                <Icon name="download" />
                {t('exportCsv')}
              </a>
            ) : null}
          </div>
        }
      />
      <div className="territories-layout">
        <Card title={t('area.title')} className="territories-layout__form">
          {data ? <AreaForm shown={area} asOf={data.asOf} onShow={setParams} /> : <Loading />}
        </Card>
        <div className="stack territories-layout__results" aria-busy={report.isFetching}>
          {report.isError ? <Alert tone="error">{errorText(report.error)}</Alert> : null}
          {data && !area ? <Alert tone="info">{t('area.pickFirst')}</Alert> : null}
          {data && area ? (
            <>
              <Card title={t('summary.title')}>
                <AccessSummary report={data} />
              </Card>
              <Card title={t('data.title')}>
                <DataStatus report={data} />
              </Card>
              <Card title={t('map.title')}>
                <figure className="territories-figure">
                  {shapes.ready ? (
                    <AccessMap
                      report={data}
                      config={mapConfig.data ?? null}
                      shapes={shapes.shapes}
                      descriptionId={descriptionId}
                      requests={requests.data?.items ?? null}
                    />
                  ) : (
                    <div className="access-map__placeholder">
                      <Loading />
                    </div>
                  )}
                  {shapes.failed ? (
                    <p className="access-map__notice">{t('map.shapesUnavailable')}</p>
                  ) : null}
                  <figcaption id={descriptionId} className="field__hint">
                    {t('map.description', {
                      communes: data.items.length,
                      min: format(Math.min(...scores)),
                      max: format(Math.max(...scores)),
                      venues: data.venues.length,
                      facilities: data.facilities.length,
                      top: data.items
                        .slice(0, 3)
                        .map((c) => `${c.name} (${format(c.score)})`)
                        .join(', '),
                    })}
                    {requests.data
                      ? ` ${t('map.requestsDescription', { count: requests.data.items.reduce((sum, p) => sum + p.count, 0) })}`
                      : null}
                  </figcaption>
                  <MapLegend
                    shaped={data.items.length - circles.length}
                    circles={circles.length}
                    approximate={circles.some((c) => c.approximateLocation)}
                    requests={requests.data !== undefined}
                  >
                    <RankingNotice report={data} where="map" />
                  </MapLegend>
                </figure>
              </Card>
              <Card title={t('table.title')}>
                <div className="stack">
                  <RankingNotice report={data} where="table" />
                  <RankedTable items={data.items} />
                </div>
              </Card>
            </>
          ) : null}
        </div>
      </div>
    </>
  );
}

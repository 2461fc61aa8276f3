// What the access index rests on: each component present, partial or missing, with its file and
// year, and how to add what is missing (admins import the official files; others are told who can).
import { Link } from '@tanstack/react-router';
import {
  type AccessDimension,
  type AccessReport,
  accessDimensions,
  can,
  type DimensionStatus,
  type ReferenceFileSource,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';

const tones = {
  present: 'success',
  partial: 'neutral',
  missing: 'danger',
} as const satisfies Record<DimensionStatus, string>;

export function DataStatus({ report }: { report: AccessReport }) {
  const { t } = useTranslation('territories');
  const { orgId, role } = useCurrentOrg();
  const d = report.dimensions;
  const total = report.summary.communes;
  const source = (s: ReferenceFileSource | null) =>
    s ? t('data.source', { name: s.name, publisher: s.publisher, year: s.year }) : null;
  const partial = (key: AccessDimension) =>
    d[key].status === 'partial'
      ? t('data.partialCommunes', { count: d[key].knownCommunes, total })
      : null;

  function details(key: AccessDimension): (string | null)[] {
    switch (key) {
      case 'distance':
        if (d.distance.status === 'missing') return [t('data.distanceMissing')];
        if (d.distance.facilities === 0) {
          return [t('data.distanceOwnOnly', { count: d.distance.ownPlaces })];
        }
        return [
          source(d.distance.source),
          t('data.distanceWith', {
            count: d.distance.ownPlaces,
            facilities: d.distance.facilities,
          }),
        ];
      case 'activities':
        return [t('data.activities')];
      default:
        return d[key].status === 'missing'
          ? [t(`data.missing.${key}`)]
          : [source(d[key].source), partial(key)];
    }
  }

  const incomplete = accessDimensions.some((key) => d[key].status !== 'present');
  return (
    <div className="stack">
      <p className="field__hint">{t('data.intro')}</p>
      <ul className="data-status">
        {accessDimensions.map((key) => (
          <li key={key} className="data-status__item">
            <span className="data-status__head">
              <span className="data-status__name">{t(`data.names.${key}`)}</span>
              <Badge tone={tones[d[key].status]}>{t(`data.status.${d[key].status}`)}</Badge>
            </span>
            {details(key)
              .filter((line): line is string => line !== null)
              .map((line) => (
                <span key={line} className="data-status__detail">
                  {line}
                </span>
              ))}
          </li>
        ))}
      </ul>
      {incomplete ? (
        can(role, 'territories.importReference') ? (
          <p>
            <Link to={orgPath(orgId, 'territories/reference')}>{t('data.howToAdmin')}</Link>
          </p>
        ) : (
          <p className="field__hint">{t('data.howToOthers')}</p>
        )
      ) : null}
    </div>
  );
}

// The conductor's page of a choir and season: key figures, parts at risk, the readiness grid,
// predicted attendance of the next rehearsals, the roster with age bands and the repertoire.
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { KeyFigures, PageHeader, QueryStatus, SelectField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { useSearchState } from '@/lib/search-params';
import { useChoir } from '../api/choirs';
import { useChoirReadiness } from '../api/readiness';
import { ConductorAlerts } from './conductor-alerts';
import { ConductorReadiness } from './conductor-readiness';
import { ConductorRehearsals } from './conductor-rehearsals';
import { ConductorRepertoire } from './conductor-repertoire';
import { ConductorRoster } from './conductor-roster';
import './choirs.css';
import './conductor.css';

export function ConductorPage() {
  const { t } = useTranslation('choirs');
  const format = useDateFormat();
  const { orgId } = useCurrentOrg();
  const { choirId = '' } = useParams({ strict: false }) as { choirId?: string };
  const search = useSearchState();
  const seasonId = search.params.get('season') ?? undefined;
  const choir = useChoir(orgId, choirId, seasonId);
  const readiness = useChoirReadiness(orgId, choirId, seasonId);
  const data = choir.data;
  const season = data?.season ?? null;

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'choirs')}>← {t('back')}</Link>
      </p>
      <PageHeader
        title={data?.name ?? t('conductor.title')}
        description={
          season
            ? t('conductor.seasonDates', {
                name: season.name,
                from: format.date(`${season.startsOn}T12:00:00Z`),
                to: format.date(`${season.endsOn}T12:00:00Z`),
              })
            : undefined
        }
        actions={
          <ul className="choir-links">
            <li>
              <Link to={orgPath(orgId, `choirs/${choirId}/checking`)}>
                {t('conductor.checking')}
              </Link>
            </li>
            <li>
              <Link to={orgPath(orgId, `choirs/${choirId}/learning`)}>{t('open.learning')}</Link>
            </li>
            <li>
              <Link to={orgPath(orgId, `choirs/${choirId}/messages`)}>
                {t('conductor.messages')}
              </Link>
            </li>
            <li>
              <Link to={orgPath(orgId, `choirs/${choirId}/scores`)}>{t('open.scores')}</Link>
            </li>
          </ul>
        }
      />
      <QueryStatus query={choir} />
      {data ? (
        <div className="stack">
          {data.seasons.length > 1 ? (
            <SelectField
              name="season"
              label={t('conductor.season')}
              className="choir-season"
              value={season?.id ?? ''}
              options={data.seasons.map((s) => ({ value: s.id, label: s.name }))}
              onChange={(event) => search.update({ season: event.target.value })}
            />
          ) : null}
          {season ? null : <p>{t('conductor.noSeason')}</p>}
          <KeyFigures
            figures={[
              { key: 'singers', label: t('conductor.figures.singers'), value: data.members.length },
              { key: 'parts', label: t('conductor.figures.parts'), value: data.parts.length },
              { key: 'sites', label: t('conductor.figures.sites'), value: data.sites.length },
              {
                key: 'concert',
                label: t('conductor.figures.nextConcert'),
                value: readiness.data?.nextConcert
                  ? format.date(readiness.data.nextConcert.startsAt)
                  : t('conductor.figures.noConcert'),
              },
              {
                key: 'alerts',
                label: t('conductor.figures.alerts'),
                value: readiness.data?.alerts.length ?? '…',
              },
            ]}
          />
          <QueryStatus query={readiness} />
          {readiness.data ? (
            <>
              <ConductorAlerts readiness={readiness.data} choir={data} />
              <ConductorReadiness readiness={readiness.data} />
            </>
          ) : null}
          <ConductorRehearsals choir={data} seasonId={seasonId} />
          <ConductorRoster choir={data} />
          <ConductorRepertoire choirId={choirId} seasonId={seasonId} />
        </div>
      ) : null}
    </>
  );
}

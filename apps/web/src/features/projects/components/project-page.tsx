// One project: territory, publics, partners, funders, budget, and its journeys and calendar.
import { Link, useParams } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, buttonClass, Card, PageHeader, QueryStatus } from '@/components/ui';
import { FootprintPanel } from '@/features/carbon';
import { JourneyList } from '@/features/journeys';
import { useCurrentOrg } from '@/features/organisations';
import { PlanTourLink } from '@/features/tours';
import { useDateFormat } from '@/lib/format';
import { useEuroFormat } from '@/lib/money';
import { orgPath } from '@/lib/paths';
import { useProject } from '../api/projects';
import { BudgetCard } from './budget-card';
import { ProjectActions } from './project-actions';
import './projects.css';

export function ProjectPage() {
  const { t, i18n } = useTranslation('projects');
  const dates = useDateFormat();
  const euros = useEuroFormat(i18n.language);
  const { orgId, role } = useCurrentOrg();
  const { projectId = '' } = useParams({ strict: false }) as { projectId?: string };
  const project = useProject(orgId, projectId);
  const data = project.data;
  const planner = can(role, 'projects.plan');

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'projects')}>← {t('detail.back')}</Link>
      </p>
      <QueryStatus query={project} />
      {data ? (
        <>
          <PageHeader
            title={data.name}
            description={
              <>
                <Badge tone={data.status === 'active' ? 'success' : 'neutral'}>
                  {t(`statuses.${data.status}`)}
                </Badge>{' '}
                {data.startsOn && data.endsOn
                  ? t('period', { from: dates.date(data.startsOn), to: dates.date(data.endsOn) })
                  : null}
              </>
            }
            actions={planner ? <ProjectActions orgId={orgId} project={data} /> : null}
          />
          <div className="stack">
            {data.description ? <p>{data.description}</p> : null}
            <div className="inline-actions">
              <Link
                to={`${orgPath(orgId, 'calendar')}?projectId=${data.id}&view=month`}
                className={buttonClass({ variant: 'secondary' })}
              >
                {t('detail.calendar')}
              </Link>
              {planner ? <PlanTourLink orgId={orgId} projectId={data.id} /> : null}
              {planner ? (
                <Link
                  to={`${orgPath(orgId, 'calendar/sessions/new')}?projectId=${data.id}`}
                  className={buttonClass({ variant: 'secondary' })}
                >
                  {t('detail.newSession')}
                </Link>
              ) : null}
            </div>
            <div className="project-grid">
              <Card title={t('detail.territory')}>
                {data.communes.length === 0 ? (
                  <p>{t('detail.noCommune')}</p>
                ) : (
                  <ul className="chip-list">
                    {data.communes.map((c) => (
                      <li key={c.code}>
                        <Badge>{c.name}</Badge>
                      </li>
                    ))}
                  </ul>
                )}
                <h3 className="card-subtitle">{t('detail.publics')}</h3>
                <ul className="chip-list">
                  {data.targetPublics.map((p) => (
                    <li key={p}>
                      <Badge tone="primary">{t(`publics.${p}`)}</Badge>
                    </li>
                  ))}
                </ul>
              </Card>
              <Card title={t('detail.partners')}>
                {data.partners.length === 0 ? (
                  <p>{t('detail.noPartner')}</p>
                ) : (
                  <ul>
                    {data.partners.map((p) => (
                      <li key={p.partnerId}>
                        <strong>{p.name}</strong>
                        {p.role ? ` — ${p.role}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
              <Card title={t('detail.funders')}>
                {data.funders.length === 0 ? (
                  <p>{t('detail.noFunder')}</p>
                ) : (
                  <ul>
                    {data.funders.map((f) => (
                      <li key={f.id}>
                        {f.name}
                        {f.amountCents !== null ? ` : ${euros(f.amountCents)}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
                <p>
                  <strong>{t('detail.fundersTotal')}</strong> :{' '}
                  {euros(data.budgetTotals.fundersCents)}
                </p>
              </Card>
              <BudgetCard project={data} />
              <FootprintPanel orgId={orgId} projectId={data.id} />
            </div>
            <h2 className="section-title">{t('detail.journeys')}</h2>
            {planner ? (
              <p>
                <Link
                  to={`${orgPath(orgId, 'journeys/new')}?projectId=${data.id}`}
                  className={buttonClass({ variant: 'secondary' })}
                >
                  {t('detail.newJourney')}
                </Link>
              </p>
            ) : null}
            <JourneyList orgId={orgId} projectId={data.id} emptyText={t('detail.noJourney')} />
          </div>
        </>
      ) : null}
    </>
  );
}

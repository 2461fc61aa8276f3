// The organisation's projects, by status; open one or create one.
import { Link } from '@tanstack/react-router';
import { can, type ProjectStatus, projectStatuses } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  buttonClass,
  Item,
  ItemList,
  PageHeader,
  Pager,
  QueryStatus,
  SelectField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { PROJECTS_PAGE_SIZE, useProjects } from '../api/projects';
import './projects.css';

export function ProjectsPage() {
  const { t } = useTranslation('projects');
  const { orgId, role } = useCurrentOrg();
  const [filters, setFilters] = useState<{ status: ProjectStatus | ''; offset: number }>({
    status: '',
    offset: 0,
  });
  const projects = useProjects(orgId, filters);
  const planner = can(role, 'projects.plan');

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          planner ? (
            <Link to={orgPath(orgId, 'projects/new')} className={buttonClass({})}>
              {t('new')}
            </Link>
          ) : null
        }
      />
      <div className="stack">
        <SelectField
          name="status"
          label={t('statusFilter')}
          className="field--short"
          value={filters.status}
          onChange={(event) =>
            setFilters({ status: event.target.value as ProjectStatus | '', offset: 0 })
          }
          options={[
            { value: '', label: t('allStatuses') },
            ...projectStatuses.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          ]}
        />
        <QueryStatus query={projects} />
        {projects.data && projects.data.items.length === 0 ? <p>{t('empty')}</p> : null}
        {projects.data && projects.data.items.length > 0 ? (
          <ItemList label={t('list')}>
            {projects.data.items.map((project) => (
              <Item
                key={project.id}
                title={<Link to={orgPath(orgId, `projects/${project.id}`)}>{project.name}</Link>}
                badges={
                  <Badge tone={project.status === 'active' ? 'success' : 'neutral'}>
                    {t(`statuses.${project.status}`)}
                  </Badge>
                }
                meta={[
                  project.communes.map((c) => c.name).join(', '),
                  t('journeyCount', { count: project.journeyCount }),
                  t('sessionCount', { count: project.sessionCount }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </ItemList>
        ) : null}
        {projects.data ? (
          <Pager
            offset={filters.offset}
            limit={PROJECTS_PAGE_SIZE}
            total={projects.data.total}
            onChange={(offset) => setFilters({ ...filters, offset })}
          />
        ) : null}
      </div>
    </>
  );
}

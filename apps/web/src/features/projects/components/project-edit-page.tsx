// Edits a project; every list sent replaces the project's list.
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useProject } from '../api/projects';
import { useUpdateProject } from '../api/save-project';
import { ProjectForm } from './project-form';
import './projects.css';

export function ProjectEditPage() {
  const { t } = useTranslation(['projects', 'common']);
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const { projectId = '' } = useParams({ strict: false }) as { projectId?: string };
  const project = useProject(orgId, projectId);
  const update = useUpdateProject(orgId, projectId);
  const back = orgPath(orgId, `projects/${projectId}`);
  return (
    <>
      <p>
        <Link to={back}>← {project.data?.name ?? t('detail.back')}</Link>
      </p>
      <PageHeader title={t('detail.edit')} />
      <QueryStatus query={project} />
      {project.data ? (
        <ProjectForm
          project={project.data}
          submitLabel={t('common:save')}
          onSubmit={async (body) => {
            await update.mutateAsync(body);
            await navigate({ to: back });
          }}
        />
      ) : null}
    </>
  );
}

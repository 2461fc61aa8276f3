// Creates a project, then opens it.
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useCreateProject } from '../api/save-project';
import { ProjectForm } from './project-form';
import './projects.css';

export function ProjectNewPage() {
  const { t } = useTranslation('projects');
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const create = useCreateProject(orgId);
  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'projects')}>← {t('detail.back')}</Link>
      </p>
      <PageHeader title={t('newTitle')} />
      <ProjectForm
        submitLabel={t('form.create')}
        onSubmit={async (body) => {
          const project = await create.mutateAsync(body);
          await navigate({ to: orgPath(orgId, `projects/${project.id}`) });
        }}
      />
    </>
  );
}

// Status changes the project allows, editing, and deleting (refused with what depends on it).
import { Link, useNavigate } from '@tanstack/react-router';
import type { Project } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass, ConfirmDialog } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useDeleteProject, useProjectStatus } from '../api/save-project';

export function ProjectActions({ orgId, project }: { orgId: string; project: Project }) {
  const { t } = useTranslation('projects');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const status = useProjectStatus(orgId, project.id);
  const remove = useDeleteProject(orgId, project.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="inline-actions">
      <Link
        to={orgPath(orgId, `projects/${project.id}/edit`)}
        className={buttonClass({ variant: 'secondary' })}
      >
        {t('detail.edit')}
      </Link>
      {project.allowedTransitions.map((next) => (
        <Button
          key={next}
          variant="secondary"
          pending={status.isPending && status.variables === next}
          onClick={() => status.mutate(next)}
        >
          {t(`transitions.${next}`)}
        </Button>
      ))}
      <Button variant="ghost" icon="trash" onClick={() => setConfirming(true)}>
        {t('detail.delete')}
      </Button>
      {status.isError ? <p role="alert">{errorText(status.error)}</p> : null}
      <ConfirmDialog
        open={confirming}
        title={t('detail.deleteTitle', { name: project.name })}
        confirmLabel={t('detail.delete')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => navigate({ to: orgPath(orgId, 'projects') }),
          })
        }
      >
        <p>{t('detail.deleteText')}</p>
      </ConfirmDialog>
    </div>
  );
}

// The way into tour planning from a project page: "Plan the tour" for that project.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '@/components/ui';
import { orgPath } from '@/lib/paths';

export function PlanTourLink({ orgId, projectId }: { orgId: string; projectId: string }) {
  const { t } = useTranslation('tours');
  return (
    <Link
      to={`${orgPath(orgId, 'tours')}?projectId=${projectId}`}
      className={buttonClass({ variant: 'secondary' })}
    >
      {t('planLink')}
    </Link>
  );
}

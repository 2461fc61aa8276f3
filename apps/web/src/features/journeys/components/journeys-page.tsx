// All musical journeys; create one for a group, or edit the templates.
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { buttonClass, PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { JourneyList } from './journey-list';

export function JourneysPage() {
  const { t } = useTranslation('journeys');
  const { orgId, role } = useCurrentOrg();
  const planner = can(role, 'journeys.plan');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          planner ? (
            <div className="inline-actions">
              <Link to={orgPath(orgId, 'journeys/new')} className={buttonClass({})}>
                {t('new')}
              </Link>
              <Link
                to={orgPath(orgId, 'journeys/templates')}
                className={buttonClass({ variant: 'secondary' })}
              >
                {t('templatesLink')}
              </Link>
            </div>
          ) : null
        }
      />
      <JourneyList orgId={orgId} />
    </>
  );
}

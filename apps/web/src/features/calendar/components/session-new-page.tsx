// Plans a session, then opens it.
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useSearchParam } from '@/lib/search-params';
import { useCreateSession } from '../api/save-session';
import { SessionForm } from './session-form';
import './calendar.css';

export function SessionNewPage() {
  const { t } = useTranslation('calendar');
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const create = useCreateSession(orgId);
  const projectId = useSearchParam('projectId') ?? undefined;
  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'calendar')}>← {t('session.back')}</Link>
      </p>
      <PageHeader title={t('form.newTitle')} />
      <SessionForm
        orgId={orgId}
        defaults={{ projectId }}
        submitLabel={t('form.create')}
        onSubmit={async (body) => {
          const session = await create.mutateAsync(body);
          await navigate({ to: orgPath(orgId, `calendar/sessions/${session.id}`) });
        }}
      />
    </>
  );
}

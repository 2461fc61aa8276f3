// Edits a planned session; the same checks as at creation, and accepted conflicts stay accepted.
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useUpdateSession } from '../api/save-session';
import { useSession } from '../api/sessions';
import { SessionForm } from './session-form';
import './calendar.css';

export function SessionEditPage() {
  const { t } = useTranslation(['calendar', 'common']);
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const { sessionId = '' } = useParams({ strict: false }) as { sessionId?: string };
  const session = useSession(orgId, sessionId);
  const update = useUpdateSession(orgId, sessionId);
  const back = orgPath(orgId, `calendar/sessions/${sessionId}`);
  return (
    <>
      <p>
        <Link to={back}>← {session.data?.title ?? t('session.back')}</Link>
      </p>
      <PageHeader title={t('form.editTitle')} />
      <QueryStatus query={session} />
      {session.data ? (
        <SessionForm
          orgId={orgId}
          session={session.data}
          submitLabel={t('common:save')}
          onSubmit={async ({ projectId: _projectId, ...body }) => {
            await update.mutateAsync(body);
            await navigate({ to: back });
          }}
        />
      ) : null}
    </>
  );
}

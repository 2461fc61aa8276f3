// A juror's calls and queue, made for a phone: applicant codes, parts and where they are.
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, Card, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useJuryCalls, useJuryQueue } from '../api/jury';
import './calls.css';

const tones = {
  todo: 'primary',
  draft: 'neutral',
  submitted: 'success',
  recused: 'neutral',
} as const;

function Queue({ orgId, callId }: { orgId: string; callId: string }) {
  const { t } = useTranslation('calls');
  const queue = useJuryQueue(orgId, callId);
  if (!queue.data) return <QueryStatus query={queue} />;
  const part = (key: string | null) =>
    queue.data.call.parts.find((p) => p.key === key)?.label.fr ?? key ?? '';
  return (
    <Card title={`${queue.data.call.title.fr} · ${t('jury.progress', queue.data.call)}`}>
      {queue.data.call.scoresLocked ? <p>{t('jury.locked')}</p> : null}
      <ul className="calls-queue" aria-label={t('jury.queue')}>
        {queue.data.items.map((item) => (
          <li key={item.applicationId}>
            <Link to={orgPath(orgId, `jury/${callId}/${item.applicationId}`)}>
              <span>
                {item.code} <span className="calls-muted">{part(item.part)}</span>
              </span>
              <Badge tone={tones[item.state]}>{t(`jury.state.${item.state}`)}</Badge>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function JuryPage() {
  const { t } = useTranslation('calls');
  const { orgId } = useCurrentOrg();
  const { callId } = useParams({ strict: false }) as { callId?: string };
  const calls = useJuryCalls(orgId);
  const current = callId ?? (calls.data?.items.length === 1 ? calls.data.items[0]!.id : undefined);
  return (
    <>
      <PageHeader title={t('jury.title')} description={t('jury.intro')} />
      <QueryStatus query={calls} />
      {calls.data?.items.length === 0 ? <p>{t('jury.none')}</p> : null}
      {calls.data && calls.data.items.length > 1 ? (
        <ul>
          {calls.data.items.map((call) => (
            <li key={call.id}>
              <Link to={orgPath(orgId, `jury/${call.id}`)}>{call.title.fr}</Link>{' '}
              <span className="calls-muted">{t('jury.progress', call)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {current ? <Queue orgId={orgId} callId={current} /> : null}
    </>
  );
}

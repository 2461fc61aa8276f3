// A rehearsal's roll call on a phone: the singers expected (the parts the account leads first),
// one tap each, recorded on the device's operation log so that it works without network and is
// sent when the network comes back (the bar under the header shows what waits).
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useChoirs } from '../api/choirs';
import { useRehearsalRoster } from '../api/roster';
import { useRollCallQueue } from '../lib/use-roll-call-queue';
import { RollCallList } from './roll-call-list';
import './choirs.css';
import './roll-call.css';

export function RollCallPage() {
  const { t } = useTranslation('choirs');
  const format = useDateFormat();
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  const { choirId = '', rehearsalId = '' } = useParams({ strict: false }) as {
    choirId?: string;
    rehearsalId?: string;
  };
  // Offline the list of choirs may be missing: the back link then goes to the choirs.
  const choir = useChoirs(orgId).data?.items.find((item) => item.id === choirId);
  const roster = useRehearsalRoster(orgId, choirId, rehearsalId);
  const queue = useRollCallQueue(orgId, rehearsalId);
  const data = roster.data;
  const rehearsal = data?.roster.rehearsal;
  const site = rehearsal?.siteId
    ? data?.roster.sites.find((s) => s.id === rehearsal.siteId)?.name
    : t('rollCall.allSites');

  return (
    <>
      <p>
        <Link to={orgPath(orgId, choir?.conducts ? `choirs/${choirId}` : 'choirs')}>
          ← {choir?.name ?? t('back')}
        </Link>
      </p>
      <PageHeader
        title={t('rollCall.title')}
        description={
          rehearsal
            ? `${t(`rehearsalKind.${rehearsal.kind}`)} — ${format.dateTime(rehearsal.startsAt)} — ${site ?? ''}`
            : undefined
        }
      />
      {roster.isError ? (
        <Alert tone="error">
          {queue.online ? errorText(roster.error) : t('rollCall.notSaved')}
        </Alert>
      ) : (
        <QueryStatus query={roster} />
      )}
      {data ? (
        <div className="stack">
          {data.fromDevice ? (
            <Alert tone="info" live={false}>
              {t('rollCall.fromDevice', { date: format.dateTime(data.savedAt) })}
            </Alert>
          ) : (
            <p className="field__hint">{t('rollCall.offlineHint')}</p>
          )}
          <RollCallList roster={data.roster} queue={queue} />
        </div>
      ) : null}
    </>
  );
}

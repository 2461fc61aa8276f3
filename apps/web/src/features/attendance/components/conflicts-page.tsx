// Conflicts: a mark edited differently from several devices, the kept edit first, with the rule.
import { Link } from '@tanstack/react-router';
import type { AttendanceConflict } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Card, PageHeader, Pager, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { CONFLICTS_PAGE_SIZE, useConflicts } from '../api/conflicts';
import './attendance.css';

export function ConflictsPage() {
  const { t } = useTranslation(['attendance', 'vocabulary']);
  const { orgId } = useCurrentOrg();
  const [offset, setOffset] = useState(0);
  const conflicts = useConflicts(orgId, offset);

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'attendance')}>← {t('sessionBack')}</Link>
      </p>
      <PageHeader title={t('conflictsTitle')} description={t('conflictsIntro')} />
      <div className="stack">
        <QueryStatus query={conflicts} />
        {conflicts.data?.items.length === 0 ? <p>{t('conflictsEmpty')}</p> : null}
        {conflicts.data?.items.map((conflict) => (
          <ConflictCard
            key={`${conflict.session.id}-${conflict.participant?.id ?? conflict.group?.id ?? 'audience'}-${conflict.kind}`}
            orgId={orgId}
            conflict={conflict}
          />
        ))}
        {conflicts.data ? (
          <Pager
            offset={offset}
            limit={CONFLICTS_PAGE_SIZE}
            total={conflicts.data.total}
            onChange={setOffset}
          />
        ) : null}
      </div>
    </>
  );
}

function ConflictCard({ orgId, conflict }: { orgId: string; conflict: AttendanceConflict }) {
  const { t, i18n } = useTranslation(['attendance', 'vocabulary']);
  const format = useDateFormat();
  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: conflict.session.timeZone,
  });
  const who = conflict.participant
    ? [conflict.participant.firstName, conflict.participant.lastName].filter(Boolean).join(' ')
    : (conflict.group?.name ?? t('audience'));
  const session = conflict.session.title ?? t(`vocabulary:sessionKind.${conflict.session.kind}`);

  return (
    <Card title={`${who} — ${session}, ${format.date(conflict.session.startsAt)}`}>
      <ol className="conflict__operations">
        {conflict.operations.map((op) => (
          <li key={op.opId} className="conflict__operation">
            <Badge tone={op.outcome === 'applied' ? 'success' : 'neutral'}>
              {op.outcome === 'applied' ? t('kept') : t('replaced')}
            </Badge>{' '}
            <strong>
              {op.status ? t(`statuses.${op.status}`) : t('countValue', { count: op.count ?? 0 })}
            </strong>{' '}
            —{' '}
            {t('byDevice', {
              who: op.user?.displayName ?? t('someone'),
              device: op.deviceId,
              time: time.format(new Date(op.recordedAt)),
            })}{' '}
            <span className="muted">
              ({t('received', { date: format.dateTime(op.receivedAt) })})
            </span>
          </li>
        ))}
      </ol>
      <p>
        <Link to={orgPath(orgId, `attendance/${conflict.session.id}`)}>{t('correct')}</Link>
      </p>
    </Card>
  );
}

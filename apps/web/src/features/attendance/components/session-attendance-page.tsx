// A session's attendance for the coordination: read it, correct it (through the same operations).
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { useSessionAttendance } from '../api/session-attendance';
import { useAttendanceQueue } from '../lib/use-attendance-queue';
import './attendance.css';
import { SessionRosterCard } from './session-roster';

export function SessionAttendancePage() {
  const { t } = useTranslation(['attendance', 'vocabulary']);
  const format = useDateFormat();
  const { orgId } = useCurrentOrg();
  const { sessionId = '' } = useParams({ strict: false }) as { sessionId?: string };
  const roster = useSessionAttendance(orgId, sessionId);
  const queue = useAttendanceQueue(orgId);
  const data = roster.data;

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'attendance')}>← {t('sessionBack')}</Link>
      </p>
      <PageHeader
        title={
          data
            ? `${data.session.title ?? t(`vocabulary:sessionKind.${data.session.kind}`)} — ${format.date(data.session.startsAt)}`
            : t('title')
        }
      />
      <div className="stack">
        <QueryStatus query={roster} />
        {data ? <SessionRosterCard roster={data} queue={queue} /> : null}
      </div>
    </>
  );
}

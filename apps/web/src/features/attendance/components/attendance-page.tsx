// "Présences": the sessions of a period with their attendance; open one to read or correct it.
import { Link } from '@tanstack/react-router';
import { type AttendanceSessionSummary, can } from '@tutti/contracts';
import { addDays, today as todayOnDevice } from '@tutti/kit/dates';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  buttonClass,
  Item,
  ItemList,
  PageHeader,
  Pager,
  QueryStatus,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { SESSIONS_PAGE_SIZE, useAttendanceSessions } from '../api/attendance-sessions';
import './attendance.css';

export function AttendancePage() {
  const { t } = useTranslation(['attendance', 'vocabulary']);
  const { orgId, role } = useCurrentOrg();
  const today = todayOnDevice();
  const [range, setRange] = useState({
    from: addDays(today, -30),
    to: addDays(today, 7),
    offset: 0,
  });
  const [draft, setDraft] = useState(range);
  const sessions = useAttendanceSessions(orgId, range);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to) setRange({ ...draft, offset: 0 });
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          !can(role, 'attendance.manage') ? null : (
            <Link
              to={orgPath(orgId, 'attendance/conflicts')}
              className={buttonClass({ variant: 'secondary' })}
            >
              {t('conflictsNav')}
            </Link>
          )
        }
      />
      <div className="stack">
        <form className="list-filters" onSubmit={submit} aria-label={t('sessionsList')}>
          <TextField
            name="from"
            type="date"
            label={t('from')}
            value={draft.from}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
          <TextField
            name="to"
            type="date"
            label={t('to')}
            value={draft.to}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
          <Button type="submit" variant="secondary">
            {t('show')}
          </Button>
        </form>
        <QueryStatus query={sessions} />
        {sessions.data ? (
          <>
            {sessions.data.items.length === 0 ? <p>{t('empty')}</p> : null}
            <ItemList label={t('sessionsList')}>
              {sessions.data.items.map((summary) => (
                <SessionSummaryItem
                  key={summary.session.id}
                  orgId={orgId}
                  summary={summary}
                  linked={can(role, 'attendance.manage')}
                />
              ))}
            </ItemList>
            <Pager
              offset={range.offset}
              limit={SESSIONS_PAGE_SIZE}
              total={sessions.data.total}
              onChange={(offset) => setRange({ ...range, offset })}
            />
          </>
        ) : null}
      </div>
    </>
  );
}

function SessionSummaryItem({
  orgId,
  summary,
  linked,
}: {
  orgId: string;
  summary: AttendanceSessionSummary;
  /** The roster names people: viewers read the counts only. */
  linked: boolean;
}) {
  const { t } = useTranslation(['attendance', 'vocabulary']);
  const format = useDateFormat();
  const { session } = summary;
  const label = `${format.dateTime(session.startsAt)} · ${session.title ?? t(`vocabulary:sessionKind.${session.kind}`)}`;
  return (
    <Item
      title={linked ? <Link to={orgPath(orgId, `attendance/${session.id}`)}>{label}</Link> : label}
      badges={
        <>
          {session.status === 'cancelled' ? <Badge>{t('cancelled')}</Badge> : null}
          {summary.conflicts > 0 ? (
            <Badge tone="danger">{t('conflictsBadge', { count: summary.conflicts })}</Badge>
          ) : null}
        </>
      }
      meta={[
        summary.groups.map((g) => g.name).join(', '),
        session.venueName,
        summary.expected > 0
          ? [
              t('tally.presentOf', { count: summary.present, expected: summary.expected }),
              t('tally.absent', { count: summary.absent }),
              t('tally.excused', { count: summary.excused }),
            ].join(' · ')
          : null,
        summary.headcountTotal > 0 ? t('counted', { count: summary.headcountTotal }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    />
  );
}

// One session's attendance list: tap to mark, head counts, and what is not yet sent, mark by mark.
import type { AttendanceStatus, RosterParticipant, SessionRoster } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Icon } from '@/components/ui';
import type { AttendanceQueue } from '../lib/use-attendance-queue';
import { HeadcountField } from './headcount-field';
import { MarkChoice } from './mark-choice';

type Props = { roster: SessionRoster; queue: AttendanceQueue };

export function SessionRosterCard({ roster, queue }: Props) {
  const { t, i18n } = useTranslation(['attendance', 'vocabulary']);
  const { session } = roster;
  const time = new Intl.DateTimeFormat(i18n.language, {
    timeStyle: 'short',
    timeZone: session.timeZone,
  });
  const cancelled = session.status === 'cancelled';
  const statusOf = (p: RosterParticipant): AttendanceStatus | null => {
    const local = queue.edits.get(`${session.id}|${p.id}`);
    return local ? (local.value as AttendanceStatus) : (p.mark?.status ?? null);
  };
  const counts = { present: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const p of roster.participants) counts[statusOf(p) ?? 'unmarked'] += 1;
  const unmarked = roster.participants.filter((p) => statusOf(p) === null);
  const title = session.title ?? t(`vocabulary:sessionKind.${session.kind}`);
  const headingId = `session-${session.id}`;

  return (
    <section className="card roster" aria-labelledby={headingId}>
      <h2 className="card__title" id={headingId}>
        {time.format(new Date(session.startsAt))}–{time.format(new Date(session.endsAt))} · {title}
      </h2>
      <p className="muted">
        {session.venue
          ? [session.venue.name, session.venue.addressLine, session.venue.communeName]
              .filter(Boolean)
              .join(', ')
          : t('venueless')}
      </p>
      <p>
        {t('groups')} : {roster.groups.map((g) => g.name).join(', ')}
      </p>
      {cancelled ? (
        <Alert tone="info" live={false}>
          {t('cancelled')}
        </Alert>
      ) : null}
      {roster.participants.length > 0 ? (
        <>
          <p className="roster__summary" aria-live="polite">
            {[
              t('tally.present', { count: counts.present }),
              t('tally.absent', { count: counts.absent }),
              t('tally.excused', { count: counts.excused }),
              t('tally.unmarked', { count: counts.unmarked }),
            ].join(' · ')}
          </p>
          {!cancelled && unmarked.length > 0 ? (
            <div>
              <Button
                size="small"
                variant="secondary"
                icon="check"
                aria-describedby={`${headingId}-all-hint`}
                onClick={() =>
                  void queue.record(
                    unmarked.map((p) => ({
                      kind: 'attendance.mark' as const,
                      sessionId: session.id,
                      participantId: p.id,
                      status: 'present' as const,
                    })),
                  )
                }
              >
                {t('allPresent')}
              </Button>
              <p className="visually-hidden" id={`${headingId}-all-hint`}>
                {t('allPresentHint')}
              </p>
            </div>
          ) : null}
          <ul className="roster__list" aria-label={t('roster', { title })}>
            {roster.participants.map((participant) => (
              <RosterRow
                key={participant.id}
                sessionId={session.id}
                participant={participant}
                status={statusOf(participant)}
                queue={queue}
                locked={cancelled}
              />
            ))}
          </ul>
        </>
      ) : null}
      {roster.groups
        .filter((group) => !group.listedIndividually)
        .map((group) => (
          <HeadcountField
            key={group.id}
            label={t('headcountFor', { name: group.name })}
            saved={group.headcount?.count ?? null}
            local={queue.edits.get(`${session.id}|${group.id}|`)}
            disabled={cancelled}
            onSave={(count) =>
              void queue.record([
                { kind: 'attendance.headcount', sessionId: session.id, groupId: group.id, count },
              ])
            }
          />
        ))}
      {session.kind === 'concert' || roster.audienceHeadcount ? (
        <HeadcountField
          label={t('audience')}
          saved={roster.audienceHeadcount?.count ?? null}
          local={queue.edits.get(`${session.id}||`)}
          disabled={cancelled}
          onSave={(count) =>
            void queue.record([
              { kind: 'attendance.headcount', sessionId: session.id, groupId: null, count },
            ])
          }
        />
      ) : null}
    </section>
  );
}

function RosterRow({
  sessionId,
  participant,
  status,
  queue,
  locked,
}: {
  sessionId: string;
  participant: RosterParticipant;
  status: AttendanceStatus | null;
  queue: AttendanceQueue;
  locked: boolean;
}) {
  const { t } = useTranslation(['attendance', 'common', 'vocabulary']);
  const name = [participant.firstName, participant.lastName].filter(Boolean).join(' ');
  const local = queue.edits.get(`${sessionId}|${participant.id}`);
  return (
    <li className="roster__row" data-participant={participant.id}>
      <div className="roster__who">
        <span className="roster__name">{name}</span>
        <span className="roster__badges">
          {participant.consentMissing ? <Badge tone="danger">{t('consentMissing')}</Badge> : null}
          {local?.state === 'pending' ? (
            <Badge tone="primary">
              <Icon name="refresh" size={14} /> {t('pendingMark')}
            </Badge>
          ) : null}
          {local?.state === 'refused' ? (
            <Badge tone="danger">
              {t('refusedMark', {
                reason: t(
                  `common:errors.${local.reason ?? 'CLIENT.UNKNOWN'}` as 'common:errors.CLIENT.UNKNOWN',
                ),
              })}
            </Badge>
          ) : null}
          {status === null ? <span className="muted">{t('unmarked')}</span> : null}
        </span>
        {participant.accessNeeds ? (
          <p className="roster__needs">
            <strong>{t('accessNeeds')} :</strong> {participant.accessNeeds}
          </p>
        ) : null}
      </div>
      <MarkChoice
        name={name}
        groupName={`mark-${sessionId}-${participant.id}`}
        value={status}
        disabled={locked}
        onChange={(next) =>
          void queue.record([
            { kind: 'attendance.mark', sessionId, participantId: participant.id, status: next },
          ])
        }
      />
    </li>
  );
}

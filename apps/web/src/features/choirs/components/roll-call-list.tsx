// The singers to mark, part by part (the parts the account leads first), with a filter by part,
// the tally, "all present" for those not yet marked, and each mark's state on the device.
import type { AttendanceStatus, ChoirRoster } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Card, Icon, SelectField } from '@/components/ui';
import { MarkChoice } from '@/features/attendance';
import type { RollCallQueue } from '../lib/use-roll-call-queue';

type Props = { roster: ChoirRoster; queue: RollCallQueue };
type Singer = ChoirRoster['singers'][number];

export function RollCallList({ roster, queue }: Props) {
  const { t } = useTranslation(['choirs', 'attendance', 'common']);
  const { rehearsal } = roster;
  const [partId, setPartId] = useState('');
  const cancelled = rehearsal.status === 'cancelled';
  const statusOf = (singer: Singer): AttendanceStatus | null =>
    queue.marks.get(`${rehearsal.id}|${singer.memberId}`)?.status ?? singer.status;
  const shown = roster.singers.filter((singer) => !partId || singer.partId === partId);
  const counts = { present: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const singer of shown) counts[statusOf(singer) ?? 'unmarked'] += 1;
  const unmarked = shown.filter((singer) => statusOf(singer) === null);
  // The parts the account leads first, then the choir's order.
  const parts = [
    ...roster.parts.filter((part) => roster.leads.includes(part.id)),
    ...roster.parts.filter((part) => !roster.leads.includes(part.id)),
  ].filter((part) => !partId || part.id === partId);

  return (
    <>
      {cancelled ? (
        <Alert tone="info" live={false}>
          {t('rollCall.cancelled')}
        </Alert>
      ) : null}
      <div className="roll-call__tools">
        <SelectField
          name="roll-call-part"
          label={t('rollCall.part')}
          value={partId}
          options={[
            { value: '', label: t('rollCall.allParts') },
            ...roster.parts.map((part) => ({
              value: part.id,
              label: `${part.code} — ${part.name}`,
            })),
          ]}
          onChange={(event) => setPartId(event.target.value)}
        />
        {!cancelled && unmarked.length > 0 ? (
          <Button
            variant="secondary"
            icon="check"
            aria-describedby="roll-call-all-hint"
            onClick={() =>
              void queue.mark(
                unmarked.map((singer) => ({ memberId: singer.memberId, status: 'present' })),
              )
            }
          >
            {t('rollCall.allPresent', { count: unmarked.length })}
          </Button>
        ) : null}
        <p className="visually-hidden" id="roll-call-all-hint">
          {t('rollCall.allPresentHint')}
        </p>
      </div>
      <p className="roll-call__tally" aria-live="polite">
        {[
          t('attendance:tally.present', { count: counts.present }),
          t('attendance:tally.absent', { count: counts.absent }),
          t('attendance:tally.excused', { count: counts.excused }),
          t('attendance:tally.unmarked', { count: counts.unmarked }),
        ].join(' · ')}
      </p>
      {parts.map((part) => {
        const singers = shown.filter((singer) => singer.partId === part.id);
        if (singers.length === 0) return null;
        return (
          <Card key={part.id} title={`${part.code} — ${part.name}`} className="roll-call__part">
            <ul
              className="roll-call__list"
              aria-label={t('rollCall.singersOf', { part: part.code })}
            >
              {singers.map((singer) => (
                <SingerRow
                  key={singer.memberId}
                  rehearsalId={rehearsal.id}
                  singer={singer}
                  status={statusOf(singer)}
                  queue={queue}
                  locked={cancelled}
                />
              ))}
            </ul>
          </Card>
        );
      })}
    </>
  );
}

type RowProps = {
  rehearsalId: string;
  singer: Singer;
  status: AttendanceStatus | null;
  queue: RollCallQueue;
  locked: boolean;
};

function SingerRow({ rehearsalId, singer, status, queue, locked }: RowProps) {
  const { t } = useTranslation(['choirs', 'attendance', 'common']);
  const name = [singer.firstName, singer.lastName].filter(Boolean).join(' ');
  const local = queue.marks.get(`${rehearsalId}|${singer.memberId}`);
  return (
    <li className="roll-call__row" data-member={singer.memberId}>
      <div className="roll-call__who">
        <span className="roll-call__name">{name}</span>
        <span className="roll-call__badges">
          {singer.rsvp ? (
            <span className="choir-muted">
              {t('rollCall.rsvp', { answer: t(`choirs:rsvp.${singer.rsvp}`) })}
            </span>
          ) : null}
          {local?.state === 'pending' ? (
            <Badge tone="primary">
              <Icon name="refresh" size={14} /> {t('attendance:pendingMark')}
            </Badge>
          ) : null}
          {local?.state === 'refused' ? (
            <Badge tone="danger">
              {t('attendance:refusedMark', {
                reason: t(
                  `common:errors.${local.reason ?? 'CLIENT.UNKNOWN'}` as 'common:errors.CLIENT.UNKNOWN',
                ),
              })}
            </Badge>
          ) : null}
          {status === null ? <span className="choir-muted">{t('attendance:unmarked')}</span> : null}
        </span>
      </div>
      <MarkChoice
        name={name}
        groupName={`mark-${rehearsalId}-${singer.memberId}`}
        value={status}
        disabled={locked}
        onChange={(next) => void queue.mark([{ memberId: singer.memberId, status: next }])}
      />
    </li>
  );
}

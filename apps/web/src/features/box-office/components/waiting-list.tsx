// The concert's waiting list for admins and coordinators: the queue in order (who, how many,
// how to reach them, an offer running and until when), each party movable with a reason that
// goes to the audit log; the parties out of the queue below, folded.
import {
  can,
  type WaitingList,
  type WaitingListEntry,
  WaitingListMoveBodySchema,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  Dialog,
  Form,
  QueryStatus,
  ScrollTable,
  SelectField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { useDateFormat } from '@/lib/format';
import { useMoveWaitingListEntry, useWaitingList } from '../api/waiting-list';

export function WaitingListSection({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation('boxOffice');
  const { role } = useCurrentOrg();
  const list = useWaitingList(orgId, sessionId);
  const [moving, setMoving] = useState<WaitingListEntry | null>(null);
  const items = list.data?.items ?? [];
  const queue = items.filter((item) => item.position !== null);
  const out = items.filter((item) => item.position === null);
  const canMove = can(role, 'concerts.manageWaitingList');
  return (
    <section className="box-office__orders" aria-labelledby="box-office-waiting">
      <h3 id="box-office-waiting">{t('waitingList.title')}</h3>
      <QueryStatus query={list} />
      {list.data && queue.length === 0 ? <p>{t('waitingList.empty')}</p> : null}
      {queue.length > 0 ? (
        <EntriesTable
          caption={t('waitingList.caption')}
          items={queue}
          onMove={canMove ? setMoving : undefined}
        />
      ) : null}
      {out.length > 0 ? (
        <details>
          <summary>{t('waitingList.out', { count: out.length })}</summary>
          <EntriesTable caption={t('waitingList.outCaption')} items={out} />
        </details>
      ) : null}
      {list.data ? (
        <p className="muted">{t('waitingList.note', { hours: list.data.offerHours })}</p>
      ) : null}
      {list.data && moving ? (
        <MoveDialog
          orgId={orgId}
          sessionId={sessionId}
          list={list.data}
          entry={moving}
          onClose={() => setMoving(null)}
        />
      ) : null}
    </section>
  );
}

function EntriesTable(props: {
  caption: string;
  items: WaitingListEntry[];
  onMove?: ((entry: WaitingListEntry) => void) | undefined;
}) {
  const { t } = useTranslation('boxOffice');
  const { dateTime } = useDateFormat();
  const queue = props.items.some((item) => item.position !== null);
  return (
    <ScrollTable label={props.caption}>
      <table className="data-table">
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {queue ? (
              <th scope="col" className="num">
                {t('waitingList.position')}
              </th>
            ) : null}
            <th scope="col">{t('who')}</th>
            <th scope="col" className="num">
              {t('seats')}
            </th>
            <th scope="col">{t('contact')}</th>
            <th scope="col">{t('waitingList.status')}</th>
            {props.onMove ? <th scope="col">{t('waitingList.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {props.items.map((entry) => (
            <tr key={entry.id}>
              {queue ? <td className="num">{entry.position}</td> : null}
              <th scope="row">{entry.name || t('anonymous')}</th>
              <td className="num">{entry.partySize}</td>
              <td>{[entry.email, entry.phone].filter(Boolean).join(' · ')}</td>
              <td>
                {entry.status === 'offered' && entry.offerExpiresAt ? (
                  <Badge tone="primary">
                    {t('waitingList.offeredUntil', { until: dateTime(entry.offerExpiresAt) })}
                  </Badge>
                ) : (
                  t(`waitingList.statuses.${entry.status}`)
                )}
              </td>
              {props.onMove ? (
                <td>
                  <Button
                    variant="secondary"
                    size="small"
                    onClick={() => props.onMove?.(entry)}
                    aria-label={t('waitingList.moveWho', { name: entry.name })}
                  >
                    {t('waitingList.move')}
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function MoveDialog(props: {
  orgId: string;
  sessionId: string;
  list: WaitingList;
  entry: WaitingListEntry;
  onClose: () => void;
}) {
  const { t } = useTranslation(['boxOffice', 'common']);
  const move = useMoveWaitingListEntry(props.orgId, props.sessionId);
  const places = props.list.items.filter((item) => item.position !== null).length;
  const form = useSchemaForm({
    schema: WaitingListMoveBodySchema,
    read: (element) => {
      const data = new FormData(element);
      return { position: Number(data.get('position')), reason: String(data.get('reason') ?? '') };
    },
    onSubmit: async (body) => {
      await move.mutateAsync({ entryId: props.entry.id, body });
      props.onClose();
    },
  });
  return (
    <Dialog
      open
      onClose={props.onClose}
      title={t('waitingList.moveTitle', { name: props.entry.name })}
    >
      <Form formProps={form.formProps} error={form.formError}>
        <SelectField
          name="position"
          label={t('waitingList.newPosition')}
          defaultValue={String(props.entry.position ?? 1)}
          options={Array.from({ length: places }, (_, index) => ({
            value: String(index + 1),
            label:
              index === 0
                ? t('waitingList.first')
                : t('waitingList.place', { position: index + 1 }),
          }))}
          error={form.fieldError('position')}
        />
        <TextField
          name="reason"
          label={t('waitingList.reason')}
          hint={t('waitingList.reasonHint')}
          maxLength={200}
          error={form.fieldError('reason')}
        />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('waitingList.moveSubmit')}
          </Button>
          <Button variant="secondary" onClick={props.onClose}>
            {t('common:cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}

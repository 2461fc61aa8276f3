// Seats held for the groups of the concert and of the workshops before it: one number per group
// (0 holds none), saved together.
import { type ConcertSeatLayers, GroupReservationsReplaceBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Form, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useReplaceGroupReservations } from '../api/seat-layers';

export function GroupReservationsForm(props: {
  orgId: string;
  layers: ConcertSeatLayers;
  editable: boolean;
}) {
  const { t } = useTranslation('relaySeats');
  const replace = useReplaceGroupReservations(props.orgId, props.layers.sessionId);
  const [saved, setSaved] = useState(false);
  const { groups } = props.layers;
  const form = useSchemaForm({
    schema: GroupReservationsReplaceBodySchema,
    read: (element) => ({
      groups: readForm(element)
        .rows('groups')
        .map((row) => ({
          groupId: row.groupId ?? '',
          seats: row.seats ? Number(row.seats.replace(',', '.')) : 0,
        }))
        .filter((row) => row.seats !== 0),
    }),
    onSubmit: async (body) => {
      setSaved(false);
      await replace.mutateAsync(body);
      setSaved(true);
    },
  });
  return (
    <section className="seat-layers__groups" aria-labelledby="seat-layers-groups">
      <h3 id="seat-layers-groups">{t('groupsTitle')}</h3>
      <p className="muted">{t('groupsLead')}</p>
      {groups.length === 0 ? <p>{t('noGroup')}</p> : null}
      {groups.length > 0 && !props.editable ? (
        <ul>
          {groups.map((group) => (
            <li key={group.groupId}>
              {t('groupSeatsLabel', { name: group.name })} {group.seats}
            </li>
          ))}
        </ul>
      ) : null}
      {groups.length > 0 && props.editable ? (
        <Form formProps={form.formProps} error={form.formError} label={t('groupsTitle')}>
          <div className="group-seats">
            {groups.map((group, index) => (
              <div key={group.groupId}>
                <input type="hidden" name={`groups.${index}.groupId`} value={group.groupId} />
                <TextField
                  name={`groups.${index}.seats`}
                  label={t('groupSeatsLabel', { name: group.name })}
                  hint={[
                    group.partnerName,
                    group.expectedSize === null
                      ? null
                      : t('expected', { count: group.expectedSize }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  inputMode="numeric"
                  defaultValue={String(group.seats)}
                  error={form.fieldErrorAt(`groups.${index}.seats`)}
                />
              </div>
            ))}
          </div>
          <div className="seat-layers__actions">
            <Button type="submit" variant="secondary" pending={form.pending}>
              {t('saveGroups')}
            </Button>
          </div>
          {saved ? <Alert tone="success">{t('saved')}</Alert> : null}
        </Form>
      ) : null}
    </section>
  );
}

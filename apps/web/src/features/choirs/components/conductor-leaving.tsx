// A singer leaves the choir on a day (today or earlier): from then no page, no part feed, no
// message; the roster keeps them under "left the choir", where they can also come back.
import { type Choir, can } from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ConfirmDialog, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useUpdateChoirMember } from '../api/members';

type Singer = { id: string; firstName: string; lastName: string | null };
const nameOf = (s: Singer) => [s.firstName, s.lastName].filter(Boolean).join(' ');

/** The roster row's button, and the dialog asking the day. */
export function LeaveButton({ choirId, singer }: { choirId: string; singer: Singer }) {
  const { t } = useTranslation('choirs');
  const { orgId, role } = useCurrentOrg();
  const errorText = useErrorText();
  const update = useUpdateChoirMember(orgId, choirId);
  const [open, setOpen] = useState(false);
  const [leftOn, setLeftOn] = useState(() => today('Europe/Paris'));
  if (!can(role, 'choirs.manage')) return null;
  return (
    <>
      <Button variant="secondary" size="small" onClick={() => setOpen(true)}>
        {t('conductor.leaving.button')}
        <span className="visually-hidden"> {nameOf(singer)}</span>
      </Button>
      <ConfirmDialog
        open={open}
        title={t('conductor.leaving.title', { name: nameOf(singer) })}
        confirmLabel={t('conductor.leaving.confirm')}
        pending={update.isPending}
        error={update.isError ? errorText(update.error) : null}
        onClose={() => {
          update.reset();
          setOpen(false);
        }}
        onConfirm={() =>
          update.mutate(
            { memberId: singer.id, body: { active: false, leftOn } },
            { onSuccess: () => setOpen(false) },
          )
        }
      >
        <p>{t('conductor.leaving.explain')}</p>
        <TextField
          type="date"
          name="leftOn"
          label={t('conductor.leaving.day')}
          value={leftOn}
          max={today('Europe/Paris')}
          required
          onChange={(event) => setLeftOn(event.target.value)}
        />
      </ConfirmDialog>
    </>
  );
}

/** Who left, newest first, each with the day and a way back. */
export function LeftSingers({ choir }: { choir: Choir }) {
  const { t } = useTranslation('choirs');
  const { orgId, role } = useCurrentOrg();
  const format = useDateFormat();
  const update = useUpdateChoirMember(orgId, choir.id);
  const partCode = new Map(choir.parts.map((part) => [part.id, part.code]));
  if (choir.left.length === 0) return null;
  return (
    <>
      <h3 className="choir-subheading">{t('conductor.leaving.leftTitle')}</h3>
      <p className="field__hint">{t('conductor.leaving.leftHint')}</p>
      <ul className="choir-left">
        {choir.left.map((singer) => (
          <li key={singer.id}>
            <span>
              {nameOf(singer)} ({partCode.get(singer.partId)})
              {singer.leftOn
                ? ` — ${t('conductor.leaving.leftOn', { date: format.date(`${singer.leftOn}T12:00:00Z`) })}`
                : ''}
            </span>
            {can(role, 'choirs.manage') ? (
              <Button
                variant="secondary"
                size="small"
                pending={update.isPending && update.variables?.memberId === singer.id}
                onClick={() => update.mutate({ memberId: singer.id, body: { active: true } })}
              >
                {t('conductor.leaving.back')}
                <span className="visually-hidden"> {nameOf(singer)}</span>
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

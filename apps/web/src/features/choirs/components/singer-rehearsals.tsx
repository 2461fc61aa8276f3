// The next rehearsals of a singer's site and of the whole choir, each with their answer:
// yes / maybe / no, one tap, saved at once (a cancelled rehearsal takes no answer).
import type { ChoirMyPage, ChoirRsvpAnswer } from '@tutti/contracts';
import { choirRsvpAnswers } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Card, type Choice, ChoiceGroup } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useAnswerRehearsal } from '../api/singer';

const tones: Record<ChoirRsvpAnswer, Choice<ChoirRsvpAnswer>['tone']> = {
  yes: 'success',
  maybe: 'info',
  no: 'danger',
};

type Props = { orgId: string; choirId: string; rehearsals: ChoirMyPage['rehearsals'] };

export function SingerRehearsals({ orgId, choirId, rehearsals }: Props) {
  const { t } = useTranslation('choirs');
  const { i18n } = useTranslation();
  // A singer plans by the day of the week: "mardi 8 décembre, 18:30".
  const day = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  const errorText = useErrorText();
  const answer = useAnswerRehearsal(orgId, choirId);
  // The tap shows at once; a refused answer goes back to the saved one.
  const [chosen, setChosen] = useState<Record<string, ChoirRsvpAnswer>>({});
  const choose = (rehearsalId: string, value: ChoirRsvpAnswer) => {
    setChosen((current) => ({ ...current, [rehearsalId]: value }));
    answer.mutate(
      { rehearsalId, answer: value },
      {
        onError: () => setChosen(({ [rehearsalId]: _dropped, ...rest }) => rest),
      },
    );
  };
  return (
    <Card title={t('singer.rehearsals')}>
      {answer.isError ? <Alert tone="error">{errorText(answer.error)}</Alert> : null}
      {rehearsals.length === 0 ? <p>{t('singer.noRehearsal')}</p> : null}
      <ul className="singer-list">
        {rehearsals.map((rehearsal) => {
          const when = day.format(new Date(rehearsal.startsAt));
          const cancelled = rehearsal.status === 'cancelled';
          return (
            <li key={rehearsal.id} className="singer-list__item">
              <h3 className="singer-list__title">{when}</h3>
              <p className="singer-list__meta">
                {t(`rehearsalKind.${rehearsal.kind}`)} · {rehearsal.siteName ?? t('singer.tutti')}{' '}
                {cancelled ? <Badge tone="danger">{t('cancelled')}</Badge> : null}
              </p>
              {rehearsal.note ? <p className="singer-list__note">{rehearsal.note}</p> : null}
              {cancelled ? null : (
                <ChoiceGroup
                  legend={t('singer.comeQuestion', { date: when })}
                  name={`rsvp-${rehearsal.id}`}
                  value={chosen[rehearsal.id] ?? rehearsal.myAnswer}
                  onChange={(value) => choose(rehearsal.id, value)}
                  choices={choirRsvpAnswers.map((value) => ({
                    value,
                    label: t(`rsvp.${value}`),
                    tone: tones[value],
                  }))}
                />
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

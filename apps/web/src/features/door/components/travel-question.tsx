// "How did you come?": one optional tap after an entry (a car asks how many were in it), which
// the concert's carbon footprint uses for its audience travel.
import { type AudienceMode, audienceModes } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card } from '@/components/ui';

const CAR_CHOICES = [1, 2, 3, 4, 5, 6];

export function TravelQuestion({
  people,
  onAnswer,
  onSkip,
}: {
  people: number;
  onAnswer: (mode: AudienceMode, carPeople: number | null) => void;
  onSkip: () => void;
}) {
  const { t } = useTranslation(['door', 'vocabulary']);
  const [car, setCar] = useState(false);
  return (
    <Card title={t('travelTitle')} className="door-travel">
      <p className="muted">{t('travelHint')}</p>
      {car ? (
        <fieldset className="door-travel__choices">
          <legend>{t('carPeople')}</legend>
          {CAR_CHOICES.map((count) => (
            <Button
              key={count}
              variant={count === Math.min(people, 6) ? 'primary' : 'secondary'}
              onClick={() => onAnswer('car', count)}
            >
              {count === 6 ? `${count}+` : t('carPeopleChoice', { count })}
            </Button>
          ))}
        </fieldset>
      ) : (
        <div className="door-travel__choices">
          {audienceModes.map((mode) => (
            <Button
              key={mode}
              variant="secondary"
              onClick={() => (mode === 'car' ? setCar(true) : onAnswer(mode, null))}
            >
              {t(`vocabulary:audienceMode.${mode}`)}
            </Button>
          ))}
        </div>
      )}
      <Button variant="ghost" size="small" onClick={onSkip}>
        {t('travelSkip')}
      </Button>
    </Card>
  );
}

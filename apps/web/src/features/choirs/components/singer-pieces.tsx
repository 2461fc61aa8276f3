// The season's pieces in a singer's part: where they are on each (learning, ready for check,
// ready), a link to practise it, and the recordings they sent with the section leader's word.
import { Link } from '@tanstack/react-router';
import type { ChoirLearningStatus, ChoirMyPage } from '@tutti/contracts';
import { choirLearningStatuses } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Card, type Choice, ChoiceGroup } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useMarkLearning } from '../api/singer';

const tones: Record<ChoirLearningStatus, Choice<ChoirLearningStatus>['tone']> = {
  learning: 'info',
  ready_for_check: 'primary',
  ready: 'success',
};
const reviewTones = { pending: 'neutral', approved: 'success', redo: 'danger' } as const;

type Props = { orgId: string; choirId: string; pieces: ChoirMyPage['pieces'] };

export function SingerPieces({ orgId, choirId, pieces }: Props) {
  const { t } = useTranslation('choirs');
  const dates = useDateFormat();
  const errorText = useErrorText();
  const mark = useMarkLearning(orgId, choirId);
  // The tap shows at once; a refused status goes back to the saved one.
  const [chosen, setChosen] = useState<Record<string, ChoirLearningStatus>>({});
  const choose = (pieceId: string, status: ChoirLearningStatus) => {
    setChosen((current) => ({ ...current, [pieceId]: status }));
    mark.mutate(
      { pieceId, status },
      { onError: () => setChosen(({ [pieceId]: _dropped, ...rest }) => rest) },
    );
  };
  return (
    <Card title={t('singer.pieces')}>
      {mark.isError ? <Alert tone="error">{errorText(mark.error)}</Alert> : null}
      {pieces.length === 0 ? <p>{t('singer.noPiece')}</p> : null}
      <ul className="singer-list">
        {pieces.map((piece) => (
          <li key={piece.id} className="singer-list__item">
            <h3 className="singer-list__title">{piece.title}</h3>
            <p className="singer-list__meta">
              {[piece.composer, t('singer.myPart', { part: piece.myPartCode })]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <ChoiceGroup
              legend={t('singer.whereAmI', { title: piece.title })}
              name={`learning-${piece.id}`}
              value={chosen[piece.id] ?? piece.status}
              onChange={(status) => choose(piece.id, status)}
              choices={choirLearningStatuses.map((value) => ({
                value,
                label: t(`singer.status.${value}`),
                tone: tones[value],
              }))}
            />
            <p>
              <Link
                className="button button--secondary"
                to={orgPath(orgId, `choirs/${choirId}/me/pieces/${piece.id}`)}
              >
                {t('singer.practise')}
              </Link>
            </p>
            {piece.recordings.length > 0 ? (
              <>
                <h4 className="singer-list__subtitle">{t('singer.recordings')}</h4>
                <ul className="singer-recordings">
                  {piece.recordings.map((recording) => (
                    <li key={recording.id}>
                      {t('singer.sentOn', { date: dates.date(recording.createdAt) })}{' '}
                      <Badge tone={reviewTones[recording.review]}>
                        {t(`singer.review.${recording.review}`)}
                      </Badge>
                      {recording.comment ? <q>{recording.comment}</q> : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

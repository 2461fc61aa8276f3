// One singer's recording in the checking queue: who, which piece, their note, the player, and
// the verdict with a comment (or the verdict already given).
import type { ChoirQueueItem } from '@tutti/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Item } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { choirRecordingUrl, useReviewRecording, type Verdict } from '../api/checking';

type Props = {
  choirId: string;
  item: ChoirQueueItem;
  /** Told once a verdict is saved, to say so (the item then moves to the checked ones). */
  onReviewed?: (text: string) => void;
};

export function CheckingItem({ choirId, item, onReviewed }: Props) {
  const { t } = useTranslation('choirs');
  const format = useDateFormat();
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  const review = useReviewRecording(orgId, choirId);
  const [comment, setComment] = useState('');
  const commentId = useId();
  const name = [item.member.firstName, item.member.lastName].filter(Boolean).join(' ');
  const give = (verdict: Verdict['review']) =>
    review.mutate(
      { recordingId: item.id, verdict: { review: verdict, comment: comment.trim() || null } },
      {
        onSuccess: () =>
          onReviewed?.(t(`checking.done.${verdict}`, { name, piece: item.pieceTitle })),
      },
    );

  return (
    <Item
      title={`${name} — ${item.pieceTitle}`}
      badges={
        <>
          <Badge>{item.partCode}</Badge>
          <Badge>{item.siteName}</Badge>
          {item.review !== 'pending' ? (
            <Badge tone={item.review === 'approved' ? 'success' : 'danger'}>
              {t(`checking.review.${item.review}`)}
            </Badge>
          ) : null}
        </>
      }
      meta={t('checking.sent', { date: format.dateTime(item.createdAt) })}
    >
      {item.singerNote ? (
        <blockquote className="checking-note">
          <p className="visually-hidden">{t('checking.singerNote', { name })}</p>
          {item.singerNote}
        </blockquote>
      ) : null}
      {/* biome-ignore lint/a11y/useMediaCaption: a singer's practice take has no captions */}
      <audio
        className="checking-player"
        controls
        preload="none"
        src={choirRecordingUrl(orgId, choirId, item.id)}
        aria-label={t('checking.player', { name, piece: item.pieceTitle })}
      />
      {item.review === 'pending' ? (
        <div className="checking-verdict">
          <div className="field">
            <label className="field__label" htmlFor={commentId}>
              {t('checking.comment')}
            </label>
            <textarea
              id={commentId}
              className="field__control"
              rows={2}
              maxLength={4000}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          {review.isError ? <Alert tone="error">{errorText(review.error)}</Alert> : null}
          <div className="form__actions">
            <Button
              pending={review.isPending && review.variables?.verdict.review === 'approved'}
              icon="check"
              onClick={() => give('approved')}
            >
              {t('checking.approve')}
            </Button>
            <Button
              variant="secondary"
              pending={review.isPending && review.variables?.verdict.review === 'redo'}
              icon="refresh"
              onClick={() => give('redo')}
            >
              {t('checking.redo')}
            </Button>
          </div>
        </div>
      ) : item.comment ? (
        <p className="checking-comment">{t('checking.yourComment', { comment: item.comment })}</p>
      ) : null}
    </Item>
  );
}

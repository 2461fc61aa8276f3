// The files, newest first: kind, size, state (processing with its progress), a player for audio
// (the light rendition when there is one) and video, a thumbnail for images; delete for managers.
import type { Media } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Card, ConfirmDialog, Item, ItemList } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useBytesFormat } from '@/lib/format-bytes';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { mediaContentUrl, useDeleteMedia } from '../api/media';

type Props = { orgId: string; items: Media[]; manager: boolean };

export function MediaList({ orgId, items, manager }: Props) {
  const { t } = useTranslation('media');
  const remove = useDeleteMedia(orgId);
  const errorText = useErrorText();
  const [deleting, setDeleting] = useState<Media | null>(null);
  const close = () => {
    setDeleting(null);
    remove.reset();
  };
  return (
    <Card title={t('listTitle')}>
      {items.length === 0 ? (
        <p className="muted">{manager ? t('emptyManager') : t('empty')}</p>
      ) : (
        <ItemList label={t('listCaption')}>
          {items.map((media) => (
            <MediaItem
              key={media.id}
              orgId={orgId}
              media={media}
              onDelete={manager ? () => setDeleting(media) : null}
            />
          ))}
        </ItemList>
      )}
      <ConfirmDialog
        open={deleting !== null}
        onClose={close}
        title={t('deleteTitle')}
        confirmLabel={t('delete')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onConfirm={() => deleting && remove.mutate(deleting.id, { onSuccess: close })}
      >
        <p>{t('deleteText', { name: deleting?.fileName ?? '' })}</p>
      </ConfirmDialog>
    </Card>
  );
}

const statusTone = {
  uploading: 'neutral',
  processing: 'primary',
  ready: 'success',
  rejected: 'danger',
  failed: 'danger',
} as const;

function MediaItem({
  orgId,
  media,
  onDelete,
}: {
  orgId: string;
  media: Media;
  onDelete: (() => void) | null;
}) {
  const { t } = useTranslation('media');
  const bytes = useBytesFormat();
  const dates = useDateFormat();
  const url = (variant: string) => mediaContentUrl(orgId, media.id, variant);
  const meta = [
    bytes(media.sizeBytes),
    media.durationMs !== null ? duration(media.durationMs) : null,
    t('uploadedOn', { date: dates.date(media.uploadedAt) }),
  ]
    .filter(Boolean)
    .join(' · ');
  const problem =
    media.status === 'rejected' || media.status === 'failed'
      ? t(`problem.${knownProblem(media.problem)}`)
      : null;
  return (
    <Item
      title={media.fileName}
      badges={
        <>
          {media.kind ? <Badge>{t(`kind.${media.kind}`)}</Badge> : null}
          <Badge tone={statusTone[media.status]}>
            {t(`status.${media.status}`, { progress: media.progress })}
          </Badge>
        </>
      }
      meta={meta}
      actions={
        onDelete ? (
          <Button
            variant="danger"
            size="small"
            icon="trash"
            aria-label={t('deleteLabel', { name: media.fileName })}
            onClick={onDelete}
          >
            {t('delete')}
          </Button>
        ) : null
      }
    >
      {media.status === 'processing' ? (
        <progress
          className="media-progress"
          aria-label={t('processingLabel', { name: media.fileName })}
          max={100}
          value={media.progress}
        />
      ) : null}
      {problem ? <p className="media-item__problem">{problem}</p> : null}
      {media.status === 'ready' ? <Preview media={media} url={url} /> : null}
    </Item>
  );
}

function Preview({ media, url }: { media: Media; url: (variant: string) => string }) {
  const { t } = useTranslation('media');
  const has = (name: string) => media.variants.some((v) => v.name === name);
  if (media.kind === 'audio') {
    const light = has('light');
    return (
      <div className="media-item__player">
        {/* biome-ignore lint/a11y/useMediaCaption: music recordings have no words to caption */}
        <audio
          controls
          preload="metadata"
          src={url(light ? 'light' : 'original')}
          aria-label={t('playerLabel', { name: media.fileName })}
        />
        {light ? <p className="muted media-item__note">{t('lightAudio')}</p> : null}
        <a className="media-item__link" href={url('original')} download={media.fileName}>
          {t('download')}
        </a>
      </div>
    );
  }
  if (media.kind === 'video') {
    return (
      <div className="media-item__player">
        {/* biome-ignore lint/a11y/useMediaCaption: rehearsal videos come without captions */}
        <video
          className="media-item__video"
          controls
          preload="metadata"
          src={url('original')}
          aria-label={t('videoLabel', { name: media.fileName })}
        />
      </div>
    );
  }
  if (media.kind === 'image') {
    const thumbnail = has('w320') ? 'w320' : 'original';
    return (
      <a className="media-item__thumbnail" href={url(has('w1920') ? 'w1920' : 'original')}>
        <img src={url(thumbnail)} alt={media.fileName} loading="lazy" width={160} />
      </a>
    );
  }
  return (
    <a className="media-item__link" href={url('original')}>
      {t('open')}
    </a>
  );
}

const problems = {
  'FILE.UNSUPPORTED_TYPE': 'unsupportedType',
  'MEDIA.NEEDS_FFMPEG': 'needsFfmpeg',
  'MEDIA.PROCESSING_FAILED': 'processingFailed',
} as const;

function knownProblem(problem: string | null) {
  return problems[problem as keyof typeof problems] ?? 'other';
}

/** 1:05, 12:30, 1:02:03. */
function duration(ms: number) {
  const total = Math.round(ms / 1000);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

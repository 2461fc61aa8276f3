// Admins: how much of the organisation's storage the media files use.
import type { MediaUsage } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { useBytesFormat } from '@/lib/format-bytes';

export function QuotaCard({ usage }: { usage: MediaUsage }) {
  const { t, i18n } = useTranslation('media');
  const bytes = useBytesFormat();
  const share = usage.quotaBytes > 0 ? usage.usedBytes / usage.quotaBytes : 1;
  const percent = new Intl.NumberFormat(i18n.language, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  // A few kilobytes of gigabytes still show as used, not as 0 %.
  const shown =
    share > 0 && share < 0.001
      ? `<\u00a0${percent.format(0.001)}`
      : percent.format(Math.min(share, 1));
  return (
    <Card title={t('quotaTitle')}>
      <p className="media-quota__figures">
        {t('quotaUsed', {
          used: bytes(usage.usedBytes),
          total: bytes(usage.quotaBytes),
          percent: shown,
        })}
      </p>
      <meter
        className="media-quota__meter"
        aria-label={t('quotaLabel')}
        min={0}
        max={usage.quotaBytes}
        low={usage.quotaBytes * 0.8}
        high={usage.quotaBytes * 0.95}
        optimum={0}
        value={Math.min(usage.usedBytes, usage.quotaBytes)}
      />
      <p className="muted media-quota__note">{t('quotaNote')}</p>
    </Card>
  );
}

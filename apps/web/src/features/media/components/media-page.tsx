// The organisation's media files: managers upload (resumable), follow processing and delete;
// everyone plays and opens what is published; admins see the storage quota.
import './media-page.css';
import { can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useMediaList, useMediaUsage } from '../api/media';
import { useMediaUploads } from '../api/upload-media';
import { MediaList } from './media-list';
import { QuotaCard } from './quota-card';
import { UploadCard } from './upload-card';

export function MediaPage() {
  const { t } = useTranslation('media');
  const { orgId, role } = useCurrentOrg();
  const manager = can(role, 'media.manage');
  const list = useMediaList(orgId);
  const usage = useMediaUsage(orgId, can(role, 'media.readUsage'));
  const uploads = useMediaUploads(orgId);
  return (
    <>
      <PageHeader title={t('title')} description={manager ? t('intro') : t('readerIntro')} />
      <div className="stack">
        {usage.data ? <QuotaCard usage={usage.data} /> : null}
        {manager ? <UploadCard uploads={uploads} /> : null}
        {list.data && !list.data.transcoding && manager ? (
          <Alert tone="info">{t('noTranscoding')}</Alert>
        ) : null}
        <QueryStatus query={list} />
        {list.data ? <MediaList orgId={orgId} items={list.data.items} manager={manager} /> : null}
      </div>
    </>
  );
}

// Official files (admins): upload one file at a time, read its preview, import it and follow its
// progress; the files already imported below. They feed the access index of every organisation.
import './reference.css';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useReferenceImports } from '../api/reference-imports';
import { ReferenceHistory } from './reference-history';
import { ReferenceRun } from './reference-run';
import { ReferenceUpload } from './reference-upload';

export function ReferencePage() {
  const { t } = useTranslation('territories');
  const { orgId } = useCurrentOrg();
  const overview = useReferenceImports(orgId);
  // The upload shown: the one just sent, else one of this organisation still being imported.
  const [shown, setShown] = useState<string | null>(null);
  const importing = overview.data?.runs.find((r) => r.state === 'importing')?.id ?? null;
  const uploadId = shown ?? importing;

  return (
    <>
      <PageHeader
        title={t('reference.title')}
        description={t('reference.intro')}
        actions={<Link to={orgPath(orgId, 'territories')}>← {t('reference.back')}</Link>}
      />
      <div className="stack reference-page">
        <ReferenceUpload orgId={orgId} onPreview={(run) => setShown(run.id)} />
        {uploadId ? (
          <ReferenceRun
            key={uploadId}
            orgId={orgId}
            uploadId={uploadId}
            onDiscarded={() => setShown(null)}
          />
        ) : null}
        {overview.data ? (
          <ReferenceHistory imports={overview.data.imports} />
        ) : (
          <QueryStatus query={overview} />
        )}
      </div>
    </>
  );
}

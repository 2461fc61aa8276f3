// A concert or workshop shown on the organisation's public pages: the switch, and once public,
// its address and QR code. Planners only; online sessions are never public.
import { canBePublic, type Session } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, PublicLink } from '@/components/ui';
import { usePublicProfile } from '@/features/settings';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useSetSessionPublication } from '../api/save-session';

export function SessionPublication({ orgId, session }: { orgId: string; session: Session }) {
  const { t } = useTranslation('calendar');
  const profile = usePublicProfile(orgId);
  const publication = useSetSessionPublication(orgId, session.id);
  const errorText = useErrorText();
  if (!canBePublic(session.kind)) return null;
  const base = profile.data?.published ? profile.data.url : null;
  const url =
    base && session.isPublic && session.publicCode ? `${base}/e/${session.publicCode}` : null;

  return (
    <Card title={t('publication.title')}>
      <p>{session.isPublic ? t('publication.isPublic') : t('publication.isPrivate')}</p>
      {session.isPublic && !base ? <Alert tone="info">{t('publication.profileOff')}</Alert> : null}
      {publication.error ? <Alert tone="error">{errorText(publication.error)}</Alert> : null}
      <Button
        variant={session.isPublic ? 'secondary' : 'primary'}
        pending={publication.isPending}
        onClick={() => publication.mutate(!session.isPublic)}
      >
        {session.isPublic ? t('publication.unpublish') : t('publication.publish')}
      </Button>
      {url ? (
        <PublicLink
          url={url}
          labels={{
            qrAlt: t('publication.qrAlt'),
            downloadSvg: t('publication.downloadSvg'),
            downloadPng: t('publication.downloadPng'),
          }}
        />
      ) : null}
    </Card>
  );
}

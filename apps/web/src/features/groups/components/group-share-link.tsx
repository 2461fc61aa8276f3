// A group's secret link (a class, a nursing-home wing): its address and QR code to copy or
// print, the note it shows, a new link that replaces it, and revocation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, PublicLink, QueryStatus, TextField } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import {
  useCreateGroupShareLink,
  useGroupShareLinks,
  useRevokeGroupShareLink,
} from '../api/share-links';

export function GroupShareLink({ orgId, groupId }: { orgId: string; groupId: string }) {
  const { t } = useTranslation('groups');
  const links = useGroupShareLinks(orgId, groupId);
  const create = useCreateGroupShareLink(orgId, groupId);
  const revoke = useRevokeGroupShareLink(orgId, groupId);
  const errorText = useErrorText();
  const [note, setNote] = useState('');
  const [copied, setCopied] = useState(false);
  const current = links.data?.items.find((link) => link.revokedAt === null) ?? null;
  const failure = create.error ?? revoke.error;

  const copy = async (url: string) => {
    await navigator.clipboard?.writeText(url);
    setCopied(true);
  };

  return (
    <Card title={t('share.title')}>
      <p>{t('share.intro')}</p>
      <QueryStatus query={links} />
      {failure ? <Alert tone="error">{errorText(failure)}</Alert> : null}
      {current ? (
        <div className="stack">
          <PublicLink
            url={current.url}
            labels={{
              qrAlt: t('share.qrAlt'),
              downloadSvg: t('share.downloadSvg'),
              downloadPng: t('share.downloadPng'),
            }}
          />
          {current.note ? <p>{t('share.noteShown', { note: current.note })}</p> : null}
          <div className="form__actions">
            <Button variant="secondary" onClick={() => copy(current.url)}>
              {t('share.copy')}
            </Button>
            <Button
              variant="secondary"
              pending={revoke.isPending}
              onClick={() => revoke.mutate(current.id)}
            >
              {t('share.revoke')}
            </Button>
          </div>
          <p role="status" className="muted">
            {copied ? t('share.copied') : ''}
          </p>
        </div>
      ) : links.data ? (
        <p className="muted">{t('share.none')}</p>
      ) : null}
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(note.trim() || null, { onSuccess: () => setCopied(false) });
        }}
      >
        <TextField
          name="note"
          label={t('share.noteLabel')}
          hint={t('share.noteHint')}
          value={note}
          maxLength={1000}
          onChange={(event) => setNote(event.target.value)}
        />
        <div>
          <Button
            type="submit"
            variant={current ? 'secondary' : 'primary'}
            pending={create.isPending}
          >
            {current ? t('share.replace') : t('share.create')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

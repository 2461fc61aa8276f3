// One library entry: its text or steps, file, licence and credit, usage; "copy to my
// organisation"; for its owner, withdraw; for others, ask for a takedown.
import './library.css';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { can, type LibraryCopy, type LibraryEntry } from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  ConfirmDialog,
  PageHeader,
  QueryStatus,
  TextAreaField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useBytesFormat } from '@/lib/format-bytes';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import {
  libraryFileUrl,
  useCopyEntry,
  useLibraryEntry,
  useRequestTakedown,
  useWithdrawEntry,
} from '../api/library';
import { UsageLine } from './usage-line';

export function LibraryEntryPage() {
  const { t } = useTranslation('networks');
  const { orgId, role } = useCurrentOrg();
  const { networkId = '', entryId = '' } = useParams({ strict: false }) as {
    networkId?: string;
    entryId?: string;
  };
  const entry = useLibraryEntry(orgId, networkId, entryId);
  const base = orgPath(orgId, `reseaux/${networkId}/bibliotheque`);
  return (
    <div className="library">
      <p>
        <Link to={base}>← {t('library.back')}</Link>
      </p>
      <QueryStatus query={entry} />
      {entry.data ? (
        <EntryView entry={entry.data} orgId={orgId} networkId={networkId} role={role} />
      ) : null}
    </div>
  );
}

type ViewProps = {
  entry: LibraryEntry;
  orgId: string;
  networkId: string;
  role: Parameters<typeof can>[0];
};

function EntryView({ entry, orgId, networkId, role }: ViewProps) {
  const { t } = useTranslation('networks');
  return (
    <>
      <PageHeader title={<span lang={entry.language}>{entry.title}</span>} />
      <p className="library__badges">
        <Badge tone="primary">{t(`library.kinds.${entry.kind}`)}</Badge>{' '}
        <Badge>{t(`library.languages.${entry.language}`)}</Badge>{' '}
        {entry.status === 'taken_down' ? (
          <Badge tone="danger">{t('library.takenDown')}</Badge>
        ) : null}
      </p>
      <p lang={entry.language}>{entry.summary}</p>
      {entry.openTakedowns > 0 ? (
        <Alert tone="info">{t('library.openTakedowns', { count: entry.openTakedowns })}</Alert>
      ) : null}
      {entry.status === 'shared' && can(role, 'networks.copy') ? (
        <CopyCard entry={entry} orgId={orgId} networkId={networkId} />
      ) : null}
      <Content entry={entry} orgId={orgId} networkId={networkId} />
      <Card title={t('library.usage')}>
        <UsageLine usage={entry.usage} />
        <p className="library__usage">{t('library.usageHint')}</p>
      </Card>
      <Facts entry={entry} />
      {entry.mine && can(role, 'networks.share') ? (
        <WithdrawButton entry={entry} orgId={orgId} networkId={networkId} />
      ) : null}
      {!entry.mine && entry.status === 'shared' && can(role, 'networks.share') ? (
        <TakedownForm entry={entry} orgId={orgId} networkId={networkId} />
      ) : null}
    </>
  );
}

function Content({ entry, orgId, networkId }: Omit<ViewProps, 'role'>) {
  const { t } = useTranslation('networks');
  const formatBytes = useBytesFormat();
  return (
    <Card title={t(`library.kinds.${entry.kind}`)}>
      {entry.steps.length > 0 ? (
        <>
          <p>{t('library.steps', { count: entry.steps.length })}</p>
          <ol className="library__steps">
            {entry.steps.map((step, index) => (
              // Steps have no id of their own: their position is what they are.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
              <li key={index}>
                {t('library.stepLine', {
                  title: step.title ?? t(`library.kinds.${entry.kind}`),
                  minutes: step.durationMin,
                  days: step.spacingDays,
                })}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {entry.body ? (
        <p className="library__body" lang={entry.language}>
          {entry.body}
        </p>
      ) : null}
      {entry.file ? (
        <p>
          <a href={libraryFileUrl(orgId, networkId, entry.id)} download={entry.file.fileName}>
            {t('library.download', { name: entry.file.fileName })}
          </a>{' '}
          <span className="network-muted">({formatBytes(entry.file.sizeBytes)})</span>
        </p>
      ) : null}
    </Card>
  );
}

function Facts({ entry }: { entry: LibraryEntry }) {
  const { t, i18n } = useTranslation('networks');
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(entry.updatedAt),
  );
  return (
    <Card>
      <dl className="library__facts">
        <dt>{t('library.sharedBy')}</dt>
        <dd>{entry.owner.name}</dd>
        <dt>{t('library.licence')}</dt>
        <dd>
          {t(`library.licences.${entry.licence}`)} <code>{entry.licence}</code>
        </dd>
        <dt>{t('library.versionLabel')}</dt>
        <dd>
          {entry.version} · {day}
        </dd>
        {entry.audiences.length > 0 ? (
          <>
            <dt>{t('library.audiences')}</dt>
            <dd>{entry.audiences.map((a) => t(`library.audienceNames.${a}`)).join(', ')}</dd>
          </>
        ) : null}
        {entry.tags.length > 0 ? (
          <>
            <dt>{t('library.tags')}</dt>
            <dd>{entry.tags.join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}

function CopyCard({ entry, orgId, networkId }: Omit<ViewProps, 'role'>) {
  const { t } = useTranslation('networks');
  const errorText = useErrorText();
  const copy = useCopyEntry(orgId, networkId);
  const [done, setDone] = useState<LibraryCopy | null>(null);
  return (
    <Card>
      <div className="library__actions">
        <Button
          disabled={copy.isPending}
          onClick={() => copy.mutate(entry.id, { onSuccess: (result) => setDone(result) })}
        >
          {t('library.copy')}
        </Button>
        {entry.copies.length > 0 ? (
          <span className="network-muted">
            {t('library.yourCopies', { count: entry.copies.length })}
          </span>
        ) : null}
      </div>
      {copy.isError ? <Alert tone="error">{errorText(copy.error)}</Alert> : null}
      {done ? (
        <Alert tone="success">
          {t('library.copied', { version: done.version })}{' '}
          {done.target === 'journey_template' ? (
            <Link to={orgPath(orgId, `journeys/templates/${done.targetId}`)}>
              {t('library.openTemplate')}
            </Link>
          ) : (
            t('library.copiedResource')
          )}
        </Alert>
      ) : null}
    </Card>
  );
}

function WithdrawButton({ entry, orgId, networkId }: Omit<ViewProps, 'role'>) {
  const { t } = useTranslation('networks');
  const errorText = useErrorText();
  const withdraw = useWithdrawEntry(orgId, networkId);
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('library.withdraw')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('library.withdraw')}
        confirmLabel={t('library.withdraw')}
        pending={withdraw.isPending}
        error={withdraw.isError ? errorText(withdraw.error) : null}
        onClose={() => setOpen(false)}
        onConfirm={() =>
          withdraw.mutate(entry.id, {
            onSuccess: () =>
              void navigate({ to: orgPath(orgId, `reseaux/${networkId}/bibliotheque`) }),
          })
        }
      >
        {t('library.withdrawConfirm')}
      </ConfirmDialog>
    </>
  );
}

function TakedownForm({ entry, orgId, networkId }: Omit<ViewProps, 'role'>) {
  const { t } = useTranslation('networks');
  const errorText = useErrorText();
  const request = useRequestTakedown(orgId, networkId);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ libraryEntryId: entry.id, reason }, { onSuccess: () => setReason('') });
  };
  return (
    <Card title={t('library.takedown')}>
      <form className="library__form" onSubmit={submit} aria-label={t('library.takedown')}>
        {request.isError ? <Alert tone="error">{errorText(request.error)}</Alert> : null}
        {request.isSuccess ? <Alert tone="success">{t('library.takedownSent')}</Alert> : null}
        <TextAreaField
          name="reason"
          label={t('library.takedownReason')}
          hint={t('library.takedownHint')}
          rows={3}
          minLength={5}
          maxLength={2000}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={request.isPending}>
          {t('library.send')}
        </Button>
      </form>
    </Card>
  );
}

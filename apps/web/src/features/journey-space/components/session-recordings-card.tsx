// « Enregistrement de l'atelier » on a session's page: the artist who led it (or a coordinator)
// sends the recording, names who it lets one hear or see, and follows when families will see it
// (after the session, once everyone named consented). Shown only to those who may add one.
import type { SessionRecordings } from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  CheckboxGroup,
  Dialog,
  FileField,
  Item,
  ItemList,
  TextField,
} from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useAddSessionRecording, useSessionRecordings } from '../api/recordings';
import './space.css';

type Props = { orgId: string; sessionId: string; sessionTitle: string };

export function SessionRecordingsCard({ orgId, sessionId, sessionTitle }: Props) {
  const { t } = useTranslation(['journeySpace', 'vocabulary']);
  const query = useSessionRecordings(orgId, sessionId);
  const [open, setOpen] = useState(false);
  const data = query.data;
  // Not a step of a journey, or a session the artist did not lead: nothing to add here.
  if (!data) return null;

  return (
    <Card title={t('recordings.title')} className="session-recordings">
      <p>
        {t('recordings.lead', {
          journey: data.session.journey.name,
          group: data.session.journey.group,
          position: data.session.stepPosition,
        })}
      </p>
      {data.recordings.length > 0 ? (
        <ItemList label={t('recordings.listLabel')}>
          {data.recordings.map((recording) => (
            <RecordingItem key={recording.id} recording={recording} session={data.session} />
          ))}
        </ItemList>
      ) : null}
      <Button icon="upload" onClick={() => setOpen(true)}>
        {t('recordings.add')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('recordings.add')}>
        <RecordingForm
          orgId={orgId}
          sessionId={sessionId}
          defaultTitle={t('recordings.defaultTitle', { session: sessionTitle })}
          participants={data.participants}
          onDone={() => setOpen(false)}
        />
      </Dialog>
    </Card>
  );
}

function RecordingItem({
  recording,
  session,
}: {
  recording: SessionRecordings['recordings'][number];
  session: SessionRecordings['session'];
}) {
  const { t } = useTranslation(['journeySpace', 'vocabulary']);
  const waits = [
    ...(session.tookPlace ? [] : [t('recordings.afterSession')]),
    ...recording.heldBack.map((reason) => t(`heldBack.${reason}`)),
  ];
  return (
    <Item
      title={recording.title}
      meta={`${t(`vocabulary:spaceResourceKind.${recording.kind}`)} · ${t('recordings.people', { count: recording.participantCount })}`}
      badges={
        recording.shown ? (
          <Badge tone="success">{t('recordings.shown')}</Badge>
        ) : (
          waits.map((reason) => <Badge key={reason}>{reason}</Badge>)
        )
      }
    />
  );
}

function RecordingForm(props: {
  orgId: string;
  sessionId: string;
  defaultTitle: string;
  participants: SessionRecordings['participants'];
  onDone: () => void;
}) {
  const { t } = useTranslation('journeySpace');
  const errorText = useErrorText();
  const add = useAddSessionRecording(props.orgId, props.sessionId);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFileError(null);
    setProblem(null);
    const data = new FormData(event.currentTarget);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setFileError(t('recordings.noFile'));
      return;
    }
    if (!/^(audio|video)\//.test(file.type)) {
      setFileError(t('recordings.notMedia'));
      return;
    }
    try {
      await add.mutateAsync({
        file,
        body: {
          kind: file.type.startsWith('video/') ? 'video' : 'audio',
          title: String(data.get('title') ?? '').trim() || props.defaultTitle,
          participantIds: data.getAll('participantIds').map(String),
        },
      });
      props.onDone();
    } catch (error) {
      setProblem(
        isApiError(error) ? errorText(error) : t('recordings.sendFailed', { reason: '' }).trim(),
      );
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <FileField
        name="file"
        label={t('recordings.file')}
        hint={t('recordings.fileHint')}
        accept="audio/*,video/*"
        error={fileError}
        disabled={add.isPending}
      />
      <TextField
        name="title"
        label={t('recordings.titleLabel')}
        defaultValue={props.defaultTitle}
      />
      {props.participants.length > 0 ? (
        <CheckboxGroup
          legend={t('recordings.participants')}
          hint={t('recordings.participantsHint')}
          options={props.participants.map((person) => ({
            name: 'participantIds',
            value: person.id,
            label: [person.firstName, person.lastInitial].filter(Boolean).join(' '),
            checked: true,
          }))}
        />
      ) : null}
      {add.percent !== null ? (
        <p role="status">{t('recordings.sending', { percent: add.percent })}</p>
      ) : null}
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="dialog__actions">
        <Button type="button" variant="secondary" onClick={props.onDone}>
          {t('cancel')}
        </Button>
        <Button type="submit" pending={add.isPending}>
          {t('recordings.send')}
        </Button>
      </div>
    </form>
  );
}

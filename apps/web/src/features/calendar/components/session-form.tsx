// Creates or edits a session; a refused plan lists its conflicts, which a coordinator may accept.
import {
  type Conflict,
  type Session,
  type SessionCreateBody,
  SessionCreateBodySchema,
  type SessionKind,
  sessionKinds,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, CheckboxGroup, Form, SelectField, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useLookup } from '../api/lookups';
import { ConflictList, conflictsOf } from './conflict-list';

type Props = {
  orgId: string;
  session?: Session;
  /** Pre-filled when coming from a project or a calendar day. */
  defaults?: { projectId?: string; date?: string };
  submitLabel: string;
  onSubmit: (body: SessionCreateBody) => Promise<unknown>;
};

function readSession(form: HTMLFormElement) {
  const v = readForm(form);
  const reason = v.text('overrideReason');
  return {
    projectId: v.text('projectId'),
    kind: v.text('kind'),
    title: v.optionalText('title'),
    venueId: v.optionalText('venueId'),
    startsAtLocal: `${v.text('date')}T${v.text('time')}`,
    durationMin: v.number('durationMin') ?? undefined,
    artistIds: v.all('artistIds'),
    groupIds: v.all('groupIds'),
    capacity: v.number('capacity'),
    onlineUrl: v.optionalText('onlineUrl'),
    notes: v.optionalText('notes'),
    status: v.text('status') || undefined,
    ...(reason ? { override: { reason } } : {}),
  };
}

export function SessionForm({ orgId, session, defaults, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation(['calendar', 'vocabulary']);
  const { role } = useCurrentOrg();
  const projects = useLookup(orgId, 'projects', role);
  const venues = useLookup(orgId, 'venues', role);
  const artists = useLookup(orgId, 'artists', role);
  const groups = useLookup(orgId, 'groups', role);
  const [kind, setKind] = useState<SessionKind>(session?.kind ?? 'workshop_singing');
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const form = useSchemaForm({
    schema: SessionCreateBodySchema,
    read: readSession,
    onSubmit: async (body: SessionCreateBody) => {
      try {
        await onSubmit(body);
        setConflicts([]);
      } catch (error) {
        // A refused plan is explained conflict by conflict, with the choice to accept it.
        setConflicts(conflictsOf(error));
        throw error;
      }
    },
  });
  const options = (list: { id: string; name: string }[] | undefined) =>
    (list ?? []).map((o) => ({ value: o.id, label: o.name }));

  return (
    <div className="wide-form">
      <Form formProps={form.formProps} error={conflicts.length > 0 ? null : form.formError}>
        <SelectField
          name="projectId"
          label={t('form.project')}
          required
          defaultValue={session?.project.id ?? defaults?.projectId ?? ''}
          options={[{ value: '', label: '—' }, ...options(projects.data)]}
          error={form.fieldError('projectId')}
        />
        <SelectField
          name="kind"
          label={t('form.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as SessionKind)}
          options={sessionKinds.map((k) => ({ value: k, label: t(`vocabulary:sessionKind.${k}`) }))}
        />
        <TextField
          name="title"
          label={t('form.title')}
          hint={t('form.titleHint')}
          maxLength={200}
          defaultValue={session?.title ?? ''}
          error={form.fieldError('title')}
        />
        {kind === 'online' ? (
          <TextField
            name="onlineUrl"
            type="url"
            label={t('form.onlineUrl')}
            defaultValue={session?.onlineUrl ?? ''}
            error={form.fieldError('onlineUrl')}
          />
        ) : (
          <SelectField
            name="venueId"
            label={t('form.venue')}
            defaultValue={session?.venue?.id ?? ''}
            options={[{ value: '', label: t('form.noVenue') }, ...options(venues.data)]}
            error={form.fieldError('venueId')}
          />
        )}
        <div className="coordinates__pair">
          <TextField
            name="date"
            type="date"
            label={t('form.date')}
            required
            defaultValue={session?.local.date ?? defaults?.date ?? ''}
            error={form.fieldError('startsAtLocal')}
          />
          <TextField
            name="time"
            type="time"
            label={t('form.time')}
            hint={t('form.timeHint')}
            required
            defaultValue={session?.local.startTime ?? '10:00'}
          />
        </div>
        <TextField
          name="durationMin"
          label={t('form.durationMin')}
          inputMode="numeric"
          className="field--short"
          defaultValue={session?.durationMin ?? 90}
          error={form.fieldError('durationMin')}
        />
        <CheckboxGroup
          legend={t('form.artists')}
          hint={artists.data?.length === 0 ? t('form.noneAvailable') : undefined}
          options={(artists.data ?? []).map((a) => ({
            name: 'artistIds',
            value: a.id,
            label: a.name,
            checked: session?.artists.some((s) => s.id === a.id) ?? false,
          }))}
        />
        <CheckboxGroup
          legend={t('form.groups')}
          hint={groups.data?.length === 0 ? t('form.noneAvailable') : undefined}
          options={(groups.data ?? []).map((g) => ({
            name: 'groupIds',
            value: g.id,
            label: g.name,
            checked: session?.groups.some((s) => s.id === g.id) ?? false,
          }))}
        />
        <TextField
          name="capacity"
          label={t('form.capacity')}
          hint={t('form.capacityHint')}
          inputMode="numeric"
          className="field--short"
          defaultValue={session?.capacity ?? ''}
          error={form.fieldError('capacity')}
        />
        <SelectField
          name="status"
          label={t('form.status')}
          defaultValue={session?.status === 'confirmed' ? 'confirmed' : 'planned'}
          options={(['planned', 'confirmed'] as const).map((s) => ({
            value: s,
            label: t(`vocabulary:sessionStatus.${s}`),
          }))}
        />
        <TextField
          name="notes"
          label={t('form.notes')}
          maxLength={5000}
          defaultValue={session?.notes ?? ''}
          error={form.fieldError('notes')}
        />
        {conflicts.length > 0 ? (
          <Alert tone="error" title={t('conflicts.title', { count: conflicts.length })}>
            <ConflictList conflicts={conflicts} />
          </Alert>
        ) : null}
        {conflicts.length > 0 ? (
          <TextField
            name="overrideReason"
            label={t('conflicts.overrideReason')}
            hint={t('conflicts.overrideHint')}
            required
            maxLength={500}
          />
        ) : null}
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {conflicts.length > 0 ? t('conflicts.overrideSubmit') : submitLabel}
          </Button>
        </div>
      </Form>
    </div>
  );
}

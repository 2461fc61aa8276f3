// Creates a journey for a group: choose a template and a rhythm, see the dates, then confirm.
import { Link, useNavigate } from '@tanstack/react-router';
import {
  type JourneyCreateBody,
  JourneyCreateBodySchema,
  type JourneyPlan,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  CheckboxGroup,
  Form,
  PageHeader,
  SelectField,
  TextField,
} from '@/components/ui';
import { ConflictList, conflictsOf, useLookup } from '@/features/calendar';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { orgPath } from '@/lib/paths';
import { readForm } from '@/lib/read-form';
import { useSearchParam } from '@/lib/search-params';
import { useCreateJourney, useJourneyPreview } from '../api/save-journey';
import { useTemplates } from '../api/templates';

function readJourney(form: HTMLFormElement) {
  const v = readForm(form);
  const reason = v.text('overrideReason');
  return {
    projectId: v.text('projectId'),
    templateId: v.text('templateId'),
    groupId: v.text('groupId'),
    name: v.optionalText('name') ?? undefined,
    startsOn: v.text('startsOn'),
    weekday: v.number('weekday') ?? undefined,
    startTime: v.text('startTime'),
    venueId: v.optionalText('venueId'),
    artistIds: v.all('artistIds'),
    ...(reason ? { override: { reason } } : {}),
  };
}

function Plan({ plan }: { plan: JourneyPlan }) {
  const { t, i18n } = useTranslation(['journeys', 'calendar', 'vocabulary']);
  const day = (date: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
  return (
    <section aria-labelledby="plan-title" aria-live="polite">
      <h2 id="plan-title" className="section-title">
        {t('create.planTitle')}
      </h2>
      <ol className="move-result">
        {plan.sessions.map((session) => {
          const moved = plan.adjustments.find((a) => a.position === session.position);
          return (
            <li key={session.position}>
              <strong>
                {session.position}. {session.title ?? t(`vocabulary:sessionKind.${session.kind}`)}
              </strong>
              <br />
              {day(session.local.date)}, {session.local.startTime}–{session.local.endTime}
              {moved ? (
                <p className="muted">
                  {t('create.moved', {
                    from: day(moved.plannedOn),
                    to: day(moved.movedTo),
                    reason: t('create.venueClosed', {
                      from: day(moved.blackout.startsOn),
                      to: day(moved.blackout.endsOn),
                      note: moved.blackout.note ? ` (${moved.blackout.note})` : '',
                    }),
                  })}
                </p>
              ) : null}
              {session.conflicts.length > 0 ? (
                <div className="move-result__conflict">
                  <ConflictList conflicts={session.conflicts} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function JourneyNewPage() {
  const { t } = useTranslation(['journeys', 'calendar', 'vocabulary']);
  const { orgId, role } = useCurrentOrg();
  const navigate = useNavigate();
  const projectId = useSearchParam('projectId') ?? '';
  const projects = useLookup(orgId, 'projects', role);
  const groups = useLookup(orgId, 'groups', role);
  const venues = useLookup(orgId, 'venues', role);
  const artists = useLookup(orgId, 'artists', role);
  const templates = useTemplates(orgId);
  const preview = useJourneyPreview(orgId);
  const create = useCreateJourney(orgId);
  const [plan, setPlan] = useState<JourneyPlan | null>(null);
  const form = useSchemaForm({
    schema: JourneyCreateBodySchema,
    read: readJourney,
    onSubmit: async (body: JourneyCreateBody) => {
      // First the dates, then (the same form, unchanged) the creation.
      if (!plan) {
        setPlan(await preview.mutateAsync(body));
        return;
      }
      const created = await create.mutateAsync(body);
      await navigate({ to: orgPath(orgId, `journeys/${created.journey.id}`) });
    },
  });
  const refused = conflictsOf(create.error);
  const hasConflicts = (plan?.conflictCount ?? 0) > 0 || refused.length > 0;
  const options = (list: { id: string; name: string }[] | undefined) =>
    (list ?? []).map((o) => ({ value: o.id, label: o.name }));
  const reset = () => setPlan(null);

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'journeys')}>← {t('detail.back')}</Link>
      </p>
      <PageHeader title={t('create.title')} description={t('create.intro')} />
      <div className="wide-form">
        <Form formProps={form.formProps} error={form.formError}>
          <div onChange={reset}>
            <div className="stack">
              <SelectField
                name="projectId"
                label={t('create.project')}
                defaultValue={projectId}
                options={[{ value: '', label: '—' }, ...options(projects.data)]}
                error={form.fieldError('projectId')}
              />
              <SelectField
                name="templateId"
                label={t('create.template')}
                options={[
                  { value: '', label: '—' },
                  ...(templates.data?.items ?? []).map((tpl) => ({
                    value: tpl.id,
                    label: tpl.name,
                  })),
                ]}
                error={form.fieldError('templateId')}
              />
              <SelectField
                name="groupId"
                label={t('create.group')}
                options={[{ value: '', label: '—' }, ...options(groups.data)]}
                error={form.fieldError('groupId')}
              />
              <SelectField
                name="venueId"
                label={t('create.venue')}
                options={[{ value: '', label: t('create.noVenue') }, ...options(venues.data)]}
                error={form.fieldError('venueId')}
              />
              <CheckboxGroup
                legend={t('create.artists')}
                options={(artists.data ?? []).map((a) => ({
                  name: 'artistIds',
                  value: a.id,
                  label: a.name,
                  checked: false,
                }))}
              />
              <div className="coordinates__pair">
                <TextField
                  name="startsOn"
                  type="date"
                  label={t('create.startsOn')}
                  required
                  error={form.fieldError('startsOn')}
                />
                <TextField
                  name="startTime"
                  type="time"
                  label={t('create.startTime')}
                  required
                  defaultValue="10:00"
                  error={form.fieldError('startTime')}
                />
              </div>
              <SelectField
                name="weekday"
                label={t('create.weekday')}
                options={[
                  { value: '', label: t('create.anyWeekday') },
                  ...(['1', '2', '3', '4', '5', '6', '7'] as const).map((d) => ({
                    value: d,
                    label: t(`weekdays.${d}`),
                  })),
                ]}
              />
              <TextField name="name" label={t('create.name')} maxLength={200} />
            </div>
          </div>
          {plan ? <Plan plan={plan} /> : null}
          {plan && hasConflicts ? (
            <>
              {refused.length > 0 ? (
                <Alert
                  tone="error"
                  title={t('calendar:conflicts.title', { count: refused.length })}
                >
                  <ConflictList conflicts={refused} />
                </Alert>
              ) : null}
              <TextField
                name="overrideReason"
                label={t('calendar:conflicts.overrideReason')}
                hint={t('calendar:conflicts.overrideHint')}
                maxLength={500}
              />
            </>
          ) : null}
          <div className="form__actions">
            <Button type="submit" pending={form.pending}>
              {plan ? t('create.confirm') : t('create.preview')}
            </Button>
          </div>
        </Form>
      </div>
    </>
  );
}

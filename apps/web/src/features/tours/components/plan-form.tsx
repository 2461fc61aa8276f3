// The run to start: sessions and artists chosen (sensible defaults), dates agreed with partners kept
// unless freed, the rules (lunch break included), the time to compute.
import { useNavigate } from '@tanstack/react-router';
import { type PlanningCandidates, PlanningRunCreateBodySchema } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Form } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { orgPath } from '@/lib/paths';
import { readForm } from '@/lib/read-form';
import type { TourScope } from '../api/candidates';
import { useStartRun } from '../api/start-run';
import { ArtistPicker } from './artist-picker';
import { RulesFields } from './rules-fields';
import { SessionPicker } from './session-picker';

type Props = { orgId: string; scope: TourScope; candidates: PlanningCandidates };

export function PlanForm({ orgId, scope, candidates }: Props) {
  const { t } = useTranslation('tours');
  const navigate = useNavigate();
  const start = useStartRun(orgId);
  const [sessionIds, setSessionIds] = useState(
    () => new Set(candidates.sessions.filter((s) => s.notPlannable === null).map((s) => s.id)),
  );
  const [artistIds, setArtistIds] = useState(
    () => new Set(candidates.artists.filter((a) => a.suggested).map((a) => a.id)),
  );
  const [freed, setFreed] = useState(() => new Set<string>());
  const agreed = candidates.sessions.filter(
    (s) => s.agreedWith && sessionIds.has(s.id) && !freed.has(s.id),
  ).length;
  // Dates agreed with partners: change as little as possible, unless the coordinator unticks it.
  const [keepCurrent, setKeepCurrent] = useState(() =>
    candidates.sessions.some((s) => s.agreedWith && s.notPlannable === null),
  );

  const read = (form: HTMLFormElement) => {
    const v = readForm(form);
    return {
      ...scope,
      sessionIds: [...sessionIds],
      artistIds: [...artistIds],
      freedSessionIds: [...freed].filter((id) => sessionIds.has(id)),
      windowDays: v.number('windowDays'),
      hours: { from: v.text('hoursFrom'), to: v.text('hoursTo') },
      weekdays: v.all('weekdays').map(Number),
      avoidPublicHolidays: v.checked('avoidPublicHolidays'),
      keepCurrentAssignments: keepCurrent,
      lunchBreak: v.checked('lunchBreak')
        ? {
            from: v.text('lunchFrom'),
            to: v.text('lunchTo'),
            minutes: v.number('lunchMinutes'),
          }
        : null,
      timeLimitSec: v.number('timeLimitSec'),
      seed: 1,
    };
  };
  const form = useSchemaForm({
    schema: PlanningRunCreateBodySchema,
    read,
    onSubmit: async (body) => {
      const run = await start.mutateAsync(body);
      await navigate({ to: orgPath(orgId, `tours/runs/${run.id}`) });
    },
  });

  return (
    <Form formProps={form.formProps} error={form.formError} label={t('title')}>
      <SessionPicker
        sessions={candidates.sessions}
        selected={sessionIds}
        onChange={setSessionIds}
        freed={freed}
        onFreedChange={setFreed}
        error={form.fieldError('sessionIds') ?? form.fieldError('freedSessionIds')}
      />
      <ArtistPicker
        artists={candidates.artists}
        selected={artistIds}
        onChange={setArtistIds}
        error={form.fieldError('artistIds')}
      />
      <Card title={t('rules.legend')}>
        <RulesFields
          fieldErrorAt={form.fieldErrorAt}
          agreedCount={agreed}
          keepCurrent={keepCurrent}
          onKeepCurrentChange={setKeepCurrent}
        />
      </Card>
      <div>
        <Button type="submit" pending={form.pending} icon="route">
          {t('start')}
        </Button>
      </div>
    </Form>
  );
}

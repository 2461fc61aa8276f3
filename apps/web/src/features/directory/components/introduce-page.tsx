// Introduces participants of a group to an ensemble (the warm handover): the group, who, the
// ensemble (those within reach of the group first, or the one proposed from the directory), what
// they sang, and their consent — on file, or given now for one person. `?group=` and `?ensemble=`
// preselect, so that "Propose this choir" opens the form with its choir chosen.
import { Link, useNavigate } from '@tanstack/react-router';
import {
  consentMethods,
  ensembleParts,
  HandoverCreateBodySchema,
  IdSchema,
} from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import {
  Alert,
  Button,
  CheckboxGroup,
  Form,
  PageHeader,
  QueryStatus,
  SelectField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useParticipants } from '@/features/participants';
import { useSchemaForm } from '@/lib/form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useGroupOptions } from '@/lib/lookups';
import { orgPath } from '@/lib/paths';
import { readForm } from '@/lib/read-form';
import { useSearchParam } from '@/lib/search-params';
import { useEnsemble, useGroupMatches } from '../api/ensembles';
import { useIntroduce } from '../api/handovers';

const IntroduceSchema = HandoverCreateBodySchema.extend({
  participantIds: z.array(IdSchema).min(1),
});

function readIntroduction(form: HTMLFormElement) {
  const v = readForm(form);
  const followUp = v.checked('followUp');
  const consentNow = v.text('consentMode') === 'now';
  return {
    participantIds: v.all('participantIds'),
    ensembleId: v.text('ensembleId'),
    part: v.optionalText('part'),
    sang: v.text('sang'),
    message: v.optionalText('message'),
    contactEmail: v.optionalText('contactEmail'),
    followUp,
    ...(consentNow
      ? {
          consent: {
            guardianName: v.text('consent.guardianName'),
            givenOn: v.text('consent.givenOn'),
            method: v.text('consent.method'),
            purposes: followUp ? ['handover', 'follow_up'] : ['handover'],
          },
        }
      : {}),
  };
}

export function IntroducePage() {
  const { t } = useTranslation(['directory', 'vocabulary']);
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const groups = useGroupOptions(orgId);
  const [groupId, setGroupId] = useState<string | null>(useSearchParam('group'));
  const proposedId = useSearchParam('ensemble');
  const proposed = useEnsemble(orgId, proposedId);
  const matches = useGroupMatches(orgId, groupId);
  const participants = useParticipants(
    orgId,
    { q: '', groupId: groupId ?? '', ageBand: '', consent: '', offset: 0 },
    200,
    { enabled: groupId !== null },
  );
  // Another group's people stay hidden while this group's load.
  const people = participants.isPlaceholderData ? [] : (participants.data?.items ?? []);
  const [ticked, setTicked] = useState(0);
  const [consentNow, setConsentNow] = useState(true);
  const [refused, setRefused] = useState<string[]>([]);
  const introduce = useIntroduce(orgId);
  const list = orgPath(orgId, 'ensembles/introductions');

  const form = useSchemaForm({
    schema: IntroduceSchema,
    read: readIntroduction,
    onSubmit: async ({ participantIds, ...body }) => {
      setRefused([]);
      const result = await introduce.mutateAsync({ participantIds, body });
      // One person: the form shows the API's answer on its fields.
      if (participantIds.length === 1 && result.refused[0]) throw result.refused[0].error;
      if (result.refused.length > 0) {
        const names = new Map(participants.data?.items.map((p) => [p.id, p.firstName]) ?? []);
        setRefused(
          result.refused.map(
            (r) => `${names.get(r.participantId) ?? r.participantId} : ${errorText(r.error)}`,
          ),
        );
        return;
      }
      await navigate({ to: list });
    },
  });

  const ensembles = [
    ...(proposed.data ? [{ value: proposed.data.id, label: proposed.data.name }] : []),
    ...(matches.data?.matches ?? [])
      .filter((m) => m.ensemble.id !== proposed.data?.id)
      .map((m) => ({
        value: m.ensemble.id,
        label: t('introduce.matchOption', {
          name: m.ensemble.name,
          commune: m.place.communeName ?? '',
          km: m.distanceKm.toLocaleString(),
        }),
      })),
  ];
  const many = ticked > 1;

  return (
    <>
      <p>
        <Link to={list}>← {t('introductions.title')}</Link>
      </p>
      <PageHeader
        title={
          proposed.data
            ? t('introduce.proposeTitle', { name: proposed.data.name })
            : t('introduce.title')
        }
        description={t('introduce.intro')}
      />
      <div className="wide-form">
        <SelectField
          label={t('forGroup.group')}
          name="group"
          value={groupId ?? ''}
          options={[
            { value: '', label: t('forGroup.choose') },
            ...(groups.data ?? []).map((group) => ({ value: group.id, label: group.name })),
          ]}
          onChange={(event) => {
            setGroupId(event.target.value || null);
            setTicked(0);
          }}
        />
        {groupId ? (
          <Form formProps={form.formProps} error={form.formError} label={t('introduce.title')}>
            <QueryStatus query={participants} />
            <div
              onChange={(event) => {
                const fieldset = event.currentTarget;
                setTicked(fieldset.querySelectorAll('input[name="participantIds"]:checked').length);
              }}
            >
              <CheckboxGroup
                legend={t('introduce.who')}
                hint={form.fieldErrorAt('participantIds')}
                options={people.map((p) => ({
                  name: 'participantIds',
                  value: p.id,
                  label: `${p.firstName} ${p.lastName ?? ''}`.trim(),
                  checked: false,
                }))}
              />
            </div>
            {ensembles.length > 0 ? (
              <SelectField
                name="ensembleId"
                label={t('introduce.ensemble')}
                hint={t('introduce.ensembleHint')}
                defaultValue={proposed.data?.id ?? ensembles[0]?.value}
                options={ensembles}
                error={form.fieldError('ensembleId')}
              />
            ) : (
              <Alert tone="info">{t('introduce.noEnsemble')}</Alert>
            )}
            <SelectField
              name="part"
              label={t('introduce.part')}
              defaultValue=""
              options={[
                { value: '', label: t('introduce.noPart') },
                ...ensembleParts.map((part) => ({
                  value: part,
                  label: t(`vocabulary:ensemblePart.${part}`),
                })),
              ]}
            />
            <TextField
              name="sang"
              label={t('introduce.sang')}
              hint={t('introduce.sangHint')}
              required
              maxLength={500}
              error={form.fieldError('sang')}
            />
            <TextField
              name="message"
              label={t('introduce.message')}
              maxLength={1000}
              error={form.fieldError('message')}
            />
            <SelectField
              name="consentMode"
              label={t('introduce.consent')}
              value={consentNow && !many ? 'now' : 'onFile'}
              onChange={(event) => setConsentNow(event.target.value === 'now')}
              options={[
                ...(many ? [] : [{ value: 'now', label: t('introduce.consentNow') }]),
                { value: 'onFile', label: t('introduce.consentOnFile') },
              ]}
              hint={many ? t('introduce.consentMany') : undefined}
            />
            {consentNow && !many ? (
              <>
                <TextField
                  name="consent.guardianName"
                  label={t('introduce.guardianName')}
                  hint={t('introduce.guardianNameHint')}
                  required
                  maxLength={160}
                  autoComplete="off"
                  error={form.fieldErrorAt('consent.guardianName') ?? form.fieldErrorAt('consent')}
                />
                <TextField
                  name="consent.givenOn"
                  type="date"
                  label={t('introduce.givenOn')}
                  max={today()}
                  defaultValue={today()}
                  error={form.fieldErrorAt('consent.givenOn')}
                />
                <SelectField
                  name="consent.method"
                  label={t('introduce.method')}
                  defaultValue="paper"
                  options={consentMethods.map((method) => ({
                    value: method,
                    label: t(`introduce.methods.${method}`),
                  }))}
                />
              </>
            ) : null}
            <TextField
              name="contactEmail"
              type="email"
              label={t('introduce.contactEmail')}
              hint={t('introduce.contactEmailHint')}
              autoComplete="off"
              error={form.fieldError('contactEmail')}
            />
            <label className="checkbox">
              <input type="checkbox" name="followUp" />
              {t('introduce.followUp')}
            </label>
            {refused.length > 0 ? (
              <Alert tone="error">
                {t('introduce.someRefused')}
                <ul>
                  {refused.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            <div className="form__actions">
              <Button type="submit" pending={form.pending} disabled={ensembles.length === 0}>
                {many ? t('introduce.submitMany', { count: ticked }) : t('introduce.submit')}
              </Button>
            </div>
          </Form>
        ) : null}
      </div>
    </>
  );
}

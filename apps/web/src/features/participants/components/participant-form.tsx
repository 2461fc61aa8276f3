// Enrols or edits a participant: group, first name, optional last name, age band, commune; at
// enrolment, the guardian consent handed in and (for the coordination) access needs.
import {
  type AgeBand,
  ageBands,
  can,
  isMinorAgeBand,
  type ParticipantCreateBody,
  ParticipantCreateBodySchema,
  type ParticipantDetail,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form, SelectField, TextAreaField, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { CommunePicker } from '@/features/territories';
import { useSchemaForm } from '@/lib/form';
import { useGroupOptions } from '@/lib/lookups';
import { readForm } from '@/lib/read-form';
import { ConsentFields, readConsent } from './consent-fields';

type Props = {
  participant?: ParticipantDetail;
  /** The group to enrol into, when the form is opened from a group. */
  groupId?: string;
  submitLabel: string;
  onSubmit: (body: ParticipantCreateBody) => Promise<unknown>;
};

export function ParticipantForm({ participant, groupId, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('participants');
  const { orgId, role } = useCurrentOrg();
  const groups = useGroupOptions(orgId);
  const creating = !participant;
  const [ageBand, setAgeBand] = useState<AgeBand>(participant?.ageBand ?? '6-10');
  const [withConsent, setWithConsent] = useState(false);
  const recordsNeeds = creating && can(role, 'participants.editAccessNeeds');
  const form = useSchemaForm({
    schema: ParticipantCreateBodySchema,
    read: (element) => {
      const v = readForm(element);
      return {
        groupId: v.text('groupId'),
        firstName: v.text('firstName'),
        lastName: v.optionalText('lastName'),
        ageBand: v.text('ageBand'),
        communeCode: v.optionalText('communeCode'),
        communeName: v.optionalText('communeName'),
        ...(creating && withConsent ? { consent: readConsent(v, 'consent.') } : {}),
        ...(recordsNeeds && v.text('accessNeeds') ? { accessNeeds: v.text('accessNeeds') } : {}),
      };
    },
    onSubmit: (values) => onSubmit(values),
  });
  const listed = (groups.data ?? []).filter((group) => group.listedIndividually);

  return (
    <Form formProps={form.formProps} error={form.formError}>
      <SelectField
        key={groups.data ? 'groups' : 'loading'}
        name="groupId"
        label={t('form.group')}
        required
        defaultValue={participant?.group.id ?? groupId ?? listed[0]?.id ?? ''}
        options={listed.map((group) => ({ value: group.id, label: group.name }))}
        error={form.fieldError('groupId')}
      />
      <TextField
        name="firstName"
        label={t('form.firstName')}
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={participant?.firstName ?? ''}
        error={form.fieldError('firstName')}
      />
      <TextField
        name="lastName"
        label={t('form.lastName')}
        hint={t('form.lastNameHint')}
        maxLength={80}
        autoComplete="off"
        defaultValue={participant?.lastName ?? ''}
        error={form.fieldError('lastName')}
      />
      <SelectField
        name="ageBand"
        label={t('form.ageBand')}
        value={ageBand}
        onChange={(event) => setAgeBand(event.target.value as AgeBand)}
        options={ageBands.map((band) => ({ value: band, label: t(`ageBands.${band}`) }))}
        error={form.fieldError('ageBand')}
      />
      <CommunePicker
        codeName="communeCode"
        nameName="communeName"
        label={t('form.commune')}
        initial={
          participant?.communeCode
            ? { code: participant.communeCode, name: participant.communeName ?? '' }
            : null
        }
        error={form.fieldError('communeCode')}
      />
      {creating && isMinorAgeBand(ageBand) ? (
        <fieldset className="checkbox-group">
          <legend>{t('consentForm.legend')}</legend>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={withConsent}
              onChange={(event) => setWithConsent(event.target.checked)}
            />
            {t('form.withConsent')}
          </label>
          {withConsent ? <ConsentFields prefix="consent." errorAt={form.fieldErrorAt} /> : null}
        </fieldset>
      ) : null}
      {recordsNeeds ? (
        <TextAreaField
          id="participant-access-needs"
          name="accessNeeds"
          label={t('form.accessNeeds')}
          hint={t('form.accessNeedsHint')}
          rows={3}
          maxLength={2000}
        />
      ) : null}
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}

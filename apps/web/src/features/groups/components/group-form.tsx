// Creates or edits a group: name, kind, partner, relay person, listed or counted, size, ages, commune.
import {
  ageBands,
  can,
  type Group,
  type GroupCreateBody,
  GroupCreateBodySchema,
  groupKinds,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, SelectField, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { CommunePicker } from '@/features/territories';
import { useSchemaForm } from '@/lib/form';
import { usePartnerOptions } from '@/lib/lookups';
import { readForm } from '@/lib/read-form';
import { useRelayOptions } from '../api/relays';

type Props = {
  group?: Group;
  submitLabel: string;
  onSubmit: (body: GroupCreateBody) => Promise<unknown>;
};

export function GroupForm({ group, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation(['groups', 'participants']);
  const { orgId, role } = useCurrentOrg();
  // Relays enrol groups for themselves; choosing partners and relays is the coordination's.
  const manages = can(role, 'groups.manage');
  const form = useSchemaForm({
    schema: GroupCreateBodySchema,
    read: (element) => {
      const v = readForm(element);
      return {
        name: v.text('name'),
        kind: v.text('kind'),
        ...(manages
          ? { partnerId: v.optionalText('partnerId'), relayUserId: v.optionalText('relayUserId') }
          : {}),
        listedIndividually: v.checked('listedIndividually'),
        expectedSize: v.number('expectedSize'),
        ageBand: v.optionalText('ageBand'),
        communeCode: v.optionalText('communeCode'),
        communeName: v.optionalText('communeName'),
      };
    },
    onSubmit: (values) => onSubmit(values),
  });

  return (
    <Form formProps={form.formProps} error={form.formError}>
      <TextField
        name="name"
        label={t('form.name')}
        hint={t('form.nameHint')}
        required
        maxLength={160}
        defaultValue={group?.name ?? ''}
        error={form.fieldError('name')}
      />
      <SelectField
        name="kind"
        label={t('form.kind')}
        defaultValue={group?.kind ?? 'class'}
        options={groupKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        error={form.fieldError('kind')}
      />
      {manages ? (
        <ManagerFields orgId={orgId} group={group} errorOf={(name) => form.fieldError(name)} />
      ) : null}
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            name="listedIndividually"
            defaultChecked={group?.listedIndividually ?? true}
            aria-describedby="group-listed-hint"
          />
          {t('form.listed')}
        </label>
        <p className="field__hint" id="group-listed-hint">
          {t('form.listedHint')}
        </p>
      </div>
      <TextField
        name="expectedSize"
        type="number"
        inputMode="numeric"
        min={1}
        max={100000}
        label={t('form.expectedSize')}
        defaultValue={group?.expectedSize ?? ''}
        error={form.fieldError('expectedSize')}
      />
      <SelectField
        name="ageBand"
        label={t('form.ageBand')}
        defaultValue={group?.ageBand ?? ''}
        options={[
          { value: '', label: t('form.noAgeBand') },
          ...ageBands.map((band) => ({ value: band, label: t(`participants:ageBands.${band}`) })),
        ]}
        error={form.fieldError('ageBand')}
      />
      <CommunePicker
        codeName="communeCode"
        nameName="communeName"
        label={t('form.commune')}
        initial={
          group?.communeCode ? { code: group.communeCode, name: group.communeName ?? '' } : null
        }
        error={form.fieldError('communeCode')}
      />
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {submitLabel}
        </Button>
      </div>
    </Form>
  );
}

/**
 * Partner and relay, chosen by admins and coordinators (who may list them). Each select is
 * remounted once its options arrive, so that it shows the saved value.
 */
function ManagerFields({
  orgId,
  group,
  errorOf,
}: {
  orgId: string;
  group: Group | undefined;
  errorOf: (name: 'partnerId' | 'relayUserId') => string | undefined;
}) {
  const { t } = useTranslation('groups');
  const partners = usePartnerOptions(orgId);
  const relays = useRelayOptions(orgId, true);
  return (
    <>
      <SelectField
        key={partners.data ? 'partners' : 'loading-partners'}
        name="partnerId"
        label={t('form.partner')}
        defaultValue={group?.partner?.id ?? ''}
        options={[
          { value: '', label: t('form.noPartner') },
          ...(partners.data ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
        error={errorOf('partnerId')}
      />
      <SelectField
        key={relays.data ? 'relays' : 'loading-relays'}
        name="relayUserId"
        label={t('form.relay')}
        hint={t('form.relayHint')}
        defaultValue={group?.relay?.userId ?? ''}
        options={[
          { value: '', label: t('form.noRelay') },
          ...(relays.data ?? []).map((r) => ({ value: r.id, label: r.name })),
        ]}
        error={errorOf('relayUserId')}
      />
    </>
  );
}

// Search by name and filter by group, age band and consent status.
import { type AgeBand, ageBands, type ConsentStatus, consentStatuses } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, TextField, useFilterForm } from '@/components/ui';
import { useGroupOptions } from '@/lib/lookups';
import type { ParticipantFilters } from '../api/participants';

type Values = Omit<ParticipantFilters, 'offset'>;

export function ParticipantFiltersForm({
  orgId,
  initialConsent = '',
  onChange,
}: {
  orgId: string;
  initialConsent?: ConsentStatus | '';
  onChange: (values: Values) => void;
}) {
  const { t } = useTranslation('participants');
  const groups = useGroupOptions(orgId);
  const { values, update, submit } = useFilterForm<Values>(
    { q: '', groupId: '', ageBand: '', consent: initialConsent },
    onChange,
  );

  return (
    <form className="list-filters" aria-label={t('filters')} onSubmit={submit}>
      <TextField
        name="q"
        type="search"
        label={t('search')}
        value={values.q}
        maxLength={100}
        onChange={(event) => update({ q: event.target.value })}
      />
      <SelectField
        name="groupId"
        label={t('group')}
        value={values.groupId}
        options={[
          { value: '', label: t('allGroups') },
          ...(groups.data ?? [])
            .filter((group) => group.listedIndividually)
            .map((group) => ({ value: group.id, label: group.name })),
        ]}
        onChange={(event) => update({ groupId: event.target.value }, true)}
      />
      <SelectField
        name="ageBand"
        label={t('ageBand')}
        value={values.ageBand}
        options={[
          { value: '', label: t('allAgeBands') },
          ...ageBands.map((band) => ({ value: band, label: t(`ageBands.${band}`) })),
        ]}
        onChange={(event) => update({ ageBand: event.target.value as AgeBand | '' }, true)}
      />
      <SelectField
        name="consent"
        label={t('consent')}
        value={values.consent}
        options={[
          { value: '', label: t('allConsents') },
          ...consentStatuses.map((status) => ({
            value: status,
            label: t(`consentStatus.${status}`),
          })),
        ]}
        onChange={(event) => update({ consent: event.target.value as ConsentStatus | '' }, true)}
      />
      <Button type="submit" variant="secondary">
        {t('searchButton')}
      </Button>
    </form>
  );
}

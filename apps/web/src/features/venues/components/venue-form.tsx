// Creates or edits a venue: identity, address and position, capacity, accessibility, equipment,
// opening hours and closures, in one form sent at once.
import {
  accessibilityFacts,
  equipmentItems,
  type Venue,
  type VenueCreateBody,
  VenueCreateBodySchema,
  venueKinds,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import {
  Button,
  CheckboxGroup,
  DateRangesEditor,
  Form,
  SelectField,
  TextAreaField,
  TextField,
  WeeklyWindowsEditor,
} from '@/components/ui';
import { AddressFields } from '@/features/places';
import { useSchemaForm } from '@/lib/form';
import { usePartnerOptions } from '@/lib/lookups';
import { readForm, readRanges, readWindows } from '@/lib/read-form';

const timeZones = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Luxembourg',
  'Europe/Berlin',
  'Indian/Reunion',
  'Indian/Mayotte',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'Pacific/Noumea',
  'Pacific/Tahiti',
];

type Props = {
  orgId: string;
  venue?: Venue;
  submitLabel: string;
  onSubmit: (body: VenueCreateBody) => Promise<unknown>;
};

function readVenue(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    name: v.text('name'),
    kind: v.text('kind'),
    partnerId: v.optionalText('partnerId'),
    addressLine: v.optionalText('addressLine'),
    postalCode: v.optionalText('postalCode'),
    communeCode: v.optionalText('communeCode'),
    communeName: v.optionalText('communeName'),
    latitude: v.number('latitude'),
    longitude: v.number('longitude'),
    timeZone: v.text('timeZone'),
    capacity: v.number('capacity'),
    stepFreeAccess: v.checked('stepFreeAccess'),
    accessibility: {
      ...Object.fromEntries(
        accessibilityFacts.map((fact) => [fact, v.checked(`accessibility.${fact}`)]),
      ),
      ...(v.text('accessibility.notes') ? { notes: v.text('accessibility.notes') } : {}),
    },
    equipment: v.all('equipment'),
    notes: v.optionalText('notes'),
    availability: readWindows(v, 'availability'),
    blackouts: readRanges(v, 'blackouts'),
  };
}

export function VenueForm({ orgId, venue, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation('venues');
  const partners = usePartnerOptions(orgId);
  const form = useSchemaForm({ schema: VenueCreateBodySchema, read: readVenue, onSubmit });
  const zone = venue?.timeZone ?? 'Europe/Paris';
  const zones = timeZones.includes(zone) ? timeZones : [zone, ...timeZones];

  return (
    <div className="wide-form">
      <Form formProps={form.formProps} error={form.formError} label={venue?.name ?? t('newTitle')}>
        <TextField
          name="name"
          label={t('form.name')}
          required
          maxLength={200}
          defaultValue={venue?.name ?? ''}
          error={form.fieldError('name')}
        />
        <SelectField
          name="kind"
          label={t('form.kind')}
          defaultValue={venue?.kind ?? 'community_hall'}
          options={venueKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          error={form.fieldError('kind')}
        />
        <SelectField
          name="partnerId"
          label={t('form.partner')}
          hint={t('form.partnerHint')}
          defaultValue={venue?.partner?.id ?? ''}
          options={[
            { value: '', label: t('form.noPartner') },
            ...(venue?.partner && !partners.data?.some((p) => p.id === venue.partner?.id)
              ? [{ value: venue.partner.id, label: venue.partner.name }]
              : []),
            ...(partners.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          error={form.fieldError('partnerId')}
        />
        <AddressFields defaults={venue ?? {}} withCoordinates errorAt={form.fieldErrorAt} />
        <TextField
          name="capacity"
          label={t('form.capacity')}
          inputMode="numeric"
          className="field--short"
          defaultValue={venue?.capacity ?? ''}
          error={form.fieldError('capacity')}
        />
        <SelectField
          name="timeZone"
          label={t('form.timeZone')}
          hint={t('form.timeZoneHint')}
          defaultValue={zone}
          options={zones.map((value) => ({ value, label: value.replace('_', ' ') }))}
          error={form.fieldError('timeZone')}
        />
        <CheckboxGroup
          legend={t('form.access')}
          options={[
            {
              name: 'stepFreeAccess',
              label: t('form.stepFreeAccess'),
              checked: venue?.stepFreeAccess ?? false,
            },
            ...accessibilityFacts.map((fact) => ({
              name: `accessibility.${fact}`,
              label: t(`form.${fact}`),
              checked: venue?.accessibility[fact] ?? false,
            })),
          ]}
        />
        <TextField
          name="accessibility.notes"
          label={t('form.accessNotes')}
          maxLength={1000}
          defaultValue={venue?.accessibility.notes ?? ''}
          error={form.fieldErrorAt('accessibility.notes')}
        />
        <CheckboxGroup
          legend={t('form.equipment')}
          options={equipmentItems.map((item) => ({
            name: 'equipment',
            value: item,
            label: t(`equipment.${item}`),
            checked: venue?.equipment.includes(item) ?? false,
          }))}
        />
        <WeeklyWindowsEditor
          name="availability"
          legend={t('form.availability')}
          hint={t('form.availabilityHint')}
          initial={venue?.availability ?? []}
          errorAt={form.fieldErrorAt}
        />
        <DateRangesEditor
          name="blackouts"
          legend={t('form.blackouts')}
          hint={t('form.blackoutsHint')}
          initial={venue?.blackouts ?? []}
          errorAt={form.fieldErrorAt}
        />
        <TextAreaField
          id="venue-notes"
          name="notes"
          label={t('form.notes')}
          rows={3}
          maxLength={4000}
          defaultValue={venue?.notes ?? ''}
          error={form.fieldError('notes')}
        />
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {submitLabel}
          </Button>
        </div>
      </Form>
    </div>
  );
}

// Creates or edits an artist: name, instruments and skills, home and travel, linked account,
// weekly availability and unavailable dates, in one form sent at once.
import { useQuery } from '@tanstack/react-query';
import {
  type Artist,
  type ArtistCreateBody,
  ArtistCreateBodySchema,
  sessionKinds,
  transportModes,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import {
  Button,
  CheckboxGroup,
  DateRangesEditor,
  Form,
  SelectField,
  TextField,
  WeeklyWindowsEditor,
} from '@/components/ui';
import { membersQueryOptions } from '@/features/members';
import { useSchemaForm } from '@/lib/form';
import { readForm, readRanges, readWindows } from '@/lib/read-form';
import { HomeFields } from './home-fields';

type Props = {
  orgId: string;
  artist?: Artist;
  submitLabel: string;
  onSubmit: (body: ArtistCreateBody) => Promise<unknown>;
};

function readArtist(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    displayName: v.text('displayName'),
    email: v.optionalText('email'),
    instruments: v
      .text('instruments')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
    skills: v.all('skills'),
    homeCommuneCode: v.optionalText('homeCommuneCode'),
    homeCommuneName: v.optionalText('homeCommuneName'),
    latitude: v.number('latitude'),
    longitude: v.number('longitude'),
    transportMode: v.text('transportMode'),
    maxTravelKmPerDay: v.number('maxTravelKmPerDay'),
    userId: v.optionalText('userId'),
    availability: readWindows(v, 'availability'),
    unavailability: readRanges(v, 'unavailability'),
  };
}

export function ArtistForm({ orgId, artist, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation(['artists', 'vocabulary']);
  const members = useQuery(membersQueryOptions(orgId));
  const form = useSchemaForm({ schema: ArtistCreateBodySchema, read: readArtist, onSubmit });
  const artistMembers = (members.data?.items ?? []).filter((m) => m.role === 'artist');

  return (
    <div className="wide-form">
      <Form
        formProps={form.formProps}
        error={form.formError}
        label={artist?.displayName ?? t('newTitle')}
      >
        <TextField
          name="displayName"
          label={t('form.displayName')}
          required
          maxLength={120}
          defaultValue={artist?.displayName ?? ''}
          error={form.fieldError('displayName')}
        />
        <TextField
          name="email"
          type="email"
          label={t('form.email')}
          autoComplete="off"
          defaultValue={artist?.email ?? ''}
          error={form.fieldError('email')}
        />
        <TextField
          name="instruments"
          label={t('form.instruments')}
          hint={t('form.instrumentsHint')}
          defaultValue={artist?.instruments.join(', ') ?? ''}
          error={form.fieldError('instruments') ?? form.fieldErrorAt('instruments.0')}
        />
        <CheckboxGroup
          legend={t('form.skills')}
          options={sessionKinds.map((kind) => ({
            name: 'skills',
            value: kind,
            label: t(`vocabulary:sessionKind.${kind}`),
            checked: artist?.skills.includes(kind) ?? false,
          }))}
        />
        <HomeFields artist={artist} errorAt={form.fieldErrorAt} />
        <SelectField
          name="transportMode"
          label={t('form.transportMode')}
          defaultValue={artist?.transportMode ?? 'car'}
          options={transportModes.map((mode) => ({
            value: mode,
            label: t(`vocabulary:transportMode.${mode}`),
          }))}
          error={form.fieldError('transportMode')}
        />
        <TextField
          name="maxTravelKmPerDay"
          label={t('form.maxTravelKmPerDay')}
          hint={t('form.maxTravelHint')}
          inputMode="numeric"
          className="field--short"
          defaultValue={artist?.maxTravelKmPerDay ?? ''}
          error={form.fieldError('maxTravelKmPerDay')}
        />
        <SelectField
          name="userId"
          label={t('form.user')}
          hint={t('form.userHint')}
          defaultValue={artist?.userId ?? ''}
          options={[
            { value: '', label: t('form.noUser') },
            ...(artist?.user && !artistMembers.some((m) => m.userId === artist.user?.id)
              ? [{ value: artist.user.id, label: artist.user.displayName }]
              : []),
            ...artistMembers.map((m) => ({
              value: m.userId,
              label: `${m.displayName} (${m.email})`,
            })),
          ]}
          error={form.fieldError('userId')}
        />
        <WeeklyWindowsEditor
          name="availability"
          legend={t('form.availability')}
          hint={t('form.availabilityHint')}
          initial={artist?.availability ?? []}
          errorAt={form.fieldErrorAt}
        />
        <DateRangesEditor
          name="unavailability"
          legend={t('form.unavailability')}
          hint={t('form.unavailabilityHint')}
          initial={artist?.unavailability ?? []}
          errorAt={form.fieldErrorAt}
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

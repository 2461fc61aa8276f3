// The calls for applications: the list with their phase and counts, and a new call from the
// choir template (form, three recordings, weighted criteria, parts).
import { Link, useNavigate } from '@tanstack/react-router';
import { type CallBody, CallBodySchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  Card,
  Form,
  Item,
  ItemList,
  PageHeader,
  QueryStatus,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { orgPath } from '@/lib/paths';
import { readForm } from '@/lib/read-form';
import { useCalls, useCreateCall } from '../api/calls';
import { choirTemplate } from './choir-template';

export function CallsPage() {
  const { t } = useTranslation('calls');
  const { orgId } = useCurrentOrg();
  const calls = useCalls(orgId);
  const create = useCreateCall(orgId);
  const navigate = useNavigate();
  const form = useSchemaForm({
    schema: CallBodySchema,
    read: (element) => {
      const v = readForm(element);
      const optional = (name: string) => v.optionalText(name) ?? undefined;
      return {
        ...choirTemplate,
        title: { fr: v.text('titleFr'), en: optional('titleEn'), de: optional('titleDe') },
        description: { fr: v.text('description') },
        eligibility: { fr: v.text('eligibility') },
        opensAt: v.text('opensAt'),
        closesAt: v.text('closesAt'),
        timeZone: v.text('timeZone'),
      } satisfies Partial<CallBody>;
    },
    onSubmit: async (values) => {
      const call = await create.mutateAsync(values);
      await navigate({ to: orgPath(orgId, `calls/${call.id}`) });
    },
  });
  return (
    <>
      <PageHeader title={t('title')} description={t('intro')} />
      <QueryStatus query={calls} />
      {calls.data ? (
        calls.data.items.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ItemList label={t('title')}>
            {calls.data.items.map((call) => (
              <Item
                key={call.id}
                title={<Link to={orgPath(orgId, `calls/${call.id}`)}>{call.title.fr}</Link>}
                badges={
                  <Badge tone={call.open ? 'success' : 'neutral'}>
                    {call.open ? t('open') : t(`phase.${call.phase}`)}
                  </Badge>
                }
                meta={`${call.opensAt.replace('T', ' ')} → ${call.closesAt.replace('T', ' ')} · ${t('counts', call.counts)}`}
              />
            ))}
          </ItemList>
        )
      ) : null}
      <Card title={t('newCall')}>
        <Form formProps={form.formProps} error={form.formError}>
          <TextField
            name="titleFr"
            label={t('form.titleFr')}
            required
            error={form.fieldErrorAt('title.fr')}
          />
          <TextField name="titleEn" label={t('form.titleEn')} />
          <TextField name="titleDe" label={t('form.titleDe')} />
          <TextField
            name="description"
            label={t('form.description')}
            required
            error={form.fieldErrorAt('description.fr')}
          />
          <TextField
            name="eligibility"
            label={t('form.eligibility')}
            required
            error={form.fieldErrorAt('eligibility.fr')}
          />
          <TextField
            name="opensAt"
            type="datetime-local"
            label={t('form.opensAt')}
            required
            error={form.fieldError('opensAt')}
          />
          <TextField
            name="closesAt"
            type="datetime-local"
            label={t('form.closesAt')}
            required
            error={form.fieldError('closesAt')}
          />
          <TextField
            name="timeZone"
            label={t('form.timeZone')}
            defaultValue="Europe/Paris"
            error={form.fieldError('timeZone')}
          />
          <p className="field__hint">{t('form.template')}</p>
          <div>
            <Button type="submit" pending={form.pending}>
              {t('form.create')}
            </Button>
          </div>
        </Form>
      </Card>
    </>
  );
}

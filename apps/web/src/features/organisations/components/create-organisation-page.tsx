// A signed-in person with no organisation yet creates one and becomes its admin.

import { useNavigate } from '@tanstack/react-router';
import { OrganisationCreateBodySchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, NarrowPage, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useCreateOrganisation } from '../api/create-organisation';

export function CreateOrganisationPage() {
  const { t } = useTranslation('organisations');
  const navigate = useNavigate();
  const create = useCreateOrganisation();
  const form = useSchemaForm({
    schema: OrganisationCreateBodySchema,
    onSubmit: async (values) => {
      const organisation = await create.mutateAsync(values);
      await navigate({ to: '/o/$orgId', params: { orgId: organisation.id } });
    },
  });

  return (
    <NarrowPage title={t('create.title')} description={t('create.intro')}>
      <Form formProps={form.formProps} error={form.formError}>
        <TextField
          name="name"
          autoComplete="organization"
          required
          label={t('create.name')}
          hint={t('create.nameHint')}
          error={form.fieldError('name')}
        />
        <Button type="submit" pending={form.pending} block>
          {t('create.submit')}
        </Button>
      </Form>
    </NarrowPage>
  );
}

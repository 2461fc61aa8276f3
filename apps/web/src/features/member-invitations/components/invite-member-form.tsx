// An admin invites someone by e-mail address and role.

import { Link } from '@tanstack/react-router';
import { MemberInvitationCreateBodySchema, roles } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Form, SelectField, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { orgPath } from '@/lib/paths';
import { useCreateMemberInvitation } from '../api/member-invitations';

export function InviteMemberForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation(['memberInvitations', 'common', 'vocabulary']);
  const create = useCreateMemberInvitation(orgId);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm({
    schema: MemberInvitationCreateBodySchema,
    onSubmit: async (values, element) => {
      setSentTo(null);
      const memberInvitation = await create.mutateAsync(values);
      setSentTo(memberInvitation.email);
      element.reset();
    },
  });

  return (
    <Card title={t('form.title')}>
      <Form formProps={form.formProps} error={form.formError} label={t('form.title')}>
        {sentTo ? (
          <Alert tone="success">
            <p>{t('form.sent', { email: sentTo })}</p>
            <p>
              <Link to={orgPath(orgId, 'outbox')}>{t('form.outboxHint')}</Link>
            </p>
          </Alert>
        ) : null}
        <TextField
          name="email"
          type="email"
          autoComplete="off"
          required
          label={t('form.email')}
          error={form.fieldError('email')}
        />
        <SelectField
          name="role"
          label={t('form.role')}
          hint={t('form.roleHint')}
          defaultValue="artist"
          options={roles.map((role) => ({ value: role, label: t(`vocabulary:role.${role}`) }))}
          error={form.fieldError('role')}
        />
        <div className="form__actions">
          <Button type="submit" icon="mail-plus" pending={form.pending}>
            {t('form.submit')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}

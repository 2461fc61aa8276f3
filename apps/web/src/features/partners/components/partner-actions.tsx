// Edit, archive or delete a partner; a refused delete says what depends on it and offers archiving.
import { useNavigate } from '@tanstack/react-router';
import type { Partner } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog } from '@/components/ui';
import { ArchiveDeleteActions } from '@/features/places';
import { orgPath } from '@/lib/paths';
import { useDeletePartner, useUpdatePartner } from '../api/save-partner';
import { PartnerForm } from './partner-form';

export function PartnerActions({ orgId, partner }: { orgId: string; partner: Partner }) {
  const { t } = useTranslation(['partners', 'common']);
  const navigate = useNavigate();
  const update = useUpdatePartner(orgId, partner.id);
  const [editing, setEditing] = useState(false);

  return (
    <ArchiveDeleteActions
      archived={partner.archivedAt !== null}
      labels={{
        archive: t('detail.archive'),
        unarchive: t('detail.unarchive'),
        delete: t('detail.delete'),
        deleteTitle: t('detail.deleteTitle', { name: partner.name }),
        deleteText: t('detail.deleteText'),
      }}
      update={update}
      remove={useDeletePartner(orgId, partner.id)}
      onDeleted={() => navigate({ to: orgPath(orgId, 'partners') })}
    >
      <Button variant="secondary" size="small" onClick={() => setEditing(true)}>
        {t('detail.edit')}
      </Button>
      <Dialog
        open={editing}
        onClose={() => setEditing(false)}
        title={t('detail.editTitle', { name: partner.name })}
      >
        {editing ? (
          <PartnerForm
            partner={partner}
            submitLabel={t('common:save')}
            onSubmit={async (body) => {
              await update.mutateAsync(body);
              setEditing(false);
            }}
          />
        ) : null}
      </Dialog>
    </ArchiveDeleteActions>
  );
}

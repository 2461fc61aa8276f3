// The requests for help to start an ensemble where none is within reach: who asked, where, how to
// reach them; a coordinator marks each handled once called back (its contact is then kept six
// months more), or deletes it when its author asks for it to be erased.
import type { SupportRequest } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Card, ConfirmDialog, Item, ItemList } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useSupportRequestAction } from '../api/ensembles';

type Props = {
  orgId: string;
  requests: readonly SupportRequest[];
  /** Mark handled and delete (coordinators and admins). */
  handle: boolean;
};

export function SupportRequests({ orgId, requests, handle }: Props) {
  const { t } = useTranslation('directory');
  const format = useDateFormat();
  const errorText = useErrorText();
  const action = useSupportRequestAction(orgId);
  const [deleting, setDeleting] = useState<SupportRequest | null>(null);
  return (
    <Card title={t('support.title')}>
      <p>{t('support.retention')}</p>
      {requests.length === 0 ? (
        <p>{t('support.empty')}</p>
      ) : (
        <ItemList label={t('support.title')}>
          {requests.map((request) => (
            <Item
              key={request.id}
              title={`${request.communeName} — ${request.name ?? t('support.anonymised')}`}
              badges={
                request.anonymisedAt ? (
                  <Badge tone="neutral">{t('support.anonymisedBadge')}</Badge>
                ) : request.handledAt ? (
                  <Badge tone="success">
                    {t('support.handledOn', { date: format.date(request.handledAt) })}
                  </Badge>
                ) : (
                  <Badge tone="primary">{t('support.waiting')}</Badge>
                )
              }
              meta={[
                t('support.sentOn', { date: format.date(request.createdAt) }),
                request.contactEmail,
                request.contactPhone,
                request.message,
              ]
                .filter(Boolean)
                .join(' · ')}
              actions={
                handle && !request.anonymisedAt ? (
                  <>
                    <Button
                      variant="secondary"
                      size="small"
                      pending={action.isPending && action.variables?.requestId === request.id}
                      onClick={() =>
                        action.mutate({
                          requestId: request.id,
                          action: request.handledAt ? 'waiting' : 'handled',
                        })
                      }
                      aria-label={`${request.handledAt ? t('support.reopen') : t('support.markHandled')} — ${request.communeName}, ${request.name ?? ''}`}
                    >
                      {request.handledAt ? t('support.reopen') : t('support.markHandled')}
                    </Button>
                    <Button
                      variant="secondary"
                      size="small"
                      onClick={() => setDeleting(request)}
                      aria-label={`${t('support.delete')} — ${request.communeName}, ${request.name ?? ''}`}
                    >
                      {t('support.delete')}
                    </Button>
                  </>
                ) : null
              }
            />
          ))}
        </ItemList>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('support.deleteTitle')}
        confirmLabel={t('support.delete')}
        pending={action.isPending}
        error={action.error ? errorText(action.error) : null}
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (!deleting) return;
          await action
            .mutateAsync({ requestId: deleting.id, action: 'delete' })
            .then(() => setDeleting(null))
            .catch(() => undefined);
        }}
      >
        <p>
          {t('support.deleteText', { name: deleting?.name ?? '', commune: deleting?.communeName })}
        </p>
      </ConfirmDialog>
    </Card>
  );
}

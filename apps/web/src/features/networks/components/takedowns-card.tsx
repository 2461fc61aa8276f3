// Takedown requests, for users holding a network role: coordinators see every request, an
// owner's role holders those on its entries; both uphold (the entry leaves) or dismiss.
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Button, Card, Item, ItemList, QueryStatus } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useDecideTakedown, useTakedowns } from '../api/library';

export function TakedownsCard({ orgId, networkId }: { orgId: string; networkId: string }) {
  const { t, i18n } = useTranslation('networks');
  const errorText = useErrorText();
  const takedowns = useTakedowns(networkId, true);
  const decide = useDecideTakedown(orgId, networkId);
  const day = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  return (
    <Card title={t('library.takedowns')}>
      <QueryStatus query={takedowns} />
      {decide.isError ? <Alert tone="error">{errorText(decide.error)}</Alert> : null}
      {takedowns.data?.length === 0 ? <p>{t('library.noTakedowns')}</p> : null}
      {takedowns.data && takedowns.data.length > 0 ? (
        <ItemList label={t('library.takedowns')}>
          {takedowns.data.map((request) => (
            <Item
              key={request.id}
              title={request.entryTitle}
              badges={
                <Badge tone={request.status === 'open' ? 'danger' : 'neutral'}>
                  {t(`library.takedownStatus.${request.status}`)}
                </Badge>
              }
              meta={t('library.requestedBy', {
                name: request.requestedBy.name,
                date: day(request.createdAt),
              })}
              actions={
                request.status === 'open' ? (
                  <>
                    <Button
                      size="small"
                      variant="danger"
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ takedownId: request.id, decision: 'upheld' })}
                    >
                      {t('library.uphold')}
                    </Button>
                    <Button
                      size="small"
                      variant="secondary"
                      disabled={decide.isPending}
                      onClick={() =>
                        decide.mutate({ takedownId: request.id, decision: 'dismissed' })
                      }
                    >
                      {t('library.dismiss')}
                    </Button>
                  </>
                ) : null
              }
            >
              <p>{request.reason}</p>
            </Item>
          ))}
        </ItemList>
      ) : null}
    </Card>
  );
}

// The partner's agreements: dates, status, scope and signed document; add, edit, delete.
import type { Partner, PartnerAgreement } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Card, ConfirmDialog, Dialog, Item, ItemList } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useRemoveAgreement } from '../api/agreements';
import { AgreementDocument } from './agreement-document';
import { AgreementForm } from './agreement-form';

const statusTone = { upcoming: 'neutral', active: 'success', ended: 'neutral' } as const;

export function AgreementsCard({ orgId, partner }: { orgId: string; partner: Partner }) {
  const { t } = useTranslation(['partners', 'common']);
  const errorText = useErrorText();
  const format = useDateFormat();
  const [editing, setEditing] = useState<{ agreement: PartnerAgreement | null } | null>(null);
  const [removing, setRemoving] = useState<PartnerAgreement | null>(null);
  const remove = useRemoveAgreement(orgId, partner.id);
  const closeRemove = () => {
    setRemoving(null);
    remove.reset();
  };
  const period = (a: PartnerAgreement) =>
    a.endsOn
      ? t('agreements.period', { from: format.date(a.startsOn), to: format.date(a.endsOn) })
      : t('agreements.since', { from: format.date(a.startsOn) });

  return (
    <Card title={t('agreements.title')}>
      <div className="stack">
        {partner.agreements.length === 0 ? <p>{t('agreements.empty')}</p> : null}
        {partner.agreements.length > 0 ? (
          <ItemList label={t('agreements.title')}>
            {partner.agreements.map((agreement) => (
              <Item
                key={agreement.id}
                title={agreement.title}
                badges={
                  <Badge tone={statusTone[agreement.status]}>
                    {t(`agreements.status.${agreement.status}`)}
                  </Badge>
                }
                meta={
                  <>
                    {period(agreement)}
                    {agreement.scope ? (
                      <>
                        <br />
                        <span className="preserve-lines">{agreement.scope}</span>
                      </>
                    ) : null}
                  </>
                }
                actions={
                  <>
                    <Button
                      variant="secondary"
                      size="small"
                      aria-label={t('agreements.editNamed', { title: agreement.title })}
                      onClick={() => setEditing({ agreement })}
                    >
                      {t('agreements.edit')}
                    </Button>
                    <Button
                      variant="secondary"
                      size="small"
                      aria-label={t('agreements.removeNamed', { title: agreement.title })}
                      onClick={() => setRemoving(agreement)}
                    >
                      {t('agreements.remove')}
                    </Button>
                  </>
                }
              >
                <AgreementDocument orgId={orgId} partnerId={partner.id} agreement={agreement} />
              </Item>
            ))}
          </ItemList>
        ) : null}
        <div>
          <Button variant="secondary" icon="plus" onClick={() => setEditing({ agreement: null })}>
            {t('agreements.add')}
          </Button>
        </div>
      </div>

      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.agreement
            ? t('agreements.editTitle', { title: editing.agreement.title })
            : t('agreements.addTitle')
        }
      >
        {editing ? (
          <AgreementForm
            orgId={orgId}
            partnerId={partner.id}
            agreement={editing.agreement}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Dialog>

      <ConfirmDialog
        open={removing !== null}
        onClose={closeRemove}
        title={t('agreements.removeTitle', { title: removing?.title ?? '' })}
        confirmLabel={t('agreements.remove')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: closeRemove })}
      >
        <p>{t('agreements.removeText')}</p>
      </ConfirmDialog>
    </Card>
  );
}

// The partner's contact persons, with their e-mail and phone for coordinators.
import type { Partner, PartnerContact } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, ConfirmDialog, Dialog, Item, ItemList } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useRemoveContact } from '../api/contacts';
import { ContactForm } from './contact-form';

type Editing = { contact: PartnerContact | null } | null;

export function ContactsCard({ orgId, partner }: { orgId: string; partner: Partner }) {
  const { t } = useTranslation(['partners', 'common']);
  const errorText = useErrorText();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<PartnerContact | null>(null);
  const remove = useRemoveContact(orgId, partner.id);
  const closeRemove = () => {
    setRemoving(null);
    remove.reset();
  };

  return (
    <Card title={t('contacts.title')}>
      <div className="stack">
        {partner.contacts.length === 0 ? <p>{t('contacts.empty')}</p> : null}
        {partner.contacts.length > 0 ? (
          <ItemList label={t('contacts.title')}>
            {partner.contacts.map((contact) => (
              <Item
                key={contact.id}
                title={contact.name}
                meta={
                  <>
                    {contact.jobTitle ? (
                      <>
                        {contact.jobTitle}
                        <br />
                      </>
                    ) : null}
                    {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
                    {contact.email && contact.phone ? ' · ' : null}
                    {contact.phone ? (
                      <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a>
                    ) : null}
                  </>
                }
                actions={
                  <>
                    <Button
                      variant="secondary"
                      size="small"
                      aria-label={t('contacts.editNamed', { name: contact.name })}
                      onClick={() => setEditing({ contact })}
                    >
                      {t('contacts.edit')}
                    </Button>
                    <Button
                      variant="secondary"
                      size="small"
                      aria-label={t('contacts.removeNamed', { name: contact.name })}
                      onClick={() => setRemoving(contact)}
                    >
                      {t('contacts.remove')}
                    </Button>
                  </>
                }
              />
            ))}
          </ItemList>
        ) : null}
        <div>
          <Button variant="secondary" icon="plus" onClick={() => setEditing({ contact: null })}>
            {t('contacts.add')}
          </Button>
        </div>
      </div>

      <Dialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title={
          editing?.contact
            ? t('contacts.editTitle', { name: editing.contact.name })
            : t('contacts.addTitle')
        }
      >
        {editing ? (
          <ContactForm
            orgId={orgId}
            partnerId={partner.id}
            contact={editing.contact}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Dialog>

      <ConfirmDialog
        open={removing !== null}
        onClose={closeRemove}
        title={t('contacts.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('contacts.remove')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: closeRemove })}
      >
        <p>{t('contacts.removeText')}</p>
      </ConfirmDialog>
    </Card>
  );
}

// Publish one of the organisation's upcoming public sessions to the network's common agenda, with
// the shared category, audiences and accessibility; what it published, each withdrawable.
import {
  type AgendaCategory,
  agendaAccessibility,
  agendaAudiences,
  agendaCategories,
  NetworkEventPublishBodySchema,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  CheckboxGroup,
  Form,
  Item,
  ItemList,
  QueryStatus,
  SelectField,
} from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { readForm } from '@/lib/read-form';
import {
  useOwnEvents,
  usePublicSessions,
  usePublishEvent,
  useWithdrawEvent,
} from '../api/publishing';

function readEvent(form: HTMLFormElement) {
  const v = readForm(form);
  return {
    category: v.text('category') as AgendaCategory,
    audiences: v.all('audiences'),
    accessibility: v.all('accessibility'),
  };
}

export function PublishEventCard({ orgId, networkId }: { orgId: string; networkId: string }) {
  const { t, i18n } = useTranslation('networks');
  const errorText = useErrorText();
  const sessions = usePublicSessions(orgId);
  const own = useOwnEvents(orgId, networkId);
  const publish = usePublishEvent(orgId, networkId);
  const withdraw = useWithdrawEvent(orgId, networkId);
  const form = useSchemaForm({
    schema: NetworkEventPublishBodySchema,
    read: readEvent,
    onSubmit: async (body, element) => {
      const sessionId = new FormData(element).get('sessionId');
      await publish.mutateAsync({ ...body, sessionId: String(sessionId ?? '') });
    },
  });
  const when = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(iso));
  const published = new Set(own.data?.items.map((event) => event.sessionId));
  const choices = (sessions.data ?? []).filter((session) => !published.has(session.id));
  return (
    <Card title={t('publishing.eventsTitle')}>
      <QueryStatus query={own} />
      {own.data?.items.length === 0 ? <p>{t('publishing.noOwnEvents')}</p> : null}
      {withdraw.isError ? <Alert tone="error">{errorText(withdraw.error)}</Alert> : null}
      {own.data && own.data.items.length > 0 ? (
        <ItemList label={t('publishing.eventsTitle')}>
          {own.data.items.map((event) => (
            <Item
              key={event.id}
              title={event.title}
              meta={`${when(event.startsAt, event.timeZone)} · ${t(`publishing.categories.${event.category}`)}`}
              actions={
                <Button
                  size="small"
                  variant="secondary"
                  disabled={withdraw.isPending}
                  onClick={() => withdraw.mutate(event.sessionId)}
                >
                  {t('publishing.withdraw')}
                </Button>
              }
            />
          ))}
        </ItemList>
      ) : null}
      <h3>{t('publishing.publishTitle')}</h3>
      <QueryStatus query={sessions} />
      {sessions.data && choices.length === 0 ? <p>{t('publishing.noSession')}</p> : null}
      {choices.length > 0 ? (
        <Form
          formProps={form.formProps}
          error={form.formError}
          label={t('publishing.publishTitle')}
        >
          <SelectField
            name="sessionId"
            label={t('publishing.session')}
            hint={t('publishing.sessionHint')}
            options={choices.map((session) => ({
              value: session.id,
              label: `${session.title ?? session.kind} — ${when(session.startsAt, session.timeZone)}`,
            }))}
          />
          <SelectField
            name="category"
            label={t('publishing.category')}
            options={agendaCategories.map((code) => ({
              value: code,
              label: t(`publishing.categories.${code}`),
            }))}
          />
          <CheckboxGroup
            legend={t('library.audiences')}
            hint={form.fieldError('audiences')}
            options={agendaAudiences.map((code) => ({
              name: 'audiences',
              value: code,
              label: t(`library.audienceNames.${code}`),
              checked: code === 'everyone',
            }))}
          />
          <CheckboxGroup
            legend={t('publishing.accessibility')}
            options={agendaAccessibility.map((code) => ({
              name: 'accessibility',
              value: code,
              label: t(`publishing.access.${code}`),
              checked: false,
            }))}
          />
          {publish.isSuccess ? <Alert tone="success">{t('publishing.published')}</Alert> : null}
          <Button type="submit" disabled={form.pending}>
            {t('publishing.publish')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}

// The network's latest news posts, each signed by its organisation, and a form to publish one.
import { NetworkNewsBodySchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  Form,
  Item,
  ItemList,
  QueryStatus,
  TextAreaField,
  TextField,
} from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useNetworkNews, usePublishNews } from '../api/publishing';

function readNews(form: HTMLFormElement) {
  const v = readForm(form);
  return { title: v.text('title'), body: v.text('body'), link: v.optionalText('link') };
}

export function NewsCard({
  orgId,
  networkId,
  canPublish,
}: {
  orgId: string;
  networkId: string;
  canPublish: boolean;
}) {
  const { t, i18n } = useTranslation('networks');
  const news = useNetworkNews(networkId);
  const publish = usePublishNews(orgId, networkId);
  const form = useSchemaForm({
    schema: NetworkNewsBodySchema,
    read: readNews,
    onSubmit: async (body, element) => {
      await publish.mutateAsync(body);
      element.reset();
    },
  });
  const day = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));
  return (
    <Card title={t('publishing.newsTitle')}>
      <QueryStatus query={news} />
      {news.data?.length === 0 ? <p>{t('publishing.noNews')}</p> : null}
      {news.data && news.data.length > 0 ? (
        <ItemList label={t('publishing.newsTitle')}>
          {news.data.slice(0, 10).map((post) => (
            <Item
              key={post.id}
              title={post.link ? <a href={post.link}>{post.title}</a> : post.title}
              meta={`${t('by', { name: post.orgName })} · ${day(post.publishedAt)}`}
            >
              <p className="library__body">{post.body}</p>
            </Item>
          ))}
        </ItemList>
      ) : null}
      {canPublish ? (
        <Form formProps={form.formProps} error={form.formError} label={t('publishing.newsPost')}>
          <h3>{t('publishing.newsPost')}</h3>
          <TextField
            name="title"
            label={t('publishing.newsHeadline')}
            required
            maxLength={200}
            error={form.fieldError('title')}
          />
          <TextAreaField
            name="body"
            label={t('publishing.newsBody')}
            rows={5}
            maxLength={5000}
            required
            error={form.fieldError('body')}
          />
          <TextField
            name="link"
            type="url"
            label={t('publishing.newsLink')}
            maxLength={500}
            error={form.fieldError('link')}
          />
          {publish.isSuccess ? <Alert tone="success">{t('publishing.newsSent')}</Alert> : null}
          <Button type="submit" disabled={form.pending}>
            {t('publishing.publish')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}

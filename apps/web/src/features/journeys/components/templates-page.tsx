// Journey templates: the reusable series of steps, with how often each is used.
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge, buttonClass, Item, ItemList, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useTemplates } from '../api/templates';

export function TemplatesPage() {
  const { t } = useTranslation(['journeys', 'calendar', 'vocabulary']);
  const { orgId } = useCurrentOrg();
  const templates = useTemplates(orgId, true);
  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'journeys')}>← {t('templates.back')}</Link>
      </p>
      <PageHeader
        title={t('templates.title')}
        description={t('templates.intro')}
        actions={
          <Link to={orgPath(orgId, 'journeys/templates/new')} className={buttonClass({})}>
            {t('templates.new')}
          </Link>
        }
      />
      <QueryStatus query={templates} />
      {templates.data && templates.data.items.length === 0 ? <p>{t('templates.empty')}</p> : null}
      {templates.data && templates.data.items.length > 0 ? (
        <ItemList label={t('templates.title')}>
          {templates.data.items.map((template) => (
            <Item
              key={template.id}
              title={
                <Link to={orgPath(orgId, `journeys/templates/${template.id}`)}>
                  {template.name}
                </Link>
              }
              badges={template.archived ? <Badge>{t('templates.archived')}</Badge> : null}
              meta={[
                t('templates.steps', { count: template.steps.length }),
                t('templates.span', { count: template.spanDays }),
                t('templates.used', { count: template.journeyCount }),
              ].join(' · ')}
            >
              <p className="muted">
                {template.steps.map((s) => t(`vocabulary:sessionKind.${s.kind}`)).join(' → ')}
              </p>
            </Item>
          ))}
        </ItemList>
      ) : null}
    </>
  );
}

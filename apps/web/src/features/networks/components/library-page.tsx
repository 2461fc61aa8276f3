// A network's shared library: search with filters, the entries with their credit, licence and
// usage, a link to share; the takedown requests for users holding a network role.
import './library.css';
import { Link, useParams } from '@tanstack/react-router';
import {
  agendaAudiences,
  can,
  type LibraryEntrySummary,
  libraryEntryKinds,
  networkLanguages,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  buttonClass,
  Card,
  Item,
  ItemList,
  PageHeader,
  Pager,
  QueryStatus,
  SelectField,
  TextField,
  useFilterForm,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { type LibraryFilters, useLibrary } from '../api/library';
import { useOrgNetworks } from '../api/networks';
import { TakedownsCard } from './takedowns-card';
import { UsageLine } from './usage-line';

const LIMIT = 20;
type FilterForm = { q: string; kind: string; language: string; audience: string; mine: boolean };

export function LibraryPage() {
  const { t } = useTranslation('networks');
  const { orgId, role } = useCurrentOrg();
  const { networkId = '' } = useParams({ strict: false }) as { networkId?: string };
  const networks = useOrgNetworks(orgId);
  const network = networks.data?.find((n) => n.id === networkId);
  const [filters, setFilters] = useState<LibraryFilters>({});
  const [offset, setOffset] = useState(0);
  const library = useLibrary(orgId, networkId, filters, offset);
  const apply = (values: FilterForm) => {
    setOffset(0);
    setFilters({
      q: values.q.trim() || undefined,
      kind: (values.kind || undefined) as LibraryFilters['kind'],
      language: (values.language || undefined) as LibraryFilters['language'],
      audience: (values.audience || undefined) as LibraryFilters['audience'],
      mine: values.mine ? 'true' : undefined,
    });
  };
  const base = orgPath(orgId, `reseaux/${networkId}/bibliotheque`);
  return (
    <div className="library">
      <p>
        <Link to={orgPath(orgId, 'reseaux')}>← {network?.name ?? t('title')}</Link>
      </p>
      <PageHeader
        title={t('library.title')}
        description={t('library.lead')}
        actions={
          can(role, 'networks.share') ? (
            <Link className={buttonClass({})} to={`${base}/partager`}>
              {t('library.share')}
            </Link>
          ) : undefined
        }
      />
      <Filters onChange={apply} />
      <QueryStatus query={library} />
      {library.data?.items.length === 0 ? <p>{t('library.none')}</p> : null}
      {library.data && library.data.items.length > 0 ? (
        <ItemList label={t('library.title')}>
          {library.data.items.map((entry) => (
            <EntryItem key={entry.id} entry={entry} href={`${base}/${entry.id}`} />
          ))}
        </ItemList>
      ) : null}
      {library.data ? (
        <Pager offset={offset} limit={LIMIT} total={library.data.total} onChange={setOffset} />
      ) : null}
      {network?.myRole ? <TakedownsCard orgId={orgId} networkId={networkId} /> : null}
    </div>
  );
}

function Filters({ onChange }: { onChange: (values: FilterForm) => void }) {
  const { t } = useTranslation('networks');
  const { values, update, submit } = useFilterForm<FilterForm>(
    { q: '', kind: '', language: '', audience: '', mine: false },
    onChange,
  );
  return (
    <Card>
      <form className="library__filters" aria-label={t('library.filters')} onSubmit={submit}>
        <TextField
          name="q"
          type="search"
          label={t('library.search')}
          value={values.q}
          maxLength={200}
          onChange={(event) => update({ q: event.target.value })}
        />
        <SelectField
          name="kind"
          label={t('library.kind')}
          value={values.kind}
          options={[
            { value: '', label: t('library.anyKind') },
            ...libraryEntryKinds.map((kind) => ({
              value: kind,
              label: t(`library.kinds.${kind}`),
            })),
          ]}
          onChange={(event) => update({ kind: event.target.value }, true)}
        />
        <SelectField
          name="language"
          label={t('library.language')}
          value={values.language}
          options={[
            { value: '', label: t('library.anyLanguage') },
            ...networkLanguages.map((code) => ({
              value: code,
              label: t(`library.languages.${code}`),
            })),
          ]}
          onChange={(event) => update({ language: event.target.value }, true)}
        />
        <SelectField
          name="audience"
          label={t('library.audience')}
          value={values.audience}
          options={[
            { value: '', label: t('library.anyAudience') },
            ...agendaAudiences.map((code) => ({
              value: code,
              label: t(`library.audienceNames.${code}`),
            })),
          ]}
          onChange={(event) => update({ audience: event.target.value }, true)}
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.mine}
            onChange={(event) => update({ mine: event.target.checked }, true)}
          />
          {t('library.mine')}
        </label>
        <Button type="submit" variant="secondary">
          {t('library.apply')}
        </Button>
      </form>
    </Card>
  );
}

function EntryItem({ entry, href }: { entry: LibraryEntrySummary; href: string }) {
  const { t } = useTranslation('networks');
  return (
    <Item
      title={
        <Link to={href} lang={entry.language}>
          {entry.title}
        </Link>
      }
      badges={
        <>
          <Badge tone="primary">{t(`library.kinds.${entry.kind}`)}</Badge>
          <Badge>{t(`library.languages.${entry.language}`)}</Badge>
          <Badge>{t(`library.licences.${entry.licence}`)}</Badge>
          {entry.status === 'taken_down' ? (
            <Badge tone="danger">{t('library.takenDown')}</Badge>
          ) : null}
        </>
      }
      meta={`${t('library.by', { name: entry.owner.name })} · ${t('library.version', { version: entry.version })}`}
    >
      <p className="library__summary" lang={entry.language}>
        {entry.summary}
      </p>
      <UsageLine usage={entry.usage} />
    </Item>
  );
}

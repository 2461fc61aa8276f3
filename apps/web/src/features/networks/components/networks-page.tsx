// "Réseaux": the organisation's networks with their status, accepting an invitation, asking to
// join a network by its short address, and founding one.
import './networks.css';
import { Link } from '@tanstack/react-router';
import { can, type NetworkCountry, networkCountries } from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  PageHeader,
  QueryStatus,
  SelectField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import {
  useAcceptNetwork,
  useCreateNetwork,
  useJoinNetwork,
  useOrgNetworks,
} from '../api/networks';

function useCountryOptions() {
  const { t } = useTranslation('networks');
  return networkCountries.map((c) => ({ value: c, label: t(`countries.${c}`) }));
}

const facts = (country: NetworkCountry) => ({
  country,
  languages: [country === 'DE' ? 'de' : 'fr'] as ('fr' | 'de')[],
});

export function NetworksPage() {
  const { t } = useTranslation('networks');
  const { orgId, role } = useCurrentOrg();
  const networks = useOrgNetworks(orgId);
  const accept = useAcceptNetwork(orgId);
  const manage = can(role, 'networks.manage');
  return (
    <div className="networks">
      <PageHeader title={t('title')} description={t('lead')} />
      <Card title={t('yours')}>
        <QueryStatus query={networks} />
        {networks.data?.length === 0 ? <p>{t('none')}</p> : null}
        <ul className="networks__list">
          {networks.data?.map((network) => (
            <li key={network.id} className="networks__item">
              <span className="networks__name">{network.name}</span>{' '}
              <Badge>{t(`status.${network.status}`)}</Badge>{' '}
              {network.myRole ? <Badge>{t(`role.${network.myRole}`)}</Badge> : null}{' '}
              <span className="networks__count">{t('members', { count: network.members })}</span>
              {network.status === 'active' && network.myRole ? (
                <Link to={orgPath(orgId, `reseaux/${network.id}`)}>{t('open')}</Link>
              ) : null}
              {network.status === 'active' ? (
                <Link to={orgPath(orgId, `reseaux/${network.id}/bibliotheque`)}>
                  {t('library.open')}
                </Link>
              ) : null}
              {network.status === 'invited' && manage ? (
                <Button
                  size="small"
                  disabled={accept.isPending}
                  onClick={() => accept.mutate({ networkId: network.id, ...facts('FR') })}
                >
                  {t('accept')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
      {manage ? <JoinCard orgId={orgId} /> : null}
      {manage ? <FoundCard orgId={orgId} /> : null}
    </div>
  );
}

function JoinCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation('networks');
  const join = useJoinNetwork(orgId);
  const countries = useCountryOptions();
  const [slug, setSlug] = useState('');
  const [country, setCountry] = useState<NetworkCountry>('FR');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    join.mutate({ networkSlug: slug, ...facts(country) }, { onSuccess: () => setSlug('') });
  };
  return (
    <Card title={t('join')}>
      <form className="networks__form" onSubmit={submit}>
        {join.isError ? <Alert tone="error">{t('failed')}</Alert> : null}
        <TextField
          label={t('networkSlug')}
          hint={t('joinHint')}
          name="networkSlug"
          value={slug}
          required
          onChange={(e) => setSlug(e.target.value)}
        />
        <SelectField
          label={t('country')}
          name="country"
          options={countries}
          value={country}
          onChange={(e) => setCountry(e.target.value as NetworkCountry)}
        />
        <Button type="submit" disabled={join.isPending}>
          {t('askToJoin')}
        </Button>
      </form>
    </Card>
  );
}

function FoundCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation('networks');
  const create = useCreateNetwork(orgId);
  const countries = useCountryOptions();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [country, setCountry] = useState<NetworkCountry>('FR');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, slug, description: null, ...facts(country) });
  };
  return (
    <Card title={t('found')}>
      <form className="networks__form" onSubmit={submit}>
        {create.isError ? <Alert tone="error">{t('failed')}</Alert> : null}
        <TextField
          label={t('name')}
          name="name"
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('slug')}
          name="slug"
          value={slug}
          required
          onChange={(e) => setSlug(e.target.value)}
        />
        <SelectField
          label={t('country')}
          name="foundCountry"
          options={countries}
          value={country}
          onChange={(e) => setCountry(e.target.value as NetworkCountry)}
        />
        <Button type="submit" disabled={create.isPending}>
          {t('create')}
        </Button>
      </form>
    </Card>
  );
}

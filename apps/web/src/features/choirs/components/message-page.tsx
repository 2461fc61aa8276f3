// Writing to the singers: the whole choir, one part or one site (a section leader, the parts
// they lead), in French and, when given, English and German (each singer reads their own
// language); the page says beforehand whom it reaches and whom not, and why.
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card, ChoiceGroup, PageHeader, QueryStatus, SelectField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useChoir, useChoirs } from '../api/choirs';
import { type ChoirAudienceChoice, useChoirAudience, useMyChoirPart } from '../api/messages';
import { MessageForm } from './message-form';
import { MessageReach } from './message-reach';
import './choirs.css';
import './message.css';

type Option = { value: string; label: string };

export function MessagePage() {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const { choirId = '' } = useParams({ strict: false }) as { choirId?: string };
  const summary = useChoirs(orgId);
  const choirSummary = summary.data?.items.find((item) => item.id === choirId);
  const conducts = choirSummary?.conducts ?? false;
  const choir = useChoir(orgId, choirId, undefined, conducts);
  const myPart = useMyChoirPart(orgId, choirId, !!choirSummary && !conducts);
  const [choice, setChoice] = useState<ChoirAudienceChoice>({
    audience: 'choir',
    partId: null,
    siteId: null,
  });
  const [sent, setSent] = useState<string | null>(null);

  // Conductors choose among every part and site; a section leader among the parts they lead.
  const parts: Option[] = conducts
    ? (choir.data?.parts ?? []).map((part) => ({
        value: part.id,
        label: `${part.code} — ${part.name}`,
      }))
    : (choirSummary?.leads ?? []).map((id) => ({
        value: id,
        label: myPart?.id === id ? `${myPart.code} — ${myPart.name}` : t('message.ledPart'),
      }));
  const sites: Option[] = (choir.data?.sites ?? []).map((site) => ({
    value: site.id,
    label: site.name,
  }));
  const effective: ChoirAudienceChoice = conducts
    ? choice
    : { audience: 'part', partId: choice.partId ?? parts[0]?.value ?? null, siteId: null };
  const audience = useChoirAudience(orgId, choirId, effective);

  return (
    <>
      <p>
        <Link to={orgPath(orgId, conducts ? `choirs/${choirId}` : 'choirs')}>
          ← {choirSummary?.name ?? t('back')}
        </Link>
      </p>
      <PageHeader title={t('message.title')} description={t('message.intro')} />
      <QueryStatus query={summary} />
      {choirSummary ? (
        <div className="stack">
          {sent ? <Alert tone="success">{sent}</Alert> : null}
          <Card title={t('message.to')}>
            <div className="stack">
              {conducts ? (
                <ChoiceGroup
                  legend={t('message.to')}
                  name="audience"
                  value={choice.audience}
                  choices={(['choir', 'part', 'site'] as const).map((value) => ({
                    value,
                    label: t(`message.audience.${value}`),
                    tone: 'primary',
                  }))}
                  onChange={(audience) => setChoice((previous) => ({ ...previous, audience }))}
                />
              ) : null}
              {effective.audience === 'part' ? (
                <SelectField
                  name="partId"
                  label={t('message.part')}
                  className="choir-season"
                  value={effective.partId ?? ''}
                  options={[
                    ...(conducts ? [{ value: '', label: t('message.choose') }] : []),
                    ...parts,
                  ]}
                  onChange={(event) =>
                    setChoice((previous) => ({ ...previous, partId: event.target.value || null }))
                  }
                />
              ) : null}
              {effective.audience === 'site' ? (
                <SelectField
                  name="siteId"
                  label={t('message.site')}
                  className="choir-season"
                  value={effective.siteId ?? ''}
                  options={[{ value: '', label: t('message.choose') }, ...sites]}
                  onChange={(event) =>
                    setChoice((previous) => ({ ...previous, siteId: event.target.value || null }))
                  }
                />
              ) : null}
              <QueryStatus query={audience} />
              {audience.data ? <MessageReach audience={audience.data} /> : null}
            </div>
          </Card>
          <Card title={t('message.write')}>
            <MessageForm
              choirId={choirId}
              choice={effective}
              audience={audience.data ?? null}
              onSent={(text) => setSent(text)}
            />
          </Card>
        </div>
      ) : null}
    </>
  );
}

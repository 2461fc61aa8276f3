// The introductions to ensembles: who was introduced where, by whom, the ensemble's answer (or the
// date it committed to answer by, the reminders and the coordinators told), and the follow-up
// answers. Coordinators read every one; artists and relays their own.
import { Link } from '@tanstack/react-router';
import { type HandoverStatus, handoverStatuses } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  buttonClass,
  Item,
  ItemList,
  PageHeader,
  Pager,
  QueryStatus,
  SelectField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { HANDOVERS_PAGE_SIZE, useHandovers } from '../api/handovers';

const tones: Record<HandoverStatus, 'success' | 'neutral' | 'danger'> = {
  awaiting: 'neutral',
  accepted: 'success',
  declined: 'danger',
  withdrawn: 'neutral',
};

export function IntroductionsPage() {
  const { t } = useTranslation('directory');
  const { orgId } = useCurrentOrg();
  const format = useDateFormat();
  const [filters, setFilters] = useState<{ status: HandoverStatus | ''; offset: number }>({
    status: '',
    offset: 0,
  });
  const handovers = useHandovers(orgId, filters);

  return (
    <>
      <PageHeader
        title={t('introductions.title')}
        description={t('introductions.intro')}
        actions={
          <Link to={orgPath(orgId, 'ensembles/introduce')} className={buttonClass({})}>
            {t('introduce.title')}
          </Link>
        }
      />
      <div className="stack">
        <SelectField
          label={t('introductions.status')}
          name="status"
          value={filters.status}
          options={[
            { value: '', label: t('introductions.all') },
            ...handoverStatuses.map((status) => ({
              value: status,
              label: t(`introductions.statuses.${status}`),
            })),
          ]}
          onChange={(event) =>
            setFilters({ status: event.target.value as HandoverStatus | '', offset: 0 })
          }
        />
        <QueryStatus query={handovers} />
        {handovers.data ? (
          <>
            {handovers.data.items.length === 0 ? (
              <p>{t('introductions.empty')}</p>
            ) : (
              <ItemList label={t('introductions.title')}>
                {handovers.data.items.map((h) => (
                  <Item
                    key={h.id}
                    title={t('introductions.line', {
                      firstName: h.participant.firstName,
                      ensemble: h.ensemble.name,
                    })}
                    badges={
                      <Badge tone={tones[h.status]}>
                        {t(`introductions.statuses.${h.status}`)}
                      </Badge>
                    }
                    meta={[
                      h.group.name,
                      h.introducedBy ? t('introductions.by', { name: h.introducedBy }) : null,
                      t('introductions.on', { date: format.date(h.createdAt) }),
                      h.status === 'awaiting'
                        ? t('introductions.due', { date: format.date(h.answerDueAt) })
                        : null,
                      h.trialDate
                        ? t('introductions.trial', { date: format.date(h.trialDate) })
                        : null,
                      h.remindersSent > 0
                        ? t('introductions.reminders', { count: h.remindersSent })
                        : null,
                      h.escalatedAt ? t('introductions.escalated') : null,
                      ...h.followUps
                        .filter((f) => f.answer)
                        .map((f) =>
                          t('introductions.followUp', {
                            kind: t(`introductions.followUpKinds.${f.kind}`),
                            answer: t(`introductions.answers.${f.answer!}`),
                          }),
                        ),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  />
                ))}
              </ItemList>
            )}
            <Pager
              offset={filters.offset}
              limit={HANDOVERS_PAGE_SIZE}
              total={handovers.data.total}
              onChange={(offset) => setFilters({ ...filters, offset })}
            />
          </>
        ) : null}
      </div>
    </>
  );
}

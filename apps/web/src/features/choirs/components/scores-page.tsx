// Printed score copies: how many of each piece's edition the choir owns and how many are on the
// shelf (the conductors set the count), a loan to a singer, and the copies out by piece or by
// singer, each returned with one button (a singer's whole folder at once). Section leaders see
// and lend to the singers of the parts they lead.
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, type Choice, ChoiceGroup, PageHeader, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useChoirs } from '../api/choirs';
import { useScoreShelf } from '../api/scores';
import { ScoresLendForm } from './scores-lend-form';
import { ScoresLoans } from './scores-loans';
import { ScoresShelf } from './scores-shelf';
import './choirs.css';
import './scores.css';

type View = 'piece' | 'singer';

export function ScoresPage() {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const { choirId = '' } = useParams({ strict: false }) as { choirId?: string };
  const choir = useChoirs(orgId).data?.items.find((item) => item.id === choirId);
  const shelf = useScoreShelf(orgId, choirId);
  const [view, setView] = useState<View>('singer');
  const views: Choice<View>[] = [
    { value: 'singer', label: t('scores.bySinger'), tone: 'primary' },
    { value: 'piece', label: t('scores.byPiece'), tone: 'primary' },
  ];
  return (
    <>
      <p>
        <Link to={orgPath(orgId, choir?.conducts ? `choirs/${choirId}` : 'choirs')}>
          ← {choir?.name ?? t('back')}
        </Link>
      </p>
      <PageHeader
        title={t('scores.title')}
        description={shelf.data?.parts ? t('scores.introLeader') : t('scores.intro')}
      />
      <QueryStatus query={shelf} />
      {shelf.data ? (
        <div className="stack">
          <ScoresShelf choirId={choirId} shelf={shelf.data} />
          <ScoresLendForm choirId={choirId} shelf={shelf.data} />
          <Card title={t('scores.out', { count: shelf.data.loans.length })}>
            <ChoiceGroup
              name="scores-view"
              legend={t('scores.view')}
              choices={views}
              value={view}
              onChange={setView}
            />
            <ScoresLoans choirId={choirId} loans={shelf.data.loans} view={view} />
          </Card>
        </div>
      ) : null}
    </>
  );
}

// The copies out, grouped by singer (their whole folder comes back with one button) or by piece
// (each loan comes back on its own). A loan whose singer was erased shows as such.
import type { ChoirScoreLoan } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useReturnScores } from '../api/scores';

type Group = { key: string; title: string; loans: ChoirScoreLoan[] };

function groupBy(loans: ChoirScoreLoan[], keyOf: (l: ChoirScoreLoan) => [string, string]) {
  const groups = new Map<string, Group>();
  for (const loan of loans) {
    const [key, title] = keyOf(loan);
    const group = groups.get(key) ?? { key, title, loans: [] };
    group.loans.push(loan);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export function ScoresLoans({
  choirId,
  loans,
  view,
}: {
  choirId: string;
  loans: ChoirScoreLoan[];
  view: 'piece' | 'singer';
}) {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const dates = useDateFormat();
  const errorText = useErrorText();
  const giveBack = useReturnScores(orgId, choirId);
  const nameOf = (loan: ChoirScoreLoan) =>
    loan.member
      ? `${[loan.member.firstName, loan.member.lastName].filter(Boolean).join(' ')} (${loan.member.partCode})`
      : t('scores.erased');
  const groups =
    view === 'singer'
      ? groupBy(loans, (l) => [l.member?.id ?? 'erased', nameOf(l)]).sort((a, b) =>
          a.title.localeCompare(b.title, 'fr'),
        )
      : groupBy(loans, (l) => [l.pieceId, l.pieceTitle]);
  if (loans.length === 0) return <p>{t('scores.noneOut')}</p>;
  const pending = (ids: string[]) =>
    giveBack.isPending && ids.some((id) => giveBack.variables?.includes(id));
  return (
    <>
      {giveBack.isError ? <Alert tone="error">{errorText(giveBack.error)}</Alert> : null}
      <ul className="scores-groups">
        {groups.map((group) => {
          const ids = group.loans.map((l) => l.id);
          const copies = group.loans.reduce((sum, l) => sum + l.copies, 0);
          return (
            <li key={group.key} className="scores-group">
              <div className="scores-group__head">
                <h3 className="scores-group__title">
                  {group.title}{' '}
                  <span className="choir-muted">{t('scores.copiesCount', { count: copies })}</span>
                </h3>
                {view === 'singer' && group.loans.length > 1 ? (
                  <Button
                    size="small"
                    variant="secondary"
                    pending={pending(ids)}
                    onClick={() => giveBack.mutate(ids)}
                  >
                    {t('scores.returnAll')}
                    <span className="visually-hidden"> {group.title}</span>
                  </Button>
                ) : null}
              </div>
              <ul className="scores-loans">
                {group.loans.map((loan) => (
                  <li key={loan.id}>
                    <span>
                      {view === 'singer' ? loan.pieceTitle : nameOf(loan)}
                      {' — '}
                      {t('scores.loanLine', {
                        count: loan.copies,
                        date: dates.date(`${loan.lentOn}T12:00:00Z`),
                      })}
                      {loan.note ? <span className="scores-loans__note">{loan.note}</span> : null}
                    </span>
                    <Button
                      size="small"
                      variant="secondary"
                      pending={pending([loan.id]) && !pending(ids.filter((id) => id !== loan.id))}
                      onClick={() => giveBack.mutate([loan.id])}
                    >
                      {t('scores.returned')}
                      <span className="visually-hidden">
                        {' '}
                        {loan.pieceTitle}, {nameOf(loan)}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </>
  );
}

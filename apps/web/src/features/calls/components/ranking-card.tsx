// The ranking per part for the chair: normalised means, spread and disagreement, ties, how many
// are selected so far against the places (complementarity), and the decision buttons.
import { type Call, type CallDecision, can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, Button, Card, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { ApplicantRightsButton } from '@/features/person-rights';
import { useCallAction, useRanking } from '../api/calls';
import './calls.css';

export function RankingCard({ orgId, call }: { orgId: string; call: Call }) {
  const { t } = useTranslation('calls');
  const { role } = useCurrentOrg();
  const rights = can(role, 'personRights.manage');
  const ranking = useRanking(orgId, call.id, true);
  const actions = useCallAction(orgId, call.id);
  const deciding = call.phase === 'meeting' || call.phase === 'preselection';
  const label = (part: string | null) =>
    call.parts.find((p) => p.key === part)?.label.fr ?? part ?? '–';
  const decide = (applicationId: string, decision: CallDecision) =>
    actions.decide.mutate({ applicationId, decision });
  return (
    <Card title={t('detail.ranking')}>
      <QueryStatus query={ranking} />
      <QueryStatus query={actions.decide} />
      <p>
        <a href={`/api/orgs/${orgId}/calls/${call.id}/export?format=xlsx&lang=fr`} download>
          {t('detail.export')}
        </a>
      </p>
      {ranking.data?.parts.map((part) => (
        <section key={part.part ?? 'none'} className="calls-part">
          <h3>
            {label(part.part)}{' '}
            <span className="calls-muted">
              {t('detail.places', {
                selected: part.selected,
                places: part.places ?? '–',
                waiting: part.waiting,
              })}
            </span>
          </h3>
          {part.items.length === 0 ? (
            <p className="calls-muted">{t('detail.noScores')}</p>
          ) : (
            <div className="calls-scroll">
              <table className="calls-table">
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">{t('detail.code')}</th>
                    <th scope="col">{t('detail.name')}</th>
                    <th scope="col">{t('detail.normalised')}</th>
                    <th scope="col">{t('detail.mean')}</th>
                    <th scope="col">{t('detail.spread')}</th>
                    <th scope="col">{t('detail.quality')}</th>
                    <th scope="col">{t('detail.decision')}</th>
                  </tr>
                </thead>
                <tbody>
                  {part.items.map((item) => (
                    <tr key={item.applicationId}>
                      <td>
                        {item.rank}
                        {item.tied ? <Badge tone="primary">{t('detail.tied')}</Badge> : null}
                      </td>
                      <td>{item.code}</td>
                      <th scope="row">
                        {item.name}
                        {rights ? (
                          <>
                            {' '}
                            <ApplicantRightsButton
                              orgId={orgId}
                              applicationId={item.applicationId}
                              code={item.code}
                            />
                          </>
                        ) : null}
                      </th>
                      <td>{item.normalised ?? '–'}</td>
                      <td>{item.mean ?? '–'}</td>
                      <td>
                        {item.spread ?? '–'}{' '}
                        {item.disagreement ? (
                          <Badge tone="danger">{t('detail.disagreement')}</Badge>
                        ) : null}
                      </td>
                      <td>{item.recordingQuality ?? '–'}</td>
                      <td>
                        {item.decision ? (
                          <Badge tone="success">{t(`decisions.${item.decision}`)}</Badge>
                        ) : null}
                        {deciding ? (
                          <span className="calls-actions">
                            {(['selected', 'waiting', 'declined'] as const).map((decision) => (
                              <Button
                                key={decision}
                                size="small"
                                variant={item.decision === decision ? 'primary' : 'secondary'}
                                aria-label={`${t(`decisions.${decision}`)} ${item.code}`}
                                onClick={() => decide(item.applicationId, decision)}
                              >
                                {t(
                                  decision === 'selected'
                                    ? 'detail.select'
                                    : decision === 'waiting'
                                      ? 'detail.wait'
                                      : 'detail.decline',
                                )}
                              </Button>
                            ))}
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </Card>
  );
}

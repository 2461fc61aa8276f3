// The roster: age bands (never a birth date), parts with section leaders, minimums and attendance,
// sites, and the singers filtered by part and site, a page at a time; who leaves, and who left.
import { ageBands, type Choir } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Card, Pager, ScrollTable, SelectField } from '@/components/ui';
import { usePercent } from '../lib/percent';
import { LeaveButton, LeftSingers } from './conductor-leaving';

const PAGE = 25;

export function ConductorRoster({ choir }: { choir: Choir }) {
  const { t } = useTranslation(['choirs', 'vocabulary']);
  const percent = usePercent();
  const [partId, setPartId] = useState('');
  const [siteId, setSiteId] = useState('');
  const [offset, setOffset] = useState(0);
  const partCode = new Map(choir.parts.map((part) => [part.id, part.code]));
  const siteName = new Map(choir.sites.map((site) => [site.id, site.name]));
  const largest = Math.max(1, ...choir.ageBands.map((band) => band.members));
  const singers = choir.members.filter(
    (member) => (!partId || member.partId === partId) && (!siteId || member.siteId === siteId),
  );
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value);
    setOffset(0);
  };

  return (
    <Card title={t('conductor.roster.title')}>
      <h3 className="choir-subheading">{t('conductor.roster.ageBands')}</h3>
      <p className="field__hint">{t('conductor.roster.ageBandsHint')}</p>
      <dl className="age-bands">
        {[...choir.ageBands]
          .sort((a, b) => ageBands.indexOf(a.ageBand) - ageBands.indexOf(b.ageBand))
          .map((band) => (
            <div key={band.ageBand} className="age-bands__row">
              <dt>{t(`vocabulary:ageBand.${band.ageBand}`)}</dt>
              <dd>
                <meter min={0} max={largest} value={band.members} aria-hidden="true" />
                <span>{band.members}</span>
              </dd>
            </div>
          ))}
      </dl>

      <h3 className="choir-subheading">{t('conductor.roster.parts')}</h3>
      <ScrollTable label={t('conductor.roster.parts')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('conductor.roster.part')}</th>
              <th scope="col">{t('conductor.roster.leader')}</th>
              <th scope="col" className="num">
                {t('conductor.roster.members')}
              </th>
              <th scope="col" className="num">
                {t('conductor.roster.minimum')}
              </th>
              <th scope="col" className="num">
                {t('conductor.roster.attendance')}
              </th>
            </tr>
          </thead>
          <tbody>
            {choir.parts.map((part) => (
              <tr key={part.id}>
                <th scope="row">
                  {part.code} <span className="choir-muted">{part.name}</span>
                </th>
                <td>{part.leader?.name ?? t('conductor.roster.noLeader')}</td>
                <td className="num">{part.members}</td>
                <td className="num">{part.minSingers}</td>
                <td className="num">{percent(part.attendanceRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

      <h3 className="choir-subheading">{t('conductor.roster.sites')}</h3>
      <ul className="choir-facts">
        {choir.sites.map((site) => (
          <li key={site.id}>
            {site.name}
            {site.venueName ? ` (${site.venueName})` : ''} — {t('members', { count: site.members })}
          </li>
        ))}
      </ul>

      <h3 className="choir-subheading">{t('conductor.roster.singers')}</h3>
      <div className="choir-filters">
        <SelectField
          name="roster-part"
          label={t('conductor.roster.filterPart')}
          value={partId}
          options={[
            { value: '', label: t('conductor.roster.all') },
            ...choir.parts.map((part) => ({ value: part.id, label: part.code })),
          ]}
          onChange={(event) => filter(setPartId)(event.target.value)}
        />
        <SelectField
          name="roster-site"
          label={t('conductor.roster.filterSite')}
          value={siteId}
          options={[
            { value: '', label: t('conductor.roster.all') },
            ...choir.sites.map((site) => ({ value: site.id, label: site.name })),
          ]}
          onChange={(event) => filter(setSiteId)(event.target.value)}
        />
      </div>
      <p aria-live="polite">{t('conductor.roster.shown', { count: singers.length })}</p>
      <ScrollTable label={t('conductor.roster.singers')}>
        <table className="data-table choir-roster">
          <thead>
            <tr>
              <th scope="col">{t('conductor.roster.name')}</th>
              <th scope="col">{t('conductor.roster.part')}</th>
              <th scope="col">{t('conductor.roster.site')}</th>
              <th scope="col">{t('conductor.roster.ageBand')}</th>
              <th scope="col" className="num">
                {t('conductor.roster.attendance')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('conductor.leaving.column')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {singers.slice(offset, offset + PAGE).map((member) => (
              <tr key={member.id}>
                <th scope="row">
                  {member.firstName} {member.lastName ?? ''}{' '}
                  {member.guest ? <Badge>{t('conductor.roster.guest')}</Badge> : null}
                </th>
                <td>{partCode.get(member.partId)}</td>
                <td>{siteName.get(member.siteId)}</td>
                <td>{t(`vocabulary:ageBand.${member.ageBand}`)}</td>
                <td className="num">{percent(member.attendanceRate)}</td>
                <td>
                  <LeaveButton choirId={choir.id} singer={member} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <Pager offset={offset} limit={PAGE} total={singers.length} onChange={setOffset} />
      <LeftSingers choir={choir} />
    </Card>
  );
}

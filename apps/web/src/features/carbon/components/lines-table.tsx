// The details view: every trip with its km, mode, people, factor and version, and kg CO2e.
import type { CarbonNote, FootprintLine } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, ScrollTable } from '@/components/ui';
import { useCarbonFormat, useModelText } from '../lib/carbon-format';

/** A line whose input is still to check: out of the headline until confirmed. */
const LEFT_OUT: CarbonNote = { code: 'line-left-out', params: {} };

export function LinesTable({
  lines,
  sessionLabel,
}: {
  lines: readonly FootprintLine[];
  /** Names the session of each line, on a project's page. */
  sessionLabel?: (sessionId: string | null) => string | null;
}) {
  const { t } = useTranslation('carbon');
  const format = useCarbonFormat();
  const model = useModelText();
  return (
    <ScrollTable label={t('lines.title')}>
      <table className="carbon-table">
        <caption>{t('lines.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lines.date')}</th>
            <th scope="col" className="wide">
              {t('lines.trip')}
            </th>
            <th scope="col">{t('lines.who')}</th>
            <th scope="col">{t('lines.mode')}</th>
            <th scope="col" className="num">
              {t('lines.distance')}
            </th>
            <th scope="col" className="num">
              {t('lines.vehicles')}
            </th>
            <th scope="col" className="num">
              {t('lines.travellers')}
            </th>
            <th scope="col" className="num">
              {t('lines.co2e')}
            </th>
            <th scope="col" className="num">
              {t('lines.factor')}
            </th>
            <th scope="col" className="wide">
              {t('lines.remarks')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.tripId}>
              <td className="nowrap">{line.date ?? ''}</td>
              <td>
                <strong>{t(`lines.kinds.${line.kind}`)}</strong>
                {line.leftOut ? (
                  <>
                    {' '}
                    <Badge tone="danger">{t('flags.leftOutBadge')}</Badge>
                  </>
                ) : null}
                {sessionLabel?.(line.sessionId) ? (
                  <>
                    <br />
                    <span className="muted">{sessionLabel(line.sessionId)}</span>
                  </>
                ) : null}
                {line.from || line.to ? (
                  <>
                    <br />
                    {t('lines.from', { from: line.from ?? '…', to: line.to ?? '…' })}
                  </>
                ) : null}
              </td>
              <td>{line.people.join(', ')}</td>
              <td>{model.label(`mode.${line.mode}`)}</td>
              <td className="num">
                {line.unitBasis === 'device-hour' ? '' : format.number(line.distanceKm)}
                {line.unitBasis === 'device-hour' ? null : (
                  <>
                    <br />
                    <span className="muted">
                      {line.roundTrip ? t('lines.roundTrip') : t('lines.oneWay')}
                    </span>
                  </>
                )}
              </td>
              <td className="num">{format.number(line.vehicles)}</td>
              <td className="num">{format.number(line.travellers)}</td>
              <td className="num">
                <strong>{format.kg(line.co2eKg)}</strong>
              </td>
              <td className="num">
                {format.factor(line.factorKgPerUnit)}
                <br />
                <span className="muted">{t(`lines.units.${line.unitBasis}`)}</span>
                <br />
                <span className="muted">{line.factorVersion}</span>
              </td>
              <td>
                {(line.leftOut ? [LEFT_OUT, ...line.notes] : line.notes)
                  .map((note) => model.note(note))
                  .join(' ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

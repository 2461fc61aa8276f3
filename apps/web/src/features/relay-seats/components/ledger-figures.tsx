// A relay's ledger in four numbers: seats issued, named, that came, released to the public.
import type { RelayLedger } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';

export function LedgerFigures({ ledger }: { ledger: RelayLedger }) {
  const { t } = useTranslation('relaySeats');
  return (
    <>
      <dl className="seat-layers__figures seat-layers__figures--small">
        {(['issued', 'claimed', 'used', 'released'] as const).map((key) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{ledger[key]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('usedNote')}</p>
    </>
  );
}

// A relay's ledger in four numbers: seats issued, named, that came, released to the public.
import type { RelayLedger } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { KeyFigures } from '@/components/ui';

export function LedgerFigures({
  ledger,
  withNote = true,
}: {
  ledger: RelayLedger;
  withNote?: boolean;
}) {
  const { t } = useTranslation('relaySeats');
  return (
    <>
      <KeyFigures
        small
        figures={(['issued', 'claimed', 'used', 'released'] as const).map((key) => ({
          key,
          label: t(key),
          value: ledger[key],
        }))}
      />
      {withNote ? <p className="muted">{t('usedNote')}</p> : null}
    </>
  );
}

// Whom a message reaches before it is sent: singers, e-mails per language, and who it does not
// reach and why (no e-mail wanted or no address; a minor without consent).
import type { ChoirAudience } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { KeyFigures } from '@/components/ui';

export function MessageReach({ audience }: { audience: ChoirAudience }) {
  const { t } = useTranslation('choirs');
  return (
    <div className="message-reach" aria-live="polite">
      <KeyFigures
        small
        figures={[
          { key: 'members', label: t('message.reach.members'), value: audience.members },
          { key: 'reachable', label: t('message.reach.reachable'), value: audience.reachable },
          { key: 'addresses', label: t('message.reach.addresses'), value: audience.addresses },
        ]}
      />
      <p>
        {t('message.reach.byLocale', audience.byLocale)}
        {audience.skipped.noContact + audience.skipped.noConsent > 0
          ? ` ${t('message.reach.skipped', audience.skipped)}`
          : ''}
      </p>
    </div>
  );
}

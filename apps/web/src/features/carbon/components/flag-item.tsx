// One flagged input or gap: what looks wrong, what the headline does with it, what to open to fix
// it, and (for a coordinator) the button that confirms it or withdraws the confirmation.
import { Link } from '@tanstack/react-router';
import type { CarbonFlag, SessionKind } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useConfirmInput, useWithdrawConfirmation } from '../api/confirmations';
import { useCarbonFormat } from '../lib/carbon-format';

type Fix = CarbonFlag['fix'][number];

const FIX_PATHS: Record<Fix['kind'], (id: string) => string> = {
  group: (id) => `groups/${id}`,
  venue: (id) => `venues/${id}`,
  artist: (id) => `artists/${id}`,
  session: (id) => `calendar/sessions/${id}`,
  attendance: (id) => `attendance/${id}`,
  'session-carbon': (id) => `carbon/sessions/${id}`,
};

/** The sentences of a flag's checks, in the reader's language. */
export function useFlagText() {
  const { t, i18n } = useTranslation(['carbon', 'vocabulary']);
  const format = useCarbonFormat();
  // A session's local date (YYYY-MM-DD), written as the reader writes dates.
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    checks: (flag: CarbonFlag) =>
      flag.checks.map((check) => {
        if (check === 'audience-far')
          return t('flags.check.audience-far', {
            count: Math.round(flag.travellers ?? 0),
            from: flag.from ?? '…',
            km: format.number(Math.round(flag.distanceKm ?? 0)),
          });
        if (check === 'dominant-share')
          return t('flags.check.dominant-share', {
            pct: format.number(flag.sharePct ?? 0),
            kg: format.kg(flag.co2eKg),
          });
        return t(`flags.check.${check}`, {
          count: flag.sessions,
          artist: String(flag.params.artist ?? ''),
          group: String(flag.params.group ?? ''),
        });
      }),
    session: (flag: CarbonFlag) =>
      flag.session
        ? t('flags.session', {
            session:
              flag.session.title ?? t(`vocabulary:sessionKind.${flag.session.kind as SessionKind}`),
            date: day.format(new Date(`${flag.session.date}T00:00:00Z`)),
          })
        : '',
  };
}

export function FlagItem({
  orgId,
  flag,
  canConfirm,
}: {
  orgId: string;
  flag: CarbonFlag;
  canConfirm: boolean;
}) {
  const { t } = useTranslation('carbon');
  const format = useCarbonFormat();
  const dates = useDateFormat();
  const text = useFlagText();
  const errorText = useErrorText();
  const confirm = useConfirmInput(orgId);
  const withdraw = useWithdrawConfirmation(orgId);
  const failed = confirm.error ?? withdraw.error;
  const fixName = (fix: Fix, index: number) => {
    const same = flag.fix.slice(0, index).filter((f) => f.kind === fix.kind).length;
    const name = flag.people[same];
    if (fix.kind === 'group')
      return name ? t('flags.fix.group', { name }) : t('flags.fix.groupUnnamed');
    if (fix.kind === 'artist')
      return name ? t('flags.fix.artist', { name }) : t('flags.fix.artistUnnamed');
    return t(`flags.fix.${fix.kind}`);
  };
  return (
    <li className={`carbon-flag carbon-flag--${flag.state}`}>
      <p className="carbon-flag__where">
        <strong>{text.session(flag)}</strong>
        {flag.kind && (flag.from || flag.to) ? (
          <>
            <br />
            {t('flags.trip', {
              kind: t(`lines.kinds.${flag.kind}`),
              from: flag.from ?? '…',
              to: flag.to ?? '…',
            })}
          </>
        ) : null}
      </p>
      <ul className="carbon-flag__checks">
        {text.checks(flag).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
      <p className="carbon-flag__state" aria-live="polite">
        {flag.state === 'to-check' ? t('flags.leftOut', { kg: format.kg(flag.co2eKg) }) : null}
        {flag.state === 'not-counted' ? t('flags.notCounted') : null}
        {flag.state === 'confirmed' && flag.confirmed
          ? flag.confirmed.by
            ? t('flags.confirmedBy', {
                name: flag.confirmed.by.displayName,
                date: dates.date(flag.confirmed.at),
              })
            : t('flags.confirmedByUnknown', { date: dates.date(flag.confirmed.at) })
          : null}
      </p>
      {canConfirm ? (
        <>
          {flag.fix.length > 0 ? (
            <p className="carbon-flag__fix">
              <span>{t('flags.fixLabel')}</span>
              {flag.fix.map((fix, index) => (
                <Link
                  key={`${fix.kind}-${fix.id}`}
                  to={orgPath(orgId, FIX_PATHS[fix.kind](fix.id))}
                >
                  {fixName(fix, index)}
                </Link>
              ))}
            </p>
          ) : null}
          {flag.state !== 'not-counted' && flag.session && flag.fingerprint ? (
            // One button whose action follows the state, so the focus stays on it.
            <Button
              variant="secondary"
              pending={confirm.isPending || withdraw.isPending}
              onClick={() =>
                flag.state === 'confirmed'
                  ? withdraw.mutate({ sessionId: flag.session!.id, inputKey: flag.key })
                  : confirm.mutate({
                      sessionId: flag.session!.id,
                      inputKey: flag.key,
                      fingerprint: flag.fingerprint!,
                    })
              }
            >
              {flag.state === 'confirmed' ? t('flags.withdraw') : t('flags.confirm')}
            </Button>
          ) : null}
          {failed ? <Alert tone="error">{errorText(failed)}</Alert> : null}
        </>
      ) : null}
    </li>
  );
}

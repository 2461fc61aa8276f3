// Says, in the reader's language, why a session conflicts with the plan: who, where, with what, when.
import type { Conflict } from '@tutti/contracts';
import { formatDate } from '@tutti/kit/dates';
import { useTranslation } from 'react-i18next';
import './calendar.css';

function hours(windows: { startsAt: string; endsAt: string }[]) {
  return windows.map((w) => `${w.startsAt.slice(0, 5)}–${w.endsAt.slice(0, 5)}`).join(', ');
}

/** Outside its hours on a day with none at all is closed that day, said as such. */
function hoursKey(who: 'venue' | 'artist', windows: unknown[] | undefined) {
  const open = windows !== undefined && windows.length > 0;
  return open ? (`conflicts.${who}_hours` as const) : (`conflicts.${who}_closedThatDay` as const);
}

export function useConflictText() {
  const { t, i18n } = useTranslation(['calendar', 'vocabulary']);
  const day = (date: string) =>
    formatDate(date, i18n.language, { weekday: 'short', day: 'numeric', month: 'short' });
  return (conflict: Conflict): string => {
    const other = conflict.otherSession;
    const when = other
      ? `${day(other.local.date)} ${other.local.startTime}–${other.local.endTime}`
      : '';
    const common = {
      artist: conflict.artist?.name ?? '',
      venue: conflict.venue?.name ?? '',
      group: conflict.group?.name ?? '',
      other: other ? (other.title ?? t(`vocabulary:sessionKind.${other.kind}`)) : '',
      project: other?.projectName ?? '',
      when,
    };
    const availability = conflict.availability;
    const range = {
      from: availability?.startsOn ? day(availability.startsOn) : '',
      to: availability?.endsOn ? day(availability.endsOn) : '',
      note: availability?.note ? ` (${availability.note})` : '',
      windows: hours(availability?.windowsThatDay ?? []),
    };
    switch (conflict.kind) {
      case 'capacity_exceeded':
        return t(
          conflict.capacity?.limitSource === 'venue'
            ? 'conflicts.capacity_venue'
            : 'conflicts.capacity_session',
          { expected: conflict.capacity?.expected ?? 0, limit: conflict.capacity?.limit ?? 0 },
        );
      case 'venue_unavailable':
        return availability?.code === 'outside_availability'
          ? t(hoursKey('venue', availability.windowsThatDay), { ...common, ...range })
          : t('conflicts.venue_closed', { ...common, ...range });
      case 'artist_unavailable':
        return availability?.code === 'outside_availability'
          ? t(hoursKey('artist', availability.windowsThatDay), { ...common, ...range })
          : t('conflicts.artist_absent', { ...common, ...range });
      default:
        return t(`conflicts.${conflict.kind}`, common);
    }
  };
}

export function ConflictList({ conflicts }: { conflicts: Conflict[] }) {
  const text = useConflictText();
  return (
    <ul className="conflict-list">
      {conflicts.map((conflict) => (
        <li key={conflict.key}>{text(conflict)}</li>
      ))}
    </ul>
  );
}

/** The conflicts an API error carries, when it is a refused plan (409 SESSION.CONFLICT). */
export function conflictsOf(error: unknown): Conflict[] {
  const details = (error as { code?: string; details?: { conflicts?: Conflict[] } } | null) ?? null;
  return details?.code === 'SESSION.CONFLICT' ? (details.details?.conflicts ?? []) : [];
}

// A concert step's live stream as families see it: on the concert's day only, from the lead its
// coordinator chose before the start (never before that day began on the space's clocks) until
// the concert ends. Outside that window the link is not on any page.
import { startOfDayIn } from '@tutti/kit/dates';
import type { StepRow } from './spaces.repository';

export type ConcertStream = {
  opensAt: Date;
  closesAt: Date;
  /** The stream's address while it is open; null before and after. */
  url: string | null;
};

type ConcertStep = Pick<StepRow, 'kind' | 'status' | 'startsAt' | 'endsAt' | 'concert'>;

/** When a concert step's stream shows, on the clocks of `timeZone`; null without a stream. */
export function streamWindow(step: ConcertStep, timeZone: string) {
  const url = step.concert?.streamUrl;
  if (step.kind !== 'concert' || step.status === 'cancelled' || !url) return null;
  const lead = new Date(+step.startsAt - step.concert!.streamOpensMinutes * 60_000);
  const dayBegan = startOfDayIn(step.startsAt, timeZone);
  return { url, opensAt: lead > dayBegan ? lead : dayBegan, closesAt: step.endsAt };
}

/** The stream of a concert step as of `now`: its window, and its address only while open. */
export function concertStream(
  step: ConcertStep,
  timeZone: string,
  now: Date,
): ConcertStream | null {
  const window = streamWindow(step, timeZone);
  if (!window) return null;
  const open = window.opensAt <= now && now < window.closesAt;
  return { opensAt: window.opensAt, closesAt: window.closesAt, url: open ? window.url : null };
}

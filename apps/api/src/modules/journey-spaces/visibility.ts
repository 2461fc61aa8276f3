// When a resource is shown to families, and why not: publication asked for, every person it shows
// consenting to that use, its file ready, today within its window; and for an entry of a step,
// once the step took place. Pure: the callers read the facts, at the time of each request.
import type { ConsentStanding, SessionStatus, SpaceHoldReason } from '@tutti/contracts';

export type ResourceFacts = {
  published: boolean;
  source: 'file' | 'link' | 'text' | 'none';
  /** For a file: whether it is processed and published by the media module. */
  fileReady: boolean;
  availableFrom: string | null;
  availableUntil: string | null;
  showsPeople: boolean;
  /** One per person named: their standing for the use, or null for a deleted participant. */
  people: readonly (ConsentStanding | null)[];
};

/** The reasons publishing is refused for: the consent of the people shown. */
export const CONSENT_REASONS: ReadonlySet<SpaceHoldReason> = new Set([
  'people_not_named',
  'participant_erased',
  'consent_withdrawn',
  'consent_missing',
]);

/** The consent reasons alone. */
export function consentReasons(facts: Pick<ResourceFacts, 'showsPeople' | 'people'>) {
  const reasons: SpaceHoldReason[] = [];
  if (!facts.showsPeople) return reasons;
  if (facts.people.length === 0) reasons.push('people_not_named');
  if (facts.people.some((standing) => standing === null || standing === 'anonymised')) {
    reasons.push('participant_erased');
  }
  if (facts.people.includes('withdrawn')) reasons.push('consent_withdrawn');
  if (facts.people.includes('missing')) reasons.push('consent_missing');
  return reasons;
}

/** Every reason the resource is held back today (on the organisation's clocks); empty: shown. */
export function holdReasons(facts: ResourceFacts, today: string): SpaceHoldReason[] {
  const reasons: SpaceHoldReason[] = [];
  if (!facts.published) reasons.push('not_published');
  if (facts.source === 'none') reasons.push('file_missing');
  else if (facts.source === 'file' && !facts.fileReady) reasons.push('file_not_ready');
  if (facts.availableFrom && today < facts.availableFrom) reasons.push('not_yet_available');
  if (facts.availableUntil && today > facts.availableUntil) reasons.push('no_longer_available');
  reasons.push(...consentReasons(facts));
  return reasons;
}

/** A step took place once it was marked done, or once it ended without being cancelled. */
export function tookPlace(step: { status: SessionStatus; endsAt: Date }, now: Date) {
  return step.status === 'done' || (step.status !== 'cancelled' && step.endsAt <= now);
}

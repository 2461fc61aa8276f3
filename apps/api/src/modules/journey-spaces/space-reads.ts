// What a journey's space shows now, computed at each request from Tutti's data: the sessions to
// come (on their venue's clocks), the steps already done, and each entry whose resource is
// visible and whose step took place. Shared by the coordinator's view and the families' pages.
import { type Executor, inTurn } from '@tutti/db';
import { today as todayIn } from '@tutti/kit/dates';
import { type CommuneLookup, type OnlineSaving, onlineSaving } from '../carbon';
import { type ConcertStream, concertStream } from './concert-stream';
import { loadResourceViews, type ResourceView } from './resource-views';
import * as repository from './spaces.repository';
import { tookPlace } from './visibility';

export type SpaceStep = repository.StepRow & { position: number; tookPlace: boolean };

export type SpaceItem = {
  entry: repository.EntryRow;
  view: ResourceView;
  /** The step the entry belongs to; null for the whole journey. */
  step: SpaceStep | null;
  /** Visible, and its step (if any) took place. */
  shown: boolean;
};

export type SpaceState = {
  frame: repository.JourneyFrame;
  steps: SpaceStep[];
  items: SpaceItem[];
  today: string;
};

/**
 * Every entry of the journey's space, shown or not, as of `now`; null when no such journey (or,
 * with `groupId`, when the journey is not that group's).
 */
export async function loadSpaceState(
  tx: Executor,
  journeyId: string,
  now: Date,
  groupId?: string,
): Promise<SpaceState | null> {
  const frame = await repository.findJourneyFrame(tx, journeyId, groupId);
  if (!frame) return null;
  const [stepRows, rows] = await inTurn(
    () => repository.findSteps(tx, journeyId),
    () => repository.findEntriesWithResources(tx, frame),
  );
  const entries = rows.map((row) => row.entry);
  const today = todayIn(frame.timeZone, now);
  const steps = stepRows.map((step) => ({
    ...step,
    position: step.position!,
    tookPlace: tookPlace(step, now),
  }));
  const resources = new Map(rows.map((row) => [row.resource.id, row.resource]));
  const files = rows.flatMap((row) => (row.file ? [row.file] : []));
  const views = await loadResourceViews(tx, [...resources.values()], today, { files });
  const viewsById = new Map(views.map((view) => [view.row.id, view]));
  // A step position can hold two sessions (one moved and cancelled): the one not cancelled counts.
  const stepAt = new Map<number, SpaceStep>();
  for (const step of steps) {
    const known = stepAt.get(step.position);
    if (!known || known.status === 'cancelled') stepAt.set(step.position, step);
  }
  const items = entries.flatMap((entry) => {
    const view = viewsById.get(entry.resourceId);
    if (!view) return [];
    const step = entry.stepPosition === null ? null : (stepAt.get(entry.stepPosition) ?? null);
    const stepDone = entry.stepPosition === null || (step?.tookPlace ?? false);
    return [{ entry, view, step, shown: view.visible && stepDone }];
  });
  return { frame, steps, items, today };
}

/** Stands for an online session's room on a public page: online, but no way in. */
export const ROOM_HIDDEN = 'hidden';

/** What families see: the shown items only, in the order of their lists. */
export type SpaceView = {
  frame: repository.JourneyFrame;
  steps: SpaceStep[];
  upcoming: SpaceStep[];
  done: SpaceStep[];
  /** Playlist entries for the whole journey, then those of each step that took place. */
  playlist: SpaceItem[];
  resources: SpaceItem[];
  today: string;
  /** What one online step avoids against the journey's in-person workshops; null: not computed. */
  onlineSaving: OnlineSaving | null;
  /** The live streams of concert steps by session id (their address only while open). */
  streams: Map<string, ConcertStream>;
  /** The moment the view was read at. */
  now: Date;
};

/** A step held online only: an online session, or a room without a venue. */
export function heldOnline(step: SpaceStep) {
  return (
    step.status !== 'cancelled' &&
    (step.kind === 'online' || (!!step.onlineUrl && !step.venue?.name))
  );
}

/**
 * The carbon module's online scenario on the journey's in-person workshops (concerts stay in
 * person): what a step held online avoids, when the space has one.
 */
export async function spaceOnlineSaving(
  tx: Executor,
  state: Pick<SpaceState, 'frame' | 'steps'>,
  lookup: CommuneLookup,
) {
  if (!state.steps.some(heldOnline)) return null;
  const references = state.steps.filter(
    (step) =>
      step.status !== 'cancelled' &&
      step.kind !== 'concert' &&
      !heldOnline(step) &&
      step.venue?.name,
  );
  return onlineSaving(
    tx,
    state.frame.orgId,
    references.map((step) => step.id),
    lookup,
  );
}

export async function loadSpaceView(
  tx: Executor,
  journeyId: string,
  now: Date,
  options: { teachers: boolean; groupId?: string },
): Promise<SpaceView | null> {
  const state = await loadSpaceState(tx, journeyId, now, options.groupId);
  if (!state) return null;
  const shown = state.items.filter(
    (item) => item.shown && (options.teachers || item.view.row.audience === 'everyone'),
  );
  const streams = new Map<string, ConcertStream>();
  for (const step of state.steps) {
    const stream = concertStream(step, state.frame.timeZone, now);
    if (stream) streams.set(step.id, stream);
  }
  // A room link lets anyone into a children's session: it stays behind the group's link. A
  // stream's link is read from `streams` only, which holds it while it is open.
  const steps = state.steps.map((step) => ({
    ...step,
    onlineUrl: options.teachers ? step.onlineUrl : step.onlineUrl && ROOM_HIDDEN,
    concert: step.concert && { ...step.concert, streamUrl: null },
  }));
  return {
    frame: state.frame,
    steps,
    upcoming: steps.filter((step) => step.endsAt > now).slice(0, 6),
    done: steps.filter((step) => step.tookPlace),
    playlist: shown.filter((item) => item.entry.section === 'playlist'),
    resources: shown.filter((item) => item.entry.section === 'resources'),
    today: state.today,
    onlineSaving: null,
    streams,
    now,
  };
}

/** The shown item of a resource in this space (the first list it is in), or null. */
export function shownItem(view: SpaceView, resourceId: string) {
  return (
    [...view.playlist, ...view.resources].find((item) => item.view.row.id === resourceId) ?? null
  );
}

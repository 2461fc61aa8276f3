// A journey's space as its coordinator fills it: what it holds and shows, its settings, and the
// entries placing library resources in its playlist or resources, for the journey or its step.
import type {
  JourneySpace,
  SpaceEntryCreateBodySchema,
  SpaceOrderBody,
  SpaceSettingsBody,
} from '@tutti/contracts';
import { playableKinds } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import { AppError, notFound } from '../../platform/errors';
import { currentGroupShareUrl } from '../groups';
import { presentResource } from './resource-views';
import * as resources from './resources.repository';
import { loadSpaceState } from './space-reads';
import * as repository from './spaces.repository';

type EntryInput = z.output<typeof SpaceEntryCreateBodySchema>;

/** A concert's stream lead until its coordinator chooses one (the column's default). */
const DEFAULT_STREAM_LEAD = 60;

const journeyNotFound = () => notFound('JOURNEY.NOT_FOUND', 'Journey');
const entryNotFound = () => notFound('SPACE_ENTRY.NOT_FOUND', 'Space entry');

/** The group's pages of this journey's space: under the group's secret link. */
export function spacePathOf(groupUrl: string, journeyId: string) {
  return `${groupUrl}/parcours/${journeyId}`;
}

/** The space as its coordinator reads it (every entry, shown or not, and why). */
export async function loadSpace(
  tx: Executor,
  config: Config,
  journeyId: string,
): Promise<JourneySpace> {
  const state = await loadSpaceState(tx, journeyId, new Date());
  if (!state) throw journeyNotFound();
  const { frame } = state;
  const resourceIds = [...new Set(state.items.map((item) => item.view.row.id))];
  const counts = await resources.journeyCounts(tx, resourceIds);
  const groupUrl = await currentGroupShareUrl(tx, frame.groupId, config.publicUrl);
  const sharedWith = frame.templateId
    ? await repository.countSharingJourneys(tx, frame.projectId, frame.templateId)
    : 1;
  return {
    journey: {
      id: frame.id,
      name: frame.name,
      group: { id: frame.groupId, name: frame.groupName },
      template:
        frame.templateId && frame.templateName
          ? { id: frame.templateId, name: frame.templateName }
          : null,
      sharedWith,
    },
    welcome: frame.welcome,
    easyRead: frame.easyRead,
    publicSlug: frame.publicSlug,
    publicUrl:
      frame.publicSlug && frame.orgPublishes && frame.orgSlug
        ? `${config.publicUrl}/p/${frame.orgSlug}/parcours/${frame.publicSlug}`
        : null,
    groupUrl: groupUrl ? spacePathOf(groupUrl, frame.id) : null,
    steps: state.steps.map((step) => ({
      sessionId: step.id,
      position: step.position,
      kind: step.kind,
      title: step.title,
      status: step.status,
      startsAt: step.startsAt.toISOString(),
      timeZone: step.timeZone,
      tookPlace: step.tookPlace,
      concert:
        step.kind === 'concert'
          ? {
              streamUrl: step.concert?.streamUrl ?? null,
              streamOpensMinutes: step.concert?.streamOpensMinutes ?? DEFAULT_STREAM_LEAD,
              programme: step.concert?.programme ?? [],
            }
          : null,
    })),
    entries: state.items.map((item) => ({
      id: item.entry.id,
      section: item.entry.section,
      scope: item.entry.journeyId ? ('journey' as const) : ('shared' as const),
      stepPosition: item.entry.stepPosition,
      position: item.entry.position,
      resource: presentResource(item.view, counts.get(item.view.row.id) ?? 0),
      shown: item.shown,
    })),
  };
}

export async function getSpace({
  actor,
  config,
  journeyId,
}: {
  actor: OrgActor;
  config: Config;
  journeyId: string;
}) {
  requirePermission(actor, 'journeySpaces.read');
  return actor.inTenant((tx) => loadSpace(tx, config, journeyId));
}

/** The word to the group, and the public address (unique in the organisation, 409 otherwise). */
export async function updateSettings({
  actor,
  config,
  journeyId,
  input,
}: {
  actor: OrgActor;
  config: Config;
  journeyId: string;
  input: SpaceSettingsBody;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  const slugTaken = () =>
    new AppError('SPACE.SLUG_TAKEN', 'Another journey of the organisation uses this address', {
      fields: [{ path: 'body.publicSlug', message: 'Already used by another journey' }],
    });
  return actor
    .inTenant(async (tx) => {
      if (!(await repository.findJourneyFrame(tx, journeyId))) throw journeyNotFound();
      if (input.publicSlug) {
        const holder = await repository.findJourneyBySlug(tx, input.publicSlug);
        if (holder && holder !== journeyId) throw slugTaken();
      }
      await repository.upsertSettings(tx, {
        orgId: actor.orgId,
        journeyId,
        welcome: input.welcome || null,
        ...(input.easyRead === undefined ? {} : { easyRead: input.easyRead || null }),
        publicSlug: input.publicSlug,
      });
      return loadSpace(tx, config, journeyId);
    })
    .catch((error: unknown) => {
      const { code, cause } = error as { code?: unknown; cause?: { code?: unknown } };
      if (code === '23505' || cause?.code === '23505') throw slugTaken();
      throw error;
    });
}

/**
 * Places a library resource in the journey's playlist or resources, for the whole journey or one
 * step, for this journey alone or shared by every journey of its template in its project.
 */
export async function addEntry({
  actor,
  config,
  journeyId,
  input,
}: {
  actor: OrgActor;
  config: Config;
  journeyId: string;
  input: EntryInput;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  return actor.inTenant(async (tx) => {
    const frame = await repository.findJourneyFrame(tx, journeyId);
    if (!frame) throw journeyNotFound();
    const resource = await resources.findResource(tx, input.resourceId);
    if (!resource) {
      throw new AppError('SPACE.REFERENCE_NOT_FOUND', 'Unknown resource', {
        fields: [{ path: 'body.resourceId', message: 'No such resource' }],
      });
    }
    if (input.section === 'playlist' && !playableKinds.includes(resource.kind)) {
      throw new AppError('SPACE.NOT_PLAYABLE', 'A playlist holds audio and video only', {
        fields: [{ path: 'body.resourceId', message: 'An audio or video resource' }],
      });
    }
    if (input.stepPosition !== null) {
      const steps = await repository.findSteps(tx, journeyId);
      if (!steps.some((step) => step.position === input.stepPosition)) {
        throw new AppError('SPACE.UNKNOWN_STEP', 'The journey has no such step', {
          fields: [{ path: 'body.stepPosition', message: 'A step of the journey' }],
        });
      }
    }
    if (input.scope === 'shared' && !frame.templateId) {
      throw new AppError('SPACE.NOT_SHARED', 'A journey without a template shares nothing', {
        fields: [{ path: 'body.scope', message: 'journey' }],
      });
    }
    const placed = (await repository.findEntries(tx, frame)).some(
      (entry) =>
        entry.resourceId === input.resourceId &&
        entry.section === input.section &&
        entry.stepPosition === input.stepPosition,
    );
    if (placed) {
      throw new AppError('SPACE.ALREADY_PLACED', 'This resource is already in this list', {
        fields: [{ path: 'body.resourceId', message: 'Already in this list' }],
      });
    }
    const scope =
      input.scope === 'shared'
        ? { projectId: frame.projectId, templateId: frame.templateId! }
        : { journeyId };
    await repository.insertEntry(tx, {
      orgId: actor.orgId,
      resourceId: input.resourceId,
      ...scope,
      section: input.section,
      stepPosition: input.stepPosition,
      position: await repository.nextPosition(tx, scope, input.section, input.stepPosition),
    });
    return loadSpace(tx, config, journeyId);
  });
}

/** An entry of the journey's space, its own or shared; 404 for any other. */
async function findEntryOf(tx: Executor, journeyId: string, entryId: string) {
  const frame = await repository.findJourneyFrame(tx, journeyId);
  if (!frame) throw journeyNotFound();
  const entry = await repository.findEntry(tx, entryId);
  const belongs =
    entry &&
    (entry.journeyId === journeyId ||
      (entry.templateId !== null &&
        entry.templateId === frame.templateId &&
        entry.projectId === frame.projectId));
  if (!belongs) throw entryNotFound();
  return { frame, entry };
}

/** Takes a resource out of a list; a shared entry leaves every journey of the template. */
export async function removeEntry({
  actor,
  journeyId,
  entryId,
}: {
  actor: OrgActor;
  journeyId: string;
  entryId: string;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  await actor.inTenant(async (tx) => {
    await findEntryOf(tx, journeyId, entryId);
    await repository.deleteEntry(tx, entryId);
  });
}

/** Sets the order of one list: every entry of that list, each once, in the new order. */
export async function reorderEntries({
  actor,
  config,
  journeyId,
  input,
}: {
  actor: OrgActor;
  config: Config;
  journeyId: string;
  input: SpaceOrderBody;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  return actor.inTenant(async (tx) => {
    const frame = await repository.findJourneyFrame(tx, journeyId);
    if (!frame) throw journeyNotFound();
    const list = (await repository.findEntries(tx, frame)).filter(
      (entry) => entry.section === input.section && entry.stepPosition === input.stepPosition,
    );
    const ids = new Set(list.map((entry) => entry.id));
    if (ids.size !== input.entryIds.length || input.entryIds.some((id) => !ids.has(id))) {
      throw new AppError('SPACE.ORDER_MISMATCH', 'Send every entry of the list, each once', {
        fields: [{ path: 'body.entryIds', message: `The ${ids.size} entries of this list` }],
      });
    }
    for (const [index, entryId] of input.entryIds.entries()) {
      await repository.setEntryPosition(tx, entryId, index + 1);
    }
    return loadSpace(tx, config, journeyId);
  });
}

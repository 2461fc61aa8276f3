// The resource library shared across the organisation's journeys: list, read, add, edit, delete,
// and publish, which waits for the consent of everyone a resource shows.
import {
  type FieldError,
  mediaKindOf,
  type SpaceResourceBodySchema,
  type SpaceResourceListQuerySchema,
} from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import type { z } from 'zod';
import type { AppDeps } from '../../platform/app-types';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { fetchEmbed, providerOf } from './oembed';
import { loadResourceViews, presentResource } from './resource-views';
import * as repository from './resources.repository';
import { CONSENT_REASONS } from './visibility';

type ResourceInput = z.output<typeof SpaceResourceBodySchema>;
type ListQuery = z.output<typeof SpaceResourceListQuerySchema>;

const resourceNotFound = () => notFound('SPACE_RESOURCE.NOT_FOUND', 'Resource');

/** The media kind each resource kind needs of its file; others take any file. */
const fileKindOf = { audio: 'audio', video: 'video', photo: 'image' } as const;

/** Refuses references the organisation does not have, naming each field (400). */
async function checkReferences(
  tx: Parameters<typeof repository.findFilesOf>[0],
  input: ResourceInput,
) {
  const fields: FieldError[] = [];
  if (input.mediaId) {
    const [file] = await repository.findFilesOf(tx, [input.mediaId]);
    const usable = file && ['uploading', 'processing', 'ready'].includes(file.status);
    const wanted = fileKindOf[input.kind as keyof typeof fileKindOf];
    if (!usable) fields.push({ path: 'body.mediaId', message: 'No such media file' });
    else if (file.status === 'ready' && wanted && mediaKindOf(file.mediaType) !== wanted) {
      fields.push({
        path: 'body.mediaId',
        message: `A ${wanted} file for a resource of kind ${input.kind}`,
      });
    }
  }
  if (input.sessionId && !(await repository.sessionExists(tx, input.sessionId))) {
    fields.push({ path: 'body.sessionId', message: 'No such session' });
  }
  const known = await repository.existingParticipants(tx, input.participantIds);
  input.participantIds.forEach((id, index) => {
    if (!known.has(id))
      fields.push({ path: `body.participantIds.${index}`, message: 'No such participant' });
  });
  if (fields.length > 0) {
    throw new AppError('SPACE.REFERENCE_NOT_FOUND', 'Unknown file, session or participant', {
      fields,
    });
  }
}

function valuesOf(input: ResourceInput): repository.ResourceValues {
  const provider = input.url ? providerOf(input.url) : null;
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    fileId: input.mediaId,
    url: input.url,
    text: input.text,
    linkProvider: provider?.name ?? null,
    licence: input.licence,
    rightsNote: input.rightsNote,
    downloadable: input.downloadable,
    availableFrom: input.availableFrom,
    availableUntil: input.availableUntil,
    audience: input.audience,
    sessionId: input.sessionId,
    showsPeople: input.showsPeople,
    chapters: input.chapters,
  };
}

/** One resource as the coordinator sees it, read in the caller's transaction. */
export async function loadResource(
  tx: Parameters<typeof repository.findResource>[0],
  orgId: string,
  resourceId: string,
) {
  const row = await repository.findResource(tx, resourceId);
  if (!row) throw resourceNotFound();
  const day = today(await repository.findTimeZone(tx, orgId));
  const [view] = await loadResourceViews(tx, [row], day);
  const counts = await repository.journeyCounts(tx, [row.id]);
  return presentResource(view!, counts.get(row.id) ?? 0);
}

export async function listResources({ actor, query }: { actor: OrgActor; query: ListQuery }) {
  requirePermission(actor, 'journeySpaces.read');
  return actor.inTenant(async (tx) => {
    const { rows, total } = await repository.listResources(tx, query);
    const day = today(await repository.findTimeZone(tx, actor.orgId));
    const views = await loadResourceViews(tx, rows, day);
    const counts = await repository.journeyCounts(
      tx,
      rows.map((row) => row.id),
    );
    return {
      items: views.map((view) => presentResource(view, counts.get(view.row.id) ?? 0)),
      total,
    };
  });
}

export async function getResource({ actor, resourceId }: { actor: OrgActor; resourceId: string }) {
  requirePermission(actor, 'journeySpaces.read');
  return actor.inTenant((tx) => loadResource(tx, actor.orgId, resourceId));
}

/** A new resource is a draft: publishing is a separate step, checked against consents. */
export async function createResource({ actor, input }: { actor: OrgActor; input: ResourceInput }) {
  requirePermission(actor, 'journeySpaces.manage');
  return actor.inTenant(async (tx) => {
    await checkReferences(tx, input);
    const row = await repository.insertResource(tx, {
      ...valuesOf(input),
      orgId: actor.orgId,
      createdBy: actor.userId,
    });
    await repository.replacePeople(tx, actor.orgId, row.id, input.participantIds);
    return loadResource(tx, actor.orgId, row.id);
  });
}

/**
 * Replaces a resource's fields. A published resource stays published; if it now shows someone
 * without consent it is held back (and says why) until they consent or are taken off it.
 */
export async function updateResource({
  actor,
  resourceId,
  input,
}: {
  actor: OrgActor;
  resourceId: string;
  input: ResourceInput;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  return actor.inTenant(async (tx) => {
    const current = await repository.findResource(tx, resourceId);
    if (!current) throw resourceNotFound();
    await checkReferences(tx, input);
    const values = valuesOf(input);
    const linkChanged = current.url !== values.url;
    await repository.updateResource(tx, resourceId, {
      ...values,
      ...(linkChanged ? { embedTitle: null, embedAuthor: null } : {}),
    });
    await repository.replacePeople(tx, actor.orgId, resourceId, input.participantIds);
    return loadResource(tx, actor.orgId, resourceId);
  });
}

/** Deleting a resource takes it out of every space; its media file stays in the media library. */
export async function deleteResource({
  actor,
  resourceId,
}: {
  actor: OrgActor;
  resourceId: string;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  await actor.inTenant(async (tx) => {
    if (!(await repository.deleteResource(tx, resourceId))) throw resourceNotFound();
  });
}

/**
 * Publishing is refused (409, with the reasons and the people concerned) while someone the
 * resource shows has not consented to that use; unpublishing always works.
 */
export async function setPublication({
  actor,
  resourceId,
  published,
}: {
  actor: OrgActor;
  resourceId: string;
  published: boolean;
}) {
  requirePermission(actor, 'journeySpaces.manage');
  return actor.inTenant(async (tx) => {
    const resource = await loadResource(tx, actor.orgId, resourceId);
    if (published) {
      const reasons = resource.heldBack.filter((reason) => CONSENT_REASONS.has(reason));
      if (reasons.length > 0) {
        throw new AppError(
          'SPACE.HELD_BACK',
          'Everyone this resource shows must consent to its publication first',
          {
            details: {
              reasons,
              participants: resource.participants
                .filter((person) => person.consent !== 'given')
                .map((person) => ({ id: person.id, consent: person.consent })),
            },
          },
        );
      }
    }
    await repository.updateResource(tx, resourceId, { published });
    return loadResource(tx, actor.orgId, resourceId);
  });
}

/** After a link to a known platform is saved: its title and author, from its oEmbed service. */
export async function lookUpEmbed(
  deps: Pick<AppDeps, 'config' | 'database'>,
  orgId: string,
  resource: { id: string; source: { type: string; url?: string; embedTitle?: string | null } },
) {
  const url = resource.source.type === 'link' ? resource.source.url : undefined;
  if (!deps.config.oembed.enabled || !url || resource.source.embedTitle || !providerOf(url)) return;
  const embed = await fetchEmbed(url, { timeoutMs: deps.config.oembed.timeoutMs });
  if (!embed) return;
  await deps.database.withTenant({ orgId, userId: null }, (tx) =>
    repository.recordEmbed(tx, resource.id, url, embed),
  );
}

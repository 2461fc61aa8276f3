// Journey spaces in tests: published files written straight to storage, a journey of three
// steps (the first past, a workshop and a concert to come) with a group link, and the contract
// fixtures' library resource and entry.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { GroupShareLink, JourneySpace, SpaceResource } from '@tutti/contracts';
import { type StoredVariant, schema } from '@tutti/db';
import { addDays, today } from '@tutti/kit/dates';
import { fileStorageFor, storageKey } from '../platform/storage';
import { wavTone } from './media-samples';
import type { buildOrganisation, Client, TestApp } from './test-app';

type Org = Awaited<ReturnType<typeof buildOrganisation>>;

let sequence = 0;

/** A processed file of the organisation: its original and, for audio, a `light` rendition. */
export async function storeReadyFile(
  t: TestApp,
  orgId: string,
  options: {
    fileName: string;
    mediaType: string;
    bytes: Buffer;
    light?: Buffer;
    durationMs?: number;
  },
) {
  const id = randomUUID();
  const storage = fileStorageFor(t.config);
  const key = storageKey(orgId, id);
  const stored = await storage.write(key, Readable.from([options.bytes]), { maxBytes: 1e8 });
  const variants: StoredVariant[] = [
    {
      name: 'original',
      storageKey: key,
      mediaType: options.mediaType,
      sizeBytes: stored.sizeBytes,
      width: null,
    },
  ];
  if (options.light) {
    const lightKey = `${key}.light`;
    const light = await storage.write(lightKey, Readable.from([options.light]), { maxBytes: 1e8 });
    variants.push({
      name: 'light',
      storageKey: lightKey,
      mediaType: 'audio/webm',
      sizeBytes: light.sizeBytes,
      width: null,
    });
  }
  await t.database.db.insert(schema.files).values({
    id,
    orgId,
    fileName: options.fileName,
    mediaType: options.mediaType,
    ...stored,
    storageKey: key,
    use: options.mediaType.startsWith('image/') ? 'image' : 'recording',
    status: 'ready',
    storedBytes: variants.reduce((sum, variant) => sum + variant.sizeBytes, 0),
    durationMs: options.durationMs ?? null,
    variants,
  });
  return id;
}

/** A tone as a published audio file. */
export function storeTone(t: TestApp, orgId: string, fileName = 'Chanson.wav') {
  return storeReadyFile(t, orgId, {
    fileName,
    mediaType: 'audio/wav',
    bytes: wavTone({ seconds: 1 }),
    light: Buffer.from('light-rendition-bytes'),
    durationMs: 1000,
  });
}

function bodyOf<T>(what: string, response: { status: number; body: unknown }, expected = 200) {
  if (response.status !== expected) {
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return response.body as T;
}

/**
 * A journey of the group `groupId` (a new group when none) in `projectId` (a new project), from a
 * template of three steps: a workshop 3 days ago, a workshop in 4 days, a concert in 11 days.
 */
export async function buildSpaceJourney(
  staff: Client,
  orgId: string,
  options: { groupId?: string; projectId?: string; templateId?: string } = {},
) {
  sequence += 1;
  const base = `/api/orgs/${orgId}`;
  const projectId =
    options.projectId ??
    bodyOf<{ id: string }>(
      'project',
      await staff.post(`${base}/projects`, { name: `Chanter au village ${sequence}` }),
      201,
    ).id;
  const templateId =
    options.templateId ??
    bodyOf<{ id: string }>(
      'template',
      await staff.post(`${base}/journey-templates`, {
        name: `Parcours chanson ${sequence}`,
        steps: [
          {
            kind: 'workshop_singing',
            title: 'Découvrir les chansons',
            durationMin: 60,
            spacingDays: 0,
          },
          { kind: 'workshop_singing', title: 'Chanter ensemble', durationMin: 60, spacingDays: 7 },
          { kind: 'concert', title: 'Le concert', durationMin: 60, spacingDays: 7 },
        ],
      }),
      201,
    ).id;
  const groupId =
    options.groupId ??
    bodyOf<{ id: string }>(
      'group',
      await staff.post(`${base}/groups`, {
        name: `CM1 de Lormes ${sequence}`,
        kind: 'class',
        ageBand: '6-10',
      }),
      201,
    ).id;
  const created = bodyOf<{ journey: { id: string; sessions: { id: string }[] } }>(
    'journey',
    await staff.post(`${base}/journeys`, {
      projectId,
      templateId,
      groupId,
      startsOn: addDays(today('Europe/Paris'), -3),
      startTime: '10:00',
      timeZone: 'Europe/Paris',
    }),
    201,
  ).journey;
  return {
    projectId,
    templateId,
    groupId,
    journeyId: created.id,
    sessionIds: created.sessions.map((session) => session.id),
  };
}

/** The group's secret link, and the path of the journey's space under it. */
export async function groupSpacePath(
  staff: Client,
  orgId: string,
  groupId: string,
  journeyId: string,
) {
  const link = bodyOf<GroupShareLink>(
    'share link',
    await staff.post(`/api/orgs/${orgId}/groups/${groupId}/share-links`, {}),
    201,
  );
  const groupPath = new URL(link.url).pathname;
  return { groupPath, spacePath: `${groupPath}/parcours/${journeyId}`, linkId: link.id };
}

export async function createResource(staff: Client, orgId: string, body: Record<string, unknown>) {
  return bodyOf<SpaceResource>(
    'resource',
    await staff.post(`/api/orgs/${orgId}/space-resources`, { licence: 'cc_by', ...body }),
    201,
  );
}

export async function publish(staff: Client, orgId: string, resourceId: string) {
  return staff.request('PUT', `/api/orgs/${orgId}/space-resources/${resourceId}/publication`, {
    published: true,
  });
}

export async function place(
  staff: Client,
  orgId: string,
  journeyId: string,
  body: Record<string, unknown>,
) {
  return bodyOf<JourneySpace>(
    'entry',
    await staff.post(`/api/orgs/${orgId}/journeys/${journeyId}/space/entries`, body),
    201,
  );
}

/** The contract tests' library resource (a text) and its entry in the fixtures' journey. */
export async function seedSpaceResources(org: Org, ids: { journeyId: string }) {
  const staff = org.members.coordinator ?? org.members.admin;
  const resource = await createResource(staff, org.id, {
    kind: 'lyrics',
    title: 'Paroles du refrain',
    text: 'La la la',
  });
  const space = await place(staff, org.id, ids.journeyId, {
    resourceId: resource.id,
    section: 'resources',
  });
  // `lang`: the language of a video's captions in their routes.
  return { resourceId: resource.id, entryId: space.entries[0]!.id, lang: 'fr' };
}

const someId = '00000000-0000-4000-8000-0000000000aa';

/** Valid bodies for the journey space's routes. */
export const spaceCrossOrgBodies: Record<string, unknown> = {
  'POST /api/orgs/:orgId/space-resources': { kind: 'lyrics', title: 'Intrus', text: 'la' },
  'PUT /api/orgs/:orgId/space-resources/:resourceId': {
    kind: 'lyrics',
    title: 'Modifié par un intrus',
    text: 'la',
  },
  'PUT /api/orgs/:orgId/space-resources/:resourceId/publication': { published: true },
  'PUT /api/orgs/:orgId/space-resources/:resourceId/captions/:lang': {
    vtt: 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nIntrus\n',
  },
  'PUT /api/orgs/:orgId/journeys/:journeyId/space': { welcome: 'Intrus', publicSlug: null },
  'POST /api/orgs/:orgId/journeys/:journeyId/space/entries': {
    resourceId: someId,
    section: 'resources',
  },
  'PUT /api/orgs/:orgId/journeys/:journeyId/space/order': {
    section: 'resources',
    stepPosition: null,
    entryIds: [someId],
  },
  'PUT /api/orgs/:orgId/journeys/:journeyId/space/concerts/:sessionId': {
    streamUrl: 'https://video.example.org/live/intrus',
    programme: [{ title: 'Intrus', credit: null }],
  },
  'POST /api/orgs/:orgId/sessions/:sessionId/space-recordings': {
    mediaId: someId,
    kind: 'audio',
    title: 'Intrus',
  },
};

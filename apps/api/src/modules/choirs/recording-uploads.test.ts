// A singer sends their recording of a piece through tus: it reaches their section leader's
// checking queue only once its last byte arrived, and the piece then waits for a check.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChoir } from '../../testing/choir-fixtures';
import { wavTone } from '../../testing/media-samples';
import { sendBytes, uploadOffset } from '../../testing/media-uploads';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let choir: Awaited<ReturnType<typeof seedChoir>>;
let base: string;
const TUS = { 'tus-resumable': '1.0.0' };
const PATCH_HEADERS = { ...TUS, 'content-type': 'application/offset+octet-stream' };

type MyPage = {
  pieces: { id: string; status: string | null; recordings: { fileId: string; review: string }[] }[];
};
type Queue = { items: { fileId: string; member: { id: string } }[] };

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  choir = await seedChoir(org);
  base = `/api/orgs/${org.id}/choirs/${choir.choirId}`;
});
afterAll(() => t.close());

const start = (client: typeof org.members.viewer, bytes: number, pieceId = choir.pieceId) =>
  client.request('POST', `${base}/pieces/${pieceId}/recordings`, undefined, {
    ...TUS,
    'upload-length': String(bytes),
  });

describe('a singer’s recording upload', () => {
  it('reaches the section leader’s queue and the singer’s page only once complete, then asks for a check', async () => {
    const wav = wavTone({ seconds: 1 });
    const created = await start(org.members.viewer, wav.length);
    expect(created.status).toBe(201);
    const location = String(created.headers.location);
    expect(location).toMatch(
      new RegExp(`^${base}/recording-uploads/[0-9a-f-]{36}$`.replaceAll('/', '\\/')),
    );
    const fileId = location.split('/').at(-1)!;

    const half = Math.floor(wav.length / 2);
    const first = await org.members.viewer.request('PATCH', location, wav.subarray(0, half), {
      ...PATCH_HEADERS,
      'upload-offset': '0',
    });
    expect(first.status).toBe(204);
    const queued = async () =>
      ((await org.members.artist.get(`${base}/checking-queue`)).body as Queue).items.map(
        (item) => item.fileId,
      );
    expect(await queued()).not.toContain(fileId);
    const mine = async () =>
      ((await org.members.viewer.get(`${base}/me`)).body as MyPage).pieces.find(
        (piece) => piece.id === choir.pieceId,
      )!;
    expect((await mine()).recordings).toEqual([]);

    // The connection came back: the singer asks where to resume and sends the rest.
    expect(await uploadOffset(org.members.viewer, location)).toBe(half);
    const rest = await org.members.viewer.request('PATCH', location, wav.subarray(half), {
      ...PATCH_HEADERS,
      'upload-offset': String(half),
    });
    expect(rest.status).toBe(204);

    expect(await queued()).toContain(fileId);
    const piece = await mine();
    expect(piece.status).toBe('ready_for_check');
    expect(piece.recordings.map((r) => [r.fileId, r.review])).toEqual([[fileId, 'pending']]);
    // Complete, it takes no more bytes.
    expect((await org.members.viewer.request('HEAD', location, undefined, TUS)).status).toBe(404);
  });

  it('keeps an upload to its singer: another account cannot resume it, an outsider cannot start one', async () => {
    const wav = wavTone({ seconds: 0.5 });
    const created = await start(org.members.viewer, wav.length);
    const location = String(created.headers.location);
    for (const other of [org.members.artist, org.members.coordinator]) {
      expect((await other.request('HEAD', location, undefined, TUS)).status).toBe(404);
      const sent = await other.request('PATCH', location, wav, {
        ...PATCH_HEADERS,
        'upload-offset': '0',
      });
      expect(sent.status).toBe(404);
    }
    // The relay sings in no choir.
    const outsider = await start(org.members.relay, wav.length);
    expect(outsider.status).toBe(404);
    expect((outsider.body as { error: { code: string } }).error.code).toBe('CHOIR.NOT_A_MEMBER');
    const unknownPiece = await start(
      org.members.viewer,
      wav.length,
      '00000000-0000-4000-8000-000000000009',
    );
    expect(unknownPiece.status).toBe(404);
  });

  it('refuses an upload without its length, naming the header', async () => {
    const response = await org.members.viewer.request(
      'POST',
      `${base}/pieces/${choir.pieceId}/recordings`,
      undefined,
      TUS,
    );
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('headers.upload-length');
  });
});

/** Waits for the processing job to publish the file (its status, read from the database). */
async function published(fileId: string) {
  for (;;) {
    const [row] = await t.database.db
      .select({ status: schema.files.status })
      .from(schema.files)
      .where(eq(schema.files.id, fileId));
    if (row && !['uploading', 'processing'].includes(row.status)) return row.status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('who listens to a singer’s recording', () => {
  it('serves it to the singer, their section leader and the conductors only; never through the media routes', async () => {
    const wav = wavTone({ seconds: 1 });
    const created = await start(org.members.viewer, wav.length);
    const location = String(created.headers.location);
    const fileId = location.split('/').at(-1)!;
    expect((await sendBytes(org.members.viewer, location, wav, 0)).status).toBe(204);
    expect(await published(fileId)).toBe('ready');
    const recording = (
      (await org.members.viewer.get(`${base}/me`)).body as {
        pieces: { recordings: { id: string; fileId: string }[] }[];
      }
    ).pieces
      .flatMap((piece) => piece.recordings)
      .find((r) => r.fileId === fileId)!;
    const content = `${base}/recordings/${recording.id}/content`;

    // The singer, the leader of the first altos (the artist) and the conductors hear it.
    for (const client of [
      org.members.viewer,
      org.members.artist,
      org.members.coordinator,
      org.members.admin,
    ]) {
      const heard = await client.get(content);
      expect(heard.status).toBe(200);
      expect(String(heard.headers['content-type'])).toMatch(/^audio\//);
    }
    const ranged = await org.members.artist.request('GET', content, undefined, {
      range: 'bytes=0-99',
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers['content-range']).toMatch(/^bytes 0-99\/\d+$/);

    // Someone of the organisation outside the choir, a singer of another part, a first alto who
    // does not lead: 404, as for a recording that does not exist.
    const relay = org.members.relay;
    const relayUser = relay.userId!;
    const refused = async () => {
      const response = await relay.get(content);
      expect(response.status).toBe(404);
      expect((response.body as { error: { code: string } }).error.code).toBe('CHOIR.NOT_FOUND');
    };
    await refused();
    /** The relay's account becomes that singer's (null: nobody's). */
    const linkRelay = async (memberId: string | null) => {
      await t.database.db
        .update(schema.choirMembers)
        .set({ userId: null })
        .where(eq(schema.choirMembers.userId, relayUser));
      if (memberId) {
        await t.database.db
          .update(schema.choirMembers)
          .set({ userId: relayUser })
          .where(eq(schema.choirMembers.id, memberId));
      }
    };
    await linkRelay(choir.others[0]!); // a first soprano
    await refused();
    await linkRelay(choir.others[3]!); // a first alto, not the leader
    await refused();
    await linkRelay(null);
    // Another choir's path: 404 too.
    const elsewhere = await org.members.coordinator.get(
      `/api/orgs/${org.id}/choirs/00000000-0000-4000-8000-000000000009/recordings/${recording.id}/content`,
    );
    expect(elsewhere.status).toBe(404);
    // Without a session: 401.
    expect((await t.app.inject({ method: 'GET', url: content })).statusCode).toBe(401);

    // The media routes never serve nor list it, whoever asks.
    for (const client of Object.values(org.members)) {
      const media = await client.get(`/api/orgs/${org.id}/media/${fileId}/content`);
      expect(media.status).toBe(404);
      expect((await client.get(`/api/orgs/${org.id}/media/${fileId}`)).status).toBe(404);
    }
    const listed = (await org.members.admin.get(`/api/orgs/${org.id}/media`)).body as {
      items: { id: string }[];
    };
    expect(listed.items.map((item) => item.id)).not.toContain(fileId);
  });
});

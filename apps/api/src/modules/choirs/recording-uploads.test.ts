// A singer sends their recording of a piece through tus: it reaches their section leader's
// checking queue only once its last byte arrived, and the piece then waits for a check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChoir } from '../../testing/choir-fixtures';
import { wavTone } from '../../testing/media-samples';
import { uploadOffset } from '../../testing/media-uploads';
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

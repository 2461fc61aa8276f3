import { join } from 'node:path';
import type { Media, MediaList } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disguised, jpegWithExif, taggedMp3, wavTone } from '../../testing/media-samples';
import {
  createUpload,
  processed,
  sendBytes,
  sendThenDrop,
  uploadMedia,
  uploadOffset,
} from '../../testing/media-uploads';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'viewer']);
  other = await buildOrganisation(t, ['admin'], 'Autre association');
});
afterAll(() => t.close());

const base = () => `/api/orgs/${org.id}/media`;

async function publish(bytes: Buffer, use: string, filename: string) {
  const id = await uploadMedia(org.members.coordinator, org.id, bytes, { use, filename });
  return processed(org.members.coordinator, org.id, id);
}

async function content(
  mediaId: string,
  variant = 'original',
  headers: Record<string, string> = {},
) {
  return org.members.artist.request(
    'GET',
    `${base()}/${mediaId}/content?variant=${variant}`,
    undefined,
    headers,
  );
}

describe('media uploads', () => {
  it('rejects a program renamed .mp3, an SVG and an HTML page by their bytes, and never serves them', async () => {
    for (const [bytes, name] of [
      [disguised.exe, 'chanson.mp3'],
      [disguised.svg, 'affiche.svg'],
      [disguised.html, 'page.png'],
    ] as const) {
      const media = await publish(bytes, name.endsWith('.png') ? 'image' : 'recording', name);
      expect({ name, status: media.status, problem: media.problem }).toEqual({
        name,
        status: 'rejected',
        problem: 'FILE.UNSUPPORTED_TYPE',
      });
      expect((await content(media.id)).status).toBe(404);
    }
  });

  it('strips EXIF from a photo, makes display sizes, and serves them inline with nosniff', async () => {
    const photo = await jpegWithExif({ width: 1200, height: 800 });
    expect(photo.includes(Buffer.from('Secret Photographer'))).toBe(true);
    const media = await publish(photo, 'image', 'répétition.jpg');
    expect(media).toMatchObject({ status: 'ready', kind: 'image', mediaType: 'image/jpeg' });
    expect(media.variants.map((v) => [v.name, v.width])).toEqual([
      ['original', 1200],
      ['w320', 320],
      ['w960', 960],
    ]);
    const original = await content(media.id);
    expect(original.status).toBe(200);
    expect(original.rawBody.includes(Buffer.from('Secret Photographer'))).toBe(false);
    expect(original.rawBody.includes(Buffer.from('Exif'))).toBe(false);
    expect(original.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'x-content-type-options': 'nosniff',
    });
    expect(String(original.headers['content-disposition'])).toMatch(/^inline;/);
    const small = await content(media.id, 'w320');
    expect(small.headers['content-type']).toBe('image/webp');
  });

  it('strips ID3 tags from an MP3 and INFO tags from a WAV (checked in the bytes)', async () => {
    const mp3 = await publish(taggedMp3('Secret title'), 'recording', 'chant.mp3');
    expect(mp3).toMatchObject({ status: 'ready', kind: 'audio' });
    const mp3Bytes = (await content(mp3.id)).rawBody;
    expect(mp3Bytes.includes(Buffer.from('Secret title'))).toBe(false);
    expect(mp3Bytes.subarray(0, 3).toString('latin1')).not.toBe('ID3');
    expect(mp3Bytes.includes(Buffer.from('TAG'))).toBe(false);

    const wav = await publish(
      wavTone({ info: { title: 'Secret title', artist: 'Ada' } }),
      'recording',
      'la.wav',
    );
    expect(wav).toMatchObject({ status: 'ready', durationMs: 500 });
    const wavBytes = (await content(wav.id)).rawBody;
    expect(wavBytes.includes(Buffer.from('Secret title'))).toBe(false);
    expect(wavBytes.includes(Buffer.from('LIST'))).toBe(false);
    expect(wavBytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
  });

  it('serves byte ranges: 206 with Content-Range, the whole file with Accept-Ranges, 416 outside', async () => {
    const wav = await publish(wavTone({ seconds: 1 }), 'recording', 'ton.wav');
    const size = wav.variants[0]!.sizeBytes;
    const whole = await content(wav.id);
    expect(whole.headers).toMatchObject({
      'accept-ranges': 'bytes',
      'content-length': String(size),
    });
    const part = await content(wav.id, 'original', { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${size}`);
    expect(part.rawBody).toEqual(whole.rawBody.subarray(100, 200));
    const tail = await content(wav.id, 'original', { range: 'bytes=-10' });
    expect(tail.headers['content-range']).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    const outside = await content(wav.id, 'original', { range: `bytes=${size}-` });
    expect(outside.status).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${size}`);
    expect(outside.body).toMatchObject({ error: { code: 'MEDIA.RANGE_NOT_SATISFIABLE' } });
  });

  it('resumes an upload interrupted twice and completes it with the exact bytes', async () => {
    const bytes = wavTone({ seconds: 2 });
    const coordinator = org.members.coordinator;
    const created = await createUpload(coordinator, org.id, bytes.length, {
      use: 'recording',
      filename: 'longue.wav',
    });
    expect(created.status).toBe(201);
    const location = String(created.headers.location);
    const origin = await t.app.listen({ host: '127.0.0.1', port: 0 });
    const target = {
      origin,
      location,
      stagedPath: join(t.config.filesDir, '.uploads', location.split('/').pop()!),
    };
    await sendThenDrop(coordinator, target, bytes, 0, 10_000);
    const first = await uploadOffset(coordinator, location);
    expect(first).toBe(10_000);
    await sendThenDrop(coordinator, target, bytes, first, 5_000);
    const second = await uploadOffset(coordinator, location);
    expect(second).toBe(15_000);
    expect((await sendBytes(coordinator, location, bytes, second)).status).toBe(204);
    const media = await processed(coordinator, org.id, location.split('/').pop()!);
    expect(media.status).toBe('ready');
    expect((await content(media.id)).rawBody).toEqual(bytes);
  });

  it('refuses a file over the use limit from Upload-Length, before any byte, naming the header', async () => {
    const response = await createUpload(org.members.coordinator, org.id, 2 * 1024 ** 3, {
      use: 'recording',
      filename: 'concert.mp4',
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      error: { code: 'FILE.TOO_LARGE', fields: [{ path: 'headers.upload-length' }] },
    });
  });
});

describe('media quota, roles and isolation', () => {
  it('refuses an upload that would pass the quota and shows usage to admins only', async () => {
    const quotaOrg = await buildOrganisation(t, ['admin', 'coordinator'], 'Petite association');
    await t.database.executeSql('update organisations set media_quota_bytes = $1 where id = $2', [
      50_000,
      quotaOrg.id,
    ]);
    const first = await createUpload(quotaOrg.members.coordinator, quotaOrg.id, 30_000, {
      use: 'recording',
      filename: 'a.wav',
    });
    expect(first.status).toBe(201);
    const second = await createUpload(quotaOrg.members.coordinator, quotaOrg.id, 30_000, {
      use: 'recording',
      filename: 'b.wav',
    });
    expect(second.status).toBe(413);
    expect(second.body).toMatchObject({
      error: { code: 'MEDIA.QUOTA_EXCEEDED', details: { usedBytes: 30_000, quotaBytes: 50_000 } },
    });
    expect((await quotaOrg.members.admin.get(`/api/orgs/${quotaOrg.id}/media/usage`)).body).toEqual(
      { usedBytes: 30_000, quotaBytes: 50_000 },
    );
    expect(
      (await quotaOrg.members.coordinator.get(`/api/orgs/${quotaOrg.id}/media/usage`)).status,
    ).toBe(403);
  });

  it('lets only managers upload and delete, and shows readers published files only', async () => {
    expect(
      (await createUpload(org.members.artist, org.id, 100, { use: 'image', filename: 'x.png' }))
        .status,
    ).toBe(403);
    const pending = await createUpload(org.members.coordinator, org.id, 100, {
      use: 'image',
      filename: 'pending.png',
    });
    const pendingId = String(pending.headers.location).split('/').pop()!;
    const forViewer = (await org.members.viewer.get(base())).body as MediaList;
    expect(forViewer.items.every((m) => m.status === 'ready')).toBe(true);
    expect((await org.members.viewer.get(`${base()}/${pendingId}`)).status).toBe(404);
    const forCoordinator = (await org.members.coordinator.get(base())).body as MediaList;
    expect(forCoordinator.items.find((m) => m.id === pendingId)?.status).toBe('uploading');
    expect((await org.members.viewer.delete(`${base()}/${pendingId}`)).status).toBe(403);
    expect((await org.members.coordinator.delete(`${base()}/${pendingId}`)).status).toBe(204);
    expect((await org.members.coordinator.get(`${base()}/${pendingId}`)).status).toBe(404);
  });

  it("answers 404 to another organisation's admin for a file, its bytes and its upload", async () => {
    const media = await publish(wavTone(), 'recording', 'prive.wav');
    const stranger = other.members.admin;
    expect((await stranger.get(`/api/orgs/${other.id}/media/${media.id}`)).status).toBe(404);
    expect((await stranger.get(`/api/orgs/${other.id}/media/${media.id}/content`)).status).toBe(
      404,
    );
    expect((await stranger.get(`${base()}/${media.id}/content`)).status).toBe(404);
    const list = (await stranger.get(`/api/orgs/${other.id}/media`)).body as MediaList;
    expect(list.items.map((m: Media) => m.id)).not.toContain(media.id);
  });
});

// kill -9 of the server in the middle of a resumable upload, on either database: started again,
// it tells the device where the upload stands, takes the rest, and publishes the whole file.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wavTone } from '../../testing/media-samples';
import { uploadMetadata } from '../../testing/media-uploads';
import {
  createDurableDatabase,
  type DurableDatabase,
  startServerProcess,
} from '../../testing/server-process';
import { buildOrganisation, type Client, startTestApp } from '../../testing/test-app';

const TUS = { 'tus-resumable': '1.0.0' };
const filesDir = mkdtempSync(join(tmpdir(), 'tutti-upload-crash-'));
const bytes = wavTone({ seconds: 20 });

let durable: DurableDatabase;
let orgId: string;
let admin: Client;

beforeAll(async () => {
  durable = await createDurableDatabase();
  const t = await startTestApp({}, { database: await durable.open() });
  const org = await buildOrganisation(t, ['admin']);
  orgId = org.id;
  admin = org.members.admin;
  await t.close();
}, 120_000);
afterAll(async () => {
  await durable?.drop();
  rmSync(filesDir, { recursive: true, force: true });
});

function tusHeaders(extra: Record<string, string> = {}) {
  return { ...admin.authHeaders, ...TUS, ...extra };
}

describe('kill -9 during a media upload', () => {
  it('resumes after the restart from what was stored, and publishes the whole file', async () => {
    const env = { ...durable.env, TUTTI_FILES_DIR: filesDir };
    const first = await startServerProcess(env);
    const created = await fetch(`${first.baseUrl}/api/orgs/${orgId}/media-uploads`, {
      method: 'POST',
      headers: tusHeaders({
        'upload-length': String(bytes.length),
        'upload-metadata': uploadMetadata({ use: 'recording', filename: 'répétition.wav' }),
      }),
    });
    expect(created.status).toBe(201);
    const location = created.headers.get('location')!;
    const mediaId = location.split('/').pop()!;

    // Half the file goes out; once the server has stored it, the server is killed.
    const half = Math.floor(bytes.length / 2);
    const request = http.request(`${first.baseUrl}${location}`, {
      method: 'PATCH',
      headers: tusHeaders({
        'upload-offset': '0',
        'content-type': 'application/offset+octet-stream',
        'content-length': String(bytes.length),
      }),
    });
    request.on('error', () => {});
    request.write(bytes.subarray(0, half));
    const staged = join(filesDir, '.uploads', mediaId);
    while (((await stat(staged).catch(() => null))?.size ?? 0) < half) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await first.kill9();

    const second = await startServerProcess(env);
    try {
      const head = await fetch(`${second.baseUrl}${location}`, {
        method: 'HEAD',
        headers: tusHeaders(),
      });
      const offset = Number(head.headers.get('upload-offset'));
      expect(offset).toBeGreaterThanOrEqual(half);
      expect(offset).toBeLessThan(bytes.length);
      const rest = await fetch(`${second.baseUrl}${location}`, {
        method: 'PATCH',
        headers: tusHeaders({
          'upload-offset': String(offset),
          'content-type': 'application/offset+octet-stream',
        }),
        body: bytes.subarray(offset),
      });
      expect(rest.status).toBe(204);

      let media: { status: string; sizeBytes?: number } = { status: 'uploading' };
      for (let poll = 0; poll < 600 && ['uploading', 'processing'].includes(media.status); poll++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const response = await fetch(`${second.baseUrl}/api/orgs/${orgId}/media/${mediaId}`, {
          headers: admin.authHeaders,
        });
        media = (await response.json()) as typeof media;
      }
      expect(media.status).toBe('ready');
      // The published original holds the very samples sent (a WAV is rebuilt around them).
      const original = await fetch(
        `${second.baseUrl}/api/orgs/${orgId}/media/${mediaId}/content?variant=original`,
        { headers: admin.authHeaders },
      );
      expect(original.status).toBe(200);
      const published = Buffer.from(await original.arrayBuffer());
      const samples = (wav: Buffer) => wav.subarray(wav.indexOf('data') + 8);
      const digest = (b: Buffer) => createHash('sha256').update(b).digest('hex');
      expect(digest(samples(published))).toBe(digest(samples(bytes)));
      console.log(
        `kill -9 during an upload of ${bytes.length} bytes: ${offset} were kept, the rest was sent after the restart, the file was published whole`,
      );
    } finally {
      await second.stop();
    }
  }, 180_000);
});

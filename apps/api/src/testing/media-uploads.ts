// Drives the tus protocol through the test client: create, send in pieces, drop and resume.
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { Media } from '@tutti/contracts';
import type { Client } from './test-app';

const TUS = { 'tus-resumable': '1.0.0' };

export function uploadMetadata(values: Record<string, string>) {
  return Object.entries(values)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
}

export async function createUpload(
  client: Client,
  orgId: string,
  length: number,
  meta: { use: string; filename: string },
) {
  return client.request('POST', `/api/orgs/${orgId}/media-uploads`, undefined, {
    ...TUS,
    'upload-length': String(length),
    'upload-metadata': uploadMetadata(meta),
  });
}

export async function uploadOffset(client: Client, location: string) {
  const head = await client.request('HEAD', location, undefined, TUS);
  return Number(head.headers['upload-offset']);
}

/** Sends `bytes` from `offset` in one PATCH. */
export async function sendBytes(client: Client, location: string, bytes: Buffer, offset: number) {
  return client.request('PATCH', location, bytes.subarray(offset), {
    ...TUS,
    'upload-offset': String(offset),
    'content-type': 'application/offset+octet-stream',
  });
}

/**
 * Sends `count` bytes from `offset` over a real connection to `origin`; once the server has
 * written them to `stagedPath`, cuts the connection in the middle of the body, as a lost
 * network would.
 */
export async function sendThenDrop(
  client: Client,
  target: { origin: string; location: string; stagedPath: string },
  bytes: Buffer,
  offset: number,
  count: number,
) {
  const request = http.request(`${target.origin}${target.location}`, {
    method: 'PATCH',
    headers: {
      ...client.authHeaders,
      ...TUS,
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
      'content-length': String(bytes.length - offset),
    },
  });
  const answered = new Promise((resolve) => {
    request.on('error', resolve);
    request.on('close', resolve);
  });
  request.write(bytes.subarray(offset, offset + count));
  const started = Date.now();
  while (((await stat(target.stagedPath).catch(() => null))?.size ?? 0) < offset + count) {
    if (Date.now() - started > 20_000) throw new Error('the server never stored the bytes sent');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  request.destroy();
  await answered;
}

/** A whole upload in one go; answers the media id. */
export async function uploadMedia(
  client: Client,
  orgId: string,
  bytes: Buffer,
  meta: { use: string; filename: string },
) {
  const created = await createUpload(client, orgId, bytes.length, meta);
  if (created.status !== 201)
    throw new Error(`upload refused: ${created.status} ${JSON.stringify(created.body)}`);
  const location = String(created.headers.location);
  const sent = await sendBytes(client, location, bytes, 0);
  if (sent.status !== 204)
    throw new Error(`bytes refused: ${sent.status} ${JSON.stringify(sent.body)}`);
  return location.split('/').pop()!;
}

/** Polls the file until processing has ended (published, rejected or failed). */
export async function processed(client: Client, orgId: string, mediaId: string): Promise<Media> {
  const started = Date.now();
  for (;;) {
    const media = (await client.get(`/api/orgs/${orgId}/media/${mediaId}`)).body as Media;
    if (!['uploading', 'processing'].includes(media.status)) return media;
    if (Date.now() - started > 60_000) throw new Error(`media ${mediaId} stayed ${media.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

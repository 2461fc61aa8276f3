import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '@tutti/contracts';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer']);
});
afterAll(() => t.close());

const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from('Convention signée le 2 septembre\n%%EOF\n'),
]);
const png = await sharp({
  create: { width: 40, height: 20, channels: 3, background: { r: 10, g: 20, b: 30 } },
})
  .png()
  .withMetadata({ exif: { IFD0: { Artist: 'Scanner of Mairie' } } })
  .toBuffer();

async function newAgreement(owner = org) {
  const partner = await owner.members.coordinator.post(`/api/orgs/${owner.id}/partners`, {
    name: 'Mairie de Clamecy',
    type: 'municipality',
  });
  const partnerId = (partner.body as { id: string }).id;
  const agreement = await owner.members.coordinator.post(
    `/api/orgs/${owner.id}/partners/${partnerId}/agreements`,
    { title: 'Convention 2025-2026', startsOn: '2025-09-01', endsOn: '2026-07-04' },
  );
  const agreementId = (agreement.body as { id: string }).id;
  return {
    partnerId,
    url: `/api/orgs/${owner.id}/partners/${partnerId}/agreements/${agreementId}`,
  };
}

function upload(client: Client, url: string, bytes: Buffer, contentType: string, query = '') {
  return client.request('PUT', `${url}/document${query}`, bytes, { 'content-type': contentType });
}

function storedFiles() {
  const root = t.config.filesDir;
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('agreement documents', () => {
  it('stores an uploaded PDF and gives the same bytes back with its name and checksum', async () => {
    const { url, partnerId } = await newAgreement();
    const fileName = encodeURIComponent('Convention Mairie de Clamecy – signée.pdf');
    const uploaded = await upload(
      org.members.coordinator,
      url,
      pdf,
      'application/pdf',
      `?fileName=${fileName}`,
    );
    expect(uploaded.status).toBe(200);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    expect(uploaded.body).toMatchObject({
      document: {
        fileName: 'Convention Mairie de Clamecy – signée.pdf',
        mediaType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256,
      },
    });

    const download = await org.members.coordinator.get(`${url}/document`);
    expect(download.status).toBe(200);
    expect(download.rawBody.equals(pdf)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(pdf.length),
      'x-content-type-options': 'nosniff',
      'content-disposition':
        'attachment; filename="Convention Mairie de Clamecy _ signee.pdf"; filename*=UTF-8\'\'Convention%20Mairie%20de%20Clamecy%20%E2%80%93%20sign%C3%A9e.pdf',
    });

    const partner = await org.members.coordinator.get(`/api/orgs/${org.id}/partners/${partnerId}`);
    expect(partner.body).toMatchObject({ agreements: [{ document: { sha256 } }] });
  });

  it('replaces the previous document and removes its bytes', async () => {
    const { url } = await newAgreement();
    await upload(org.members.coordinator, url, pdf, 'application/pdf');
    const before = storedFiles().length;
    const replaced = await upload(
      org.members.coordinator,
      url,
      png,
      'image/png',
      '?fileName=scan.png',
    );
    expect(replaced.body).toMatchObject({
      document: { fileName: 'scan.png', mediaType: 'image/png' },
    });
    expect(storedFiles().length).toBe(before);
    // Images are re-encoded without their metadata before anyone downloads them.
    const downloaded = (await org.members.coordinator.get(`${url}/document`)).rawBody;
    expect(downloaded.subarray(0, 8)).toEqual(png.subarray(0, 8));
    expect(png.includes(Buffer.from('Scanner of Mairie'))).toBe(true);
    expect(downloaded.includes(Buffer.from('Scanner of Mairie'))).toBe(false);
    expect((await sharp(downloaded).metadata()).width).toBe(40);
  });

  it('refuses a file over 10 MB with 413 and keeps nothing', async () => {
    const { url } = await newAgreement();
    const before = storedFiles();
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    const response = await upload(org.members.coordinator, url, big, 'application/pdf');
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({
      error: { code: 'FILE.TOO_LARGE', details: { maxBytes: MAX_DOCUMENT_BYTES } },
    });
    expect(storedFiles()).toEqual(before);
    expect((await org.members.coordinator.get(`${url}/document`)).status).toBe(404);
  });

  it('refuses other types, and content that is not what its type says, with 415', async () => {
    const { url } = await newAgreement();
    const text = await upload(org.members.coordinator, url, Buffer.from('hello'), 'text/plain');
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({
      error: { code: 'FILE.UNSUPPORTED_TYPE', fields: [{ path: 'headers.content-type' }] },
    });
    const disguised = await upload(org.members.coordinator, url, png, 'application/pdf');
    expect(disguised.status).toBe(415);
    expect(disguised.body).toMatchObject({ error: { message: 'The content is not a pdf file' } });
    const json = await org.members.coordinator.request('PUT', `${url}/document`, { file: 'x' });
    expect(json.status).toBe(415);
    const empty = await upload(org.members.coordinator, url, Buffer.alloc(0), 'application/pdf');
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({ error: { code: 'FILE.EMPTY' } });
    const badName = await upload(
      org.members.coordinator,
      url,
      pdf,
      'application/pdf',
      '?fileName=..%2F..%2Fetc%2Fpasswd',
    );
    expect(badName.status).toBe(400);
    expect(badName.body).toMatchObject({ error: { fields: [{ path: 'querystring.fileName' }] } });
  });

  it('keeps documents to coordinators and admins of the organisation', async () => {
    const { url } = await newAgreement();
    await upload(org.members.coordinator, url, pdf, 'application/pdf');
    expect((await org.members.viewer.get(`${url}/document`)).status).toBe(403);
    expect((await upload(org.members.viewer, url, pdf, 'application/pdf')).status).toBe(403);
    const stranger = await buildOrganisation(t, ['admin']);
    expect((await stranger.members.admin.get(`${url}/document`)).status).toBe(404);
    const ownPath = url.replace(org.id, stranger.id);
    expect((await stranger.members.admin.get(`${ownPath}/document`)).status).toBe(404);
    expect((await upload(stranger.members.admin, ownPath, pdf, 'application/pdf')).status).toBe(
      404,
    );
  });

  it('removes the document, then the agreement, with their bytes', async () => {
    const { url } = await newAgreement();
    const before = storedFiles().length;
    await upload(org.members.coordinator, url, pdf, 'application/pdf');
    expect(storedFiles().length).toBe(before + 1);
    const removed = await org.members.coordinator.delete(`${url}/document`);
    expect(removed.body).toMatchObject({ document: null });
    expect(storedFiles().length).toBe(before);
    expect((await org.members.coordinator.delete(`${url}/document`)).status).toBe(404);

    await upload(org.members.coordinator, url, pdf, 'application/pdf');
    expect((await org.members.coordinator.delete(url)).status).toBe(204);
    expect(storedFiles().length).toBe(before);
    expect((await org.members.coordinator.get(`${url}/document`)).status).toBe(404);
  });

  it('counts documents against the media quota: a replacement counts once, one over the space left is refused with 413 and nothing is stored', async () => {
    const small = await buildOrganisation(t, ['admin', 'coordinator'], 'Petite association');
    const document = Buffer.concat([pdf, Buffer.alloc(4_000, 0x20)]);
    await t.database.executeSql('update organisations set media_quota_bytes = $1 where id = $2', [
      document.length + 2_000,
      small.id,
    ]);
    const used = async () =>
      (
        (await small.members.admin.get(`/api/orgs/${small.id}/media/usage`)).body as {
          usedBytes: number;
        }
      ).usedBytes;
    const first = await newAgreement(small);
    expect(
      (await upload(small.members.coordinator, first.url, document, 'application/pdf')).status,
    ).toBe(200);
    expect(await used()).toBe(document.length);
    // Replacing the document frees the old one in the same decision.
    expect(
      (await upload(small.members.coordinator, first.url, document, 'application/pdf')).status,
    ).toBe(200);
    expect(await used()).toBe(document.length);

    const second = await newAgreement(small);
    const before = storedFiles();
    const refused = await upload(
      small.members.coordinator,
      second.url,
      document,
      'application/pdf',
    );
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({
      error: {
        code: 'MEDIA.QUOTA_EXCEEDED',
        fields: [{ path: 'body' }],
        details: { usedBytes: document.length, quotaBytes: document.length + 2_000 },
      },
    });
    expect(storedFiles()).toEqual(before);
    expect(await used()).toBe(document.length);
    expect((await small.members.coordinator.get(`${second.url}/document`)).status).toBe(404);
  });
});

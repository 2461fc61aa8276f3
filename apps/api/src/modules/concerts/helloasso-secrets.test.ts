// HelloAsso secrets at rest: the organisation's client secret and signature key are sealed with
// AES-256-GCM before they reach the database (the column never holds them in clear), opened only
// for the calls to HelloAsso, never answered nor logged; values an earlier version stored in
// clear are sealed at start; a value sealed under another key reads as a secret to enter again.
// The key: TUTTI_SECRETS_KEY, or a key file the embedded mode creates once in its data folder.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import { secretBox, secretBoxOf } from '../../platform/secrets';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { type HelloAssoStandIn, startHelloAssoStandIn } from '../../testing/helloasso-server';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { sealHelloAssoSecrets } from './helloasso-account';

const CLIENT = { clientId: 'tutti-client-id', clientSecret: 'tutti-client-secret-0123' };
const SIGNATURE_KEY = 'AyCM0yTeQd8In2OzdP3R2HGTrYiCA818';
const KEY = Buffer.alloc(32, 7).toString('base64');

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

let t: TestApp;
let helloasso: HelloAssoStandIn;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let concert: Awaited<ReturnType<typeof buildPublishedConcert>>;

beforeAll(async () => {
  helloasso = await startHelloAssoStandIn([CLIENT]);
  t = await startTestApp(
    { TUTTI_HELLOASSO_API_URL: helloasso.url, TUTTI_SECRETS_KEY: KEY, LOG_LEVEL: 'trace' },
    { logStream: capture },
  );
  org = await buildOrganisation(t, ['admin'], 'Musique en Chemins');
  concert = await buildPublishedConcert(t, org, {
    capacity: 40,
    tariffs: [{ kind: 'full', priceCents: 800 }],
  });
});
afterAll(async () => {
  await t.close();
  await helloasso.close();
});

const url = () => `/api/orgs/${org.id}/helloasso`;

async function storedAccount() {
  const [row] = await t.database.db
    .select()
    .from(schema.helloassoAccounts)
    .where(eq(schema.helloassoAccounts.orgId, org.id));
  return row!;
}

/** Books two seats and starts paying online from the order's page: HelloAsso's stand-in answers. */
async function payOnline() {
  const booked = await postBooking(t, concert.slug, concert.code, {
    name: 'Famille Girard',
    email: 'famille@example.org',
    [`q-${concert.tariffIds[0]}`]: '2',
  });
  expect(booked.statusCode).toBe(303);
  const location = String(booked.headers.location).split('?')[0]!;
  return t.app.inject({
    method: 'POST',
    url: `${location}/payer?lang=fr`,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
    },
    payload: '',
  });
}

describe('HelloAsso secrets at rest', () => {
  it('stores the secret and signature key sealed, answers and logs neither, and still pays online', async () => {
    const saved = await org.members.admin.request('PUT', url(), {
      clientId: CLIENT.clientId,
      organizationSlug: 'musique-en-chemins',
      clientSecret: CLIENT.clientSecret,
      signatureKey: SIGNATURE_KEY,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ hasClientSecret: true, hasSignatureKey: true });
    const row = await storedAccount();
    expect(row.clientSecret).not.toContain(CLIENT.clientSecret);
    expect(row.signatureKey).not.toContain(SIGNATURE_KEY);
    expect(row.clientSecret).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    // Opened with the server's key, the columns hold what was entered.
    const box = secretBox(Buffer.from(KEY, 'base64'));
    expect(box.open(row.clientSecret)).toBe(CLIENT.clientSecret);
    expect(box.open(row.signatureKey!)).toBe(SIGNATURE_KEY);
    // Two seals of one secret differ (a new IV each time): nothing to compare across rows.
    expect(box.seal(CLIENT.clientSecret)).not.toBe(box.seal(CLIENT.clientSecret));

    // The checkout is created with the opened credentials (the stand-in refuses any other).
    const started = await payOnline();
    expect(started.statusCode).toBe(200);
    expect(helloasso.lastIntent()?.organizationSlug).toBe('musique-en-chemins');

    const read = await org.members.admin.get(url());
    const logged = lines.join('');
    for (const secret of [CLIENT.clientSecret, SIGNATURE_KEY]) {
      expect(JSON.stringify(read.body)).not.toContain(secret);
      expect(logged).not.toContain(secret);
    }
    expect(logged).not.toContain(row.clientSecret);
  });

  it('seals a secret and key an earlier version stored in clear, once, and keeps paying online', async () => {
    await t.database.db
      .update(schema.helloassoAccounts)
      .set({ clientSecret: CLIENT.clientSecret, signatureKey: SIGNATURE_KEY })
      .where(eq(schema.helloassoAccounts.orgId, org.id));
    // Read in clear while it waits for the next start…
    expect((await org.members.admin.get(url())).body).toMatchObject({ hasClientSecret: true });
    const box = secretBoxOf(t.config);
    expect(await sealHelloAssoSecrets({ database: t.database, box })).toBeGreaterThanOrEqual(1);
    const row = await storedAccount();
    expect(row.clientSecret).not.toContain(CLIENT.clientSecret);
    expect(row.signatureKey).not.toContain(SIGNATURE_KEY);
    expect(box.open(row.clientSecret)).toBe(CLIENT.clientSecret);
    // …and left alone once sealed.
    await sealHelloAssoSecrets({ database: t.database, box });
    expect((await storedAccount()).clientSecret).toBe(row.clientSecret);
    expect((await payOnline()).statusCode).toBe(200);
  });

  it('reads a secret sealed under another key as missing: no online payment until it is entered again', async () => {
    const other = secretBox(Buffer.alloc(32, 9));
    await t.database.db
      .update(schema.helloassoAccounts)
      .set({ clientSecret: other.seal(CLIENT.clientSecret), signatureKey: null })
      .where(eq(schema.helloassoAccounts.orgId, org.id));
    expect((await org.members.admin.get(url())).body).toMatchObject({
      configured: true,
      hasClientSecret: false,
    });
    const refused = await payOnline();
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    // Entering the secret again seals it under this server's key.
    const again = await org.members.admin.request('PUT', url(), {
      clientId: CLIENT.clientId,
      organizationSlug: 'musique-en-chemins',
      clientSecret: CLIENT.clientSecret,
    });
    expect(again.body).toMatchObject({ hasClientSecret: true });
    expect((await payOnline()).statusCode).toBe(200);
  });

  it('refuses altered sealed values instead of opening them', () => {
    const box = secretBox(Buffer.alloc(32, 3));
    const sealed = box.seal('un secret');
    const [version, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(box.open([version, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
    expect(box.open('pas scellé')).toBeNull();
    expect(box.open(sealed)).toBe('un secret');
  });
});

describe('the secrets key', () => {
  it('is generated once in the embedded data folder, readable by its owner only, and reused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tutti-secrets-'));
    try {
      const env = { NODE_ENV: 'development', TUTTI_DATA_DIR: join(dir, 'data') };
      const first = secretBoxOf(loadConfig(env));
      const file = join(dir, 'data', 'secrets.key');
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const second = secretBoxOf(loadConfig(env));
      expect(second.open(first.seal('clé'))).toBe('clé');
      expect(readFileSync(file, 'utf8').trim()).toHaveLength(44);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names TUTTI_SECRETS_KEY when it is malformed, or missing in production on PostgreSQL', () => {
    expect(() => loadConfig({ TUTTI_SECRETS_KEY: 'trop-court' })).toThrow(/TUTTI_SECRETS_KEY/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://tutti@localhost/tutti' }),
    ).toThrow(/TUTTI_SECRETS_KEY: required in production on PostgreSQL/);
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ TUTTI_SECRETS_KEY: hex }).secrets.key?.toString('hex')).toBe(hex);
  });
});

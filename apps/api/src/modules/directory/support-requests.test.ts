// Requests for help to start an ensemble, as personal data: a coordinator marks one handled or
// deletes it at its author's request; the retention purge clears name, contact and message six
// months after it was handled (a year after it was sent if nobody handled it) and keeps the
// commune and dates for the maps; what was sent never reaches the logs.
import { Writable } from 'node:stream';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { supportRequestsRetention } from './index';

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(chunk.toString());
    done();
  },
});

const DAY = 24 * 60 * 60 * 1000;
const slug = 'chants-du-morvan';
// Found nowhere else, so that a search for them finds only this request.
const NAME = 'Philomène Vauclerc';
const EMAIL = 'philomene.vauclerc@example.test';
const PHONE = '+33687654321';
const MESSAGE = 'Nous sommes huit à Larochemillay à vouloir chanter';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;
let base: string;

type Listed = {
  items: {
    id: string;
    name: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
    message: string | null;
    communeName: string;
    handledAt: string | null;
    anonymisedAt: string | null;
  }[];
};

beforeAll(async () => {
  t = await startTestApp({ LOG_LEVEL: 'info' }, { logStream: capture });
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  other = await buildOrganisation(t, ['coordinator'], 'Chœurs du Bazois');
  base = `/api/orgs/${org.id}/directory/support-requests`;
  const profile = await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
    published: true,
    slug,
    description: 'Des concerts dans les villages.',
    region: 'Nièvre',
  });
  expect(profile.status).toBe(200);
});
afterAll(() => t.close());

async function listed() {
  const response = await org.members.coordinator.get(base);
  expect(response.status).toBe(200);
  return (response.body as Listed).items;
}

async function insertRequest(values: { name: string; createdAt: Date; handledAt?: Date }) {
  const [row] = await t.database.db
    .insert(schema.directorySupportRequests)
    .values({
      orgId: org.id,
      communeCode: '58149',
      communeName: 'Luzy',
      contactEmail: `${values.name.toLowerCase()}@example.test`,
      message: `Message de ${values.name}`,
      ...values,
    })
    .returning();
  return row!;
}

describe('a request for support', () => {
  it('is sent from the public page without its name, contact or message in the logs', async () => {
    lines.length = 0;
    const sent = await t.app.inject({
      method: 'POST',
      url: `/p/${slug}/annuaire/soutien?lang=fr`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
      },
      payload: new URLSearchParams({
        communeCode: '58149',
        name: NAME,
        email: EMAIL,
        phone: PHONE,
        message: MESSAGE,
      }).toString(),
    });
    expect(sent.statusCode).toBe(200);
    expect(lines.length).toBeGreaterThan(0);
    const output = lines.join('');
    for (const text of [NAME, 'Vauclerc', EMAIL, PHONE, '87654321', 'Larochemillay']) {
      expect(output).not.toContain(text);
    }
    const [request] = await listed();
    expect(request).toMatchObject({
      name: NAME,
      contactEmail: EMAIL,
      contactPhone: PHONE,
      message: MESSAGE,
      handledAt: null,
      anonymisedAt: null,
    });
  });

  it('is marked handled once (the first date stays), then waiting again', async () => {
    const [request] = await listed();
    const handled = await org.members.coordinator.patch(`${base}/${request!.id}`, {
      handled: true,
    });
    expect(handled.status).toBe(200);
    const first = (handled.body as { handledAt: string }).handledAt;
    expect(first).toEqual(expect.any(String));
    const again = await org.members.admin.patch(`${base}/${request!.id}`, { handled: true });
    expect((again.body as { handledAt: string }).handledAt).toBe(first);
    const waiting = await org.members.coordinator.patch(`${base}/${request!.id}`, {
      handled: false,
    });
    expect(waiting.body).toMatchObject({ handledAt: null, name: NAME });
  });

  it('answers 400 naming the field, 403 to the other roles, 404 to another organisation', async () => {
    const [request] = await listed();
    const bad = await org.members.coordinator.patch(`${base}/${request!.id}`, { handled: 'yes' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('body.handled');
    const badId = await org.members.coordinator.patch(`${base}/not-an-id`, { handled: true });
    expect(badId.status).toBe(400);
    expect(JSON.stringify(badId.body)).toContain('requestId');
    for (const role of ['artist', 'relay', 'viewer'] as const) {
      expect((await org.members[role].get(base)).status).toBe(403);
      expect(
        (await org.members[role].patch(`${base}/${request!.id}`, { handled: true })).status,
      ).toBe(403);
      expect((await org.members[role].delete(`${base}/${request!.id}`)).status).toBe(403);
    }
    const elsewhere = `/api/orgs/${other.id}/directory/support-requests/${request!.id}`;
    expect((await other.members.coordinator.patch(elsewhere, { handled: true })).status).toBe(404);
    expect((await other.members.coordinator.delete(elsewhere)).status).toBe(404);
    expect(
      (await other.members.coordinator.get(`/api/orgs/${other.id}/directory/support-requests`))
        .body,
    ).toMatchObject({ total: 0 });
    // Still there, untouched.
    expect((await listed())[0]).toMatchObject({ name: NAME, handledAt: null });
  });

  it('shows on the maps as counts per commune, without the person, to coordinators only', async () => {
    const map = await org.members.coordinator.get(`${base}/map`);
    expect(map.status).toBe(200);
    expect(map.body).toEqual({
      items: [
        {
          communeCode: '58149',
          communeName: 'Luzy',
          latitude: expect.closeTo(46.79, 1),
          longitude: expect.closeTo(3.97, 1),
          count: 1,
          waiting: 1,
        },
      ],
    });
    for (const text of [NAME, EMAIL, PHONE, 'Larochemillay']) {
      expect(JSON.stringify(map.body)).not.toContain(text);
    }
    for (const role of ['artist', 'relay', 'viewer'] as const) {
      expect((await org.members[role].get(`${base}/map`)).status).toBe(403);
    }
    expect(
      (await other.members.coordinator.get(`/api/orgs/${other.id}/directory/support-requests/map`))
        .body,
    ).toEqual({ items: [] });
  });

  it('is deleted when its author asks for it to be erased', async () => {
    const [request] = await listed();
    const deleted = await org.members.coordinator.delete(`${base}/${request!.id}`);
    expect(deleted.status).toBe(204);
    expect(await listed()).toEqual([]);
    const rows = await t.database.db
      .select()
      .from(schema.directorySupportRequests)
      .where(eq(schema.directorySupportRequests.id, request!.id));
    expect(rows).toEqual([]);
    expect((await org.members.coordinator.delete(`${base}/${request!.id}`)).status).toBe(404);
  });
});

describe('retention of the requests for support', () => {
  it('clears the person 6 months after handling, or a year after sending if never handled', async () => {
    const now = new Date();
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    await insertRequest({ name: 'Handledlongago', createdAt: ago(400), handledAt: ago(200) });
    await insertRequest({ name: 'Handledrecently', createdAt: ago(400), handledAt: ago(100) });
    await insertRequest({ name: 'Neverhandledold', createdAt: ago(370) });
    await insertRequest({ name: 'Neverhandledrecent', createdAt: ago(300) });
    expect(supportRequestsRetention).toMatchObject({
      id: 'supportRequests',
      action: 'anonymise',
      keptForDays: 183,
      startsFrom: 'handled',
    });
    const counts = await supportRequestsRetention.purge(t.database, now);
    expect(counts.get(org.id)).toBe(2);
    const byMessage = (items: Listed['items']) =>
      Object.fromEntries(items.map((item) => [item.contactEmail ?? item.id, item]));
    const items = await listed();
    expect(items).toHaveLength(4);
    const kept = byMessage(items);
    expect(
      Object.keys(kept)
        .filter((key) => key.includes('@'))
        .sort(),
    ).toEqual(['handledrecently@example.test', 'neverhandledrecent@example.test']);
    for (const item of items.filter((i) => i.anonymisedAt !== null)) {
      // The commune and dates stay for the maps; nothing of the person.
      expect(item).toMatchObject({
        communeName: 'Luzy',
        name: null,
        contactEmail: null,
        contactPhone: null,
        message: null,
      });
    }
    // A second purge finds nothing more.
    expect((await supportRequestsRetention.purge(t.database, now)).get(org.id) ?? 0).toBe(0);
    // Anonymised requests stay on the maps: where help was asked for, none waiting any more.
    expect((await org.members.coordinator.get(`${base}/map`)).body).toMatchObject({
      items: [{ communeName: 'Luzy', count: 4, waiting: 1 }],
    });
    // A year later, the other two go too.
    const later = new Date(now.getTime() + 365 * DAY);
    expect((await supportRequestsRetention.purge(t.database, later)).get(org.id)).toBe(2);
    expect((await listed()).every((item) => item.anonymisedAt !== null)).toBe(true);
  });
});

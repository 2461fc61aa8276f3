// Group share links: staff of the group make, show and revoke them; the page names nobody.
import type { GroupSharedPage, GroupShareLink } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildGroup,
  buildParticipant,
  buildSession,
  PARTICIPATION_CONSENT,
} from '../../testing/programme-factory';
import {
  buildOrganisation,
  buildUser,
  clientFor,
  signIn,
  startTestApp,
  type TestApp,
} from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const tokenOf = (link: GroupShareLink) => link.url.split('/').pop()!;
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3_600_000);

describe('group share links', () => {
  it('show the group, the note and its upcoming sessions, with no personal data, until revoked', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator'], 'Musique en Villages');
    const staff = org.members.coordinator;
    const group = await buildGroup(staff, org.id, { name: 'Résidence Les Tilleuls, aile B' });
    await buildParticipant(staff, org.id, group.id, {
      firstName: 'Germaine',
      ageBand: '65+',
      consent: { ...PARTICIPATION_CONSENT, guardianEmail: 'fille@famille.test' },
    });
    await buildSession(t, org.id, { groupIds: [group.id], startsAt: inDays(4) });
    const created = await staff.post(`/api/orgs/${org.id}/groups/${group.id}/share-links`, {
      note: 'Chansons à réviser : « La Javanaise ».',
    });
    expect(created.status).toBe(201);
    const link = created.body as GroupShareLink;
    // 32 random bytes: 256 bits, far above the 128 asked for.
    expect(tokenOf(link)).toMatch(/^[\w-]{43}$/);

    const anonymous = clientFor(t.app);
    const page = await anonymous.get(`/api/shared/groups/${tokenOf(link)}`);
    expect(page.status).toBe(200);
    const shown = page.body as GroupSharedPage;
    expect(shown.group.name).toBe('Résidence Les Tilleuls, aile B');
    expect(shown.note).toContain('Javanaise');
    expect(shown.upcomingSessions).toHaveLength(1);
    const text = JSON.stringify(shown);
    for (const secret of ['Germaine', 'fille@', 'Samia', 'Artiste'])
      expect(text).not.toContain(secret);

    const revoked = await staff.post(
      `/api/orgs/${org.id}/groups/${group.id}/share-links/${link.id}/revoke`,
    );
    expect(revoked.status).toBe(200);
    expect((revoked.body as GroupShareLink).revokedAt).not.toBeNull();
    expect((await anonymous.get(`/api/shared/groups/${tokenOf(link)}`)).status).toBe(404);
  });

  it('replace the current link with a new one, which alone works', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator']);
    const group = await buildGroup(org.members.coordinator, org.id);
    const base = `/api/orgs/${org.id}/groups/${group.id}/share-links`;
    const first = (await org.members.coordinator.post(base, {})).body as GroupShareLink;
    const second = (await org.members.coordinator.post(base, { note: null }))
      .body as GroupShareLink;
    const anonymous = clientFor(t.app);
    expect((await anonymous.get(`/api/shared/groups/${tokenOf(first)}`)).status).toBe(404);
    expect((await anonymous.get(`/api/shared/groups/${tokenOf(second)}`)).status).toBe(200);
    const list = await org.members.coordinator.get(base);
    const items = (list.body as { items: GroupShareLink[] }).items;
    expect(items.map((item) => item.revokedAt === null)).toEqual([true, false]);
  });

  it('follow the groups policy: viewers and artists may not share, relays only their own groups', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'artist']);
    const relayUser = await buildUser(t);
    await t.database.db
      .insert(schema.memberships)
      .values({ orgId: org.id, userId: relayUser.id, role: 'relay' });
    const relay = await signIn(t.app, relayUser.email);
    const theirs = await buildGroup(org.members.coordinator, org.id, { relayUserId: relayUser.id });
    const other = await buildGroup(org.members.coordinator, org.id);
    const url = (groupId: string) => `/api/orgs/${org.id}/groups/${groupId}/share-links`;
    expect((await org.members.viewer.post(url(theirs.id), {})).status).toBe(403);
    expect((await org.members.artist.post(url(theirs.id), {})).status).toBe(403);
    expect((await relay.post(url(theirs.id), {})).status).toBe(201);
    expect((await relay.post(url(other.id), {})).status).toBe(404);
  });

  it('answer 404 to a well-formed unknown token and 400 to a malformed one', async () => {
    const anonymous = clientFor(t.app);
    expect((await anonymous.get(`/api/shared/groups/${'A'.repeat(43)}`)).status).toBe(404);
    expect((await anonymous.get('/api/shared/groups/abc')).status).toBe(400);
  });
});

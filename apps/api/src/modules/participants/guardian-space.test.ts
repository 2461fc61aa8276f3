// The guardian scope: a guardian sees their own children in one organisation, nobody else's.
import type { GuardianChildren } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asGuest,
  askForLink,
  latestLinkToken,
  openLink,
} from '../../testing/guest-access-fixtures';
import {
  buildGroup,
  buildParticipant,
  buildSession,
  PARTICIPATION_CONSENT,
} from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3_600_000);

async function openGuardianAccess(orgId: string, email: string) {
  expect((await askForLink(t, { orgId, email, locale: 'en' })).status).toBe(202);
  const token = await latestLinkToken(t, orgId, email);
  const opened = await openLink(t, token!);
  expect(opened.status).toBe(200);
  return opened.cookie!;
}

describe('the guardian space', () => {
  it("shows the guardian's children with their upcoming sessions and consents, and no other family or organisation", async () => {
    const a = await buildOrganisation(t, ['admin', 'coordinator'], 'Musique en Villages');
    const b = await buildOrganisation(t, ['admin', 'coordinator'], 'Autre Association');
    const staffA = a.members.coordinator;
    const parent = 'samia.benali@famille.test';
    const classA = await buildGroup(staffA, a.id, { name: 'CE1 Jules-Ferry' });
    const classB = await buildGroup(staffA, a.id, { name: 'CM2 Jules-Ferry' });
    const mine = { ...PARTICIPATION_CONSENT, guardianEmail: parent };
    await buildParticipant(staffA, a.id, classA.id, { firstName: 'Inès', consent: mine });
    await buildParticipant(staffA, a.id, classB.id, {
      firstName: 'Yanis',
      consent: { ...mine, purposes: ['participation', 'photos'] },
    });
    // Another family in the same class, and the same address in another organisation.
    await buildParticipant(staffA, a.id, classA.id, {
      firstName: 'Hugo',
      consent: {
        ...PARTICIPATION_CONSENT,
        guardianName: 'Paul Martin',
        guardianEmail: 'paul@famille.test',
      },
    });
    const groupInB = await buildGroup(b.members.coordinator, b.id);
    await buildParticipant(b.members.coordinator, b.id, groupInB.id, {
      firstName: 'Nour',
      consent: mine,
    });
    await buildSession(t, a.id, { groupIds: [classA.id], startsAt: inDays(3) });
    await buildSession(t, a.id, { groupIds: [classA.id], startsAt: inDays(-3) });
    await buildSession(t, a.id, { groupIds: [classB.id], startsAt: inDays(5), kind: 'concert' });
    await buildSession(t, b.id, { groupIds: [groupInB.id], startsAt: inDays(2) });

    const cookie = await openGuardianAccess(a.id, parent);
    const page = await asGuest(t, cookie, 'GET', '/api/guest/guardian/children');
    expect(page.status).toBe(200);
    const { organisation, children } = page.body as GuardianChildren;
    expect(organisation.name).toBe('Musique en Villages');
    expect(children.map((child) => [child.firstName, child.group.name])).toEqual([
      ['Inès', 'CE1 Jules-Ferry'],
      ['Yanis', 'CM2 Jules-Ferry'],
    ]);
    expect(children[0]!.upcomingSessions).toHaveLength(1);
    expect(children[1]!.upcomingSessions.map((s) => s.kind)).toEqual(['concert']);
    expect(children[1]!.consents[0]!.purposes).toEqual(['participation', 'photos']);
    const text = JSON.stringify(page.body);
    for (const secret of ['Hugo', 'Paul', 'Nour', 'Samia', 'Artiste', parent]) {
      expect(text).not.toContain(secret);
    }
  });

  it('leaves a guest with no way into the staff API, and a member login with no guardian space', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator']);
    const group = await buildGroup(org.members.coordinator, org.id);
    const email = 'lina@famille.test';
    await buildParticipant(org.members.coordinator, org.id, group.id, {
      consent: { ...PARTICIPATION_CONSENT, guardianEmail: email },
    });
    const cookie = await openGuardianAccess(org.id, email);
    for (const url of [
      `/api/orgs/${org.id}/participants`,
      `/api/orgs/${org.id}/groups`,
      '/api/me',
    ]) {
      expect((await asGuest(t, cookie, 'GET', url)).status).toBe(401);
    }
    const staff = await org.members.admin.get('/api/guest/guardian/children');
    expect(staff.status).toBe(401);
  });

  it('writes the link in the language asked, with its lifetime, and never the address in the page', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator'], 'Chœurs du Jura');
    const group = await buildGroup(org.members.coordinator, org.id);
    const email = 'omar@famille.test';
    await buildParticipant(org.members.coordinator, org.id, group.id, {
      consent: { ...PARTICIPATION_CONSENT, guardianEmail: email },
    });
    await askForLink(t, { orgId: org.id, email, locale: 'de' });
    await t.app.afterResponse.idle();
    const outbox = await org.members.admin.get(`/api/orgs/${org.id}/outbox`);
    const [message] = (outbox.body as { items: { subject: string; bodyText: string }[] }).items;
    expect(message!.subject).toBe('Ihr Zugangslink — Chœurs du Jura');
    expect(message!.bodyText).toContain('30 Minuten');
    expect(message!.bodyText).toMatch(/http:\/\/tutti\.test\/p\/_\/acces\/[\w-]{43}/);
  });
});

import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

async function memberInvitationLinkTo(orgId: string, email: string) {
  const [mail] = await t.database.db
    .select()
    .from(schema.outboxMessages)
    .where(eq(schema.outboxMessages.toAddress, email));
  expect(mail?.orgId).toBe(orgId);
  return /\/member-invitations\/([A-Za-z0-9_-]+)/.exec(mail!.bodyText)![1]!;
}

describe('member invitations', () => {
  it('lets a new person join with the role of the mailed link, kept in the outbox for admins', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const created = await org.members.admin.post(`/api/orgs/${org.id}/member-invitations`, {
      email: 'Chloe@Example.test',
      role: 'artist',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      email: 'chloe@example.test',
      role: 'artist',
      status: 'pending',
    });

    const outbox = await org.members.admin.get(`/api/orgs/${org.id}/outbox`);
    expect(outbox.body).toMatchObject({
      total: 1,
      items: [{ kind: 'member-invitation', status: 'kept', toAddress: 'chloe@example.test' }],
    });

    const token = await memberInvitationLinkTo(org.id, 'chloe@example.test');
    const anonymous = clientFor(t.app);
    expect((await anonymous.get(`/api/member-invitations/${token}`)).body).toMatchObject({
      role: 'artist',
      hasAccount: false,
    });
    const missingPassword = await anonymous.post(`/api/member-invitations/${token}/accept`, {
      displayName: 'Chloé',
    });
    expect(missingPassword.status).toBe(400);
    expect(missingPassword.body).toMatchObject({ error: { fields: [{ path: 'body.password' }] } });

    const accepted = await anonymous.post(`/api/member-invitations/${token}/accept`, {
      displayName: 'Chloé',
      password: 'violoncelle du dimanche',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ memberships: [{ orgId: org.id, role: 'artist' }] });
    expect((await anonymous.post(`/api/member-invitations/${token}/accept`, {})).status).toBe(410);
    const chloe = await signIn(t.app, 'chloe@example.test', 'violoncelle du dimanche');
    expect((await chloe.get(`/api/orgs/${org.id}`)).status).toBe(200);
  });

  it('asks the owner of an existing account to sign in, then joins that account', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const existing = await buildUser(t);
    await org.members.admin.post(`/api/orgs/${org.id}/member-invitations`, {
      email: existing.email,
      role: 'relay',
    });
    const token = await memberInvitationLinkTo(org.id, existing.email);
    const anonymous = clientFor(t.app);
    expect(
      (
        await anonymous.post(`/api/member-invitations/${token}/accept`, {
          displayName: 'X',
          password: 'some long password',
        })
      ).status,
    ).toBe(401);
    const signedIn = await signIn(t.app, existing.email);
    const accepted = await signedIn.post(`/api/member-invitations/${token}/accept`, {});
    expect(accepted.body).toMatchObject({ memberships: [{ orgId: org.id, role: 'relay' }] });
  });

  it('refuses an account signed in with another address with 403, and nobody joins', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const invited = await buildUser(t);
    await org.members.admin.post(`/api/orgs/${org.id}/member-invitations`, {
      email: invited.email,
      role: 'admin',
    });
    const token = await memberInvitationLinkTo(org.id, invited.email);
    const stranger = await signIn(t.app, (await buildUser(t)).email);
    const refused = await stranger.post(`/api/member-invitations/${token}/accept`, {});
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      error: {
        code: 'MEMBER_INVITATION.OTHER_ACCOUNT',
        message: expect.stringContaining('another e-mail address'),
      },
    });
    expect((await stranger.get(`/api/orgs/${org.id}`)).status).toBe(404);
    const owner = await signIn(t.app, invited.email);
    expect((await owner.post(`/api/member-invitations/${token}/accept`, {})).status).toBe(200);
  });

  it('lets exactly one of many simultaneous accepts join, whoever sends them', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const invited = await buildUser(t);
    await org.members.admin.post(`/api/orgs/${org.id}/member-invitations`, {
      email: invited.email,
      role: 'admin',
    });
    const token = await memberInvitationLinkTo(org.id, invited.email);
    const clients = [];
    for (let i = 0; i < 4; i++) {
      clients.push(await signIn(t.app, invited.email));
      clients.push(await signIn(t.app, (await buildUser(t)).email));
    }
    const answers = await Promise.all(
      clients.map((client) => client.post(`/api/member-invitations/${token}/accept`, {})),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 410)).toHaveLength(3);
    expect(statuses.filter((status) => status === 403)).toHaveLength(4);
    const members = await t.database.db
      .select()
      .from(schema.memberships)
      .where(eq(schema.memberships.orgId, org.id));
    expect(members.map((member) => member.userId).sort()).toEqual(
      [org.members.admin.userId, invited.id].sort(),
    );
  });

  it('creates one account when several new-account accepts of one link arrive together', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const email = `newcomer-${Date.now()}@example.test`;
    await org.members.admin.post(`/api/orgs/${org.id}/member-invitations`, {
      email,
      role: 'viewer',
    });
    const token = await memberInvitationLinkTo(org.id, email);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        clientFor(t.app).post(`/api/member-invitations/${token}/accept`, {
          displayName: `Newcomer ${i}`,
          password: 'a long enough password',
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410, 410, 410, 410, 410]);
    const accounts = await t.database.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.email, email));
    expect(accounts).toHaveLength(1);
  });

  it('refuses a revoked member invitation with 404', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const created = await org.members.admin.post(`/api/orgs/${org.id}/member-invitations`, {
      email: 'late@example.test',
      role: 'viewer',
    });
    const id = (created.body as { id: string }).id;
    expect(
      (await org.members.admin.delete(`/api/orgs/${org.id}/member-invitations/${id}`)).status,
    ).toBe(204);
    const token = await memberInvitationLinkTo(org.id, 'late@example.test');
    expect((await clientFor(t.app).get(`/api/member-invitations/${token}`)).status).toBe(404);
  });

  it('redirects a link e-mailed before the rename (/invitations/…) to the member invitation page', async () => {
    const token = 'a'.repeat(43);
    const response = await t.app.inject({ method: 'GET', url: `/invitations/${token}` });
    expect(response.statusCode).toBe(308);
    expect(response.headers.location).toBe(`/member-invitations/${token}`);
  });

  it('is reserved to admins: a coordinator gets 403', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator']);
    const response = await org.members.coordinator.post(`/api/orgs/${org.id}/member-invitations`, {
      email: 'x@example.test',
      role: 'admin',
    });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { code: 'AUTH.FORBIDDEN' } });
  });
});

describe('members and organisations', () => {
  it('creates an organisation whose creator is admin', async () => {
    const user = await buildUser(t);
    const client = await signIn(t.app, user.email);
    const created = await client.post('/api/orgs', { name: 'Chœur des Collines' });
    expect(created.status).toBe(201);
    const me = await client.get('/api/me');
    expect(me.body).toMatchObject({
      memberships: [{ orgName: 'Chœur des Collines', role: 'admin' }],
    });
  });

  it('never removes or demotes the last admin', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator']);
    const adminId = org.members.admin.userId!;
    const demote = await org.members.admin.patch(`/api/orgs/${org.id}/members/${adminId}`, {
      role: 'viewer',
    });
    expect(demote.status).toBe(409);
    expect((await org.members.admin.delete(`/api/orgs/${org.id}/members/${adminId}`)).status).toBe(
      409,
    );
    const promote = await org.members.admin.patch(
      `/api/orgs/${org.id}/members/${org.members.coordinator.userId}`,
      { role: 'admin' },
    );
    expect(promote.body).toMatchObject({ role: 'admin' });
    expect((await org.members.admin.delete(`/api/orgs/${org.id}/members/${adminId}`)).status).toBe(
      204,
    );
    expect((await org.members.admin.get(`/api/orgs/${org.id}`)).status).toBe(404);
  });

  it('lists members with names and roles for coordinators, not for artists', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator', 'artist']);
    const list = await org.members.coordinator.get(`/api/orgs/${org.id}/members`);
    expect((list.body as { items: { role: string }[] }).items.map((m) => m.role).sort()).toEqual([
      'admin',
      'artist',
      'coordinator',
    ]);
    expect((await org.members.artist.get(`/api/orgs/${org.id}/members`)).status).toBe(403);
  });
});

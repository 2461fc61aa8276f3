// Reminder e-mails of a journey space: asked for on the page under the group link, confirmed from
// the e-mail (never by merely opening its link), sent once a day before each step through the
// outbox in the language asked in, again when a step moves, never for a cancelled step, after a
// revoked link or once stopped; kept 30 days after the journey; reached by a person's rights.
import type { ErasureAccount, PersonDataExport } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildParticipant } from '../../testing/programme-factory';
import { buildSpaceJourney, groupSpacePath } from '../../testing/space-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { runSpaceReminders } from './reminders.jobs';
import { spaceRemindersRetention } from './reminders.retention';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator'], 'Chanter en Morvan');
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const sameSite = { 'sec-fetch-site': 'same-origin' };

function post(url: string, fields: Record<string, string>, headers = sameSite) {
  return t.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams(fields).toString(),
  });
}

const run = (now: Date) =>
  runSpaceReminders({
    database: t.database,
    publicUrl: t.config.publicUrl,
    smtpConfigured: false,
    now,
  });

/** The outbox's messages of a kind to an address, oldest first. */
async function mails(to: string, kind: string) {
  const rows = await t.database.db
    .select()
    .from(schema.outboxMessages)
    .where(and(eq(schema.outboxMessages.toAddress, to), eq(schema.outboxMessages.kind, kind)));
  return rows.sort((a, b) => +a.createdAt - +b.createdAt);
}

const linkIn = (text: string) => /\/p\/_\/rappels\/[A-Za-z0-9_-]{43}\?lang=[a-z]{2}/.exec(text)![0];

async function startOf(sessionId: string) {
  const [row] = await t.database.db
    .select({ startsAt: schema.sessions.startsAt })
    .from(schema.sessions)
    .where(eq(schema.sessions.id, sessionId));
  return row!.startsAt;
}

describe('reminder e-mails of a journey space', () => {
  it('sends each confirmed family one reminder a day before each step, in their language, until they stop', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { spacePath, linkId } = await groupSpacePath(
      staff,
      org.id,
      journey.groupId,
      journey.journeyId,
    );
    const home = await t.app.inject({ method: 'GET', url: spacePath });
    expect(home.body).toContain(`action="${spacePath}/rappels?lang=fr"`);

    const form = `${spacePath}/rappels?lang=en`;
    expect((await post(form, { email: 'pas une adresse' })).statusCode).toBe(400);
    const elsewhere = await post(form, { email: 'a@b.fr' }, { 'sec-fetch-site': 'cross-site' });
    expect(elsewhere.statusCode).toBe(403);
    const asked = await post(form, { email: ' Famille.Martin@Example.ORG ' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Check your inbox');
    const address = 'famille.martin@example.org';
    const [confirmation] = await mails(address, 'journey-space-reminder-confirmation');
    expect(confirmation!.subject).toContain('Confirm the reminders');
    const manage = linkIn(confirmation!.bodyText);

    const second = new Date(await startOf(journey.sessionIds[1]!));
    const third = new Date(await startOf(journey.sessionIds[2]!));
    // Not confirmed yet: nothing goes. Opening the link confirms nothing either.
    expect(await run(new Date(+second - 20 * HOUR))).toEqual({ queued: 0 });
    const page = await t.app.inject({ method: 'GET', url: manage });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('name="action" value="confirm"');
    expect(await run(new Date(+second - 20 * HOUR))).toEqual({ queued: 0 });
    expect((await post(manage, { action: 'confirm' })).body).toContain('Done');

    // Two days before: too early. A day before: once, whatever the runs.
    expect(await run(new Date(+second - 48 * HOUR))).toEqual({ queued: 0 });
    const [a, b] = await Promise.all([
      run(new Date(+second - 20 * HOUR)),
      run(new Date(+second - 20 * HOUR)),
    ]);
    expect(a!.queued + b!.queued).toBe(1);
    expect(await run(new Date(+second - 2 * HOUR))).toEqual({ queued: 0 });
    const [reminder] = await mails(address, 'journey-space-reminder');
    expect(reminder!.subject).toMatch(/^Reminder: Step 2 · Chanter ensemble, [A-Z][a-z]+day/);
    expect(reminder!.bodyText).toContain('from 10:00 to 11:00');
    expect(reminder!.bodyText).toContain(`http://tutti.test${spacePath}`);
    expect(reminder!.status).toBe('kept');

    // The step moves two hours later: it is reminded again, at its new time.
    await t.database.db
      .update(schema.sessions)
      .set({ startsAt: new Date(+second + 2 * HOUR), endsAt: new Date(+second + 3 * HOUR) })
      .where(eq(schema.sessions.id, journey.sessionIds[1]!));
    expect(await run(new Date(+second - 20 * HOUR))).toEqual({ queued: 1 });
    expect((await mails(address, 'journey-space-reminder'))[1]!.bodyText).toContain(
      'from 12:00 to 13:00',
    );

    // A cancelled step is not reminded; nor anything once the group's link is revoked.
    await t.database.db
      .update(schema.sessions)
      .set({ status: 'cancelled' })
      .where(eq(schema.sessions.id, journey.sessionIds[2]!));
    expect(await run(new Date(+third - 20 * HOUR))).toEqual({ queued: 0 });
    await t.database.db
      .update(schema.sessions)
      .set({ status: 'planned' })
      .where(eq(schema.sessions.id, journey.sessionIds[2]!));
    const links = `/api/orgs/${org.id}/groups/${journey.groupId}/share-links`;
    expect((await staff.post(`${links}/${linkId}/revoke`, {})).status).toBe(200);
    expect(await run(new Date(+third - 20 * HOUR))).toEqual({ queued: 0 });
    const { spacePath: newPath } = await groupSpacePath(
      staff,
      org.id,
      journey.groupId,
      journey.journeyId,
    );
    expect(await run(new Date(+third - 20 * HOUR))).toEqual({ queued: 1 });
    const latest = (await mails(address, 'journey-space-reminder'))[2]!;
    expect(latest.bodyText).toContain(`http://tutti.test${newPath}`);

    // Stopping from any reminder deletes the address; its links then lead nowhere.
    const stop = linkIn(latest.bodyText);
    expect((await post(stop, { action: 'stop' })).body).toContain('Reminders stopped');
    expect((await t.app.inject({ method: 'GET', url: manage })).statusCode).toBe(404);
    const left = await t.database.db
      .select()
      .from(schema.spaceReminderSubscriptions)
      .where(eq(schema.spaceReminderSubscriptions.email, address));
    expect(left).toEqual([]);
  });

  it('writes in French when asked in French, and keeps the address 30 days after the journey', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
    await post(`${spacePath}/rappels?lang=fr`, { email: 'parent@example.fr' });
    const [confirmation] = await mails('parent@example.fr', 'journey-space-reminder-confirmation');
    expect(confirmation!.subject).toContain('Confirmez les rappels');
    // Asked again before confirming: a new link, the old one no longer works.
    await post(`${spacePath}/rappels?lang=fr`, { email: 'parent@example.fr' });
    const [, again] = await mails('parent@example.fr', 'journey-space-reminder-confirmation');
    const old = await t.app.inject({ method: 'GET', url: linkIn(confirmation!.bodyText) });
    expect(old.statusCode).toBe(404);
    await post(linkIn(again!.bodyText), { action: 'confirm' });
    const second = await startOf(journey.sessionIds[1]!);
    await run(new Date(+second - 20 * HOUR));
    const [reminder] = await mails('parent@example.fr', 'journey-space-reminder');
    expect(reminder!.subject).toMatch(/^Rappel : Étape 2 · Chanter ensemble, [a-z]+ \d+ /);
    expect(reminder!.bodyText).toContain('de 10:00 à 11:00');

    const count = async () =>
      (
        await t.database.db
          .select()
          .from(schema.spaceReminderSubscriptions)
          .where(eq(schema.spaceReminderSubscriptions.journeyId, journey.journeyId))
      ).length;
    const concert = await startOf(journey.sessionIds[2]!);
    await spaceRemindersRetention.purge(t.database, new Date(+concert + 20 * 24 * HOUR));
    expect(await count()).toBe(1);
    await spaceRemindersRetention.purge(t.database, new Date(+concert + 32 * 24 * HOUR));
    expect(await count()).toBe(0);
  });

  it("is in a guardian's data export, and erased with the child", async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
    const child = await buildParticipant(staff, org.id, journey.groupId, {
      consent: {
        guardianName: 'Nadia Roux',
        guardianEmail: 'nadia.roux@example.fr',
        givenOn: '2026-09-10',
        method: 'paper',
        purposes: ['participation'],
      },
    });
    await post(`${spacePath}/rappels?lang=de`, { email: 'nadia.roux@example.fr' });
    const base = `/api/orgs/${org.id}/participants/${child.id}`;
    const exported = (await org.members.admin.get(`${base}/data-export?format=json`))
      .body as PersonDataExport;
    expect(exported.spaceReminders).toEqual([
      expect.objectContaining({
        email: 'nadia.roux@example.fr',
        language: 'de',
        confirmedAt: null,
        remindersSent: 0,
      }),
    ]);
    const preview = (await org.members.admin.get(`${base}/erasure`)).body as ErasureAccount;
    expect(preview.removed).toContainEqual({ item: 'spaceReminders', count: 1 });
    expect((await org.members.admin.post(`${base}/erasure`, { confirm: true })).status).toBe(200);
    const left = await t.database.db
      .select()
      .from(schema.spaceReminderSubscriptions)
      .where(eq(schema.spaceReminderSubscriptions.email, 'nadia.roux@example.fr'));
    expect(left).toEqual([]);
  });
});

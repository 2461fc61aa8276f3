// A class or a nursery books its children and adults in one order from the concert's page; the
// seats are held until the head of the establishment confirms through the link e-mailed to
// them, and released when they decline or let the hold run out (the clock is passed in).
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { joinWaitingList, mailsTo, postForm, secretOf } from '../../testing/concert-lists-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { concertSettings } from './concert-settings';
import { sweepConcertSeats } from './concerts.jobs';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

const HOUR = 3_600_000;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer'], 'Musique en Chemins');
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

const concertOf = (capacity: number) =>
  buildPublishedConcert(t, org, { capacity, tariffs: [{ kind: 'free', priceCents: 0 }] });

function groupForm(overrides: Record<string, string> = {}) {
  return {
    'g-kind': 'school',
    'g-establishment': 'École des Tilleuls',
    'g-group': 'CE2 B',
    'g-children': '24',
    'g-adults': '3',
    'g-contact': 'Mme Lambert',
    'g-email': 'lambert@ecole.test',
    'g-head': 'direction@ecole.test',
    ...overrides,
  };
}

const boxOffice = async (sessionId: string) =>
  (await org.members.admin.get(`/api/orgs/${org.id}/sessions/${sessionId}/box-office`)).body as {
    booked: number;
    held: number;
    remaining: number;
  };

/** The head's link, as e-mailed to them. */
async function headLink(address: string) {
  const mail = (await mailsTo(t, address)).find((one) => one.kind === 'concert-group-head');
  const url = mail?.text.match(/http:\/\/tutti\.test(\/p\/\S+)\?lang=fr/)?.[1];
  if (!url) throw new Error(`no head link in ${JSON.stringify(mail)}`);
  return url;
}

describe('group orders', () => {
  it('holds a class’s seats until the head confirms, then books them', async () => {
    const concert = await concertOf(40);
    const page = await get(`/p/${concert.slug}/e/${concert.code}`);
    expect(page.body).toContain(`href="/p/${concert.slug}/e/${concert.code}/groupe?lang=fr"`);
    const form = await get(`/p/${concert.slug}/e/${concert.code}/groupe?lang=fr`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Réserver pour une classe ou une crèche');
    // The establishment's radios sit beside their labels: the page's one stylesheet gives them
    // their own width (they took the text fields' full width, each above its label, at 360 px).
    expect(form.body).toContain('<fieldset class="choice"');
    expect(form.body).toContain('.choice input{width:auto');
    expect(form.body).not.toContain('<script src');

    const sent = await postForm(t, `/p/${concert.slug}/e/${concert.code}/groupe`, groupForm());
    expect(sent.statusCode).toBe(303);
    const order = await get(String(sent.headers.location));
    expect(order.body).toContain('Réservation de groupe');
    expect(order.body).toContain('École des Tilleuls, CE2 B');
    expect(order.body).toContain('24 enfants, 3 adultes');
    expect(order.body).toContain('En attente de la confirmation de la direction');
    expect(order.body).not.toContain('qr.svg');
    expect(await boxOffice(concert.sessionId)).toMatchObject({
      booked: 0,
      held: 27,
      remaining: 13,
    });
    const [received] = await mailsTo(t, 'lambert@ecole.test');
    expect(received).toMatchObject({ kind: 'concert-group-received' });

    const head = await headLink('direction@ecole.test');
    const headPage = await get(head);
    expect(headPage.body).toContain('Mme Lambert a demandé ces places');
    expect(headPage.body).toContain(`action="${head}/confirmer?lang=fr"`);
    const confirmed = await postForm(t, `${head}/confirmer`);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.body).toContain('Réservation confirmée');
    // A second click changes nothing.
    expect((await postForm(t, `${head}/confirmer`)).statusCode).toBe(200);
    expect(await boxOffice(concert.sessionId)).toMatchObject({
      booked: 27,
      held: 0,
      remaining: 13,
    });
    expect((await get(String(sent.headers.location))).body).toContain('qr.svg');
    expect((await mailsTo(t, 'lambert@ecole.test')).map((mail) => mail.kind)).toEqual([
      'concert-group-received',
      'concert-group-confirmed',
    ]);

    const list = await org.members.coordinator!.get(
      `/api/orgs/${org.id}/sessions/${concert.sessionId}/group-orders`,
    );
    expect(list.body).toMatchObject({
      items: [
        {
          establishmentKind: 'school',
          establishmentName: 'École des Tilleuls',
          groupName: 'CE2 B',
          children: 24,
          adults: 3,
          contactName: 'Mme Lambert',
          headEmail: 'direction@ecole.test',
          status: 'confirmed',
        },
      ],
    });
    expect(
      (
        await org.members.viewer!.get(
          `/api/orgs/${org.id}/sessions/${concert.sessionId}/group-orders`,
        )
      ).status,
    ).toBe(403);
  });

  it('releases the seats when the hold runs out, and offers them to the waiting list', async () => {
    const concert = await concertOf(12);
    const sent = await postForm(
      t,
      `/p/${concert.slug}/e/${concert.code}/groupe`,
      groupForm({
        'g-kind': 'nursery',
        'g-establishment': 'Crèche Les Lutins',
        'g-group': '',
        'g-children': '8',
        'g-adults': '3',
        'g-email': 'lutins@creche.test',
        'g-head': 'direction@creche.test',
      }),
    );
    expect(sent.statusCode).toBe(303);
    // One seat left: a family of two waits.
    const family = await joinWaitingList(t, concert, {
      name: 'Famille Simon',
      email: 'simon@example.org',
      seats: 2,
    });
    expect(family.statusCode).toBe(303);

    const later = new Date(Date.now() + 73 * HOUR);
    const swept = await sweepConcertSeats({
      database: t.database,
      settings: concertSettings(t.config),
      now: later,
    });
    expect(swept.released).toBeGreaterThanOrEqual(1);
    expect((await get(String(sent.headers.location))).body).toContain(
      'Non confirmée à temps ; les places ont été libérées.',
    );
    expect((await mailsTo(t, 'lutins@creche.test')).map((mail) => mail.kind)).toEqual([
      'concert-group-received',
      'concert-group-released',
    ]);
    expect((await mailsTo(t, 'simon@example.org')).map((mail) => mail.kind)).toEqual([
      'concert-waitlist-joined',
      'concert-waitlist-offer',
    ]);
    // The head comes too late: 409, and the page says so.
    const late = await postForm(t, `${await headLink('direction@creche.test')}/confirmer`);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Délai dépassé');
  });

  it('frees the seats when the head declines', async () => {
    const concert = await concertOf(30);
    await postForm(
      t,
      `/p/${concert.slug}/e/${concert.code}/groupe`,
      groupForm({ 'g-email': 'dupuis@ecole.test', 'g-head': 'chef@ecole.test' }),
    );
    const declined = await postForm(t, `${await headLink('chef@ecole.test')}/refuser`);
    expect(declined.statusCode).toBe(200);
    expect(declined.body).toContain('Réservation refusée');
    expect(await boxOffice(concert.sessionId)).toMatchObject({ booked: 0, held: 0, remaining: 30 });
    expect((await mailsTo(t, 'dupuis@ecole.test')).at(-1)?.kind).toBe('concert-group-declined');
  });

  it('names each wrong field with 400, and refuses a group bigger than the seats left with 409', async () => {
    const concert = await concertOf(20);
    const wrong = await postForm(
      t,
      `/p/${concert.slug}/e/${concert.code}/groupe`,
      groupForm({ 'g-kind': '', 'g-establishment': '', 'g-children': '0', 'g-head': 'non' }),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Choisissez le type d’établissement.');
    expect(wrong.body).toContain('Indiquez le nom de l’établissement.');
    expect(wrong.body).toContain('Indiquez le nombre d’enfants, de 1 à 60.');
    expect(wrong.body).toContain('id="g-head" name="g-head" aria-invalid="true"');
    const tooBig = await postForm(t, `/p/${concert.slug}/e/${concert.code}/groupe`, groupForm());
    expect(tooBig.statusCode).toBe(409);
    expect(tooBig.body).toContain('Il ne reste que 20 places pour le groupe.');
    // The contact cancels a confirmed group order from its page like any order.
    const small = await postForm(
      t,
      `/p/${concert.slug}/e/${concert.code}/groupe`,
      groupForm({ 'g-children': '10', 'g-adults': '2', 'g-head': 'tilleuls@ecole.test' }),
    );
    const orderPath = String(small.headers.location).split('?')[0]!;
    const cancel = await postForm(t, `${orderPath}/annuler`);
    expect(cancel.statusCode).toBe(303);
    expect((await get(orderPath)).body).toContain('Annulée.');
    const [row] = await t.database.db
      .select({ status: schema.concertOrders.status })
      .from(schema.concertOrders)
      .where(eq(schema.concertOrders.secret, secretOf(orderPath)));
    expect(row?.status).toBe('cancelled');
    // A family still books the seats the group left.
    const family = await postBooking(t, concert.slug, concert.code, {
      [`q-${concert.tariffIds[0]}`]: '4',
      name: 'Famille Roy',
      email: 'roy@example.org',
    });
    expect(family.statusCode).toBe(303);
  });
});

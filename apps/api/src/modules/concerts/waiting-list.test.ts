// A concert's waiting list from the public page: a full hall takes sign-ups, a cancellation
// offers its seats to the next party that fits (held meanwhile), an offer is taken into an
// order or lapses (the clock is passed in, nobody waits), a party leaves by its link, and
// organisers read the list and move a party with a reason kept in the audit log.
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

/** A concert of `capacity` seats, full: its orders' locations, by name. */
async function fullConcert(capacity: number, orders: [string, number][]) {
  const concert = await buildPublishedConcert(t, org, {
    capacity,
    tariffs: [
      { kind: 'free', priceCents: 0 },
      { kind: 'full', priceCents: 800 },
    ],
  });
  const locations: Record<string, string> = {};
  for (const [name, seats] of orders) {
    const booked = await postBooking(t, concert.slug, concert.code, {
      [`q-${concert.tariffIds[0]}`]: String(seats),
      name,
      email: `${name.toLowerCase()}@example.org`,
    });
    expect(booked.statusCode).toBe(303);
    locations[name] = String(booked.headers.location).split('?')[0]!;
  }
  return { ...concert, locations };
}

const boxOffice = async (sessionId: string) =>
  (await org.members.admin.get(`/api/orgs/${org.id}/sessions/${sessionId}/box-office`)).body as {
    booked: number;
    held: number;
    remaining: number;
  };

describe('the waiting list from the public page', () => {
  it('offers freed seats to the next party that fits, held until taken, lapsed or left', async () => {
    const concert = await fullConcert(4, [
      ['Martin', 2],
      ['Durand', 2],
    ]);
    const page = await get(`/p/${concert.slug}/e/${concert.code}`);
    expect(page.body).toContain('Liste d’attente');
    expect(page.body).toContain(
      `action="/p/${concert.slug}/e/${concert.code}/liste-attente?lang=fr"`,
    );

    const petit = await joinWaitingList(t, concert, {
      name: 'Famille Petit',
      email: 'petit@example.org',
      seats: 2,
    });
    expect(petit.statusCode).toBe(303);
    const roux = await joinWaitingList(t, concert, {
      name: 'Roux',
      email: 'roux@example.org',
      seats: 3,
    });
    const leroy = await joinWaitingList(t, concert, {
      name: 'Leroy',
      email: 'leroy@example.org',
      seats: 1,
    });
    const entry = await get(String(leroy.headers.location));
    expect(entry.statusCode).toBe(200);
    expect(entry.headers['cache-control']).toBe('private, no-store');
    expect(entry.body).toContain('Vous êtes n° 3 sur la liste d’attente, pour 1 place.');
    const [joined] = await mailsTo(t, 'leroy@example.org');
    expect(joined).toMatchObject({ kind: 'concert-waitlist-joined' });
    expect(joined!.text).toContain(
      `http://tutti.test/p/${concert.slug}/attente/${secretOf(leroy.headers.location)}`,
    );

    // Martin cancels: their 2 seats go to the Petits (first, and they fit), held for them.
    const cancel = await postForm(t, `${concert.locations.Martin}/annuler`);
    expect(cancel.statusCode).toBe(303);
    expect(await boxOffice(concert.sessionId)).toMatchObject({ booked: 2, held: 2, remaining: 0 });
    const offer = (await mailsTo(t, 'petit@example.org')).find(
      (mail) => mail.kind === 'concert-waitlist-offer',
    );
    expect(offer?.subject).toMatch(/^Des places pour vous : Concert des villages \d+$/);
    expect(offer?.text).toContain('2 places se sont libérées');
    expect(offer?.text).toMatch(/gardées jusqu’au \S+ \d+ \S+, \d\d:\d\d\./);
    // Nobody else can take the held seats.
    const walkIn = await postBooking(t, concert.slug, concert.code, {
      [`q-${concert.tariffIds[0]}`]: '1',
      name: 'Passant',
      email: 'passant@example.org',
    });
    expect(walkIn.statusCode).toBe(409);

    // The Petits take one seat of the two: the other goes to Leroy (1 fits, Roux's 3 do not).
    const petitPage = await get(String(petit.headers.location));
    expect(petitPage.body).toContain('Des places vous attendent');
    expect(petitPage.body).toContain('2 places vous sont réservées jusqu’au');
    const taken = await postForm(t, `${String(petit.headers.location).split('?')[0]}/confirmer`, {
      [`q-${concert.tariffIds[1]}`]: '1',
    });
    expect(taken.statusCode).toBe(303);
    expect(String(taken.headers.location)).toMatch(/\/reservation\/[a-z0-9]{24}/);
    const order = await get(String(taken.headers.location));
    expect(order.body).toContain('Famille Petit');
    expect(order.body).toContain('1 place');
    expect((await get(String(petit.headers.location))).body).toContain('Réservation confirmée');
    expect((await mailsTo(t, 'leroy@example.org')).map((mail) => mail.kind)).toEqual([
      'concert-waitlist-joined',
      'concert-waitlist-offer',
    ]);
    expect(await boxOffice(concert.sessionId)).toMatchObject({ booked: 3, held: 1, remaining: 0 });

    // A day and an hour later, Leroy's offer has lapsed: the seat is free, Roux's 3 do not fit.
    const later = new Date(Date.now() + 25 * HOUR);
    const swept = await sweepConcertSeats({
      database: t.database,
      settings: concertSettings(t.config),
      now: later,
    });
    expect(swept).toMatchObject({ lapsed: 1, offered: 0 });
    expect((await get(String(leroy.headers.location))).body).toContain('La proposition a expiré');
    expect(await boxOffice(concert.sessionId)).toMatchObject({ booked: 3, held: 0, remaining: 1 });

    // Roux leaves by their link.
    const left = await postForm(t, `${String(roux.headers.location).split('?')[0]}/quitter`);
    expect(left.statusCode).toBe(303);
    expect((await get(String(roux.headers.location))).body).toContain(
      'Vous avez quitté la liste d’attente',
    );
  });

  it('refuses an offer past its deadline, swept or not, and more seats than offered', async () => {
    const concert = await fullConcert(2, [['Bernard', 2]]);
    const party = await joinWaitingList(t, concert, {
      name: 'Garnier',
      email: 'garnier@example.org',
      seats: 2,
    });
    await postForm(t, `${concert.locations.Bernard}/annuler`);
    const base = String(party.headers.location).split('?')[0]!;
    const tooMany = await postForm(t, `${base}/confirmer`, {
      [`q-${concert.tariffIds[0]}`]: '3',
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.body).toContain('2 places au plus : le nombre proposé.');
    // The offer's deadline passes; nothing swept it yet.
    await t.database.db
      .update(schema.concertWaitingList)
      .set({ offerExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(schema.concertWaitingList.secret, secretOf(base)));
    const late = await postForm(t, `${base}/confirmer`, { [`q-${concert.tariffIds[0]}`]: '2' });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('La proposition a expiré');
    expect(await boxOffice(concert.sessionId)).toMatchObject({ booked: 0, held: 0, remaining: 2 });
  });

  it('sends a party with seats left to the booking form (409), and names each wrong field (400)', async () => {
    const concert = await fullConcert(5, [['Morel', 2]]);
    const early = await joinWaitingList(t, concert, {
      name: 'Fournier',
      email: 'fournier@example.org',
      seats: 2,
    });
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Il reste 3 places : réservez-les directement.');
    const wrong = await postForm(t, `/p/${concert.slug}/e/${concert.code}/liste-attente`, {
      'wl-party': '40',
      'wl-name': '',
      'wl-email': 'pas-une-adresse',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Indiquez un nom.');
    expect(wrong.body).toContain('Indiquez une adresse e-mail valide');
    expect(wrong.body).toContain('Indiquez un nombre de places, de 1 à 12.');
    expect(wrong.body).toContain('id="wl-email" name="wl-email" aria-invalid="true"');
  });
});

describe('the waiting list for organisers', () => {
  it('lists the queue and moves a party with a reason kept in the audit log', async () => {
    const concert = await fullConcert(1, [['Blanc', 1]]);
    for (const name of ['Aubert', 'Brun', 'Colin']) {
      await joinWaitingList(t, concert, {
        name,
        email: `${name.toLowerCase()}@example.org`,
        seats: 2,
      });
    }
    const url = `/api/orgs/${org.id}/sessions/${concert.sessionId}/waiting-list`;
    const list = await org.members.coordinator!.get(url);
    expect(list.status).toBe(200);
    const items = (list.body as { items: { id: string; name: string; position: number }[] }).items;
    expect(items.map((item) => [item.position, item.name])).toEqual([
      [1, 'Aubert'],
      [2, 'Brun'],
      [3, 'Colin'],
    ]);
    const colin = items[2]!.id;
    const moved = await org.members.coordinator!.post(`${url}/${colin}/move`, {
      position: 1,
      reason: 'Famille du parcours d’éveil',
    });
    expect(moved.status).toBe(200);
    expect(
      (moved.body as { items: { name: string; position: number }[] }).items.map(
        (item) => `${item.position} ${item.name}`,
      ),
    ).toEqual(['1 Colin', '2 Aubert', '3 Brun']);
    const audit = await org.members.admin.get(
      `/api/orgs/${org.id}/audit-events?action=waitingList.reorder`,
    );
    expect(audit.body).toMatchObject({
      items: [
        {
          action: 'waitingList.reorder',
          subjectKind: 'waitingListEntry',
          subjectId: colin,
          detail: '3 → 1: Famille du parcours d’éveil',
        },
      ],
    });

    const noReason = await org.members.coordinator!.post(`${url}/${colin}/move`, {
      position: 2,
      reason: '',
    });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('body.reason');
    const viewer = await org.members.viewer!.post(`${url}/${colin}/move`, {
      position: 2,
      reason: 'Pour voir',
    });
    expect(viewer.status).toBe(403);
    expect((await org.members.viewer!.get(url)).status).toBe(403);
  });
});

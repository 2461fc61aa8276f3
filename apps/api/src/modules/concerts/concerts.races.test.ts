// Families racing for the last seats of a concert: exactly as many bookings succeed as there
// are seats left, whatever the database (the concert's session row is each booking's lock).
// Seats offered to the waiting list and held for a group's head count as taken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { joinWaitingList, postForm } from '../../testing/concert-lists-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

const ROUNDS = 5;
const RACERS = 8;

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  // Every racer comes from the same address: the bookings' limit per address is lifted.
  t = await startTestApp({ TUTTI_BOOKINGS_PER_IP_PER_HOUR: '100000' });
  org = await buildOrganisation(t, ['admin']);
});
afterAll(() => t.close());

describe('racing bookings', () => {
  it('never oversells: with 3 seats left, 3 of 8 single bookings succeed and the rest get 409', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const concert = await buildPublishedConcert(t, org, {
        capacity: 5,
        tariffs: [{ kind: 'free', priceCents: 0 }],
      });
      const field = `q-${concert.tariffIds[0]}`;
      const first = await postBooking(t, concert.slug, concert.code, {
        [field]: '2',
        name: 'Première famille',
        email: 'premiere@example.org',
      });
      expect(first.statusCode).toBe(303);
      const responses = await Promise.all(
        Array.from({ length: RACERS }, (_, racer) =>
          postBooking(t, concert.slug, concert.code, {
            [field]: '1',
            name: `Famille ${racer}`,
            email: `famille${racer}@example.org`,
          }),
        ),
      );
      const statuses = responses.map((response) => response.statusCode).sort();
      expect(statuses).toEqual([303, 303, 303, 409, 409, 409, 409, 409]);
      const box = await org.members.admin.get(
        `/api/orgs/${org.id}/sessions/${concert.sessionId}/box-office`,
      );
      expect(box.body).toMatchObject({ booked: 5, remaining: 0 });
    }
  });

  it('never oversells a family: with 3 seats left, of two families of 2 only one gets in', async () => {
    const concert = await buildPublishedConcert(t, org, {
      capacity: 3,
      tariffs: [{ kind: 'full', priceCents: 500 }],
    });
    const field = `q-${concert.tariffIds[0]}`;
    const responses = await Promise.all(
      ['Martin', 'Durand', 'Petit'].map((name) =>
        postBooking(t, concert.slug, concert.code, {
          [field]: '2',
          name,
          phone: '+33612345678',
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([303, 409, 409]);
  });

  it('counts seats offered to the waiting list as taken: of 8 walk-ins racing the offered party, none gets in', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const concert = await buildPublishedConcert(t, org, {
        capacity: 4,
        tariffs: [{ kind: 'free', priceCents: 0 }],
      });
      const field = `q-${concert.tariffIds[0]}`;
      const first = await postBooking(t, concert.slug, concert.code, {
        [field]: '2',
        name: 'Première famille',
        email: 'premiere@example.org',
      });
      await postBooking(t, concert.slug, concert.code, {
        [field]: '2',
        name: 'Deuxième famille',
        email: 'deuxieme@example.org',
      });
      const party = await joinWaitingList(t, concert, {
        name: 'Famille en attente',
        email: 'attente@example.org',
        seats: 2,
      });
      // The first family cancels: its 2 seats are offered to the party, held for it.
      await postForm(t, `${String(first.headers.location).split('?')[0]}/annuler`);
      const responses = await Promise.all([
        postForm(t, `${String(party.headers.location).split('?')[0]}/confirmer`, {
          [field]: '2',
        }),
        ...Array.from({ length: RACERS }, (_, racer) =>
          postBooking(t, concert.slug, concert.code, {
            [field]: '1',
            name: `Famille ${racer}`,
            email: `famille${racer}@example.org`,
          }),
        ),
      ]);
      expect(responses.map((response) => response.statusCode)).toEqual([
        303,
        ...Array(RACERS).fill(409),
      ]);
      const box = await org.members.admin.get(
        `/api/orgs/${org.id}/sessions/${concert.sessionId}/box-office`,
      );
      expect(box.body).toMatchObject({ booked: 4, held: 0, remaining: 0 });
    }
  });

  it('counts seats held for a group as taken: a class and 8 walk-ins racing never overfill the hall', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const concert = await buildPublishedConcert(t, org, {
        capacity: 10,
        tariffs: [{ kind: 'free', priceCents: 0 }],
      });
      const field = `q-${concert.tariffIds[0]}`;
      const responses = await Promise.all([
        postForm(t, `/p/${concert.slug}/e/${concert.code}/groupe`, {
          'g-kind': 'school',
          'g-establishment': 'École du Bourg',
          'g-children': '7',
          'g-adults': '1',
          'g-contact': 'M. Perrin',
          'g-email': 'perrin@ecole.test',
          'g-head': 'direction@ecole.test',
        }),
        ...Array.from({ length: RACERS }, (_, racer) =>
          postBooking(t, concert.slug, concert.code, {
            [field]: '1',
            name: `Famille ${racer}`,
            email: `famille${racer}@example.org`,
          }),
        ),
      ]);
      const [group, ...walkIns] = responses.map((response) => response.statusCode);
      const seated = walkIns.filter((status) => status === 303).length;
      // The class (8 seats) got in and at most 2 walk-ins, or it was refused when fewer than 8 were left.
      if (group === 303) expect(seated).toBeLessThanOrEqual(2);
      else expect([group, seated]).toEqual([409, 8]);
      const box = (
        await org.members.admin.get(`/api/orgs/${org.id}/sessions/${concert.sessionId}/box-office`)
      ).body as { booked: number; held: number };
      expect(box.booked + box.held).toBe(seated + (group === 303 ? 8 : 0));
      expect(box.booked + box.held).toBeLessThanOrEqual(10);
    }
  });

  it('never offers more seats than freed when two orders are cancelled at once', async () => {
    const concert = await buildPublishedConcert(t, org, {
      capacity: 4,
      tariffs: [{ kind: 'free', priceCents: 0 }],
    });
    const field = `q-${concert.tariffIds[0]}`;
    const orders = [];
    for (const name of ['A', 'B', 'C', 'D']) {
      const booked = await postBooking(t, concert.slug, concert.code, {
        [field]: '1',
        name,
        phone: '+33612345678',
      });
      orders.push(String(booked.headers.location).split('?')[0]!);
    }
    for (const name of ['E', 'F', 'G']) {
      await joinWaitingList(t, concert, { name, email: `${name}@example.org`, seats: 1 });
    }
    await Promise.all(orders.slice(0, 2).map((order) => postForm(t, `${order}/annuler`)));
    const list = await org.members.admin.get(
      `/api/orgs/${org.id}/sessions/${concert.sessionId}/waiting-list`,
    );
    expect((list.body as { items: { status: string }[] }).items.map((item) => item.status)).toEqual(
      ['offered', 'offered', 'waiting'],
    );
    const box = await org.members.admin.get(
      `/api/orgs/${org.id}/sessions/${concert.sessionId}/box-office`,
    );
    expect(box.body).toMatchObject({ booked: 2, held: 2, remaining: 0 });
  });
});

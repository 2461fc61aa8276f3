// Families racing for the last seats of a concert: exactly as many bookings succeed as there
// are seats left, whatever the database (the concert's session row is each booking's lock).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

const ROUNDS = 5;
const RACERS = 8;

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
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
});

// "Lost your booking link?" on a concert's page e-mails the links of a person's upcoming orders
// and waiting list entries, with the same answer whether the address has any or not, within
// limits per network address and per address; public bookings are limited per network address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { joinWaitingList, mailsTo, postForm, secretOf } from '../../testing/concert-lists-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp({
    TUTTI_ORDER_LINKS_PER_ADDRESS_PER_HOUR: '2',
    TUTTI_ORDER_LINKS_PER_IP_PER_HOUR: '4',
    TUTTI_BOOKINGS_PER_IP_PER_HOUR: '6',
  });
  org = await buildOrganisation(t, ['admin'], 'Musique en Chemins');
});
afterAll(() => t.close());

const tariffs = [{ kind: 'free', priceCents: 0 }];

describe('lost booking links', () => {
  it('e-mails the links of every upcoming order and entry of the address, and says the same to anyone', async () => {
    const first = await buildPublishedConcert(t, org, { capacity: 10, tariffs });
    const second = await buildPublishedConcert(t, org, { capacity: 2, tariffs });
    const booked = await postBooking(t, first.slug, first.code, {
      [`q-${first.tariffIds[0]}`]: '3',
      name: 'Famille Caron',
      email: 'caron@example.org',
    });
    await postBooking(t, second.slug, second.code, {
      [`q-${second.tariffIds[0]}`]: '2',
      name: 'Voisins',
      email: 'voisins@example.org',
    });
    const entry = await joinWaitingList(t, second, {
      name: 'Famille Caron',
      email: 'Caron@Example.org',
      seats: 2,
    });

    const known = await postForm(t, `/p/${first.slug}/e/${first.code}/lien-perdu`, {
      'lost-email': ' caron@example.org ',
    });
    const unknown = await postForm(t, `/p/${first.slug}/e/${first.code}/lien-perdu`, {
      'lost-email': 'personne@example.org',
    });
    await t.app.afterResponse.idle();
    expect([known.statusCode, unknown.statusCode]).toEqual([200, 200]);
    expect(known.body).toBe(unknown.body);
    expect(known.body).toContain('Si des réservations à venir sont enregistrées à cette adresse');
    const mails = (await mailsTo(t, 'caron@example.org')).filter(
      (mail) => mail.kind === 'concert-order-links',
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Vos réservations — Musique en Chemins');
    expect(mails[0]!.text).toContain(
      `http://tutti.test/p/${first.slug}/reservation/${secretOf(booked.headers.location)}?lang=fr`,
    );
    expect(mails[0]!.text).toContain(
      `http://tutti.test/p/${second.slug}/attente/${secretOf(entry.headers.location)}?lang=fr`,
    );
    expect(await mailsTo(t, 'personne@example.org')).toEqual([]);
  });

  it('names a wrong address with 400, and stops at the limits with 429', async () => {
    const concert = await buildPublishedConcert(t, org, { capacity: 10, tariffs });
    const url = `/p/${concert.slug}/e/${concert.code}/lien-perdu`;
    const wrong = await postForm(t, url, { 'lost-email': 'pas-une-adresse' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Cette adresse e-mail n’est pas valide.');
    expect(wrong.body).toContain('id="lost-email" name="lost-email" aria-invalid="true"');
    // The first test asked once for this address; the limit is 2 per address and hour.
    expect((await postForm(t, url, { 'lost-email': 'caron@example.org' })).statusCode).toBe(200);
    const again = await postForm(t, url, { 'lost-email': 'caron@example.org' });
    expect(again.statusCode).toBe(429);
    expect(again.body).toContain('Trop de demandes');
    expect(again.headers['retry-after']).toBeDefined();
  });
});

describe('public bookings per network address', () => {
  it('refuses the next booking, sign-up or group request past the limit with 429', async () => {
    const limited = await startTestApp({ TUTTI_BOOKINGS_PER_IP_PER_HOUR: '2' });
    try {
      const other = await buildOrganisation(limited, ['admin'], 'Chœur des Monts');
      const concert = await buildPublishedConcert(limited, other, { capacity: 50, tariffs });
      const book = (name: string) =>
        postBooking(limited, concert.slug, concert.code, {
          [`q-${concert.tariffIds[0]}`]: '1',
          name,
          email: `${name.toLowerCase()}@example.org`,
        });
      expect((await book('Un')).statusCode).toBe(303);
      expect((await book('Deux')).statusCode).toBe(303);
      const third = await book('Trois');
      expect(third.statusCode).toBe(429);
      expect(third.body).toContain('Trop de demandes depuis cette connexion.');
      const signUp = await joinWaitingList(limited, concert, {
        name: 'Quatre',
        email: 'quatre@example.org',
        seats: 1,
      });
      expect(signUp.statusCode).toBe(429);
      const group = await postForm(limited, `/p/${concert.slug}/e/${concert.code}/groupe`, {});
      expect(group.statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

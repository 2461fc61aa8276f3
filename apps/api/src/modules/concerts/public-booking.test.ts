// Booking from a concert's public page without an account: the family's order, its page with QR
// code and calendar, refusals that name the field, cancellation, and what organisers read.
import { ORDER_SECRET_PATTERN } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedConcert, postBooking } from '../../testing/concert-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let concert: Awaited<ReturnType<typeof buildPublishedConcert>>;

const tariffs = [
  { kind: 'free', priceCents: 0, conditions: 'Moins de 12 ans' },
  { kind: 'solidarity', priceCents: 200 },
  { kind: 'full', priceCents: 800, seatLimit: 3 },
  { kind: 'supporter', priceCents: 1000 },
  { kind: 'payWhatYouCan', floorCents: 100, ceilingCents: 1000 },
];

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer'], 'Musique en Chemins');
  concert = await buildPublishedConcert(t, org, { capacity: 10, tariffs });
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });
const [free, solidarity, full, supporter, free2] = [0, 1, 2, 3, 4];
const q = (index: number) => `q-${concert.tariffIds[index]}`;
const a = (index: number) => `a-${concert.tariffIds[index]}`;

describe('booking from the public page', () => {
  it('shows the tariffs in plain words, the seats left and a form that needs no script', async () => {
    const response = await get(`/p/${concert.slug}/e/${concert.code}`);
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('Tarif solidaire');
    expect(html).toContain('Moins de 12 ans');
    expect(html).toContain('de 1 € à 10 €');
    expect(html).toContain('10 places restantes');
    expect(html).toContain(`action="/p/${concert.slug}/e/${concert.code}/reserver?lang=fr"`);
    expect(html).not.toContain('<script src');
    const jsonLd = JSON.parse(
      html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!,
    );
    expect(jsonLd).toMatchObject({
      '@type': 'MusicEvent',
      eventStatus: 'https://schema.org/EventScheduled',
      isAccessibleForFree: true,
    });
    expect(jsonLd.offers).toHaveLength(5);
    expect(jsonLd.offers[2]).toMatchObject({ price: '8.00', priceCurrency: 'EUR' });
  });

  it('books four seats for a family in one order, then shows its page with QR code and calendar', async () => {
    const response = await postBooking(t, concert.slug, concert.code, {
      [q(free)]: '2',
      [q(solidarity)]: '1',
      [q(free2)]: '1',
      [a(free2)]: '4,50',
      name: 'Famille Martin',
      email: 'martin@example.org',
      access: 'Un fauteuil roulant',
    });
    expect(response.statusCode).toBe(303);
    const location = String(response.headers.location);
    const secret = location.match(/reservation\/([a-z0-9]+)/)![1]!;
    expect(secret).toMatch(ORDER_SECRET_PATTERN);
    const page = await get(location);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.body).toContain('4 places');
    expect(page.body).toContain('Famille Martin');
    expect(page.body).toMatch(/6,50\s€/);
    expect(page.body).not.toContain('fauteuil');
    const qr = await get(`/p/${concert.slug}/reservation/${secret}/qr.svg`);
    expect([qr.statusCode, qr.headers['content-type']]).toEqual([200, 'image/svg+xml']);
    const ics = await get(`/p/${concert.slug}/reservation/${secret}/concert.ics`);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('SUMMARY:Concert des villages');

    const box = await org.members.viewer!.get(
      `/api/orgs/${org.id}/sessions/${concert.sessionId}/box-office`,
    );
    expect(box.body).toMatchObject({ booked: 4, remaining: 6, orders: 1 });
    const orders = await org.members.coordinator!.get(
      `/api/orgs/${org.id}/sessions/${concert.sessionId}/orders`,
    );
    expect(orders.body).toMatchObject({
      items: [{ name: 'Famille Martin', seats: 4, accessNeeds: 'Un fauteuil roulant' }],
    });
    const after = await get(`/p/${concert.slug}/e/${concert.code}`);
    expect(after.body).toContain('6 places restantes');
  });

  it('re-renders the form with each problem next to its field, with 400', async () => {
    const response = await postBooking(t, concert.slug, concert.code, {
      [q(free2)]: '1',
      [a(free2)]: '25',
      name: '',
      email: '',
      phone: '',
    });
    expect(response.statusCode).toBe(400);
    const html = response.body;
    expect(html).toContain('Indiquez un nom.');
    expect(html).toContain('Indiquez une adresse e-mail ou un numéro de téléphone.');
    expect(html).toContain('Choisissez un montant de 1 € à 10 €.');
    expect(html).toContain(`id="${a(free2)}" name="${a(free2)}" aria-invalid="true"`);
    expect(html).toContain('value="25"');
  });

  it('refuses more seats than a tariff has left with 409, and no seat at all with 400', async () => {
    const tooMany = await postBooking(t, concert.slug, concert.code, {
      [q(full)]: '4',
      name: 'Durand',
      phone: '+33 6 12 34 56 78',
    });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.body).toContain('Il ne reste que 3 places.');
    const none = await postBooking(t, concert.slug, concert.code, {
      name: 'Durand',
      phone: '+33612345678',
    });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Choisissez au moins une place.');
  });

  it('cancels an order by its secret, which frees its seats', async () => {
    const booked = await postBooking(t, concert.slug, concert.code, {
      [q(supporter)]: '2',
      name: 'Lefèvre',
      email: 'lefevre@example.org',
    });
    const location = String(booked.headers.location).split('?')[0]!;
    const before = (
      await org.members.admin.get(`/api/orgs/${org.id}/sessions/${concert.sessionId}/box-office`)
    ).body as { booked: number; supporterFunded: number };
    expect(before.supporterFunded).toBe(2);
    const cancel = await t.app.inject({
      method: 'POST',
      url: `${location}/annuler`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
      },
      payload: '',
    });
    expect(cancel.statusCode).toBe(303);
    expect((await get(location)).body).toContain('Réservation annulée');
    const box = (
      await org.members.admin.get(`/api/orgs/${org.id}/sessions/${concert.sessionId}/box-office`)
    ).body as { booked: number };
    expect(box.booked).toBe(before.booked - 2);
  });

  it('refuses a booking form sent from another site with 403, and an unknown secret with 404', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/p/${concert.slug}/e/${concert.code}/reserver`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'cross-site',
      },
      payload: `${q(free)}=1&name=X&email=x%40example.org`,
    });
    expect(response.statusCode).toBe(403);
    expect((await get(`/p/${concert.slug}/reservation/${'a'.repeat(24)}`)).statusCode).toBe(404);
  });
});

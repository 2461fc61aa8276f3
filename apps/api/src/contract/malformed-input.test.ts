// Property: whatever a client sends to any endpoint, the answer is never a 5xx and errors keep their shape.
import { ErrorBodySchema } from '@tutti/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrganisationResources } from '../testing/organisation-fixtures';
import { buildOrganisation, signIn, startTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let ids: Record<string, string>;
let adminEmail: string;

/** A fresh login each time: a random body may well have signed the previous one out. */
async function freshAdmin() {
  return signIn(t.app, adminEmail);
}

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  ids = await seedOrganisationResources(t, org);
  adminEmail = ((await org.members.admin.get('/api/me')).body as { user: { email: string } }).user
    .email;
}, 240_000); // A resource of every module, seeded once: it grows with the API.
afterAll(() => t.close());

const hugeString = fc.constantFrom(100_000, 2_000_000).map((n) => 'é'.repeat(n));
const wrongTypes = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string()),
  fc.double(),
);
const fieldNames = fc.constantFrom(
  'email',
  'password',
  'name',
  'role',
  'locale',
  'displayName',
  'token',
  '__proto__',
  'constructor',
);

/** Bodies a careless or hostile client might send: JSON of any shape, bad types, unknown and huge fields. */
const malformedBody = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fieldNames, fc.oneof(wrongTypes, fc.string(), hugeString)),
  fc.dictionary(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 3 })),
  fc.record({ email: fc.string(), password: fc.string(), unexpected: fc.string() }),
);

/** Raw payloads that are not JSON at all, sent with a JSON content type. */
const brokenJson = fc.oneof(
  fc.constantFrom('{', '{"email":', '[1,2', 'undefined', "{'a':1}", '\u0000', '{"a":1}}'),
  fc.string({ maxLength: 200 }),
);

const pathValue = fc.oneof(
  fc.constantFrom(
    'x',
    '0',
    '-1',
    '00000000-0000-0000-0000-000000000000',
    '%00',
    '..',
    'a'.repeat(300),
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
);

const queryString = fc
  .dictionary(
    fc.constantFrom('limit', 'offset', 'q', 'from'),
    fc.oneof(fc.string(), fc.integer().map(String)),
  )
  .map((q) => new URLSearchParams(q).toString());

function expectWellFormed(route: string, status: number, body: unknown) {
  expect({ route, server_error: status >= 500 }).toEqual({ route, server_error: false });
  if (status >= 400) {
    expect({ route, shaped: ErrorBodySchema.safeParse(body).success }).toEqual({
      route,
      shaped: true,
    });
  }
}

/**
 * The routes are walked in parts, each with its own time limit: every route of every module, 25
 * times, grows with the API and crossed one limit on a busy machine.
 */
const PARTS = 4;
const inPart = (part: number) => t.app.routeTable.filter((_, index) => index % PARTS === part);

describe('malformed input on every endpoint', () => {
  it.each(Array.from({ length: PARTS }, (_, part) => part))(
    'never answers 5xx to random bodies, path values and query strings (routes, part %i)',
    async (part) => {
      for (const route of inPart(part)) {
        const admin = await freshAdmin();
        await fc.assert(
          fc.asyncProperty(
            malformedBody,
            pathValue,
            queryString,
            fc.boolean(),
            async (body, value, query, realIds) => {
              const path = route.url.replace(/:(\w+)/g, (_, name: string) =>
                realIds ? (ids[name] ?? value) : value,
              );
              const url = query ? `${path}?${query}` : path;
              const response = await admin.request(
                route.method,
                url,
                route.method === 'GET' ? undefined : body,
              );
              expectWellFormed(`${route.method} ${route.url}`, response.status, response.body);
            },
          ),
          { numRuns: 25, seed: 20261122 },
        );
      }
    },
    300_000,
  );

  it.each(Array.from({ length: PARTS }, (_, part) => part))(
    'answers 400 with the error shape to broken JSON on every write endpoint (routes, part %i)',
    async (part) => {
      for (const route of inPart(part).filter((r) => r.method !== 'GET')) {
        const csrf = (await (await freshAdmin()).get('/api/me')).body as { csrfToken: string };
        await fc.assert(
          fc.asyncProperty(brokenJson, async (payload) => {
            const response = await t.app.inject({
              method: route.method as 'POST',
              url: route.url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? 'x'),
              payload,
              headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.csrfToken },
            });
            expectWellFormed(`${route.method} ${route.url}`, response.statusCode, response.json());
          }),
          { numRuns: 15, seed: 7 },
        );
      }
    },
    300_000,
  );

  it('answers 413 to a body over the limit, naming the problem', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2_000_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: { code: 'REQUEST.TOO_LARGE' } });
  });

  it('names each unknown field in a 400', async () => {
    const response = await org.members.admin.patch(`/api/orgs/${org.id}`, {
      name: 'Nouveau nom',
      colour: 'red',
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        code: 'REQUEST.VALIDATION',
        fields: [{ path: 'body.colour', message: 'Unknown field' }],
      },
    });
  });

  it('answers unknown routes with 404 in the same shape', async () => {
    const response = await org.members.admin.get('/api/no-such-thing');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ error: { code: 'REQUEST.NOT_FOUND' } });
  });
});

// Guest access in tests: ask for a one-time link as a stranger would, read it from the outbox,
// open it, and call the API with the access cookie.
import type { GuestLinkRequestBody } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { and, desc, eq } from 'drizzle-orm';
import type { TestApp } from './test-app';

let sequence = 0;

/** A distinct client address per call unless given, so that rate limits apply only where meant. */
export function nextIp() {
  sequence += 1;
  return `10.0.${Math.floor(sequence / 250)}.${(sequence % 250) + 1}`;
}

export async function askForLink(
  t: TestApp,
  body: Partial<GuestLinkRequestBody> & Record<string, unknown>,
  ip = nextIp(),
) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/guest/links',
    payload: { scope: 'guardian', ...body },
    remoteAddress: ip,
  });
  return { status: response.statusCode, body: response.json() as unknown };
}

/** The token of the newest link sent to `address` in the organisation, once the sending is done. */
export async function latestLinkToken(t: TestApp, orgId: string, address: string) {
  await t.app.afterResponse.idle();
  const [message] = await t.database.db
    .select()
    .from(schema.outboxMessages)
    .where(
      and(eq(schema.outboxMessages.orgId, orgId), eq(schema.outboxMessages.toAddress, address)),
    )
    .orderBy(desc(schema.outboxMessages.createdAt))
    .limit(1);
  return /\/p\/_\/acces\/([A-Za-z0-9_-]{43})/.exec(message?.bodyText ?? '')?.[1] ?? null;
}

export async function openLink(t: TestApp, token: string) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/guest/access',
    payload: { token },
  });
  const cookie = response.cookies.find((c) => c.name === 'tutti_guest');
  return {
    status: response.statusCode,
    body: response.json() as unknown,
    cookie: cookie ? `tutti_guest=${cookie.value}` : null,
  };
}

export async function asGuest(t: TestApp, cookie: string, method: 'GET' | 'DELETE', url: string) {
  const response = await t.app.inject({ method, url, headers: { cookie } });
  return {
    status: response.statusCode,
    body: response.body ? (response.json() as unknown) : null,
  };
}

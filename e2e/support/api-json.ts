// Calls the API as the signed-in page does (its cookie and CSRF token), for tests that build data.
import type { APIRequestContext, Page } from 'playwright-core';

export type Named = { id: string; name?: string; displayName?: string };
type Me = { csrfToken: string; memberships: { orgId: string }[] };

export async function json<T>(
  request: APIRequestContext,
  method: string,
  url: string,
  csrf: string,
  body?: unknown,
) {
  const response = await request.fetch(url, {
    method,
    headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { data: body }),
  });
  if (!response.ok())
    throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The signed-in member's organisation, its API base path and the CSRF token to write with. */
export async function signedInOrg(page: Page) {
  const me = (await (await page.request.get('/api/me')).json()) as Me;
  const orgId = me.memberships[0]!.orgId;
  return { orgId, csrf: me.csrfToken, base: `/api/orgs/${orgId}` };
}

// A published session's id from its public code, as the coordinator's calendar lists it (six
// weeks at a time, over the next year).
import type { APIRequestContext } from 'playwright-core';

export async function sessionIdOfPublicCode(
  request: APIRequestContext,
  orgId: string,
  code: string,
) {
  for (let week = 0; week < 60; week += 6) {
    const from = new Date(Date.now() + week * 7 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + (week + 6) * 7 * 86_400_000 - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const calendar = (await (
      await request.get(`/api/orgs/${orgId}/sessions?from=${from}&to=${to}`)
    ).json()) as { items: { id: string; publicCode: string | null }[] };
    const found = calendar.items.find((session) => session.publicCode === code)?.id;
    if (found) return found;
  }
  return undefined;
}

// Cached reads: the same bytes while nothing changed, fresh ones after any change, per person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedParticipantResources } from '../../testing/participants-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
  const body = (text: string) => Buffer.from(text);

  it('forgets an answer once the data version moved', () => {
    const cache = new ResponseCache(1000);
    cache.set('a', { scope: 'o', dataVersion: 1, body: body('[1]') });
    expect(cache.get('a', 1)?.body.toString()).toBe('[1]');
    expect(cache.get('a', 2)).toBeUndefined();
    expect(cache.get('a', 1)).toBeUndefined();
  });

  it("drops an organisation's older answers as soon as one of a newer version is kept", () => {
    const cache = new ResponseCache(1000);
    cache.set('o a', { scope: 'o', dataVersion: 1, body: body('[1]') });
    cache.set('o b', { scope: 'o', dataVersion: 1, body: body('[2]') });
    cache.set('p a', { scope: 'p', dataVersion: 1, body: body('[3]') });
    cache.set('o c', { scope: 'o', dataVersion: 2, body: body('[4]') });
    expect(cache.size).toEqual({ entries: 2, bytes: 6 });
    expect(cache.get('p a', 1)?.body.toString()).toBe('[3]');
    // Computed under a version that has moved on since: not kept.
    cache.set('o a', { scope: 'o', dataVersion: 1, body: body('[5]') });
    expect(cache.get('o a', 1)).toBeUndefined();
    // A request that read the version before the change does not evict the newer answer.
    expect(cache.get('o c', 1)).toBeUndefined();
    expect(cache.get('o c', 2)?.body.toString()).toBe('[4]');
  });

  it('keeps within its budget by dropping the least recently used answers', () => {
    const cache = new ResponseCache(100);
    cache.set('a', { scope: 'o', dataVersion: 1, body: body('a'.repeat(20)) });
    cache.set('b', { scope: 'o', dataVersion: 1, body: body('b'.repeat(20)) });
    cache.get('a', 1);
    cache.set('c', { scope: 'o', dataVersion: 1, body: body('c'.repeat(20)) });
    cache.set('d', { scope: 'o', dataVersion: 1, body: body('d'.repeat(20)) });
    cache.set('e', { scope: 'o', dataVersion: 1, body: body('e'.repeat(20)) });
    cache.set('f', { scope: 'o', dataVersion: 1, body: body('f'.repeat(20)) });
    // b was the least recently used when f came in.
    const kept = ['a', 'b', 'c', 'd', 'e', 'f'].filter((key) => cache.get(key, 1));
    expect(kept).toEqual(['a', 'c', 'd', 'e', 'f']);
    // Too large for a quarter of the budget: never kept.
    cache.set('big', { scope: 'o', dataVersion: 1, body: body('x'.repeat(30)) });
    expect(cache.get('big', 1)).toBeUndefined();
  });
});

describe('cached reads over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the same bytes until a change, then the change; 304 for a known version', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator']);
    const { groupId } = await seedParticipantResources(org);
    const url = `/api/orgs/${org.id}/participants?limit=50`;
    const { coordinator, admin } = org.members;

    const first = await coordinator.get(url);
    expect(first.status).toBe(200);
    expect((first.body as { total: number }).total).toBe(1);
    expect(first.headers['cache-control']).toBe('private, no-cache');
    const etag = String(first.headers.etag);
    const again = await coordinator.get(url);
    expect([again.headers.etag, again.rawBody.equals(first.rawBody)]).toEqual([etag, true]);

    const notModified = await coordinator.request('GET', url, undefined, { 'if-none-match': etag });
    expect([notModified.status, notModified.rawBody.length]).toEqual([304, 0]);
    // Another person never gets "not modified" for someone else's answer.
    const other = await admin.request('GET', url, undefined, { 'if-none-match': etag });
    expect(other.status).toBe(200);
    expect(other.headers.etag).not.toBe(etag);

    const enrolled = await coordinator.post(`/api/orgs/${org.id}/participants`, {
      groupId,
      firstName: 'Malik',
      ageBand: '6-10',
    });
    expect(enrolled.status).toBe(201);
    const after = await coordinator.request('GET', url, undefined, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(
      (after.body as { items: { firstName: string }[] }).items.map((p) => p.firstName),
    ).toEqual(expect.arrayContaining(['Léa', 'Malik']));
  });

  it('gives a refused read no validators', async () => {
    const org = await buildOrganisation(t, ['coordinator']);
    const url = `/api/orgs/${org.id}/sessions?from=2026-01-01&to=2027-06-01`;
    const refused = await org.members.coordinator.get(url);
    // Refused by the calendar itself, past the cache's first steps.
    expect([refused.status, (refused.body as { error: { code: string } }).error.code]).toEqual([
      400,
      'CALENDAR.RANGE_TOO_LONG',
    ]);
    expect([refused.headers.etag, refused.headers['cache-control']]).toEqual([
      undefined,
      undefined,
    ]);
  });

  it('answers the same with the cache turned off', async () => {
    const off = await startTestApp({ TUTTI_RESPONSE_CACHE_MB: '0' });
    try {
      const org = await buildOrganisation(off, ['coordinator']);
      await seedParticipantResources(org);
      const url = `/api/orgs/${org.id}/participants?limit=50`;
      const first = await org.members.coordinator.get(url);
      const second = await org.members.coordinator.get(url);
      expect(first.status).toBe(200);
      expect(second.rawBody.equals(first.rawBody)).toBe(true);
      expect(off.app.responseCache.enabled).toBe(false);
    } finally {
      await off.close();
    }
  });
});

describe('ResponseCache.answer', () => {
  it('computes once for requests that miss together, then answers from memory', async () => {
    const cache = new ResponseCache(1000);
    let runs = 0;
    const compute = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return Buffer.from(`[${runs}]`);
    };
    const bodies = await Promise.all([1, 2, 3].map(() => cache.answer('o', 'k', 7, compute)));
    expect(bodies.map(String)).toEqual(['[1]', '[1]', '[1]']);
    expect(String(await cache.answer('o', 'k', 7, compute))).toBe('[1]');
    expect(String(await cache.answer('o', 'k', 8, compute))).toBe('[2]');
    expect(runs).toBe(2);
  });

  it('lets every waiting request see a failed computation, and tries again next time', async () => {
    const cache = new ResponseCache(1000);
    const failing = () => Promise.reject(new Error('database gone'));
    const answers = await Promise.allSettled([
      cache.answer('o', 'k', 1, failing),
      cache.answer('o', 'k', 1, failing),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    expect(String(await cache.answer('o', 'k', 1, async () => Buffer.from('ok')))).toBe('ok');
  });
});

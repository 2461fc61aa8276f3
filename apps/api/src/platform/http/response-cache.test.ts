// Cached reads: the same bytes while nothing changed, fresh ones after any change, per person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedParticipantResources } from '../../testing/participants-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { ResponseCache } from './response-cache';

describe('ResponseCache', () => {
  const none = { tables: [], artistDays: null };
  const answerOf = (text: string, stamp = 's1') => ({
    dependencies: none,
    stamp,
    body: Buffer.from(text),
  });
  const stampIs = (stamp: string) => async () => stamp;

  it('serves an answer again while its stamp holds, and computes anew once it moved', async () => {
    const cache = new ResponseCache(1000);
    let runs = 0;
    const compute = (stamp: string) => async () => answerOf(`[${++runs}]`, stamp);
    expect(String((await cache.answer('a', stampIs('s1'), compute('s1'))).body)).toBe('[1]');
    expect(String((await cache.answer('a', stampIs('s1'), compute('s1'))).body)).toBe('[1]');
    expect(String((await cache.answer('a', stampIs('s2'), compute('s2'))).body)).toBe('[2]');
    expect(cache.counts).toEqual({ hits: 1, misses: 2 });
    expect(cache.size).toEqual({ entries: 1, bytes: 3 });
  });

  it('finds the answer a login last read at a URL, while it is stored', async () => {
    const cache = new ResponseCache(100);
    await cache.answer('o u coordinator /x', stampIs('s1'), async () => answerOf('[1]'));
    cache.remember('o token /x', 'o u coordinator /x');
    expect(cache.storedFor('o token /x')).toEqual({
      key: 'o u coordinator /x',
      dependencies: none,
    });
    expect(cache.storedFor('o other-token /x')).toBeUndefined();
    // Pushed out of the budget: the hint leads nowhere.
    for (const key of ['a', 'b', 'c', 'd', 'e']) {
      await cache.answer(key, stampIs('s1'), async () => answerOf(key.repeat(24)));
    }
    expect(cache.storedFor('o token /x')).toBeUndefined();
  });

  it('keeps within its budget by dropping the least recently used answers', async () => {
    const cache = new ResponseCache(100);
    const put = (key: string) =>
      cache.answer(key, stampIs('s1'), async () => answerOf(key.repeat(20)));
    for (const key of ['a', 'b']) await put(key);
    await put('a');
    for (const key of ['c', 'd', 'e', 'f']) await put(key);
    // b was the least recently used when f came in.
    const before = cache.counts.misses;
    for (const key of ['a', 'c', 'd', 'e', 'f']) await put(key);
    expect(cache.counts.misses).toBe(before);
    expect(cache.size).toEqual({ entries: 5, bytes: 100 });
    // Too large for a quarter of the budget: never kept.
    await cache.answer('big', stampIs('s1'), async () => answerOf('x'.repeat(30)));
    expect(cache.size.entries).toBe(5);
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
  it('computes once for requests that miss together, if the data has not moved meanwhile', async () => {
    const cache = new ResponseCache(1000);
    let runs = 0;
    let stamp = 's7';
    const compute = async () => {
      runs += 1;
      const seen = stamp;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return {
        dependencies: { tables: [], artistDays: null },
        stamp: seen,
        body: Buffer.from(`[${runs}]`),
      };
    };
    const current = async () => stamp;
    const bodies = await Promise.all([1, 2, 3].map(() => cache.answer('k', current, compute)));
    expect(bodies.map((b) => String(b.body))).toEqual(['[1]', '[1]', '[1]']);
    expect(runs).toBe(1);
    // A request arriving after a change does not take a computation that began before it.
    const early = cache.answer('k2', current, compute);
    stamp = 's8';
    const late = cache.answer('k2', current, compute);
    expect([String((await early).body), String((await late).body)]).toEqual(['[2]', '[3]']);
  });

  it('lets every waiting request see a failed computation, and tries again next time', async () => {
    const cache = new ResponseCache(1000);
    const current = async () => 's1';
    const failing = () => Promise.reject(new Error('database gone'));
    const answers = await Promise.allSettled([
      cache.answer('k', current, failing),
      cache.answer('k', current, failing),
    ]);
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    const ok = await cache.answer('k', current, async () => ({
      dependencies: { tables: [], artistDays: null },
      stamp: 's1',
      body: Buffer.from('ok'),
    }));
    expect(String(ok.body)).toBe('ok');
  });
});

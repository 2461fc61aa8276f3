import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, api, apiUpload, setCsrfToken } from './api-client';

type Call = { url: string; init: RequestInit };

function answer(status: number, body?: unknown) {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the API client', () => {
  test('sends the CSRF token on writes, not on reads', async () => {
    setCsrfToken('csrf-123');
    const calls = answer(200, { ok: true });
    await api.get('/api/me');
    await api.patch('/api/me', { locale: 'de' });
    const headers = calls.map((call) => new Headers(call.init.headers).get('x-csrf-token'));
    expect(headers).toEqual([null, 'csrf-123']);
    expect(calls[1]?.init.body).toBe('{"locale":"de"}');
  });

  test('turns an error body into an ApiError with its code and field errors', async () => {
    const fields = [{ path: 'body.email', message: 'Invalid email' }];
    answer(400, { error: { code: 'REQUEST.VALIDATION', message: 'Invalid request', fields } });
    const error = await api.post('/api/auth/sign-up', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION', fields });
  });

  test('answers undefined for 204 No Content', async () => {
    answer(204);
    await expect(api.delete('/api/orgs/1/member-invitations/2')).resolves.toBeUndefined();
  });

  test('reports an unreachable server as CLIENT.NETWORK', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/api/me')).rejects.toMatchObject({ code: 'CLIENT.NETWORK', status: 0 });
  });

  test('uploads a file as the raw body with its type and the CSRF token', async () => {
    setCsrfToken('csrf-123');
    const calls = answer(200, { id: 'a' });
    const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    await apiUpload('/api/orgs/1/partners/2/agreements/3/document?fileName=c.pdf', file);
    const headers = new Headers(calls[0]?.init.headers);
    expect(calls[0]?.init.method).toBe('PUT');
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('x-csrf-token')).toBe('csrf-123');
    expect(calls[0]?.init.body).toBe(file);
  });

  test('keeps the details of an error, such as what still depends on a record', async () => {
    const details = { dependents: { sessions: 3 } };
    answer(409, { error: { code: 'VENUE.IN_USE', message: 'In use', details } });
    const error = await api.delete('/api/orgs/1/venues/2').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, code: 'VENUE.IN_USE', details });
  });
});

import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, apiClient, fileBody, setCsrfToken, unwrap } from './api-client';

/** The typed client hands fetch one Request: each is kept, and answered with `body`. */
function answer(status: number, body?: unknown) {
  const requests: Request[] = [];
  vi.stubGlobal('fetch', async (request: Request) => {
    requests.push(request);
    return new Response(body === undefined ? null : JSON.stringify(body), { status });
  });
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const orgId = '00000000-0000-4000-8000-000000000001';

describe('the API client', () => {
  test('sends the CSRF token on writes, not on reads', async () => {
    setCsrfToken('csrf-123');
    const requests = answer(200, { ok: true });
    await unwrap(apiClient.GET('/api/me'));
    await unwrap(apiClient.PATCH('/api/me', { body: { locale: 'de' } }));
    expect(requests.map((request) => request.headers.get('x-csrf-token'))).toEqual([
      null,
      'csrf-123',
    ]);
    expect(await requests[1]?.text()).toBe('{"locale":"de"}');
    expect(requests[1]?.credentials).toBe('same-origin');
  });

  test('fills the path and leaves empty filters out of the query', async () => {
    const requests = answer(200, { items: [], total: 0 });
    await unwrap(
      apiClient.GET('/api/orgs/{orgId}/venues', {
        params: { path: { orgId }, query: { limit: 50, q: '', kind: undefined } },
      }),
    );
    expect(new URL(requests[0]?.url ?? '').pathname).toBe(`/api/orgs/${orgId}/venues`);
    expect(new URL(requests[0]?.url ?? '').search).toBe('?limit=50');
  });

  test('turns an error body into an ApiError with its code and field errors', async () => {
    const fields = [{ path: 'body.email', message: 'Invalid email' }];
    answer(400, { error: { code: 'REQUEST.VALIDATION', message: 'Invalid request', fields } });
    const error = await unwrap(
      apiClient.POST('/api/auth/sign-up', {
        body: { email: 'x', password: 'y', displayName: 'z', locale: 'fr' },
      }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION', fields });
  });

  test('answers undefined for 204 No Content', async () => {
    answer(204);
    const revoke = apiClient.DELETE('/api/orgs/{orgId}/member-invitations/{memberInvitationId}', {
      params: { path: { orgId, memberInvitationId: orgId } },
    });
    await expect(unwrap(revoke)).resolves.toBeUndefined();
  });

  test('reports an unreachable server as CLIENT.NETWORK', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(unwrap(apiClient.GET('/api/me'))).rejects.toMatchObject({
      code: 'CLIENT.NETWORK',
      status: 0,
    });
  });

  test('uploads a file as the raw body with its type and the CSRF token', async () => {
    setCsrfToken('csrf-123');
    const requests = answer(200, { id: 'a' });
    const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    await unwrap(
      apiClient.PUT('/api/orgs/{orgId}/partners/{partnerId}/agreements/{agreementId}/document', {
        params: {
          path: { orgId, partnerId: orgId, agreementId: orgId },
          query: { fileName: 'c.pdf' },
        },
        ...fileBody(file),
      }),
    );
    const request = requests[0];
    expect(request?.method).toBe('PUT');
    expect(request?.url).toContain('/document?fileName=c.pdf');
    expect(request?.headers.get('content-type')).toBe('application/pdf');
    expect(request?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(await request?.text()).toBe('%PDF-1.7');
  });

  test('keeps the details of an error, such as what still depends on a record', async () => {
    const details = { dependents: { sessions: 3 } };
    answer(409, { error: { code: 'VENUE.IN_USE', message: 'In use', details } });
    const remove = apiClient.DELETE('/api/orgs/{orgId}/venues/{venueId}', {
      params: { path: { orgId, venueId: orgId } },
    });
    const error = await unwrap(remove).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 409, code: 'VENUE.IN_USE', details });
  });
});

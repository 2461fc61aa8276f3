// What the HTTP layer answers before any route: our own request ids, and the error body for
// headers too large to read.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorBodySchema } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(() => t.close());

function send(headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const outgoing = httpRequest(
        { host: '127.0.0.1', port, path: '/api/me', headers },
        (response) => {
          let body = '';
          response.on('data', (chunk) => {
            body += chunk;
          });
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
          );
        },
      );
      outgoing.on('error', reject);
      outgoing.end();
    },
  );
}

describe('request framing', () => {
  it('gives every request an id of its own, whatever x-request-id the client sends', async () => {
    const chosen = await send({ 'x-request-id': 'chosen-by-the-client' });
    expect(chosen.headers['x-request-id']).not.toBe('chosen-by-the-client');
    expect(chosen.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const again = await send({ 'x-request-id': 'chosen-by-the-client' });
    expect(again.headers['x-request-id']).not.toBe(chosen.headers['x-request-id']);
  });

  it('answers headers too large with 431 in the error shape', async () => {
    const response = await send({ 'x-padding': 'a'.repeat(40_000) });
    expect(response.status).toBe(431);
    const body = JSON.parse(response.body);
    expect(ErrorBodySchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ error: { code: 'REQUEST.HEADERS_TOO_LARGE' } });
  });
});

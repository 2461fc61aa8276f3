import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let document: OpenAPIV3_1.Document;
beforeAll(async () => {
  t = await startTestApp();
  document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(() => t.close());

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;

function operations() {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item?.[method];
      return operation ? [{ name: `${method.toUpperCase()} ${path}`, operation }] : [];
    }),
  );
}

describe('the OpenAPI document', () => {
  it('documents every API route', () => {
    const documented = new Set(operations().map(({ name }) => name));
    const missing = t.app.routeTable
      .map(({ method, url }) => `${method} ${url.replace(/:(\w+)/g, '{$1}')}`)
      .filter((name) => name !== 'GET /api/openapi.json' && !documented.has(name));
    expect(missing).toEqual([]);
  });

  it('gives every operation a unique camelCase operationId and a summary', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.filter((id) => !id || !/^[a-z][a-zA-Z]+$/.test(id))).toEqual([]);
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operations().filter(({ operation }) => !operation.summary)).toEqual([]);
  });

  it('answers every 4xx with the ErrorBody component', () => {
    expect(document.components?.schemas?.ErrorBody).toBeDefined();
    const offenders: string[] = [];
    let errorResponses = 0;
    for (const { name, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        if (!status.startsWith('4')) continue;
        errorResponses++;
        const schema = (response as OpenAPIV3_1.ResponseObject).content?.['application/json']
          ?.schema as OpenAPIV3_1.ReferenceObject | undefined;
        if (schema?.$ref !== '#/components/schemas/ErrorBody') offenders.push(`${name} ${status}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(errorResponses).toBeGreaterThan(300);
  });

  it('refers to shared schemas by name instead of repeating them', () => {
    const createSession = document.paths?.['/api/orgs/{orgId}/sessions']?.post;
    const created = createSession?.responses?.['201'] as OpenAPIV3_1.ResponseObject;
    expect(created.content?.['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/Session',
    });
    expect(createSession?.responses).toHaveProperty('409');
  });
});

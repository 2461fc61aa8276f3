// Property: a NUL character or an unpaired surrogate in any text a client sends is refused
// with 400 naming the field, on every operation of the OpenAPI document, never a 500.
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../testing/test-app';

type Schema = OpenAPIV3_1.SchemaObject & OpenAPIV3_1.ReferenceObject;

let t: TestApp;
let document: OpenAPIV3_1.Document;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  admin = (await buildOrganisation(t, ['admin'])).members.admin;
});
afterAll(() => t.close());

const methods = ['get', 'put', 'post', 'delete', 'patch'] as const;
const someId = '00000000-0000-4000-8000-000000000001';
const badTexts = [
  { what: 'NUL', text: 'Léa\u0000Martin', message: /NUL/ },
  { what: 'unpaired surrogate', text: 'Léa\ud800Martin', message: /surrogate/ },
];

function resolve(schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return document.components?.schemas?.[name] as Schema;
}

function acceptsText(schema: Schema | undefined): boolean {
  const resolved = resolve(schema);
  if (!resolved) return false;
  // Dates, ids, e-mail addresses and enumerations are text on the wire too.
  if (resolved.type === 'string') return true;
  if (Array.isArray(resolved.type) && resolved.type.includes('string')) return true;
  return [...(resolved.anyOf ?? []), ...(resolved.oneOf ?? [])].some((s) =>
    acceptsText(s as Schema),
  );
}

/** Dotted paths of the text fields of a body schema (nested objects and array items too). */
function textPaths(schema: Schema | undefined, prefix: string[] = [], depth = 0): string[][] {
  const resolved = resolve(schema);
  if (!resolved || depth > 3) return [];
  if (acceptsText(resolved)) return [prefix];
  const variants = [
    ...(resolved.anyOf ?? []),
    ...(resolved.oneOf ?? []),
    ...(resolved.allOf ?? []),
  ];
  if (variants.length > 0) {
    const paths = variants.flatMap((s) => textPaths(s as Schema, prefix, depth + 1));
    return [...new Map(paths.map((p) => [p.join('.'), p])).values()];
  }
  if (resolved.type === 'array')
    return textPaths(resolved.items as Schema, [...prefix, '0'], depth + 1);
  return Object.entries(resolved.properties ?? {}).flatMap(([key, value]) =>
    textPaths(value as Schema, [...prefix, key], depth + 1),
  );
}

/** A body holding `value` at `path` and nothing else. */
function bodyWith(path: string[], value: string): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return head === '0' ? [bodyWith(rest, value)] : { [head!]: bodyWith(rest, value) };
}

function operations() {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    methods.flatMap((method) => {
      const operation = item?.[method];
      if (!operation) return [];
      const url = path.replace(/\{(\w+)\}/g, someId);
      return [
        { method: method.toUpperCase(), name: `${method.toUpperCase()} ${path}`, url, operation },
      ];
    }),
  );
}

describe('text input on every operation', () => {
  it('refuses a NUL or an unpaired surrogate in any text field of a body with 400 naming it', async () => {
    const offenders: string[] = [];
    let cases = 0;
    for (const { method, name, url, operation } of operations()) {
      const body = operation.requestBody as OpenAPIV3_1.RequestBodyObject | undefined;
      const schema = body?.content?.['application/json']?.schema as Schema | undefined;
      for (const path of textPaths(schema)) {
        for (const bad of badTexts) {
          cases++;
          const response = await admin.request(method, url, bodyWith(path, bad.text));
          const fieldPath = ['body', ...path].join('.');
          const fields = (
            response.body as { error?: { fields?: { path: string; message: string }[] } }
          ).error?.fields;
          const named = fields?.some((f) => f.path === fieldPath && bad.message.test(f.message));
          if (response.status !== 400 || !named)
            offenders.push(`${name} ${fieldPath} ${bad.what}: ${response.status}`);
        }
      }
    }
    expect(offenders).toEqual([]);
    expect(cases).toBeGreaterThan(400);
  }, 120_000);

  it('refuses a NUL in any text query parameter with 400 naming it', async () => {
    const offenders: string[] = [];
    let cases = 0;
    for (const { method, name, url, operation } of operations()) {
      for (const parameter of (operation.parameters ?? []) as OpenAPIV3_1.ParameterObject[]) {
        if (parameter.in !== 'query' || !acceptsText(parameter.schema as Schema)) continue;
        cases++;
        const response = await admin.request(method, `${url}?${parameter.name}=L%C3%A9a%00Martin`);
        const fields = (
          response.body as { error?: { fields?: { path: string; message: string }[] } }
        ).error?.fields;
        if (
          response.status !== 400 ||
          !fields?.some((f) => f.path === `query.${parameter.name}` && /NUL/.test(f.message))
        )
          offenders.push(`${name} query.${parameter.name}: ${response.status}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(cases).toBeGreaterThan(50);
  }, 120_000);
});

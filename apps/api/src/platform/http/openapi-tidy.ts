// Finishing touches on the generated document: error responses say what they mean, and
// components nothing refers to are left out.
import type { OpenAPIV3_1 } from 'openapi-types';

type Document = OpenAPIV3_1.Document;

const errorMeanings: Record<string, string> = {
  '400': 'The request is invalid: `fields` names each offending field.',
  '401': 'Not signed in.',
  '403': 'Not allowed: role, missing CSRF header or unverified e-mail.',
  '404': 'Not found, or not visible to this account.',
  '409': 'Conflicts with the current state: `code` says which rule.',
  '410': 'No longer valid.',
  '413': 'Too large.',
  '415': 'Unsupported content type.',
  '429': 'Too many attempts: wait a minute.',
};

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function* operations(document: Document) {
  for (const item of Object.values(document.paths ?? {})) {
    for (const method of methods) {
      const operation = item?.[method];
      if (operation) yield operation;
    }
  }
}

/** Replaces the generic "Default Response" of each 4xx answer with what that status means. */
export function describeErrorResponses(document: Document): Document {
  for (const operation of operations(document)) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const meaning = errorMeanings[status];
      if (meaning && response && !('$ref' in response)) response.description = meaning;
    }
  }
  return document;
}

/** Drops the schemas no operation reaches, directly or through other schemas. */
export function dropUnusedSchemas(document: Document): Document {
  const schemas = document.components?.schemas ?? {};
  const prefix = '#/components/schemas/';
  const referencedBy = (value: unknown) =>
    [...JSON.stringify(value).matchAll(/"\$ref":"([^"]+)"/g)]
      .map((match) => match[1] ?? '')
      .filter((ref) => ref.startsWith(prefix))
      .map((ref) => decodeURIComponent(ref.slice(prefix.length)));
  const used = new Set<string>();
  const pending = referencedBy(document.paths);
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (used.has(name)) continue;
    used.add(name);
    pending.push(...referencedBy(schemas[name]));
  }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } };
}

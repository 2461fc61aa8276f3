// OpenAPI 3.1 generated from the Zod schemas, served at /api/openapi.json with a docs page.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import * as contracts from '@tutti/contracts';
import {
  createJsonSchemaTransform,
  createJsonSchemaTransformObject,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { App } from '../app-types';
import type { Config } from '../config';
import { tagDescriptions } from './openapi-tags';
import { describeErrorResponses, dropUnusedSchemas } from './openapi-tidy';
import { documentationPolicy } from './security-headers';

/**
 * Every schema @tutti/contracts exports as `XSchema` becomes the component `X` (and `XInput`
 * where a request reads it), so the document refers to it instead of repeating it. Path and
 * query schemas stay inline: they become parameters.
 */
function contractComponents() {
  const registry = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(contracts)) {
    if (!name.endsWith('Schema') || !(value instanceof z.ZodType)) continue;
    if (/(Params|Query)Schema$/.test(name) || registry.has(value)) continue;
    // `XInput` is taken by the request side of `X`: `XInputSchema` becomes `XFields`.
    const id = name.slice(0, -'Schema'.length).replace(/Input$/, 'Fields');
    registry.add(value, { id });
  }
  return registry;
}

export async function registerOpenApi(app: App, config: Config) {
  const schemaRegistry = contractComponents();
  const addComponents = createJsonSchemaTransformObject({ schemaRegistry });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tutti API',
        version: '0.1.0',
        description:
          'Errors share one body, the ErrorBody component: { "error": { "code", "message", "fields"?, "details"? } }. Writes made with the login cookie send the x-csrf-token header given by /api/me or sign-in.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      servers: [{ url: '/', description: 'The Tutti instance serving this document' }],
      tags: Object.entries(tagDescriptions).map(([name, description]) => ({ name, description })),
      security: [{ login: [] }],
      components: {
        securitySchemes: {
          login: { type: 'apiKey', in: 'cookie', name: 'tutti_login' },
          operatorKey: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: createJsonSchemaTransform({ schemaRegistry }),
    transformObject: (input) => {
      const document = addComponents(input) as Parameters<typeof describeErrorResponses>[0];
      return dropUnusedSchemas(describeErrorResponses(document));
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: (header) => documentationPolicy(header, config),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

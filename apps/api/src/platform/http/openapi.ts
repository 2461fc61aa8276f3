// OpenAPI 3.1 generated from the Zod schemas, served at /api/openapi.json with a docs page.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { App } from '../app-types';

export async function registerOpenApi(app: App) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tutti API',
        version: '0.1.0',
        description:
          'Errors share one body: { "error": { "code", "message", "fields"? } }. Writes made with the login cookie send the x-csrf-token header given by /api/me or sign-in.',
      },
      components: {
        securitySchemes: { login: { type: 'apiKey', in: 'cookie', name: 'tutti_login' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

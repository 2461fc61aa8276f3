// Serves the built single-page app (page paths fall back to its index.html: see registerNotFound).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from '../app-types';

/** Serves the built app when there is one; answers whether it does. */
export async function registerWebApp(app: App, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) {
    app.log.warn({ distDir }, 'web app not built: only the API is served');
    return false;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    // The build writes .br and .gz next to each asset; send them to browsers that accept them.
    preCompressed: true,
    // Hashed assets never change; index.html must always be fresh.
    setHeaders(res, path) {
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return true;
}

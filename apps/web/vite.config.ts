// Vite build of the web app; in development `/api` goes to the API server on port 3000.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes `.br` and `.gz` beside every text asset, so that the server can send them as they are
 * (@fastify/static `preCompressed`): a rural 3G phone downloads a quarter of the bytes.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'tutti-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const visit = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) visit(path);
          else if (/\.(js|css|html|svg|json)$/.test(name) && statSync(path).size > 1024) {
            const content = readFileSync(path);
            writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
            writeFileSync(
              `${path}.br`,
              brotliCompressSync(content, {
                params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
              }),
            );
          }
        }
      };
      visit(outDir);
    },
  };
}

/**
 * One language's strings of a namespace (`features/members/i18n/fr.ts`, `lib/i18n/common/fr.ts`),
 * or of a package the app shows (`packages/geo/src/i18n/fr.ts`).
 */
const translationFile = /^(?!.*node_modules).*[\\/]i18n[\\/](?:[\w-]+[\\/])?(fr|en|de)\.ts$/;

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/readyz': 'http://localhost:3000',
    },
  },
  build: {
    target: 'es2022',
    // Hidden source maps: debuggable from a stack trace without shipping them to every visitor.
    sourcemap: 'hidden',
    rolldownOptions: {
      output: {
        // A few stable chunks instead of many tiny shared ones: fewer requests per page, and the
        // libraries stay cached when only the app changes.
        codeSplitting: {
          groups: [
            // Every namespace's strings in one language make one chunk (`strings-fr`), downloaded
            // only when that language is shown; it outranks `shared`, which would take common's.
            {
              debugName: 'strings',
              name: (id) => {
                const locale = id.match(translationFile)?.[1];
                return locale ? `strings-${locale}` : null;
              },
              test: translationFile,
              priority: 1,
              // A language's chunk holds its own strings only, never a neighbour's that a shared
              // import (a package's index) would drag in.
              includeDependenciesRecursively: false,
            },
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next|use-sync-external-store)[\\/]/,
            },
            { name: 'schemas', test: /node_modules[\\/]zod[\\/]|packages[\\/]contracts[\\/]/ },
            { name: 'shared', test: /apps[\\/]web[\\/]src[\\/](components|lib)[\\/]/ },
          ],
        },
      },
    },
  },
});

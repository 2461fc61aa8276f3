// Once per run: skip when Chromium is missing (fail if required), else build and start Tutti.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumMissingReason } from './chromium';
import { startServer } from './server';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject) {
  const missing = chromiumMissingReason();
  if (missing) {
    if (process.env.TUTTI_REQUIRE_BROWSER === '1') {
      throw new Error(`Browser tests are required (TUTTI_REQUIRE_BROWSER=1) but ${missing}`);
    }
    console.log(`Browser tests skipped: ${missing}`);
    project.provide('e2e', { baseUrl: null, skipReason: missing, consoleFile: null });
    return;
  }

  // A server you already run (with its demo data), e.g. `npm start` while working on the web app.
  const existing = process.env.TUTTI_E2E_BASE_URL;
  if (existing) {
    project.provide('e2e', {
      baseUrl: existing.replace(/\/$/, ''),
      skipReason: null,
      consoleFile: null,
    });
    return;
  }

  // Builds the API bundle and the web app only when their sources changed.
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('Building Tutti for the browser tests failed');

  const server = await startServer(root);
  project.provide('e2e', {
    baseUrl: server.baseUrl,
    skipReason: null,
    consoleFile: server.consoleFile,
  });
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** `consoleFile`: the started server's standard output; null for a server you run. */
    e2e: { baseUrl: string | null; skipReason: string | null; consoleFile: string | null };
  }
}

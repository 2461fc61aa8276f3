import { createHash } from 'node:crypto';
// Every answer carries the security headers, and every HTML page (the app, its deep links, the
// public pages under /p/) one strict Content-Security-Policy: no inline script, no inline style.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { publicStylesheet, publicStylesheetSource } from '../public-pages/public-style';

let t: TestApp;
let webDist: string;
let publicPage: string;

beforeAll(async () => {
  // A built web app as Vite writes it: a page naming hashed assets, and the service worker.
  webDist = mkdtempSync(join(tmpdir(), 'tutti-web-dist-'));
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(
    join(webDist, 'index.html'),
    '<!doctype html><html lang="fr"><head><script type="module" src="/assets/index-a1.js"></script><link rel="stylesheet" href="/assets/index-b2.css"></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(join(webDist, 'assets', 'index-a1.js'), 'console.log("app")');
  writeFileSync(join(webDist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  t = await startTestApp({ TUTTI_WEB_DIST: webDist });
  const org = await buildOrganisation(t, ['admin'], 'Musique en Villages');
  const published = await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
    published: true,
    slug: 'musique-en-villages',
    description: 'Des concerts dans les villages.',
    region: 'Nièvre',
  });
  publicPage = new URL((published.body as { url: string }).url).pathname;
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

async function get(url: string) {
  const response = await t.app.inject({ method: 'GET', url });
  return { status: response.statusCode, headers: response.headers, body: response.body };
}

function directives(policy: unknown) {
  return new Map(
    String(policy)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  it('sends nosniff, frame denial and a referrer policy on every kind of answer', async () => {
    const urls = [
      '/',
      '/o/some/deep/link',
      '/assets/index-a1.js',
      '/sw.js',
      '/api/me',
      '/api/no-such-thing',
      '/readyz',
      publicPage,
      '/sitemap.xml',
    ];
    for (const url of urls) {
      const { headers } = await get(url);
      expect({ url, nosniff: headers['x-content-type-options'] }).toEqual({
        url,
        nosniff: 'nosniff',
      });
      expect({ url, frames: headers['x-frame-options'] }).toEqual({ url, frames: 'DENY' });
      expect({ url, referrer: headers['referrer-policy'] }).toEqual({
        url,
        referrer: 'same-origin',
      });
    }
  });

  it('gives the app, its deep links and the public pages one strict policy', async () => {
    const pages = [await get('/'), await get('/o/some/deep/link'), await get(publicPage)];
    for (const page of pages) expect(page.headers['content-type']).toMatch(/^text\/html/);
    const policies = pages.map((page) => page.headers['content-security-policy']);
    expect(new Set(policies).size).toBe(1);
    const policy = directives(policies[0]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    // Styles are files, except the public pages' one stylesheet, allowed by its hash.
    expect(policy.get('style-src')).toEqual(["'self'", publicStylesheetSource]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    // The map's tiles come from the configured tile server.
    expect(policy.get('img-src')).toContain('https://tile.openstreetmap.org');
    expect(String(policies[0])).not.toContain('unsafe');
  });

  it('finds no inline script in a public page, and no inline style but the hashed stylesheet', async () => {
    const { body } = await get(publicPage);
    const scripts = [...body.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
    // Structured data (JSON-LD) is not run by the browser: the policy does not apply to it.
    expect(
      scripts.filter((attributes) => !/type="application\/ld\+json"/.test(attributes)),
    ).toEqual([]);
    const styles = [...body.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]);
    expect(styles).toEqual([publicStylesheet]);
    expect(body.match(/<style\b/g)).toHaveLength(1);
    expect(body).not.toMatch(/\sstyle="|\son[a-z]+="/i);
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    expect(publicStylesheetSource).toBe(`'sha256-${hash}'`);
  });

  it('keeps the API documentation usable under its own hashed policy, never framed', async () => {
    const docs = await get('/api/docs/');
    expect(docs.status).toBe(200);
    const policy = directives(docs.headers['content-security-policy']);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(
      policy
        .get('script-src')
        ?.every((source) => source === "'self'" || source.startsWith("'sha256-")),
    ).toBe(true);
  });
});

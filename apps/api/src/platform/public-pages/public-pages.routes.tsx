// Serves every registered kind of public page under /p/<org-slug>…, with its QR codes,
// /sitemap.xml and /robots.txt. A page is answered from memory until the
// organisation's data version moves (or its day changes), and repeat visits get 304.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, gzip as gzipCallback } from 'node:zlib';
import { PUBLIC_SLUG_PATTERN } from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../app-types';
import { layoutTexts } from './i18n';
import {
  chosenLanguage,
  LANGUAGE_COOKIE,
  negotiateLanguage,
  type PublicLanguage,
} from './languages';
import { renderDocument } from './layout';
import type { AnyPublicPageKind, PublicOrganisation, PublicPageContext } from './page-kind';
import { listPublishedOrganisations, sharedOrganisationLookup } from './published-organisations';
import { type QrFormat, qrCode } from './qr-code';
import { robotsTxt, sitemapXml } from './sitemap';

const HTML = 'text/html; charset=utf-8';
const brotli = promisify(brotliCompress);
const gzip = promisify(gzipCallback);
const YEAR_SECONDS = 365 * 24 * 3600;

/** A page's address: the kind's path with its parameters filled in. */
function pagePath(
  org: PublicOrganisation,
  kind: AnyPublicPageKind,
  params: Record<string, string>,
) {
  const tail = kind.path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(params[name] ?? ''),
  );
  return `/p/${org.slug}${tail}`;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The kinds of public page features registered; see `addPublicPages`. */
    publicPages: { add(kinds: AnyPublicPageKind[]): void };
  }
}

/**
 * How a feature publishes pages: from its `register…` function in app.ts's module list,
 * `addPublicPages(app, [concertPage])`. Each kind gets its route, its QR codes and its sitemap
 * entries.
 */
export function addPublicPages(app: App, kinds: AnyPublicPageKind[]) {
  app.publicPages.add(kinds);
}

/** The shared routes (sitemap, robots, 404 under /p/); before any module's. */
export function registerPublicPages(app: App, deps: AppDeps) {
  const { config, database } = deps;
  const kinds: AnyPublicPageKind[] = [];
  const findPublishedOrganisation = sharedOrganisationLookup(database.db);

  /** The configured public address, or the one this request came to. */
  const baseUrl = (request: FastifyRequest) =>
    config.publicUrlConfigured ? config.publicUrl : `${request.protocol}://${request.host}`;

  const contextOf = (
    org: PublicOrganisation,
    lang: PublicLanguage,
    base: string,
    now = new Date(),
  ): PublicPageContext => ({
    org,
    lang,
    today: today(org.timeZone, now),
    now,
    orgUrl: (path = '') => `${base}/p/${org.slug}${path}`,
  });

  /** The start of the current time slot of a kind that has them; else now. */
  const nowFor = (kind: AnyPublicPageKind) => {
    const now = Date.now();
    const slot = (kind.timeSlotMinutes ?? 0) * 60_000;
    return new Date(slot > 0 ? now - (now % slot) : now);
  };

  function notFound(reply: FastifyReply, lang: PublicLanguage, base: string) {
    const texts = layoutTexts[lang];
    const html = renderDocument({
      lang,
      title: texts.notFoundTitle,
      description: texts.notFoundText,
      url: `${base}/p/`,
      org: null,
      ogType: 'website',
      jsonLd: null,
      body: [<h1 key="t">{texts.notFoundTitle}</h1>, <p key="p">{texts.notFoundText}</p>],
    });
    return reply.code(404).type(HTML).header('cache-control', 'no-cache').send(html);
  }

  /** The organisation and parameters of a page request, or null when there is no such page. */
  async function resolve(kind: AnyPublicPageKind, request: FastifyRequest) {
    const raw = request.params as Record<string, string>;
    const slug = raw.orgSlug ?? '';
    const params = PUBLIC_SLUG_PATTERN.test(slug) ? kind.parseParams(raw) : null;
    if (!params) return null;
    const org = await findPublishedOrganisation(slug);
    return org ? { org, params } : null;
  }

  async function loadPage(
    kind: AnyPublicPageKind,
    params: Record<string, string>,
    context: PublicPageContext,
  ) {
    if (kind.loadShared) return kind.loadShared(params, context);
    return database.withTenant({ orgId: context.org.id, userId: null }, (tx) =>
      kind.load ? kind.load(tx, params, context) : Promise.resolve(null),
    );
  }

  async function servePage(kind: AnyPublicPageKind, request: FastifyRequest, reply: FastifyReply) {
    const lang = negotiateLanguage(request);
    if (chosenLanguage(request)) {
      reply.setCookie(LANGUAGE_COOKIE, lang, {
        path: '/p',
        maxAge: YEAR_SECONDS,
        sameSite: 'lax',
        secure: config.secureCookies,
      });
    }
    const base = baseUrl(request);
    const found = await resolve(kind, request);
    if (!found) return notFound(reply, lang, base);
    const { org, params } = found;
    const context = contextOf(org, lang, base, nowFor(kind));
    const path = pagePath(org, kind, params);
    const slot = kind.timeSlotMinutes ? ` ${context.now.toISOString()}` : '';
    const key = `public ${base} ${lang} ${context.today}${slot} ${path}`;
    const etag = `"p${org.dataVersion}-${createHash('sha1').update(key).digest('base64url').slice(0, 16)}"`;
    // The language may come from the cookie or Accept-Language: caches must keep them apart.
    reply.headers({ etag, 'cache-control': 'public, no-cache', vary: 'accept-language, cookie' });
    const known = request.headers['if-none-match']?.split(',') ?? [];
    if (known.some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.code(304).send();
    // A page follows the organisation's whole data version, read with the organisation.
    const version = String(org.dataVersion);
    const current = async () => version;
    const asAnswer = (body: Buffer) => ({
      dependencies: { tables: [], artistDays: null },
      stamp: version,
      body,
    });
    const html = await app.responseCache
      .answer(key, current, async () => {
        const data = await loadPage(kind, params, context);
        if (data === null) throw new PageMissing();
        const content = kind.render(data, context);
        const html = renderDocument({
          lang,
          title: content.title,
          description: content.description,
          url: `${base}${path}`,
          org: { name: org.name, url: context.orgUrl() },
          ogType: content.ogType ?? 'website',
          jsonLd: kind.jsonLd(data, context),
          body: content.body,
        });
        return asAnswer(Buffer.from(html));
      })
      .then((answer) => answer.body)
      .catch((error: unknown) => {
        if (error instanceof PageMissing) return null;
        throw error;
      });
    if (!html) {
      reply.removeHeader('etag');
      return notFound(reply, lang, base);
    }
    // Compressed once per data version, not once per visitor.
    const encoding = preferredEncoding(request.headers['accept-encoding']);
    const body =
      encoding === 'identity'
        ? html
        : (
            await app.responseCache.answer(`${key} ${encoding}`, current, async () =>
              asAnswer(await compress(html, encoding)),
            )
          ).body;
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.type(HTML).header('vary', 'accept-encoding, accept-language, cookie').send(body);
  }

  async function serveQr(
    kind: AnyPublicPageKind,
    format: QrFormat,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    const base = baseUrl(request);
    const found = await resolve(kind, request);
    const context = found && contextOf(found.org, 'fr', base, nowFor(kind));
    if (!found || !context || (await loadPage(kind, found.params, context)) === null) {
      return notFound(reply, negotiateLanguage(request), base);
    }
    const path = pagePath(found.org, kind, found.params);
    const image = await qrCode(`${base}${path}`, format);
    if ((request.query as { download?: string }).download !== undefined) {
      const name = `qr-${path.slice(3).replaceAll('/', '-')}.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
    }
    return reply
      .type(format === 'svg' ? 'image/svg+xml' : 'image/png')
      .header('cache-control', 'public, max-age=3600')
      .send(image);
  }

  app.get('/robots.txt', { schema: { hide: true } }, (request, reply) =>
    reply.type('text/plain; charset=utf-8').send(robotsTxt(baseUrl(request))),
  );

  /** The last sitemap, kept while no publishing organisation's data version has moved. */
  let lastSitemap: { signature: string; xml: string } | null = null;
  app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
    const base = baseUrl(request);
    const orgs = await listPublishedOrganisations(database.db);
    const signature = [base, today('UTC'), ...orgs.map((o) => `${o.id}:${o.dataVersion}`)].join(
      ' ',
    );
    if (lastSitemap?.signature !== signature) {
      const urls: string[] = [];
      for (const org of orgs) {
        const context = contextOf(org, 'fr', base);
        const paths = await database.withTenant({ orgId: org.id, userId: null }, async (tx) => {
          const found: string[] = [];
          for (const kind of kinds) found.push(...((await kind.sitemap?.(tx, context)) ?? []));
          return found;
        });
        for (const kind of kinds) paths.push(...((await kind.sitemapShared?.(context)) ?? []));
        urls.push(...paths.map((path) => context.orgUrl(path)));
      }
      lastSitemap = { signature, xml: sitemapXml(urls) };
    }
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, no-cache')
      .send(lastSitemap.xml);
  });

  function addKind(kind: AnyPublicPageKind) {
    if (kinds.some((known) => known.id === kind.id || known.path === kind.path)) {
      throw new Error(`Public page kind ${kind.id} (${kind.path}) is registered twice`);
    }
    kinds.push(kind);
    const route = `/p/:orgSlug${kind.path}`;
    app.get(route, { schema: { hide: true }, compress: false }, (request, reply) =>
      servePage(kind, request, reply),
    );
    for (const format of ['svg', 'png'] as const) {
      app.get(`${route}/qr.${format}`, { schema: { hide: true } }, (request, reply) =>
        serveQr(kind, format, request, reply),
      );
    }
  }
  app.decorate('publicPages', { add: (added: AnyPublicPageKind[]) => added.forEach(addKind) });

  // Any other address under /p/ is a public page that does not exist.
  app.get('/p/*', { schema: { hide: true } }, (request, reply) =>
    notFound(reply, negotiateLanguage(request), baseUrl(request)),
  );
}

type Encoding = 'br' | 'gzip' | 'identity';

function preferredEncoding(header: string | undefined): Encoding {
  const accepted = (header ?? '').toLowerCase();
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return 'identity';
}

async function compress(body: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
  return encoding === 'br' ? brotli(body) : gzip(body);
}

/** A page whose loader found nothing: answered 404, never cached. */
class PageMissing extends Error {}

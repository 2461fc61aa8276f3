// The journey space's pages and files for people without accounts: under a group's secret link
// (/p/_/groupe/<token>/parcours/<journey>…, never cached, teachers' resources included), and,
// when the coordinator gives the space a public address, as public pages of the organisation
// (/p/<org>/parcours/<slug>…, cached by data version and a 5-minute slot, families' items only).
// Every file request checks again that its item is shown: a consent withdrawn a moment ago, an
// item unpublished or past its window, answers 404 at once.
import { GuestTokenSchema, IdSchema, PUBLIC_SLUG_PATTERN } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  addPublicPages,
  definePublicPage,
  findPublishedOrganisation,
  type PrivatePage,
  type PublicLanguage,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { referenceLookup } from '../carbon';
import { findSharedGroup } from '../groups';
import { findReadyFiles, openFileContent } from '../media';
import { spaceTexts } from './i18n';
import { journeyCalendar } from './journey-calendar';
import { type ExportTrack, toM3u, toXspf } from './playlist-export';
import {
  SpaceHome,
  SpaceItemPage,
  SpacePlaylist,
  SpaceResources,
  type SpaceUrls,
} from './space-pages';
import {
  heldOnline,
  loadSpaceView,
  type SpaceView,
  shownItem,
  spaceOnlineSaving,
} from './space-reads';
import * as repository from './spaces.repository';

type Variant = 'light' | 'original' | 'w960';

function spaceUrls(base: string, groupLink = false): SpaceUrls {
  return {
    ...(groupLink ? { calendar: `${base}/calendrier.ics` } : {}),
    home: base,
    listen: (page = 1) => (page > 1 ? `${base}/ecouter?page=${page}` : `${base}/ecouter`),
    resources: `${base}/ressources`,
    item: (id) => `${base}/r/${id}`,
    media: (id, variant = 'original') =>
      variant === 'original' ? `${base}/media/${id}` : `${base}/media/${id}?v=${variant}`,
    download: (id) => `${base}/media/${id}?download`,
    m3u: `${base}/playlist.m3u8`,
    xspf: `${base}/playlist.xspf`,
  };
}

function pageNumber(request: FastifyRequest) {
  const page = Number((request.query as { page?: string }).page ?? '1');
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

/** The playlist's tracks for a music player, with absolute addresses. */
function exportTracks(view: SpaceView, urls: SpaceUrls, lang: PublicLanguage): ExportTrack[] {
  const texts = spaceTexts[lang];
  return view.playlist.flatMap((item) => {
    const { row, file } = item.view;
    const location = row.url ?? (file ? urls.media(row.id) : null);
    if (!location) return [];
    return [
      {
        title: row.embedTitle ?? row.title,
        location,
        creator: row.embedAuthor,
        durationMs: file?.durationMs ?? null,
        annotation: texts.licence[row.licence],
      },
    ];
  });
}

export function registerSpacePages(app: App, deps: AppDeps) {
  const { config, database } = deps;
  const base = (request: FastifyRequest) =>
    config.publicUrlConfigured ? config.publicUrl : `${request.protocol}://${request.host}`;

  // --- Under a group's secret link --------------------------------------------------------

  /** The space a group link and journey id name, as of now; null for any unknown part. */
  async function groupSpace(params: { token?: string; journeyId?: string }) {
    const token = GuestTokenSchema.safeParse(params.token);
    const journeyId = IdSchema.safeParse(params.journeyId);
    if (!token.success || !journeyId.success) return null;
    const shared = await findSharedGroup(database.db, token.data);
    if (!shared) return null;
    const scope = { orgId: shared.orgId, userId: null };
    const view = await database.withTenant(scope, (tx) =>
      loadSpaceView(tx, journeyId.data, new Date(), { teachers: true, groupId: shared.groupId }),
    );
    // Online steps get what they avoid, from the carbon module: its reference of communes is
    // read outside any tenant transaction (the embedded database has one connection).
    if (view?.steps.some(heldOnline)) {
      const lookup = await referenceLookup(database);
      view.onlineSaving = await database.withTenant(scope, (tx) =>
        spaceOnlineSaving(tx, view, lookup),
      );
    }
    return view && { shared, view, path: `/p/_/groupe/${token.data}/parcours/${journeyId.data}` };
  }

  const sendPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    build: (lang: PublicLanguage) => PrivatePage,
  ) => {
    const lang = privatePageLanguage(request, reply, config.secureCookies);
    return sendPrivatePage(request, reply, lang, build(lang));
  };

  const gone = (lang: PublicLanguage, status = 404): PrivatePage => ({
    status,
    title: spaceTexts[lang].linkGoneTitle,
    description: spaceTexts[lang].linkGoneText,
    organisationName: null,
    body: (
      <>
        <h1>{spaceTexts[lang].linkGoneTitle}</h1>
        <p class="lead">{spaceTexts[lang].linkGoneText}</p>
      </>
    ),
  });

  type Params = { token: string; journeyId: string; resourceId?: string };
  const pages = [
    ['', 'home'],
    ['/ecouter', 'listen'],
    ['/ressources', 'resources'],
  ] as const;
  for (const [suffix, which] of pages) {
    app.get(
      `/p/_/groupe/:token/parcours/:journeyId${suffix}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const found = await groupSpace(request.params as Params);
        return sendPage(request, reply, (lang) => {
          if (!found) return gone(lang);
          const urls = spaceUrls(found.path, true);
          const props = { view: found.view, urls, lang };
          const texts = spaceTexts[lang];
          return {
            title:
              which === 'home'
                ? found.view.frame.name
                : `${texts.nav[which]} · ${found.view.frame.name}`,
            description: texts.spaceLead(found.view.frame.groupName),
            organisationName: found.shared.organisationName,
            body:
              which === 'home' ? (
                <SpaceHome {...props} />
              ) : which === 'listen' ? (
                <SpacePlaylist {...props} page={pageNumber(request)} />
              ) : (
                <SpaceResources {...props} />
              ),
          };
        });
      },
    );
  }

  app.get(
    '/p/_/groupe/:token/parcours/:journeyId/r/:resourceId',
    { schema: { hide: true } },
    async (request, reply) => {
      const params = request.params as Params;
      const found = await groupSpace(params);
      const item = found && shownItem(found.view, params.resourceId ?? '');
      return sendPage(request, reply, (lang) => {
        const texts = spaceTexts[lang];
        if (!found) return gone(lang);
        if (!item) {
          return {
            status: 404,
            title: texts.notShownTitle,
            description: texts.notShownText,
            organisationName: found.shared.organisationName,
            body: (
              <>
                <h1>{texts.notShownTitle}</h1>
                <p class="lead">{texts.notShownText}</p>
                <p>
                  <a href={found.path}>← {texts.back}</a>
                </p>
              </>
            ),
          };
        }
        return {
          title: item.view.row.title,
          description: texts.spaceLead(found.view.frame.groupName),
          organisationName: found.shared.organisationName,
          body: <SpaceItemPage item={item} urls={spaceUrls(found.path)} lang={lang} />,
        };
      });
    },
  );

  app.get(
    '/p/_/groupe/:token/parcours/:journeyId/media/:resourceId',
    { schema: { hide: true }, compress: false },
    async (request, reply) => {
      const params = request.params as Params;
      const found = await groupSpace(params);
      const item = found && shownItem(found.view, params.resourceId ?? '');
      if (!found || !item) throw new AppError('MEDIA.NOT_FOUND', 'Nothing shown here');
      return sendFile(request, reply, found.shared.orgId, item);
    },
  );

  for (const format of ['m3u8', 'xspf'] as const) {
    app.get(
      `/p/_/groupe/:token/parcours/:journeyId/playlist.${format}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const found = await groupSpace(request.params as Params);
        if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
        const lang = privatePageLanguage(request, reply, config.secureCookies);
        const urls = spaceUrls(`${base(request)}${found.path}`);
        return sendPlaylist(reply, format, found.view, exportTracks(found.view, urls, lang));
      },
    );
  }

  // The journey's calendar: a feed phones subscribe to, with the rooms of online sessions.
  app.get(
    '/p/_/groupe/:token/parcours/:journeyId/calendrier.ics',
    { schema: { hide: true } },
    async (request, reply) => {
      const found = await groupSpace(request.params as Params);
      if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
      const lang = privatePageLanguage(request, reply, config.secureCookies);
      return reply
        .type('text/calendar; charset=utf-8')
        .headers({
          'cache-control': 'private, no-store',
          'content-disposition': 'inline; filename="parcours.ics"',
          'referrer-policy': 'no-referrer',
        })
        .send(
          journeyCalendar({ view: found.view, lang, spaceUrl: `${base(request)}${found.path}` }),
        );
    },
  );

  /** A shown item's file: a rendition played in the page, or the original as a download. */
  async function sendFile(
    request: FastifyRequest,
    reply: FastifyReply,
    orgId: string,
    item: NonNullable<ReturnType<typeof shownItem>>,
  ) {
    const query = request.query as { v?: string; download?: string };
    const { row, file } = item.view;
    if (!file) throw new AppError('MEDIA.NOT_FOUND', 'No file');
    const wanted: Variant = query.v === 'light' || query.v === 'w960' ? query.v : 'original';
    const playable = /^(audio|video|image)\//.test(file.mediaType);
    const download = query.download !== undefined;
    // What plays in the page is never offered as a download unless the item allows it;
    // a document is opened by downloading it.
    if (download && playable && !row.downloadable) {
      throw new AppError('MEDIA.NOT_FOUND', 'Not downloadable');
    }
    const [fileRow] = await database.withTenant({ orgId, userId: null }, (tx: Tx) =>
      findReadyFiles(tx, orgId, [file.id]),
    );
    if (!fileRow) throw new AppError('MEDIA.NOT_FOUND', 'No file');
    try {
      const content = await openFileContent({
        config,
        row: fileRow,
        variants: download ? ['original'] : [wanted, 'original'],
        rangeHeader: request.headers.range,
        attachment: download,
      });
      return reply
        .code(content.status)
        .headers({ ...content.headers, 'cache-control': 'private, no-store' })
        .send(content.bytes);
    } catch (error) {
      if (error instanceof AppError && error.code === 'MEDIA.RANGE_NOT_SATISFIABLE') {
        reply.header('content-range', `bytes */${error.details?.sizeBytes}`);
      }
      throw error;
    }
  }

  function sendPlaylist(
    reply: FastifyReply,
    format: 'm3u8' | 'xspf',
    view: SpaceView,
    tracks: ExportTrack[],
  ) {
    const title = `${view.frame.name} — ${view.frame.groupName}`;
    return reply
      .type(
        format === 'm3u8'
          ? 'audio/x-mpegurl; charset=utf-8'
          : 'application/xspf+xml; charset=utf-8',
      )
      .headers({
        'cache-control': 'private, no-store',
        'content-disposition': `attachment; filename="playlist.${format}"`,
        'referrer-policy': 'no-referrer',
      })
      .send(format === 'm3u8' ? toM3u(title, tracks) : toXspf(title, tracks));
  }

  // --- Public spaces ---------------------------------------------------------------------

  const slugOf = (raw: Record<string, string>) =>
    PUBLIC_SLUG_PATTERN.test(raw.slug ?? '') ? raw.slug! : null;

  async function publicSpace(tx: Tx, slug: string, now: Date) {
    const journeyId = await repository.findJourneyBySlug(tx, slug);
    return journeyId ? loadSpaceView(tx, journeyId, now, { teachers: false }) : null;
  }

  const publicKind = (suffix: string, which: 'home' | 'listen' | 'resources') =>
    definePublicPage({
      id: `journey-space-${which}`,
      path: `/parcours/:slug${suffix}`,
      timeSlotMinutes: 5,
      parseParams: (raw) => {
        const slug = slugOf(raw);
        return slug ? { slug } : null;
      },
      load: (tx, { slug }, context) => publicSpace(tx, slug, context.now),
      render(view, context) {
        const texts = spaceTexts[context.lang];
        const urls = spaceUrls(context.orgUrl(`/parcours/${view.frame.publicSlug}`));
        const props = { view, urls, lang: context.lang };
        return {
          title: which === 'home' ? view.frame.name : `${texts.nav[which]} · ${view.frame.name}`,
          description: texts.spaceLead(view.frame.groupName),
          body:
            which === 'home' ? (
              <SpaceHome {...props} />
            ) : which === 'listen' ? (
              // Public pages are cached by path: the playlist shows its first page there.
              <SpacePlaylist {...props} page={1} />
            ) : (
              <SpaceResources {...props} />
            ),
        };
      },
      jsonLd: (view, context) => ({
        '@type': which === 'listen' ? 'MusicPlaylist' : 'CollectionPage',
        name: view.frame.name,
        ...(which === 'listen' ? { numTracks: view.playlist.length } : {}),
        url: context.orgUrl(`/parcours/${view.frame.publicSlug}${suffix}`),
      }),
      ...(which === 'home'
        ? {
            sitemap: async (tx: Tx) =>
              (await repository.listPublicSlugs(tx)).map((slug) => `/parcours/${slug}`),
          }
        : {}),
    });

  const publicItem = definePublicPage({
    id: 'journey-space-item',
    path: '/parcours/:slug/r/:resourceId',
    timeSlotMinutes: 5,
    parseParams: (raw) => {
      const slug = slugOf(raw);
      const resourceId = IdSchema.safeParse(raw.resourceId);
      return slug && resourceId.success ? { slug, resourceId: resourceId.data } : null;
    },
    load: async (tx, { slug, resourceId }, context) => {
      const view = await publicSpace(tx, slug, context.now);
      const item = view && shownItem(view, resourceId);
      return view && item ? { view, item, slug } : null;
    },
    render: ({ view, item, slug }, context) => ({
      title: item.view.row.title,
      description: spaceTexts[context.lang].spaceLead(view.frame.groupName),
      body: (
        <SpaceItemPage
          item={item}
          urls={spaceUrls(context.orgUrl(`/parcours/${slug}`))}
          lang={context.lang}
        />
      ),
    }),
    jsonLd: ({ item }) => ({ '@type': 'CreativeWork', name: item.view.row.title }),
  });

  addPublicPages(app, [
    publicKind('', 'home'),
    publicKind('/ecouter', 'listen'),
    publicKind('/ressources', 'resources'),
    publicItem,
  ]);

  /** A public space's view now, by the organisation's and the space's slugs; or null. */
  async function publicSpaceOf(raw: Record<string, string>) {
    const orgSlug = raw.orgSlug ?? '';
    const slug = slugOf(raw);
    if (!PUBLIC_SLUG_PATTERN.test(orgSlug) || !slug) return null;
    const org = await findPublishedOrganisation(database.db, orgSlug);
    if (!org) return null;
    const view = await database.withTenant({ orgId: org.id, userId: null }, (tx) =>
      publicSpace(tx, slug, new Date()),
    );
    return view && { org, view, path: `/p/${org.slug}/parcours/${slug}` };
  }

  app.get(
    '/p/:orgSlug/parcours/:slug/media/:resourceId',
    { schema: { hide: true }, compress: false },
    async (request, reply) => {
      const raw = request.params as Record<string, string>;
      const found = await publicSpaceOf(raw);
      const item = found && shownItem(found.view, raw.resourceId ?? '');
      if (!found || !item) throw new AppError('MEDIA.NOT_FOUND', 'Nothing shown here');
      return sendFile(request, reply, found.org.id, item);
    },
  );

  for (const format of ['m3u8', 'xspf'] as const) {
    app.get(
      `/p/:orgSlug/parcours/:slug/playlist.${format}`,
      { schema: { hide: true } },
      async (request, reply) => {
        const found = await publicSpaceOf(request.params as Record<string, string>);
        if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
        const lang = privatePageLanguage(request, reply, config.secureCookies);
        const urls = spaceUrls(`${base(request)}${found.path}`);
        return sendPlaylist(reply, format, found.view, exportTracks(found.view, urls, lang));
      },
    );
  }
}

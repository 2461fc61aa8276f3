// The journey space as public pages of the organisation, when the coordinator gives it a public
// address (/p/<org>/parcours/<slug>…): cached by data version and a 5-minute slot (a minute for
// the home, which shows a concert's live stream on time), families' items only, never the rooms
// of online sessions.
import { IdSchema, PUBLIC_SLUG_PATTERN } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  addPublicPages,
  definePublicPage,
  findPublishedOrganisation,
  privatePageLanguage,
} from '../../platform/public-pages';
import { spaceTexts } from './i18n';
import { sendProgramme } from './programme-pdf';
import {
  absoluteBase,
  sendPlaylist,
  sendSpaceCaptions,
  sendSpaceFile,
  spaceUrls,
} from './space-files';
import { SpaceHome } from './space-home';
import { SpaceItemPage, SpacePlaylist, SpaceResources } from './space-lists';
import { loadSpaceView, shownItem } from './space-reads';
import * as repository from './spaces.repository';

export function registerPublicSpacePages(app: App, deps: AppDeps) {
  const { config, database } = deps;

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
      // The home shows a concert's live stream from its opening to its end: kept a minute only.
      timeSlotMinutes: which === 'home' ? 1 : 5,
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
      return sendSpaceFile(deps, request, reply, found.org.id, item);
    },
  );

  app.get(
    '/p/:orgSlug/parcours/:slug/media/:resourceId/sous-titres/:lang',
    { schema: { hide: true } },
    async (request, reply) => {
      const raw = request.params as Record<string, string>;
      const found = await publicSpaceOf(raw);
      const item = found && shownItem(found.view, raw.resourceId ?? '');
      if (!found || !item) throw new AppError('MEDIA.NOT_FOUND', 'Nothing shown here');
      return sendSpaceCaptions(deps, reply, found.org.id, item, raw.lang ?? '');
    },
  );

  app.get(
    '/p/:orgSlug/parcours/:slug/programme/:sessionId',
    { schema: { hide: true } },
    async (request, reply) => {
      const raw = request.params as Record<string, string>;
      const found = await publicSpaceOf(raw);
      if (!found) throw new AppError('REQUEST.NOT_FOUND', 'No such space');
      const lang = privatePageLanguage(request, reply, config.secureCookies);
      return sendProgramme(
        reply,
        found.view,
        raw.sessionId ?? '',
        found.org.name,
        lang,
        'public, max-age=300',
      );
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
        const urls = spaceUrls(`${absoluteBase(config, request)}${found.path}`);
        return sendPlaylist(reply, format, found.view, urls, lang);
      },
    );
  }
}

// The journey space's pages and files under a group's secret link
// (/p/_/groupe/<token>/parcours/<journey>…): never cached, teachers' resources and the rooms of
// online sessions included.
import { GuestTokenSchema, IdSchema } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import { AppError } from '../../platform/errors';
import {
  type PrivatePage,
  type PublicLanguage,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { referenceLookup } from '../carbon';
import { findSharedGroup } from '../groups';
import { spaceTexts } from './i18n';
import { journeyCalendar } from './journey-calendar';
import { absoluteBase, sendPlaylist, sendSpaceFile, spaceUrls } from './space-files';
import { SpaceHome } from './space-home';
import { SpaceItemPage, SpacePlaylist, SpaceResources } from './space-lists';
import { heldOnline, loadSpaceView, shownItem, spaceOnlineSaving } from './space-reads';

type Params = { token: string; journeyId: string; resourceId?: string };

function pageNumber(request: FastifyRequest) {
  const page = Number((request.query as { page?: string }).page ?? '1');
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

export function registerGroupSpacePages(app: App, deps: AppDeps) {
  const { config, database } = deps;

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
      return sendSpaceFile(deps, request, reply, found.shared.orgId, item);
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
        const urls = spaceUrls(`${absoluteBase(config, request)}${found.path}`);
        return sendPlaylist(reply, format, found.view, urls, lang);
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
      const spaceUrl = `${absoluteBase(config, request)}${found.path}`;
      return reply
        .type('text/calendar; charset=utf-8')
        .headers({
          'cache-control': 'private, no-store',
          'content-disposition': 'inline; filename="parcours.ics"',
          'referrer-policy': 'no-referrer',
        })
        .send(journeyCalendar({ view: found.view, lang, spaceUrl }));
    },
  );
}

// The space a group's secret link and a journey id name, as families see it now (teachers'
// resources and online rooms included, with what an online step avoids), and how its pages are
// sent: in the visitor's language, with the note of a copy kept on the phone when the offline
// pack asks for the page, and the same page for any unknown part of the address.
import { GuestTokenSchema, IdSchema } from '@tutti/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../platform/app-types';
import {
  type PrivatePage,
  type PublicLanguage,
  privatePageLanguage,
  sendPrivatePage,
} from '../../platform/public-pages';
import { referenceLookup } from '../carbon';
import { findSharedGroup } from '../groups';
import { spaceTexts } from './i18n';
import { KeptNote } from './offline-page';
import { heldOnline, loadSpaceView, spaceOnlineSaving } from './space-reads';

/** Sent by the offline pack's script for the pages it keeps. */
export const PACK_HEADER = 'x-tutti-pack';

export type GroupSpaceParams = { token: string; journeyId: string; resourceId?: string };

export async function loadGroupSpace(
  { database }: Pick<AppDeps, 'database'>,
  params: { token?: string; journeyId?: string },
) {
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

export type GroupSpace = NonNullable<Awaited<ReturnType<typeof loadGroupSpace>>>;

/** What a link that opens nothing shows: the link was replaced or withdrawn. */
export function goneSpacePage(lang: PublicLanguage): PrivatePage {
  const texts = spaceTexts[lang];
  return {
    status: 404,
    title: texts.linkGoneTitle,
    description: texts.linkGoneText,
    organisationName: null,
    body: (
      <>
        <h1>{texts.linkGoneTitle}</h1>
        <p class="lead">{texts.linkGoneText}</p>
      </>
    ),
  };
}

/**
 * Sends a page of the space (`build` in the visitor's language); a page the offline pack keeps
 * starts with the note that it is the copy on the phone, and since when.
 */
export function sendSpacePage(
  deps: Pick<AppDeps, 'config'>,
  request: FastifyRequest,
  reply: FastifyReply,
  found: GroupSpace | null,
  build: (lang: PublicLanguage, found: GroupSpace) => PrivatePage,
) {
  const lang = privatePageLanguage(request, reply, deps.config.secureCookies);
  if (!found) return sendPrivatePage(request, reply, lang, goneSpacePage(lang));
  const page = build(lang, found);
  const kept = request.headers[PACK_HEADER] === '1' && (page.status ?? 200) === 200;
  return sendPrivatePage(request, reply, lang, {
    ...page,
    body: kept ? (
      <>
        <KeptNote at={new Date()} timeZone={found.view.frame.timeZone} lang={lang} />
        {page.body}
      </>
    ) : (
      page.body
    ),
  });
}

// A network's public page, under its founding organisation's public address
// (/p/<org>/reseau/<network>): members, the common agenda, its feeds; in the sitemap.
// Network tables are read as the owner (they have no tenant policy), outside any tenant
// transaction (`loadShared`), filtered by the network; every change moves the home's version.
import { PUBLIC_SLUG_PATTERN } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import { definePublicPage, type PublicPageContext } from '../../platform/public-pages';
import { readAgenda } from './agenda.service';
import { eventJsonLd } from './agenda-formats';
import { networkTexts } from './i18n';
import * as repository from './networks.repository';

const AGENDA_LIMIT = 100;

/** The server's base address, from the organisation's public address. */
export const baseOf = (context: Pick<PublicPageContext, 'org' | 'orgUrl'>) =>
  context.orgUrl().slice(0, -`/p/${context.org.slug}`.length);

/** The published network of this home organisation with this slug, or null. */
export async function publishedNetwork(database: TuttiDatabase, homeOrgId: string, slug: string) {
  const network = await repository.findNetworkBySlug(database.db, slug);
  return network?.published && network.homeOrgId === homeOrgId ? network : null;
}

export function networkPage(database: TuttiDatabase) {
  return definePublicPage({
    id: 'network',
    path: '/reseau/:networkSlug',
    parseParams: (raw) =>
      PUBLIC_SLUG_PATTERN.test(raw.networkSlug ?? '') ? { networkSlug: raw.networkSlug! } : null,
    async loadShared({ networkSlug }, context) {
      const network = await publishedNetwork(database, context.org.id, networkSlug);
      if (!network) return null;
      const members = (await repository.listMembers(database.db, network.id)).filter(
        (m) => m.status === 'active',
      );
      const from = context.today;
      const agenda = await readAgenda(
        database,
        network.id,
        { from, limit: AGENDA_LIMIT, offset: 0 },
        baseOf(context),
      );
      return { network, members, events: agenda.items };
    },
    render({ network, members, events }, context) {
      const { lang } = context;
      const texts = networkTexts[lang];
      const here = context.orgUrl(`/reseau/${network.slug}`);
      return {
        title: network.name,
        description: network.description ?? texts.description(network.name),
        body: (
          <>
            <h1>{network.name}</h1>
            {network.description && <p class="lead">{network.description}</p>}
            <h2>{texts.agenda}</h2>
            {events.length === 0 ? (
              <p>{texts.noEvents}</p>
            ) : (
              <ul class="events">
                {events.map((event) => {
                  const local = toLocalDateTime(new Date(event.startsAt), event.timeZone);
                  const date = formatDate(local.slice(0, 10), lang, {
                    weekday: 'long',
                    day: 'numeric',
                    month: 'long',
                  });
                  return (
                    <li key={event.id} id={`e-${event.id}`}>
                      {event.url ? (
                        <a href={event.url}>{event.title}</a>
                      ) : (
                        <strong>{event.title}</strong>
                      )}
                      {event.cancelled && <strong> — {texts.cancelled}</strong>}
                      <br />
                      {texts.category[event.category]}, {date} {local.slice(11, 16)}
                      {event.communeName ? `, ${event.communeName}` : ''} — {texts.by}{' '}
                      {event.orgName} ({texts.country[event.country]})
                      <br />
                      {texts.audiences} {event.audiences.map((a) => texts.audience[a]).join(', ')}
                      {event.accessibility.length > 0 &&
                        ` · ${texts.accessibility} ${event.accessibility.map((a) => texts.access[a]).join(', ')}`}
                    </li>
                  );
                })}
              </ul>
            )}
            <h2>{texts.feeds}</h2>
            <ul>
              <li>
                <a href={`${here}/agenda.ics`}>{texts.ical}</a>
              </li>
              <li>
                <a href={`${here}/openagenda.json`}>{texts.openAgenda}</a>
              </li>
              <li>
                <a href={`${here}/actualites.atom`}>{texts.news}</a>
              </li>
            </ul>
            <h2>{texts.members}</h2>
            <ul>
              {members.map((m) => (
                <li key={m.orgId}>
                  {m.publicSlug ? (
                    <a href={`${baseOf(context)}/p/${m.publicSlug}`}>{m.name}</a>
                  ) : (
                    m.name
                  )}{' '}
                  ({texts.country[m.country]})
                </li>
              ))}
            </ul>
          </>
        ),
      };
    },
    jsonLd({ network, members, events }, context) {
      return {
        '@type': 'Organization',
        name: network.name,
        url: context.orgUrl(`/reseau/${network.slug}`),
        ...(network.description ? { description: network.description } : {}),
        member: members.map((m) => ({ '@type': 'Organization', name: m.name })),
        event: events.map((event) => eventJsonLd(event, context.lang)),
      };
    },
    async sitemapShared(context) {
      const slugs = await repository.publishedNetworkSlugsOf(database.db, context.org.id);
      return slugs.map((slug) => `/reseau/${slug}`);
    },
  });
}

// News posts members publish to a network, signed by their organisation (never a person), read
// by the network's role holders and, for a published network, as an Atom feed.
import type { NetworkNews, NetworkNewsBody } from '@tutti/contracts';
import { schema, type TuttiDatabase } from '@tutti/db';
import { and, desc, eq } from 'drizzle-orm';
import { Feed } from 'feed';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { networkNotFound } from './network-access';
import * as repository from './networks.repository';

const { networkNews, networkMembers, organisations } = schema;
const FEED_LIMIT = 50;

export async function publishNews({
  actor,
  database,
  networkId,
  input,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  networkId: string;
  input: NetworkNewsBody;
}): Promise<NetworkNews> {
  requirePermission(actor, 'networks.publish');
  return database.db.transaction(async (tx) => {
    const member = await repository.findMember(tx, networkId, actor.orgId);
    if (member?.status !== 'active') throw networkNotFound();
    const [row] = await tx
      .insert(networkNews)
      .values({ networkId, memberOrgId: actor.orgId, ...input })
      .returning();
    await repository.touchNetwork(tx, networkId);
    const [org] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, actor.orgId));
    return present({ news: row!, orgName: org!.name });
  });
}

function present(row: { news: typeof networkNews.$inferSelect; orgName: string }): NetworkNews {
  const { news } = row;
  return {
    id: news.id,
    orgId: news.memberOrgId,
    orgName: row.orgName,
    title: news.title,
    body: news.body,
    link: news.link,
    publishedAt: news.publishedAt.toISOString(),
  };
}

/** The latest posts of the network's active members, newest first. */
export async function listNews(database: TuttiDatabase, networkId: string, limit = FEED_LIMIT) {
  const rows = await database.db
    .select({ news: networkNews, orgName: organisations.name })
    .from(networkNews)
    .innerJoin(
      networkMembers,
      and(
        eq(networkMembers.networkId, networkNews.networkId),
        eq(networkMembers.memberOrgId, networkNews.memberOrgId),
        eq(networkMembers.status, 'active'),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, networkNews.memberOrgId))
    .where(eq(networkNews.networkId, networkId))
    .orderBy(desc(networkNews.publishedAt), desc(networkNews.id))
    .limit(limit);
  return rows.map(present);
}

/** Atom 1.0: one entry per post, its id a stable URN, its author the organisation. */
export function newsAtom(
  network: { id: string; name: string; description: string | null },
  posts: NetworkNews[],
  pageUrl: string,
) {
  const feed = new Feed({
    id: `urn:uuid:${network.id}`,
    title: network.name,
    description: network.description ?? undefined,
    link: pageUrl,
    feedLinks: { atom: `${pageUrl}/actualites.atom` },
    copyright: network.name,
    updated: posts[0] ? new Date(posts[0].publishedAt) : new Date(0),
    generator: 'Tutti',
  });
  for (const post of posts) {
    feed.addItem({
      id: `urn:uuid:${post.id}`,
      title: post.title,
      link: post.link ?? `${pageUrl}#n-${post.id}`,
      content: post.body,
      author: [{ name: post.orgName }],
      date: new Date(post.publishedAt),
    });
  }
  return feed.atom1();
}

// The demo's choir (see demo-choir-data.ts): sites, parts with section leaders, a season with
// its repertoire, about 60 rehearsals from weekly series per site and monthly tutti, two
// concerts, attendance already taken, RSVPs for the next rehearsals and learning statuses,
// two singers who left during the season, and printed score copies lent to some singers.
// Everything is written in a few bulk inserts so that the demo stays fast.

import type { AgeBand } from '@tutti/contracts';
import { addDays, startOfWeek, today } from '@tutti/kit/dates';
import { eq } from 'drizzle-orm';
import { retainUntilFor, searchNameOf } from '../participant-fields';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';
import { linkChoirConcerts } from './demo-choir-concerts';
import {
  DEMO_CHOIR_ACCOUNTS,
  DEMO_CHOIR_AGES,
  DEMO_CHOIR_NAME,
  DEMO_CHOIR_PARTS,
  DEMO_CHOIR_SITES,
  DEMO_FIRST_NAMES,
  DEMO_LAST_NAMES,
} from './demo-choir-data';
import {
  type DemoSinger,
  seedChoirRehearsals,
  seedChoirRepertoire,
  seedChoirScoreLoans,
} from './demo-choir-season';
import { seededRandom } from './demo-participants';

const ZONE = 'Europe/Paris';

function ageBandOf(draw: number): AgeBand {
  let sum = 0;
  for (const [band, weight] of DEMO_CHOIR_AGES) {
    sum += weight;
    if (draw < sum) return band;
  }
  return '65+';
}

export const demoChoirStep: DemoStep = {
  name: 'choir',
  async run({ db, orgId, userIds, now }) {
    const random = seededRandom(1717);
    const day = today(ZONE, now);
    const venues = await db
      .select({ id: schema.venues.id, name: schema.venues.name })
      .from(schema.venues);
    const venueId = (name: string) => venues.find((v) => v.name === name)?.id ?? null;
    const [choir] = await db
      .insert(schema.choirs)
      .values({
        orgId,
        name: DEMO_CHOIR_NAME,
        description: '250 choristes de 12 à 84 ans, quatre sites, deux concerts de commémoration.',
      })
      .returning();
    const groups = await db
      .insert(schema.groups)
      .values(
        DEMO_CHOIR_SITES.map((site) => ({
          orgId,
          name: `${DEMO_CHOIR_NAME} — ${site.name}`,
          kind: 'choir' as const,
          ageBand: null,
        })),
      )
      .returning({ id: schema.groups.id });
    const sites = await db
      .insert(schema.choirSites)
      .values(
        DEMO_CHOIR_SITES.map((site, i) => ({
          orgId,
          choirId: choir!.id,
          name: site.name,
          venueId: venueId(site.venue),
          groupId: groups[i]!.id,
          position: i,
        })),
      )
      .returning({ id: schema.choirSites.id });
    const parts = await db
      .insert(schema.choirParts)
      .values(
        DEMO_CHOIR_PARTS.map((part, i) => ({
          orgId,
          choirId: choir!.id,
          code: part.code,
          name: part.name,
          minSingers: part.minSingers,
          position: i,
        })),
      )
      .returning({ id: schema.choirParts.id });
    const seasonStart = addDays(startOfWeek(day), -84);
    const concertDay = addDays(startOfWeek(day), 26); // a Saturday, four weeks ahead
    const [season] = await db
      .insert(schema.choirSeasons)
      .values({
        orgId,
        choirId: choir!.id,
        name: 'Saison « Mémoires de paix »',
        startsOn: seasonStart,
        endsOn: addDays(concertDay, 30),
      })
      .returning();

    // Singers: parts filled in order, sites by their shares, age bands by their weights.
    const partOf = DEMO_CHOIR_PARTS.flatMap((part, i) => Array<number>(part.singers).fill(i));
    const siteOf = DEMO_CHOIR_SITES.flatMap((site, i) => Array<number>(site.singers).fill(i));
    const retainUntil = retainUntilFor(new Date(`${seasonStart}T12:00:00Z`));
    const people = partOf.map((partIndex, n) => {
      const firstName = DEMO_FIRST_NAMES[Math.floor(random() * DEMO_FIRST_NAMES.length)]!;
      const lastName = DEMO_LAST_NAMES[Math.floor(random() * DEMO_LAST_NAMES.length)]!;
      return {
        firstName,
        lastName,
        ageBand: ageBandOf(random()),
        partIndex,
        siteIndex: siteOf[(n * 37) % siteOf.length]!,
      };
    });
    // The two demo accounts are the first two first altos, at Nevers.
    const firstAlto = partOf.indexOf(2);
    for (const [offset, account] of [
      DEMO_CHOIR_ACCOUNTS.leader,
      DEMO_CHOIR_ACCOUNTS.singer,
    ].entries()) {
      Object.assign(people[firstAlto + offset]!, { ...account, siteIndex: 0, partIndex: 2 });
    }
    const participantIds = await db
      .insert(schema.participants)
      .values(
        people.map((p) => ({
          orgId,
          groupId: groups[p.siteIndex]!.id,
          firstName: p.firstName,
          lastName: p.lastName,
          ageBand: p.ageBand,
          searchName: searchNameOf(p.firstName, p.lastName),
          retainUntil,
        })),
      )
      .returning({ id: schema.participants.id });
    const minors = people.flatMap((p, n) => (['11-14', '15-17'].includes(p.ageBand) ? [n] : []));
    await db.insert(schema.participantConsents).values(
      minors.map((n) => ({
        orgId,
        participantId: participantIds[n]!.id,
        guardianName: `Parent de ${people[n]!.firstName}`,
        givenOn: seasonStart,
        method: 'paper' as const,
        purposes: ['participation' as const, 'audio_video' as const],
      })),
    );
    const memberRows = await db
      .insert(schema.choirMembers)
      .values(
        people.map((p, n) => {
          const adult = !minors.includes(n);
          const email = adult && random() < 0.7;
          return {
            orgId,
            choirId: choir!.id,
            participantId: participantIds[n]!.id,
            siteId: sites[p.siteIndex]!.id,
            partId: parts[p.partIndex]!.id,
            userId: n === firstAlto ? userIds.artist : n === firstAlto + 1 ? userIds.viewer : null,
            // The last six basses and tenors are guests of this season only.
            guestSeasonId: n >= 244 ? season!.id : null,
            contactBy: email ? ('email' as const) : ('none' as const),
            contactEmail: email ? `choriste${n + 1}@exemple.test` : null,
            // A few singers read the choir's messages in German or English.
            locale:
              email && n % 19 === 0
                ? ('de' as const)
                : email && n % 23 === 0
                  ? ('en' as const)
                  : null,
          };
        }),
      )
      .returning({ id: schema.choirMembers.id });
    const members: DemoSinger[] = people.map((p, n) => ({
      id: memberRows[n]!.id,
      siteIndex: p.siteIndex,
      partIndex: p.partIndex,
      diligence: n === firstAlto + 1 ? 0.9 : 0.55 + random() * 0.43,
    }));
    // Section leaders: Sophie leads the first altos; each other part, its first adult singer.
    for (const [i, part] of parts.entries()) {
      const leader =
        i === 2
          ? members[firstAlto]!
          : members.find((m, n) => m.partIndex === i && !minors.includes(n))!;
      await db
        .update(schema.choirParts)
        .set({ leaderMemberId: leader.id })
        .where(eq(schema.choirParts.id, part.id));
    }

    const context = { db, orgId, seasonId: season!.id, members, random };
    await seedChoirRehearsals({ ...context, sites, seasonStart, concertDay, userIds, now });
    // Nevers then Clamecy, the two sites whose halls take the concerts.
    await linkChoirConcerts({
      db,
      orgId,
      seasonId: season!.id,
      venueIds: DEMO_CHOIR_SITES.slice(0, 2).map((site) => venueId(site.venue)),
    });
    const pieces = await seedChoirRepertoire({ ...context, parts });
    await seedChoirScoreLoans({ ...context, pieces, singer: members[firstAlto + 1]!, day });
    await seedChoirMessages({
      db,
      orgId,
      choirId: choir!.id,
      seasonId: season!.id,
      members,
      parts,
      userIds,
      now,
      random,
      singer: members[firstAlto + 1]!,
    });
    // Two singers who left during the season: kept for the choir's history, out of its roster.
    const leftOn = addDays(seasonStart, 75);
    const leavers = [
      { firstName: 'Gilles', lastName: 'Perrin', ageBand: '65+' as const, partIndex: 6 },
      { firstName: 'Inès', lastName: 'Morel', ageBand: '18-25' as const, partIndex: 1 },
    ];
    const leaverIds = await db
      .insert(schema.participants)
      .values(
        leavers.map((p) => ({
          orgId,
          groupId: groups[1]!.id,
          firstName: p.firstName,
          lastName: p.lastName,
          ageBand: p.ageBand,
          searchName: searchNameOf(p.firstName, p.lastName),
          retainUntil: retainUntilFor(new Date(`${leftOn}T12:00:00Z`)),
        })),
      )
      .returning({ id: schema.participants.id });
    await db.insert(schema.choirMembers).values(
      leavers.map((p, n) => ({
        orgId,
        choirId: choir!.id,
        participantId: leaverIds[n]!.id,
        siteId: sites[1]!.id,
        partId: parts[p.partIndex]!.id,
        active: false,
        leftOn,
      })),
    );
  },
};

/**
 * Two messages the singers find on their page: one to the whole choir ten days ago (most have
 * read it, Nadia too) and one from Sophie to her first altos two days ago (Nadia has not).
 */
async function seedChoirMessages(options: {
  db: Parameters<DemoStep['run']>[0]['db'];
  orgId: string;
  choirId: string;
  seasonId: string;
  members: DemoSinger[];
  parts: { id: string }[];
  userIds: Parameters<DemoStep['run']>[0]['userIds'];
  now: Date;
  random: () => number;
  singer: DemoSinger;
}) {
  const { db, orgId, members, now, random } = options;
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const [tutti, altos] = await db
    .insert(schema.choirMessages)
    .values([
      {
        orgId,
        choirId: options.choirId,
        seasonId: options.seasonId,
        audience: 'choir' as const,
        subject: {
          fr: 'Concert de mai : la répétition générale change de salle',
          en: 'May concert: the dress rehearsal moves to another hall',
          de: 'Mai-Konzert: Die Generalprobe zieht in einen anderen Saal',
        },
        text: {
          fr: 'Bonjour à toutes et à tous,\nla répétition générale aura lieu à la salle des fêtes de Nevers, à 19 h 30.\nMerci de venir en noir.',
          en: 'Hello everyone,\nthe dress rehearsal will take place in the Nevers village hall at 7.30 pm.\nPlease wear black.',
          de: 'Hallo zusammen,\ndie Generalprobe findet im Festsaal von Nevers um 19:30 Uhr statt.\nBitte in Schwarz kommen.',
        },
        sentBy: options.userIds.coordinator,
        createdAt: daysAgo(10),
      },
      {
        orgId,
        choirId: options.choirId,
        seasonId: options.seasonId,
        audience: 'part' as const,
        partId: options.parts[2]!.id,
        subject: { fr: 'Altos 1 : « Dona nobis pacem », mesures 12 à 20' },
        text: {
          fr: 'Écoutez la piste « ma voix seule » et travaillez le passage « pacem » en boucle, au tempo 80 % d’abord.\nEnvoyez-moi votre enregistrement avant mardi. Sophie',
        },
        sentBy: options.userIds.artist,
        createdAt: daysAgo(2),
      },
    ])
    .returning({ id: schema.choirMessages.id });
  const firstAltos = members.filter((m) => m.partIndex === 2);
  await db.insert(schema.choirMessageDeliveries).values([
    ...members.map((m) => ({
      orgId,
      messageId: tutti!.id,
      memberId: m.id,
      readAt: m === options.singer || random() < 0.6 ? daysAgo(9) : null,
    })),
    ...firstAltos.map((m) => ({
      orgId,
      messageId: altos!.id,
      memberId: m.id,
      readAt: m !== options.singer && random() < 0.3 ? daysAgo(1) : null,
    })),
  ]);
}

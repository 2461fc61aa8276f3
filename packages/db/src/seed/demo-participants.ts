// The demo step for groups and participants: about 150 people, consents for most minors (a few
// missing, one partly withdrawn), a few access needs; relay@demo.test follows two classes.
import { type AgeBand, isMinorAgeBand } from '@tutti/contracts';
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { retainUntilFor, searchNameOf } from '../participant-fields';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';
import {
  type DemoGroupSeed,
  demoAccessNeeds,
  demoGroupSeeds,
  firstNames,
  lastNames,
} from './demo-participants-data';
import { type DemoSeason, demoSeason } from './demo-places-data';

/** A small deterministic generator, so that every `npm run seed` gives the same season. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function poolFor(band: AgeBand) {
  if (band === '65+') return firstNames.senior;
  if (band === '26-64') return firstNames.adult;
  if (band === '15-17' || band === '18-25') return firstNames.teen;
  return firstNames.child;
}

type Person = typeof schema.participants.$inferInsert;

function peopleOf(
  seed: DemoGroupSeed,
  groupIndex: number,
  orgId: string,
  groupId: string,
  season: DemoSeason,
) {
  const random = seededRandom(1_000 + groupIndex);
  const members = seed.members!;
  const retainUntil = retainUntilFor(new Date(`${season.on('09-15')}T12:00:00Z`));
  const people: Person[] = [];
  const used = new Set<string>();
  for (let i = 0; i < seed.expectedSize; i++) {
    const band = members.bands[i % members.bands.length]!;
    const pool = poolFor(band);
    let firstName = pool[Math.floor(random() * pool.length)]!;
    for (let k = 1; used.has(firstName) && k < pool.length; k++) {
      firstName = pool[(pool.indexOf(firstName) + k) % pool.length]!;
    }
    used.add(firstName);
    const lastName =
      random() < members.withLastName ? lastNames[Math.floor(random() * lastNames.length)]! : null;
    people.push({
      orgId,
      groupId,
      firstName,
      lastName,
      ageBand: band,
      communeCode: seed.commune.communeCode,
      communeName: seed.commune.communeName,
      searchName: searchNameOf(firstName, lastName),
      retainUntil,
    });
  }
  return people;
}

const guardianFirstNames = ['Samia', 'Julien', 'Aurélie', 'Karim', 'Céline', 'Mamadou', 'Hélène'];

async function seedConsents(
  db: Db,
  orgId: string,
  seed: DemoGroupSeed,
  people: { id: string; ageBand: AgeBand; lastName: string | null }[],
  recordedBy: string,
  season: DemoSeason,
) {
  const random = seededRandom(people.length * 31 + seed.name.length);
  const minors = people.filter((p) => isMinorAgeBand(p.ageBand));
  // The last few minors of the list have not brought the form back yet.
  const withConsent = minors.slice(0, minors.length - seed.members!.minorsWithoutConsent);
  const rows = withConsent.map((person, i) => {
    const photos = random() < 0.7;
    return {
      orgId,
      participantId: person.id,
      guardianName: `${guardianFirstNames[i % guardianFirstNames.length]} ${person.lastName ?? lastNames[i % lastNames.length]}`,
      givenOn: season.on(`09-${String(8 + (i % 20)).padStart(2, '0')}`),
      method: random() < 0.8 ? ('paper' as const) : ('online' as const),
      purposes: [
        'participation' as const,
        ...(photos ? (['photos'] as const) : []),
        ...(random() < 0.5 ? (['audio_video'] as const) : []),
      ],
      // One family withdrew the photos: the first consent is withdrawn, a new one replaces it.
      withdrawnOn: i === 1 ? season.on('10-14') : null,
      recordedBy,
    };
  });
  if (rows.length === 0) return;
  await db.insert(schema.participantConsents).values(rows);
  const renewed = rows[1];
  if (renewed) {
    await db.insert(schema.participantConsents).values({
      ...renewed,
      givenOn: season.on('10-14'),
      purposes: ['participation'],
      withdrawnOn: null,
    });
  }
}

export const demoGroupsStep: DemoStep = {
  name: 'groups and participants',
  async run({ db, orgId, userIds, now }) {
    const season = demoSeason(now);
    const partners = new Map(
      (
        await db
          .select({ id: schema.partners.id, name: schema.partners.name })
          .from(schema.partners)
          .where(eq(schema.partners.orgId, orgId))
      ).map((p) => [p.name, p.id]),
    );
    const byGroup = new Map<string, { id: string }[]>();
    for (const [index, seed] of demoGroupSeeds.entries()) {
      const [group] = await db
        .insert(schema.groups)
        .values({
          orgId,
          name: seed.name,
          kind: seed.kind,
          partnerId: seed.partner ? (partners.get(seed.partner) ?? null) : null,
          relayUserId: seed.relay ? userIds.relay : null,
          listedIndividually: !seed.countedOnly,
          expectedSize: seed.expectedSize,
          ageBand: seed.ageBand,
          communeCode: seed.commune.communeCode,
          communeName: seed.commune.communeName,
        })
        .returning({ id: schema.groups.id });
      if (!seed.members) continue;
      const people = await db
        .insert(schema.participants)
        .values(peopleOf(seed, index, orgId, group!.id, season))
        .returning({
          id: schema.participants.id,
          ageBand: schema.participants.ageBand,
          lastName: schema.participants.lastName,
        });
      byGroup.set(seed.name, people);
      await seedConsents(db, orgId, seed, people, userIds.coordinator, season);
    }
    const needs = demoAccessNeeds.flatMap(({ group, index, needs }) => {
      const person = byGroup.get(group)?.[index];
      return person
        ? [{ participantId: person.id, orgId, needs, updatedBy: userIds.coordinator }]
        : [];
    });
    if (needs.length > 0) await db.insert(schema.participantAccessNeeds).values(needs);
  },
};

// The demo network's training for relay persons: organised by the demo organisation in Nevers
// for the network, two days a week apart (a day last week, signed in, and today, still to sign
// on a phone), a trainer and trainees from the three members and a social centre (a partner).
// Last week's sign-ins are operations of the log, as a phone would have sent them.
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import * as schema from '../schema/index';
import type { DemoContext, DemoStep } from './demo';

const DAY = 864e5;

/** The calendar date of an instant in Paris, `YYYY-MM-DD`. */
function parisDate(instant: Date) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

const PEOPLE: {
  displayName: string;
  role: 'trainer' | 'trainee';
  from: 'demo' | 'musique-liege' | 'mosaique-luxembourg' | null;
  /** Last week's half-days missed. */
  missed?: ('morning' | 'afternoon')[];
}[] = [
  { displayName: 'Hélène Formatrice (démo)', role: 'trainer', from: 'demo' },
  { displayName: 'Karim Relais (démo)', role: 'trainee', from: 'demo' },
  { displayName: 'Sophie Lambert (démo)', role: 'trainee', from: 'musique-liege' },
  {
    displayName: 'Jan Peeters (démo)',
    role: 'trainee',
    from: 'musique-liege',
    missed: ['afternoon'],
  },
  { displayName: 'Lena Schmit (démo)', role: 'trainee', from: 'mosaique-luxembourg' },
  { displayName: 'Aïcha Benali (démo)', role: 'trainee', from: null },
];

async function seedTrainings({ db, orgId, userIds, now }: DemoContext) {
  const [network] = await db
    .select({ id: schema.networks.id })
    .from(schema.networks)
    .where(eq(schema.networks.homeOrgId, orgId));
  const members = await db
    .select({
      id: schema.organisations.id,
      name: schema.organisations.name,
      slug: schema.organisations.publicSlug,
    })
    .from(schema.organisations)
    .where(inArray(schema.organisations.publicSlug, ['musique-liege', 'mosaique-luxembourg']));
  const [home] = await db
    .select({ name: schema.organisations.name })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, orgId));
  const lastWeek = parisDate(new Date(now.getTime() - 7 * DAY));
  const today = parisDate(now);
  const [training] = await db
    .insert(schema.trainings)
    .values({
      orgId,
      networkId: network?.id ?? null,
      title: 'Accueillir les publics éloignés : formation des relais',
      description:
        'Deux journées pour les relais des structures du réseau : repérer les freins, préparer une sortie au concert, animer un premier atelier.',
      place: 'Maison des associations, Nevers',
      halfDays: [lastWeek, today].flatMap((date) => [
        { date, half: 'morning' as const, startsAt: '09:00', endsAt: '12:30' },
        { date, half: 'afternoon' as const, startsAt: '13:30', endsAt: '17:00' },
      ]),
      createdAt: new Date(now.getTime() - 30 * DAY),
    })
    .returning();
  const trainingId = training!.id;
  const people = await db
    .insert(schema.trainingPeople)
    .values(
      PEOPLE.map((person) => {
        const member =
          person.from === 'demo'
            ? { id: orgId, name: home?.name ?? '' }
            : members.find((m) => m.slug === person.from);
        return {
          orgId,
          trainingId,
          displayName: person.displayName,
          role: person.role,
          memberOrgId: member?.id ?? null,
          organisationName: member?.name ?? 'Centre social des Bords de Loire',
        };
      }),
    )
    .returning({ id: schema.trainingPeople.id });
  const signatures = PEOPLE.flatMap((person, index) =>
    (['morning', 'afternoon'] as const).map((half) => ({
      opId: randomUUID(),
      orgId,
      trainingId,
      personId: people[index]!.id,
      halfDay: `${lastWeek}|${half}`,
      present: !person.missed?.includes(half),
      deviceId: 'demo-phone-trainer',
      userId: userIds.coordinator,
      recordedAt: new Date(now.getTime() - 7 * DAY + (half === 'morning' ? 0 : 5) * 36e5),
    })),
  );
  await db.insert(schema.trainingSignatures).values(signatures);
  // The receipts the log keeps for them, as if a phone had sent them.
  await db.insert(schema.offlineOperations).values(
    signatures.map(({ opId, deviceId, userId, recordedAt }) => ({
      opId,
      orgId,
      kind: 'trainings.sign',
      deviceId,
      userId,
      recordedAt,
    })),
  );
}

export const demoTrainingsStep: DemoStep = {
  name: 'network-trainings',
  run: seedTrainings,
};

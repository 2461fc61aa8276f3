// The demo step for impact evaluation: a before/after observation grid on the éveil musical
// journey of the Clamecy nursery class, answered for 20 children under pseudonyms.
import { and, asc, eq } from 'drizzle-orm';
import { randomPseudonym } from '../pseudonyms';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';
import { DEMO_GROUPS } from './demo-participants-data';
import { seededRandom } from './large/random';

export const DEMO_SURVEY_TITLE = 'Grille d’observation — éveil musical (avant / après)';

const questions: schema.StoredSurveyQuestion[] = [
  {
    id: 'q1',
    kind: 'scale',
    label: 'Écoute : l’enfant écoute la musique jusqu’au bout',
    scaleLabels: { low: 'Rarement', high: 'Toujours' },
    required: true,
  },
  {
    id: 'q2',
    kind: 'scale',
    label: 'Rythme : l’enfant suit la pulsation (frapper, marcher)',
    scaleLabels: { low: 'Rarement', high: 'Toujours' },
    required: true,
  },
  {
    id: 'q3',
    kind: 'scale',
    label: 'Voix : l’enfant chante ou fredonne avec le groupe',
    scaleLabels: { low: 'Rarement', high: 'Toujours' },
    required: true,
  },
  {
    id: 'q4',
    kind: 'scale',
    label: 'Vie de groupe : l’enfant attend son tour et joue avec les autres',
    scaleLabels: { low: 'Rarement', high: 'Toujours' },
    required: true,
  },
  {
    id: 'q5',
    kind: 'single_choice',
    label: 'Participation spontanée',
    options: [
      { id: 'o1', label: 'Rarement' },
      { id: 'o2', label: 'Parfois' },
      { id: 'o3', label: 'Souvent' },
    ],
    required: true,
  },
  { id: 'q6', kind: 'free_text', label: 'Observation libre', required: false },
];

export const demoImpactStep: DemoStep = {
  name: 'before/after observation survey on the éveil musical journey',
  async run({ db, orgId, userIds }) {
    const [journey] = await db
      .select({
        id: schema.journeys.id,
        projectId: schema.journeys.projectId,
        groupId: schema.journeys.groupId,
      })
      .from(schema.journeys)
      .innerJoin(schema.groups, eq(schema.groups.id, schema.journeys.groupId))
      .where(
        and(eq(schema.journeys.orgId, orgId), eq(schema.groups.name, DEMO_GROUPS.grandeSection)),
      );
    if (!journey) return;
    const children = await db
      .select({ id: schema.participants.id })
      .from(schema.participants)
      .where(eq(schema.participants.groupId, journey.groupId))
      .orderBy(asc(schema.participants.firstName), asc(schema.participants.id))
      .limit(20);
    const [survey] = await db
      .insert(schema.surveys)
      .values({
        orgId,
        title: DEMO_SURVEY_TITLE,
        description:
          'Observée par l’enseignante en septembre, avant le parcours, puis en décembre, après le concert des familles.',
        subject: 'participant',
        beforeAfter: true,
        projectId: journey.projectId,
        journeyId: journey.id,
        questions,
        status: 'open',
        createdBy: userIds.coordinator,
      })
      .returning({ id: schema.surveys.id });
    const random = seededRandom(7);
    const level = () =>
      random.weighted([
        [1, 2],
        [2, 5],
        [3, 4],
        [4, 1],
      ] as const);
    const choice = (value: number) => (value <= 2 ? 'o1' : value === 3 ? 'o2' : 'o3');
    for (const child of children) {
      const pseudonym = randomPseudonym();
      await db
        .insert(schema.surveyPseudonyms)
        .values({ orgId, surveyId: survey!.id, participantId: child.id, pseudonym });
      const before = [level(), level(), level(), level()];
      // Most children progress by a step or two; a few stay where they were.
      const after = before.map((v) =>
        Math.min(
          5,
          v +
            random.weighted([
              [0, 3],
              [1, 5],
              [2, 2],
            ] as const),
        ),
      );
      for (const [phase, values] of [
        ['before', before],
        ['after', after],
      ] as const) {
        await db.insert(schema.surveyResponses).values({
          orgId,
          surveyId: survey!.id,
          phase,
          respondentKey: pseudonym,
          groupId: journey.groupId,
          answers: {
            q1: values[0]!,
            q2: values[1]!,
            q3: values[2]!,
            q4: values[3]!,
            q5: choice(values[0]!),
          },
          submittedBy: userIds.relay,
          opId: random.uuid(),
        });
      }
    }
  },
};

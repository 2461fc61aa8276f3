// The demo's calls for applications: the youth choir's call, closed, in pre-selection with 40
// applications and four jurors (one harsh, one generous: the calibration view shows it), and a
// summer course's call open now for the applicant's flow, with one draft whose applicant is
// offered a supervised recording day (proposed, like the recordings, by the API's
// demo step, apps/api calls.demo.ts, which processes recordings like any upload).
import { eq } from 'drizzle-orm';
import { newPublicCode } from '../public-codes';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';

const FIRST = [
  'Léa',
  'Amadou',
  'Inès',
  'Jonas',
  'Maëlle',
  'Tomasz',
  'Chiara',
  'Yanis',
  'Sofia',
  'Emil',
  'Nour',
  'Baptiste',
  'Aino',
  'Malik',
  'Clara',
  'Hugo',
  'Ilse',
  'Rafael',
  'Zoé',
  'Kofi',
];
const LAST = [
  'Garnier',
  'Diallo',
  'Morel',
  'Becker',
  'Le Goff',
  'Nowak',
  'Russo',
  'Bensaïd',
  'Pereira',
  'Larsen',
  'Haas',
  'Roussel',
  'Virtanen',
  'Cissé',
  'Fontaine',
  'Marchetti',
  'de Vries',
  'Ortega',
  'Lambert',
  'Mensah',
];
const COUNTRIES = [
  'France',
  'Belgique',
  'Allemagne',
  'Pologne',
  'Italie',
  'Sénégal',
  'Finlande',
  'Portugal',
  'Pays-Bas',
  'Ghana',
];
const PARTS = ['soprano', 'alto', 'tenor', 'bass'] as const;
/** Where the choir's applicants live (INSEE code, name); every seventh gave no commune. */
const COMMUNES = [
  ['58194', 'Nevers (58)'],
  ['58062', 'Château-Chinon (Ville) (58)'],
  ['75056', 'Paris (75)'],
  ['69123', 'Lyon (69)'],
  ['21231', 'Dijon (21)'],
  ['58079', 'Clamecy (58)'],
  ['89024', 'Auxerre (89)'],
  ['58303', 'Varennes-Vauzelles (58)'],
  ['71076', 'Chalon-sur-Saône (71)'],
  ['59350', 'Lille (59)'],
  ['58180', 'Montsauche-les-Settons (58)'],
  ['67482', 'Strasbourg (67)'],
  ['35238', 'Rennes (35)'],
] as const;
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The summer course's applicant offered a recording day near their commune (the API's demo step). */
export const DEMO_RECORDING_DAY_APPLICANT = {
  email: 'maelys.perrot@example.test',
  name: 'Maëlys Perrot',
  communeCode: '58180',
};

/** Demo jurors besides juror@demo.test and the artist: they exist to score, not to sign in. */
export const DEMO_EXTRA_JURORS = [
  { email: 'jure.okafor@demo.test', displayName: 'Ngozi Okafor' },
  { email: 'jure.lindqvist@demo.test', displayName: 'Henrik Lindqvist' },
];

const label = (fr: string, en: string, de: string) => ({ fr, en, de });
const criteria = [
  { key: 'voice', label: label('Voix', 'Voice', 'Stimme'), weight: 40, independent: false },
  {
    key: 'musicality',
    label: label('Musicalité', 'Musicality', 'Musikalität'),
    weight: 30,
    independent: false,
  },
  {
    key: 'reading',
    label: label('Lecture', 'Reading', 'Blattlesen'),
    weight: 20,
    independent: false,
  },
  {
    key: 'ensemble',
    label: label('Sens du collectif', 'Ensemble sense', 'Ensemblegefühl'),
    weight: 10,
    independent: false,
  },
  {
    key: 'motivation',
    label: label('Motivation', 'Motivation', 'Motivation'),
    weight: 0,
    independent: true,
  },
];
const recordings = [
  {
    key: 'range',
    label: label('Test de tessiture', 'Range test', 'Stimmumfang'),
    maxSeconds: 80,
    required: true,
  },
  {
    key: 'sight',
    label: label('Déchiffrage', 'Sight-reading', 'Vom-Blatt-Singen'),
    maxSeconds: 120,
    required: true,
  },
  {
    key: 'free',
    label: label('Pièce libre', 'Free piece', 'Freies Stück'),
    maxSeconds: 240,
    required: true,
  },
];
const fields = [
  {
    key: 'country',
    type: 'text' as const,
    label: label('Pays', 'Country', 'Land'),
    required: true,
    visibility: 'jurors' as const,
    options: [],
  },
  {
    key: 'birth_date',
    type: 'date' as const,
    label: label('Date de naissance', 'Date of birth', 'Geburtsdatum'),
    required: true,
    visibility: 'hidden' as const,
    options: [],
  },
  {
    key: 'experience',
    type: 'longText' as const,
    label: label('Parcours musical', 'Musical background', 'Musikalischer Werdegang'),
    required: false,
    visibility: 'jurors' as const,
    options: [],
  },
];
const parts = [
  { key: 'soprano', label: label('Sopranos', 'Sopranos', 'Soprane'), places: 6 },
  { key: 'alto', label: label('Altos', 'Altos', 'Alte'), places: 6 },
  { key: 'tenor', label: label('Ténors', 'Tenors', 'Tenöre'), places: 5 },
  { key: 'bass', label: label('Basses', 'Basses', 'Bässe'), places: 5 },
];

/** A repeatable number in [0, 1) from a few integers. */
const noise = (...values: number[]) => {
  let h = 2166136261;
  for (const v of values) h = Math.imul(h ^ (v + 0x9e37), 16777619);
  return ((h >>> 0) % 1000) / 1000;
};
const half = (value: number) => Math.min(10, Math.max(0, Math.round(value * 2) / 2));

export const demoCallsStep: DemoStep = {
  name: 'calls',
  async run({ db, orgId, userIds, now }) {
    const daysFromNow = (days: number) => new Date(now.getTime() + days * 86_400_000);
    const [sophie] = await db
      .select({ id: schema.users.id })
      .from(schema.users)
      .where(eq(schema.users.id, userIds.artist));
    const extra = await db
      .insert(schema.users)
      .values(DEMO_EXTRA_JURORS.map((j) => ({ ...j, emailVerifiedAt: now })))
      .returning({ id: schema.users.id });
    await db
      .insert(schema.memberships)
      .values(extra.map((u) => ({ orgId, userId: u.id, role: 'juror' as const })));
    // Élise (juror@demo.test) scores like the middle, Sophie a little high, Ngozi harsh, Henrik generous.
    const jurors = [
      { id: userIds.juror, bias: 0, done: 12 },
      { id: sophie!.id, bias: 0.5, done: 40 },
      { id: extra[0]!.id, bias: -1.5, done: 40 },
      { id: extra[1]!.id, bias: 1, done: 40 },
    ];
    const common = {
      orgId,
      timeZone: 'Europe/Paris',
      fields,
      recordings,
      criteria,
      parts,
      retentionMonths: 6,
    };
    const [choir] = await db
      .insert(schema.calls)
      .values({
        ...common,
        publicCode: newPublicCode(),
        title: label(
          'Chœur européen des jeunes 2027',
          'European Youth Choir 2027',
          'Europäischer Jugendchor 2027',
        ),
        description: label(
          'Vingt-deux jeunes choristes de 18 à 26 ans pour une tournée d’été dans les villages de la Nièvre et du Morvan.',
          'Twenty-two young singers aged 18 to 26 for a summer tour of the villages of the Nièvre and the Morvan.',
          'Zweiundzwanzig junge Sänger·innen von 18 bis 26 Jahren für eine Sommertournee durch die Dörfer von Nièvre und Morvan.',
        ),
        eligibility: label(
          'Avoir entre 18 et 26 ans au 1er juillet 2027 ; aucun diplôme demandé.',
          'Be 18 to 26 on 1 July 2027; no diploma asked.',
          'Am 1. Juli 2027 zwischen 18 und 26 Jahre alt; kein Abschluss nötig.',
        ),
        opensAt: daysFromNow(-60),
        closesAt: daysFromNow(-10),
        phase: 'preselection',
      })
      .returning();
    const [summer] = await db
      .insert(schema.calls)
      .values({
        ...common,
        publicCode: newPublicCode(),
        title: label(
          'Stage d’été 2027 : ensemble vocal',
          'Summer course 2027: vocal ensemble',
          'Sommerkurs 2027: Vokalensemble',
        ),
        description: label(
          'Une semaine de chant à plusieurs voix à Clamecy, ouverte aux chanteur·ses amateur·es.',
          'A week of part-singing in Clamecy, open to amateur singers.',
          'Eine Woche mehrstimmiges Singen in Clamecy, offen für Laien.',
        ),
        eligibility: label(
          'Dès 16 ans, sans audition préalable.',
          'From 16, no prior audition.',
          'Ab 16 Jahren, ohne Vorsingen.',
        ),
        opensAt: daysFromNow(-3),
        closesAt: daysFromNow(45),
        phase: 'published',
      })
      .returning();
    // An applicant of the summer course with no quiet place to record: the API's demo step
    // proposes a supervised recording day on a tour stop near Montsauche-les-Settons.
    await db.insert(schema.callApplications).values({
      orgId,
      callId: summer!.id,
      code: 'RD7-4KM',
      email: DEMO_RECORDING_DAY_APPLICANT.email,
      name: DEMO_RECORDING_DAY_APPLICANT.name,
      locale: 'fr',
      part: 'alto',
      answers: { country: 'France', birth_date: '2006-03-14' },
      needsRecordingDay: true,
      communeCode: DEMO_RECORDING_DAY_APPLICANT.communeCode,
      communeName: 'Montsauche-les-Settons (58)',
    });
    await db
      .insert(schema.callJurors)
      .values(jurors.map((j) => ({ orgId, callId: choir!.id, userId: j.id })));
    for (let i = 0; i < 40; i++) {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[(i * 7 + Math.floor(i / FIRST.length)) % LAST.length]!;
      const code = Array.from(
        { length: 6 },
        (_, k) => CODE_ALPHABET[Math.floor(noise(i, k, 99) * CODE_ALPHABET.length)],
      ).join('');
      const [application] = await db
        .insert(schema.callApplications)
        .values({
          orgId,
          callId: choir!.id,
          code: `${code.slice(0, 3)}-${code.slice(3)}`,
          email:
            `${first}.${last}`
              .toLowerCase()
              .normalize('NFD')
              .replace(/[^a-z.]/g, '') + `${i}@example.test`,
          name: `${first} ${last}`,
          locale: i % 5 === 0 ? 'en' : i % 7 === 0 ? 'de' : 'fr',
          part: PARTS[i % 4],
          answers: {
            country: COUNTRIES[i % COUNTRIES.length]!,
            birth_date: `${2001 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}`,
            experience:
              i % 3 === 0
                ? 'Chœur de jeunes depuis six ans, un peu de piano.'
                : 'Chorale de lycée, puis chœur amateur.',
          },
          ...(i % 7 === 6
            ? {}
            : {
                communeCode: COMMUNES[i % COMMUNES.length]![0],
                communeName: COMMUNES[i % COMMUNES.length]![1],
              }),
          // A few asked for a supervised recording day (recorded since at a tour stop).
          needsRecordingDay: [1, 17, 36].includes(i),
          status: 'submitted',
          submittedAt: daysFromNow(-10 - (i % 40)),
        })
        .returning({ id: schema.callApplications.id });
      const quality = 3 + noise(i, 1) * 6;
      await db.insert(schema.callAssignments).values(
        jurors.map((juror, j) => {
          const scored = i < juror.done;
          const scores = Object.fromEntries(
            criteria.map((c, k) => [
              c.key,
              half(quality + juror.bias + (noise(i, j, k) - 0.5) * 2),
            ]),
          );
          const total =
            criteria
              .filter((c) => !c.independent)
              .reduce((sum, c) => sum + c.weight * scores[c.key]!, 0) / 100;
          return {
            orgId,
            callId: choir!.id,
            applicationId: application!.id,
            userId: juror.id,
            scores: scored ? scores : {},
            total: scored ? Math.round(total * 1000) / 1000 : null,
            recordingQuality: scored ? Math.floor(noise(i, 7) * 6) : null,
            submittedAt: scored ? daysFromNow(-5) : null,
          };
        }),
      );
    }
  },
};

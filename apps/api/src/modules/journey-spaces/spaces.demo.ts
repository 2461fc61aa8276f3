// The demo's journey spaces, made after the demo organisation and its media: a journey in progress
// of a children's group (behind its group link) with a playlist of sung tones, lyrics, a score,
// a teachers' sheet, the recording of its first workshop and a video held back for a missing
// consent; and the last journey whose concert took place, public, with the concert to watch
// again by chapters. Files are made in code and processed like uploads.
import { randomBytes } from 'node:crypto';
import { type ConsentPurpose, minorAgeBands } from '@tutti/contracts';
import { rowsOf, schema, type TuttiDatabase, type Tx } from '@tutti/db';
import { addDays, today } from '@tutti/kit/dates';
import { eq, sql } from 'drizzle-orm';
import type { Config } from '../../platform/config';
import type { JobQueue } from '../../platform/jobs/queue';
import * as captions from './captions.repository';
import { seedSpaceDemoFiles } from './demo-media';
import * as resources from './resources.repository';
import * as repository from './spaces.repository';

/** The programme of the demo's concerts: the journey's songs, with who wrote them. */
const DEMO_PROGRAMME = [
  { title: 'Une souris verte', credit: 'Comptine traditionnelle' },
  { title: 'Frère Jacques (en canon)', credit: 'Traditionnel, arrangement pour deux groupes' },
  { title: 'Le petit bal perdu', credit: 'Robert Nyel, Gaby Verlor' },
  { title: 'Notre couplet du village', credit: 'Écrit par le groupe avec l’artiste' },
];

/** Where the demo's concerts are streamed live (an example address: it plays nothing). */
const DEMO_STREAM = 'https://video.example.org/live/musique-en-chemins';

/** The concert video's captions: what the children sing, with the titles between pieces. */
const DEMO_CONCERT_CAPTIONS = {
  fr: [
    'WEBVTT',
    '',
    '00:00:00.500 --> 00:00:04.000',
    '♪ Une souris verte qui courait dans l’herbe ♪',
    '',
    '00:00:04.000 --> 00:00:08.000',
    '♪ Je l’attrape par la queue, je la montre à ces messieurs ♪',
    '',
    '00:00:14.000 --> 00:00:18.000',
    '♪ Frère Jacques, frère Jacques, dormez-vous ? ♪',
    '',
    '00:00:18.000 --> 00:00:22.000',
    '♪ Sonnez les matines, ding, dang, dong ♪',
    '',
  ].join('\n'),
  en: [
    'WEBVTT',
    '',
    '00:00:00.500 --> 00:00:04.000',
    '♪ A green mouse running in the grass ♪',
    '',
    '00:00:04.000 --> 00:00:08.000',
    '♪ I catch it by the tail and show it to these gentlemen ♪',
    '',
    '00:00:14.000 --> 00:00:18.000',
    '♪ Are you sleeping, are you sleeping, Brother John? ♪',
    '',
    '00:00:18.000 --> 00:00:22.000',
    '♪ Morning bells are ringing, ding, dang, dong ♪',
    '',
  ].join('\n'),
};

type JourneyPick = {
  id: string;
  group_id: string;
  past: number;
  upcoming: number;
  has_link: boolean;
  concert_at: Date | null;
};

/** The demo's journeys of children's groups, with how far along they are. */
async function journeysOf(database: TuttiDatabase, orgId: string) {
  const minors = sql.join(
    minorAgeBands.map((band) => sql`${band}`),
    sql`, `,
  );
  return rowsOf<JourneyPick>(
    database.db,
    sql`select j.id, j.group_id,
          (select count(*)::int from sessions s where s.journey_id = j.id and s.status <> 'cancelled' and s.ends_at < now()) as past,
          (select count(*)::int from sessions s where s.journey_id = j.id and s.status <> 'cancelled' and s.ends_at >= now()) as upcoming,
          exists (select 1 from group_share_links l where l.group_id = j.group_id and l.revoked_at is null) as has_link,
          (select max(s.ends_at) from sessions s where s.journey_id = j.id and s.kind = 'concert' and s.status <> 'cancelled' and s.ends_at < now()) as concert_at
        from journeys j
        where j.org_id = ${orgId}
          and exists (select 1 from participants p where p.group_id = j.group_id and p.age_band in (${minors}))
        order by j.starts_on, j.id`,
  );
}

/** Children of the group whose guardians agreed to `purpose`, and some who did not. */
async function childrenOf(tx: Tx, groupId: string, purpose: ConsentPurpose) {
  const rows = await rowsOf<{ id: string; agreed: boolean }>(
    tx,
    sql`select p.id, exists (select 1 from participant_consents c where c.participant_id = p.id
          and c.withdrawn_on is null and ${purpose} = any(c.purposes)) as agreed
        from participants p where p.group_id = ${groupId} and p.anonymised_at is null
        order by p.first_name, p.id`,
  );
  return {
    agreed: rows.filter((row) => row.agreed).map((row) => row.id),
    notAgreed: rows.filter((row) => !row.agreed).map((row) => row.id),
  };
}

export async function seedDemoSpace({
  database,
  config,
  jobs,
}: {
  database: TuttiDatabase;
  config: Config;
  jobs?: JobQueue;
}) {
  const [demo] = await database.db
    .select({ id: schema.organisations.id, timeZone: schema.organisations.timeZone })
    .from(schema.organisations)
    .where(eq(schema.organisations.isDemo, true));
  if (!demo) return null;
  const orgId = demo.id;
  const journeys = await journeysOf(database, orgId);
  // In progress (some steps done, some to come), with a group link if one exists.
  const inProgress = [...journeys]
    .filter((j) => j.past > 0 && j.upcoming > 0)
    .sort((a, b) => Number(b.has_link) - Number(a.has_link) || b.past - a.past)[0];
  const current = inProgress ?? [...journeys].sort((a, b) => b.past - a.past)[0];
  if (!current) return null;
  const concerted = journeys
    .filter((j) => j.concert_at && j.id !== current.id)
    .sort((a, b) => +b.concert_at! - +a.concert_at!)[0];

  const file = await seedSpaceDemoFiles({
    database,
    config,
    jobs,
    orgId,
    concert: !!concerted,
  });

  return database.withTenant({ orgId, userId: null }, async (tx) => {
    const frame = (await repository.findJourneyFrame(tx, current.id))!;
    const steps = await repository.findSteps(tx, current.id);
    const firstDone = steps.find((s) => s.status !== 'cancelled' && s.endsAt < new Date());
    const secondDone = steps.find(
      (s) => s.status !== 'cancelled' && s.endsAt < new Date() && s !== firstDone,
    );
    const add = async (
      values: Omit<resources.ResourceValues, 'licence' | 'downloadable'> &
        Partial<Pick<resources.ResourceValues, 'licence' | 'downloadable'>> & {
          participantIds?: string[];
          published?: boolean;
          createdBy?: string | null;
        },
      place: {
        journeyId?: string;
        section: 'playlist' | 'resources';
        stepPosition?: number | null;
        shared?: boolean;
      },
    ) => {
      const { participantIds = [], published = true, createdBy = null, ...fields } = values;
      const row = await resources.insertResource(tx, {
        licence: 'public_domain',
        downloadable: false,
        ...fields,
        orgId,
        createdBy,
        published,
      });
      await resources.replacePeople(tx, orgId, row.id, participantIds);
      const journeyFrame = place.journeyId
        ? (await repository.findJourneyFrame(tx, place.journeyId))!
        : frame;
      const scope =
        place.shared && journeyFrame.templateId
          ? { projectId: journeyFrame.projectId, templateId: journeyFrame.templateId }
          : { journeyId: journeyFrame.id };
      const stepPosition = place.stepPosition ?? null;
      await repository.insertEntry(tx, {
        orgId,
        resourceId: row.id,
        ...scope,
        section: place.section,
        stepPosition,
        position: await repository.nextPosition(tx, scope, place.section, stepPosition),
      });
      return row;
    };

    await add(
      {
        kind: 'audio',
        title: 'Échauffement : les sirènes',
        description:
          'Glisser de la voix grave à la voix aiguë, comme une sirène, avant de chanter.',
        fileId: file.sirenes!,
        licence: 'cc_by',
        rightsNote: 'Enregistré par l’équipe de Musique en chemins.',
        downloadable: true,
      },
      { section: 'playlist', shared: true },
    );
    await add(
      {
        kind: 'audio',
        title: 'Frère Jacques (en canon)',
        fileId: file.frereJacques!,
        rightsNote: 'Chanson traditionnelle ; mélodie jouée par l’équipe.',
        downloadable: true,
      },
      { section: 'playlist' },
    );
    await add(
      { kind: 'audio', title: 'Une souris verte', fileId: file.souris!, downloadable: true },
      { section: 'playlist' },
    );
    await add(
      {
        kind: 'audio',
        title: 'Le petit bal perdu — la mélodie à apprendre',
        fileId: file.petitBal!,
        licence: 'permission',
        rightsNote: 'Mélodie de Gaby Verlor, jouée avec l’accord de l’éditeur pour ce parcours.',
      },
      { section: 'playlist' },
    );
    await add(
      {
        kind: 'audio',
        title: 'Le petit bal perdu — la version de Bourvil',
        url: 'https://www.youtube.com/results?search_query=le+petit+bal+perdu+bourvil',
        licence: 'all_rights_reserved',
        rightsNote: 'Enregistrement original : sur la plateforme, selon ses conditions.',
      },
      { section: 'playlist' },
    );
    await add(
      {
        kind: 'lyrics',
        title: 'Frère Jacques : les paroles en trois langues',
        text: 'Frère Jacques, frère Jacques, dormez-vous ? Dormez-vous ?\nSonnez les matines, sonnez les matines : ding, dang, dong !\n\nAre you sleeping, are you sleeping, Brother John?\n\nBruder Jakob, Bruder Jakob, schläfst du noch?',
      },
      { section: 'resources' },
    );
    await add(
      {
        kind: 'score',
        title: 'Frère Jacques : la partition',
        fileId: file.score!,
        downloadable: true,
      },
      { section: 'resources' },
    );
    await add(
      {
        kind: 'activity_sheet',
        title: 'Fiche : le canon en deux groupes',
        text: 'Entre deux ateliers, en classe (10 minutes) :\n1. Chanter Frère Jacques tous ensemble, en frappant la pulsation.\n2. Former deux groupes ; le second commence quand le premier arrive à « dormez-vous ».\n3. Échanger les rôles. Astuce : un geste du bras pour lancer chaque groupe.',
        audience: 'teachers',
        licence: 'cc_by_sa',
        rightsNote: 'Fiche de Musique en chemins, à partager.',
      },
      { section: 'resources' },
    );
    if (firstDone) {
      const { agreed, notAgreed } = await childrenOf(tx, frame.groupId, 'audio_video');
      // Added by the artist who led the workshop, as artists add theirs from the session's page.
      const [leader] = await rowsOf<{ user_id: string }>(
        tx,
        sql`select a.user_id from session_artists sa join artists a on a.id = sa.artist_id
            where sa.session_id = ${firstDone.id} and a.user_id is not null
            order by a.display_name limit 1`,
      );
      await add(
        {
          kind: 'audio',
          title: 'Notre canon, enregistré à l’atelier',
          createdBy: leader?.user_id ?? null,
          fileId: file.atelier!,
          sessionId: firstDone.id,
          showsPeople: true,
          licence: 'all_rights_reserved',
          rightsNote: 'Enregistrement du groupe, pour les familles du groupe.',
          participantIds: agreed.slice(0, 4),
        },
        { section: 'playlist', stepPosition: firstDone.position },
      );
      if (file.workshopVideo) {
        await add(
          {
            kind: 'video',
            title: 'Le canon filmé pendant l’atelier',
            fileId: file.workshopVideo,
            sessionId: firstDone.id,
            showsPeople: true,
            licence: 'all_rights_reserved',
            // Shows a child whose family has not agreed to audio and video: held back.
            participantIds: [...agreed.slice(0, 2), ...notAgreed.slice(0, 1)],
          },
          { section: 'resources', stepPosition: firstDone.position },
        );
      }
    }
    if (secondDone) {
      await add(
        {
          kind: 'lyrics',
          title: 'Le couplet que nous avons écrit',
          text: 'Dans notre village il y a\nun bal, un chat, un grand lilas…',
          licence: 'cc_by',
          rightsNote: 'Écrit par le groupe avec l’artiste.',
        },
        { section: 'resources', stepPosition: secondDone.position },
      );
    }
    await repository.upsertSettings(tx, {
      orgId,
      journeyId: current.id,
      welcome:
        'Bienvenue dans l’espace du parcours ! Écoutez les chansons à la maison, et chantez-les avec nous au prochain atelier.',
      easyRead: [
        'Votre enfant chante avec un artiste.',
        'L’artiste vient à l’école une fois par semaine.',
        'Les enfants apprennent des chansons.',
        'À la fin, il y a un concert.',
        'Les familles sont invitées au concert.',
        'C’est gratuit.',
        'Sur cette page, vous pouvez écouter les chansons à la maison.',
      ].join('\n'),
      publicSlug: null,
    });
    // The journey's concert is streamed live: its link shows on the day, an hour before.
    const concerts = (await repository.findSteps(tx, current.id)).filter(
      (s) => s.kind === 'concert' && s.status !== 'cancelled',
    );
    for (const concert of concerts) {
      await repository.upsertConcert(tx, {
        sessionId: concert.id,
        orgId,
        streamUrl: DEMO_STREAM,
        streamOpensMinutes: 60,
        programme: DEMO_PROGRAMME,
      });
    }
    if (!current.has_link) {
      await tx.insert(schema.groupShareLinks).values({
        orgId,
        groupId: frame.groupId,
        token: randomBytes(32).toString('base64url'),
        note: 'Le lien du groupe : le programme et l’espace du parcours.',
      });
    }

    if (concerted && file.concertVideo) {
      const concertStep = (await repository.findSteps(tx, concerted.id)).find(
        (s) => s.kind === 'concert' && s.status !== 'cancelled' && s.endsAt < new Date(),
      );
      const { agreed } = await childrenOf(tx, concerted.group_id, 'audio_video');
      if (concertStep) {
        await repository.upsertConcert(tx, {
          sessionId: concertStep.id,
          orgId,
          streamUrl: DEMO_STREAM,
          streamOpensMinutes: 60,
          programme: DEMO_PROGRAMME,
        });
      }
      if (concertStep && agreed.length > 0) {
        const video = await add(
          {
            kind: 'video',
            title: 'Le concert des familles',
            description:
              'Filmé depuis le fond de la salle ; seuls les enfants dont la famille a donné son accord apparaissent.',
            fileId: file.concertVideo,
            sessionId: concertStep.id,
            showsPeople: true,
            participantIds: agreed,
            licence: 'all_rights_reserved',
            rightsNote: 'Pour les familles : ne pas republier.',
            availableUntil: addDays(today(demo.timeZone), 90),
            chapters: [
              { startSeconds: 0, title: 'Une souris verte' },
              { startSeconds: 14, title: 'Frère Jacques' },
              { startSeconds: 30, title: 'Le petit bal perdu' },
            ],
          },
          { journeyId: concerted.id, section: 'resources', stepPosition: concertStep.position },
        );
        for (const [lang, vtt] of Object.entries(DEMO_CONCERT_CAPTIONS)) {
          await captions.upsertCaptions(tx, {
            orgId,
            resourceId: video.id,
            lang,
            vtt,
            cueCount: vtt.split(' --> ').length - 1,
          });
        }
        await repository.upsertSettings(tx, {
          orgId,
          journeyId: concerted.id,
          welcome: 'Merci pour ce beau concert ! Le voici, à revoir jusqu’à la fin du trimestre.',
          publicSlug: 'concert-des-familles',
        });
      }
    }
    return { journeyId: current.id, concertJourneyId: concerted?.id ?? null };
  });
}

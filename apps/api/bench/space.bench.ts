// `npm run bench:space [-- --rounds 10]`: the journey space's pages as families read them, on a
// journey template given to 30 groups of one project, whose shared space holds 60 tracks (audio
// files, by step) and 40 resources (texts, scores, videos that show consenting children), each
// group opening its space by its secret link. Data is made through the API (the real services:
// journeys through `placeSessions`, resources, publication, consents); each page of each group is
// then read `rounds` times through Fastify's inject (server time: routing, tenant transaction,
// queries, rendering, compression; no network), and the public space once computed and once
// kept. PostgreSQL when DATABASE_URL is set (a fresh database of that server), else in-memory
// PGlite. `BENCH_CPU_PROFILE=1` writes a .cpuprofile of the measured rounds.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { openDatabase, schema, type TuttiDatabase } from '@tutti/db';
import { addDays, today } from '@tutti/kit/dates';
import { eq } from 'drizzle-orm';
import pg from 'pg';
import { buildParticipant } from '../src/testing/programme-factory';
import {
  createResource,
  groupSpacePath,
  place,
  publish,
  storeReadyFile,
  storeTone,
} from '../src/testing/space-fixtures';
import { buildOrganisation, type Client, startTestApp } from '../src/testing/test-app';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    groups: { type: 'string', default: '30' },
  },
});
const rounds = Number(values.rounds);
const groupCount = Number(values.groups);

async function freshDatabase(): Promise<TuttiDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) return openDatabase({ kind: 'pglite', dataDir: 'memory://' });
  // A database of its own on that server, dropped at the end.
  const name = `tutti_bench_space_${randomBytes(4).toString('hex')}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database "${name}"`);
  await client.end();
  const own = new URL(url);
  own.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: own.toString(), poolSize: 5 });
  return {
    ...database,
    async close() {
      await database.close();
      const drop = new pg.Client({ connectionString: admin.toString() });
      await drop.connect();
      await drop.query(`drop database if exists "${name}" with (force)`);
      await drop.end();
    },
  };
}

function ok<T>(what: string, response: { status: number; body: unknown }, expected = 201) {
  if (response.status !== expected) {
    throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
  }
  return response.body as T;
}

const database = await freshDatabase();
await database.migrate();
const t = await startTestApp({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' }, { database });
try {
  const started = performance.now();
  const org = await buildOrganisation(t, ['coordinator'], 'Musique en Villages (bench)');
  const staff: Client = org.members.coordinator;
  const api = `/api/orgs/${org.id}`;

  // Six steps: five workshops a week apart, the last two days ago, and the concert in five days.
  const steps = [0, 7, 7, 7, 7, 7].map((spacingDays, i) => ({
    kind: i === 5 ? 'concert' : 'workshop_singing',
    title: i === 5 ? 'Le concert' : `Atelier ${i + 1}`,
    durationMin: 60,
    spacingDays,
  }));
  const project = ok<{ id: string }>(
    'project',
    await staff.post(`${api}/projects`, { name: 'Chanter au village' }),
  );
  const template = ok<{ id: string }>(
    'template',
    await staff.post(`${api}/journey-templates`, { name: 'Parcours chanson', steps }),
  );
  const spaces: { journeyId: string; groupId: string; path: string }[] = [];
  for (let g = 0; g < groupCount; g++) {
    const group = ok<{ id: string }>(
      'group',
      await staff.post(`${api}/groups`, {
        name: `Classe ${g + 1}`,
        kind: 'class',
        ageBand: '6-10',
      }),
    );
    const journey = ok<{ journey: { id: string } }>(
      'journey',
      await staff.post(`${api}/journeys`, {
        projectId: project.id,
        templateId: template.id,
        groupId: group.id,
        startsOn: addDays(today('Europe/Paris'), -30),
        startTime: `${String(8 + (g % 10)).padStart(2, '0')}:00`,
        timeZone: 'Europe/Paris',
      }),
    ).journey;
    const { spacePath } = await groupSpacePath(staff, org.id, group.id, journey.id);
    spaces.push({ journeyId: journey.id, groupId: group.id, path: spacePath });
  }
  const first = spaces[0]!;

  // 60 tracks: 12 for the whole journey, 12 after each of the four first workshops.
  for (let i = 0; i < 60; i++) {
    const track = await createResource(staff, org.id, {
      kind: 'audio',
      title: `Chanson ${i + 1}`,
      mediaId: await storeTone(t, org.id, `chanson-${i + 1}.wav`),
    });
    ok('publish', await publish(staff, org.id, track.id), 200);
    await place(staff, org.id, first.journeyId, {
      resourceId: track.id,
      section: 'playlist',
      scope: 'shared',
      ...(i < 12 ? {} : { stepPosition: 1 + Math.floor((i - 12) / 12) }),
    });
  }

  // 40 resources: 20 lyrics and activity sheets (a third for teachers), 15 scores as PDF files,
  // 5 videos of a step, each showing six children of the first group who consented.
  const consent = {
    guardianName: 'Samia Benali',
    givenOn: '2025-09-12',
    method: 'paper',
    purposes: ['participation', 'audio_video'],
  };
  const children = [];
  for (let i = 0; i < 12; i++) {
    children.push(
      await buildParticipant(staff, org.id, first.groupId, { firstName: `Enfant${i}`, consent }),
    );
  }
  for (let i = 0; i < 40; i++) {
    const body =
      i < 20
        ? {
            kind: i % 2 ? 'lyrics' : 'activity_sheet',
            title: `Texte ${i + 1}`,
            text: 'Ah vous dirai-je maman, ce qui cause mon tourment…'.repeat(4),
            audience: i % 3 === 0 ? 'teachers' : 'everyone',
          }
        : i < 35
          ? {
              kind: 'score',
              title: `Partition ${i + 1}`,
              mediaId: await storeReadyFile(t, org.id, {
                fileName: `partition-${i}.pdf`,
                mediaType: 'application/pdf',
                bytes: Buffer.from('%PDF-1.4 bench'),
              }),
            }
          : {
              kind: 'video',
              title: `Vidéo ${i + 1}`,
              mediaId: await storeReadyFile(t, org.id, {
                fileName: `video-${i}.webm`,
                mediaType: 'video/webm',
                bytes: Buffer.alloc(2048, 1),
              }),
              showsPeople: true,
              participantIds: children.slice((i % 2) * 6, (i % 2) * 6 + 6).map((c) => c.id),
            };
    const resource = await createResource(staff, org.id, { licence: 'cc_by_sa', ...body });
    ok('publish', await publish(staff, org.id, resource.id), 200);
    await place(staff, org.id, first.journeyId, {
      resourceId: resource.id,
      section: 'resources',
      scope: 'shared',
      ...(i % 4 === 0 ? {} : { stepPosition: 1 + (i % 4) }),
    });
  }
  ok(
    'public space',
    await staff.request('PUT', `${api}/journeys/${first.journeyId}/space`, {
      welcome: 'Bienvenue dans notre parcours !',
      publicSlug: 'chanter-au-village',
    }),
    200,
  );
  // The public space needs the organisation to publish.
  await database.db
    .update(schema.organisations)
    .set({ publicSlug: 'bench-villages', publicProfile: true })
    .where(eq(schema.organisations.id, org.id));
  const setupSeconds = (performance.now() - started) / 1000;

  const browser = { 'accept-language': 'fr-FR,fr;q=0.9', 'accept-encoding': 'gzip, br' };
  async function timed(url: string, headers: Record<string, string> = browser) {
    const begin = performance.now();
    const answer = await t.app.inject({ method: 'GET', url, headers });
    const ms = performance.now() - begin;
    if (answer.statusCode !== 200) {
      throw new Error(`${url}: ${answer.statusCode} ${answer.body.slice(0, 500)}`);
    }
    return { ms, bytes: answer.rawPayload.length, body: answer.body };
  }

  function percentile(sorted: number[], p: number) {
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
  }

  // One warm-up read of every page of every group (module loading, plans, JIT).
  const pages = [
    ['home', ''],
    ['playlist', '/ecouter'],
    ['resources', '/ressources'],
  ] as const;
  for (const space of spaces) for (const [, suffix] of pages) await timed(`${space.path}${suffix}`);
  const plain = { 'accept-language': 'fr-FR', 'accept-encoding': 'identity' };
  const sample = await timed(`${first.path}/ecouter`, plain);
  const shownTracks = (sample.body.match(/<audio /g) ?? []).length;
  const resourcesPage = await timed(`${first.path}/ressources`, plain);
  const shownResources = (resourcesPage.body.match(/<li>/g) ?? []).length;
  if (process.env.BENCH_DUMP) {
    writeFileSync('space-playlist.html', sample.body);
    writeFileSync('space-resources.html', resourcesPage.body);
  }

  // The test app's job workers poll every half second for each kind of job, through the same
  // pool: during a page read they sent 14-24 queries of their own, which the count below took
  // for the page's and which queued with its queries. The pages enqueue nothing and their files
  // are stored ready: the workers stop before anything is measured.
  await t.jobs.stop();

  // Round trips to PostgreSQL per page (node-postgres' client queries, transaction statements
  // included), counted on one read of each page.
  let queries = 0;
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries += 1;
    if (process.env.BENCH_DUMP) {
      const first = args[0] as string | { text: string };
      console.log(`  ${(typeof first === 'string' ? first : first.text).slice(0, 150)}`);
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
  const queriesPerPage = new Map<string, number>();
  for (const [name, suffix] of pages) {
    queries = 0;
    await timed(`${first.path}${suffix}`);
    queriesPerPage.set(name, queries);
  }
  pg.Client.prototype.query = query;

  const profiler = process.env.BENCH_CPU_PROFILE ? new Session() : null;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  const loadBefore = loadavg()[0]!;
  const times = new Map<string, number[]>(pages.map(([name]) => [name, []]));
  const sizes = new Map<string, number>();
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const space of spaces) {
      for (const [name, suffix] of pages) {
        const { ms, bytes } = await timed(`${space.path}${suffix}`);
        times.get(name)!.push(ms);
        sizes.set(name, bytes);
      }
    }
  }
  const cpu = process.cpuUsage(cpuBefore);
  const requests = rounds * spaces.length * pages.length;
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    const file = `space-bench-${Date.now()}.cpuprofile`;
    writeFileSync(file, JSON.stringify(profile));
    console.log(`CPU profile written to ${file}`);
  }

  // The public space: computed after a change, then kept by data version and 5-minute slot.
  const publicPath = '/p/bench-villages/parcours/chanter-au-village';
  const publicCold: number[] = [];
  const publicKept: number[] = [];
  for (let i = 0; i < rounds * 3; i++) {
    await database.db
      .update(schema.journeySpaces)
      .set({ welcome: `Bienvenue ${i}` })
      .where(eq(schema.journeySpaces.journeyId, first.journeyId));
    publicCold.push((await timed(publicPath)).ms);
    publicKept.push((await timed(publicPath)).ms);
  }

  console.log(
    `\nbench:space on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'in-memory PGlite'}: ${spaces.length} groups of one journey template, 60 tracks and 40 resources shared (made in ${setupSeconds.toFixed(0)} s)`,
  );
  console.log(
    `shown under a group link: ${shownTracks} players on the playlist's first page, ${shownResources} resources listed`,
  );
  console.log(
    `${rounds} rounds × ${spaces.length} groups per page, inject (server time, no network)`,
  );
  console.log('page                    p50 ms   p95 ms   max ms   KB (br)  queries');
  for (const [name] of pages) {
    const sorted = times.get(name)!.sort((a, b) => a - b);
    console.log(
      `${`group link, ${name}`.padEnd(22)}${percentile(sorted, 0.5).toFixed(1).padStart(8)} ${percentile(sorted, 0.95).toFixed(1).padStart(8)} ${sorted.at(-1)!.toFixed(1).padStart(8)} ${(sizes.get(name)! / 1024).toFixed(1).padStart(9)} ${String(queriesPerPage.get(name) ?? '').padStart(8)}`,
    );
  }
  for (const [name, list] of [
    ['public, computed', publicCold],
    ['public, kept', publicKept],
  ] as const) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `${name.padEnd(22)}${percentile(sorted, 0.5).toFixed(1).padStart(8)} ${percentile(sorted, 0.95).toFixed(1).padStart(8)} ${sorted.at(-1)!.toFixed(1).padStart(8)}`,
    );
  }
  console.log(
    `process CPU per group-link page: ${((cpu.user + cpu.system) / 1000 / requests).toFixed(2)} ms; load average (1 min) ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, ${cpus().length} cores`,
  );
} finally {
  await t.close();
}

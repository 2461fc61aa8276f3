// Demo media: a short sung-melody recording, a vocal warm-up and a concert poster, made in code
// (no file in git) and published through the same processing as any upload, so that a new user
// finds the Médias page filled. Run after the demo organisation is seeded.
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import type { MediaUse } from '@tutti/contracts';
import { schema, type TuttiDatabase } from '@tutti/db';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import type { Config } from '../../platform/config';
import type { JobQueue } from '../../platform/jobs/queue';
import { fileStorageFor, storageKey } from '../../platform/storage';
import * as files from './media.repository';
import { MEDIA_PROCESS_JOB, type MediaJob, processMedia } from './media-processing';
import { removeStagedUpload, stagedUploadPath, stagingDir } from './media-staging';

const RATE = 22_050;
/** The job priority of the demo's files: after every upload a person makes (priority 0). */
const DEMO_PRIORITY = -10;
/** Frequencies of the notes used (equal temperament, A4 = 440 Hz). */
const note = { C4: 261.63, D4: 293.66, E4: 329.63, F4: 349.23, G4: 392, A4: 440, C5: 523.25 };
type Note = keyof typeof note;

/** A mono 16-bit WAV of the notes, each `beat` seconds, with a soft attack and release. */
export function melodyWav(notes: readonly Note[], beat: number) {
  const perNote = Math.round(beat * RATE);
  const data = Buffer.alloc(notes.length * perNote * 2);
  notes.forEach((name, n) => {
    const hz = note[name];
    for (let i = 0; i < perNote; i++) {
      const envelope = Math.min(1, i / (0.02 * RATE), (perNote - i) / (0.08 * RATE));
      // A fundamental with two quieter harmonics: closer to a voice or a flute than a pure tone.
      const t = i / RATE;
      const wave =
        Math.sin(2 * Math.PI * hz * t) +
        0.35 * Math.sin(4 * Math.PI * hz * t) +
        0.15 * Math.sin(6 * Math.PI * hz * t);
      data.writeInt16LE(Math.round(wave * envelope * 9_000), (n * perNote + i) * 2);
    }
  });
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(RATE, 24);
  header.writeUInt32LE(RATE * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

/** A concert poster without text: a night-blue sky, a stage light and a staff with notes. */
export function posterJpeg() {
  const notes = [180, 330, 480, 630, 780, 930, 1080, 1230]
    .map((x, i) => {
      const y = 560 - ((i * 37) % 120);
      return `<ellipse cx="${x}" cy="${y}" rx="26" ry="19" fill="#f6d365" transform="rotate(-20 ${x} ${y})"/><rect x="${x + 22}" y="${y - 120}" width="6" height="120" fill="#f6d365"/>`;
    })
    .join('');
  const staff = [460, 500, 540, 580, 620]
    .map((y) => `<rect x="100" y="${y}" width="1400" height="4" fill="#ffffff" opacity="0.55"/>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <defs>
      <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#1d2b64"/><stop offset="1" stop-color="#8e4a7a"/>
      </linearGradient>
      <radialGradient id="light" cx="0.5" cy="0" r="0.8">
        <stop offset="0" stop-color="#fff6d5" stop-opacity="0.7"/><stop offset="1" stop-color="#fff6d5" stop-opacity="0"/>
      </radialGradient>
    </defs>
    <rect width="1600" height="1000" fill="url(#sky)"/>
    <rect width="1600" height="1000" fill="url(#light)"/>
    ${staff}${notes}
    <rect x="0" y="860" width="1600" height="140" fill="#2b1b2f"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

export type DemoFile = { fileName: string; use: MediaUse; bytes: () => Promise<Buffer> | Buffer };

const demoFiles: DemoFile[] = [
  {
    fileName: 'Au clair de la lune – chorale des Amandiers.wav',
    use: 'recording',
    bytes: () => melodyWav(['C4', 'C4', 'C4', 'D4', 'E4', 'D4', 'C4', 'E4', 'D4', 'D4', 'C4'], 0.5),
  },
  {
    fileName: 'Échauffement vocal – arpèges.wav',
    use: 'recording',
    bytes: () => melodyWav(['C4', 'E4', 'G4', 'C5', 'G4', 'E4', 'C4'], 0.4),
  },
  { fileName: 'Affiche concert de printemps.jpg', use: 'image', bytes: posterJpeg },
];

/**
 * The bytes of the current demo organisation's files (renditions and staged uploads), removed
 * before the demo is made again: its rows go with the organisation, its bytes would stay.
 */
export async function removeDemoMedia({
  database,
  config,
}: {
  database: TuttiDatabase;
  config: Config;
}) {
  const rows = await database.db
    .select({
      id: schema.files.id,
      storageKey: schema.files.storageKey,
      variants: schema.files.variants,
    })
    .from(schema.files)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.files.orgId))
    .where(eq(schema.organisations.isDemo, true));
  const storage = fileStorageFor(config);
  for (const row of rows) {
    await Promise.allSettled([
      ...files.storageKeysOf(row).map((key) => storage.remove(key)),
      removeStagedUpload(config, row.id),
    ]);
  }
  return rows.length;
}

/**
 * Stages the demo files as finished uploads and processes them: through the job queue when one
 * is given (the server starts at once and the files appear a few seconds later), otherwise here.
 */
export async function seedDemoMedia({
  database,
  config,
  jobs,
}: {
  database: TuttiDatabase;
  config: Config;
  jobs?: JobQueue;
}) {
  const [demo] = await database.db
    .select({ id: schema.organisations.id })
    .from(schema.organisations)
    .where(eq(schema.organisations.isDemo, true));
  if (!demo) return [];
  return seedDemoFiles({ database, config, jobs, orgId: demo.id, files: demoFiles });
}

/**
 * Files another module's demo step makes (the journey space's tracks and videos): staged as
 * finished uploads of the organisation and processed like any upload. Returns their ids.
 */
export async function seedDemoFiles({
  database,
  config,
  jobs,
  orgId,
  files: demo,
}: {
  database: TuttiDatabase;
  config: Config;
  jobs?: JobQueue | undefined;
  orgId: string;
  files: readonly DemoFile[];
}) {
  await mkdir(stagingDir(config), { recursive: true });
  const queued: MediaJob[] = [];
  for (const file of demo) {
    const bytes = await file.bytes();
    const mediaId = randomUUID();
    await writeFile(stagedUploadPath(config, mediaId), bytes);
    await database.withTenant({ orgId, userId: null }, (tx) =>
      files.insertFile(tx, {
        id: mediaId,
        orgId,
        fileName: file.fileName,
        mediaType: 'application/octet-stream',
        sizeBytes: bytes.length,
        sha256: '',
        storageKey: storageKey(orgId, mediaId),
        use: file.use,
        status: 'processing',
        progress: 0,
        storedBytes: bytes.length,
      }),
    );
    queued.push({ orgId, mediaId });
  }
  for (const job of queued) {
    // Below any person's upload: on a fresh demo (over a hundred files to process), an upload
    // made at once is processed next rather than after them.
    if (jobs) {
      await jobs.send<MediaJob>(MEDIA_PROCESS_JOB, job, {
        singletonKey: job.mediaId,
        priority: DEMO_PRIORITY,
      });
    } else await processMedia({ database, config }, job);
  }
  return queued.map((job) => job.mediaId);
}

// The demo space's files, made in code and processed like uploads: sung tones (melodies played as
// WAV), a score drawn as an image, and, when ffmpeg is there, a workshop video and a concert video.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TuttiDatabase } from '@tutti/db';
import sharp from 'sharp';
import type { Config } from '../../platform/config';
import type { JobQueue } from '../../platform/jobs/queue';
import { type DemoFile, melodyWav, seedDemoFiles } from '../media';

const run = promisify(execFile);

type Melody = Parameters<typeof melodyWav>[0];
const FRERE_JACQUES: Melody = [
  'C4',
  'D4',
  'E4',
  'C4',
  'C4',
  'D4',
  'E4',
  'C4',
  'E4',
  'F4',
  'G4',
  'E4',
  'F4',
  'G4',
];
const SOURIS_VERTE: Melody = [
  'G4',
  'G4',
  'G4',
  'E4',
  'G4',
  'G4',
  'E4',
  'D4',
  'E4',
  'F4',
  'E4',
  'D4',
  'C4',
];
const PETIT_BAL: Melody = ['E4', 'G4', 'A4', 'G4', 'E4', 'D4', 'C4', 'D4', 'E4', 'G4', 'E4', 'D4'];
const SIRENES: Melody = ['C4', 'E4', 'G4', 'C5', 'G4', 'E4', 'C4', 'D4', 'F4', 'A4', 'F4', 'D4'];

/** A score without words: a staff with the melody's notes, as an image. */
function scorePng(notes: Melody) {
  const height: Record<string, number> = {
    C4: 150,
    D4: 140,
    E4: 130,
    F4: 120,
    G4: 110,
    A4: 100,
    C5: 80,
  };
  const staff = [80, 100, 120, 140, 160]
    .map((y) => `<rect x="40" y="${y}" width="1120" height="2" fill="#1d1b20"/>`)
    .join('');
  const heads = notes
    .map((name, i) => {
      const x = 120 + i * 72;
      const y = height[name] ?? 130;
      return `<ellipse cx="${x}" cy="${y}" rx="11" ry="8" fill="#1d1b20" transform="rotate(-20 ${x} ${y})"/><rect x="${x + 9}" y="${y - 50}" width="3" height="50" fill="#1d1b20"/>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="240"><rect width="1200" height="240" fill="#fff"/>${staff}${heads}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** An MP4 (H.264, AAC) of a coloured frame over the melodies, or null without ffmpeg. */
async function videoOf(ffmpeg: string | null, wav: Buffer, colour: string) {
  if (!ffmpeg) return null;
  const dir = await mkdtemp(join(tmpdir(), 'tutti-demo-video-'));
  try {
    await writeFile(join(dir, 'sound.wav'), wav);
    const out = join(dir, 'video.mp4');
    await run(ffmpeg, [
      ...['-hide_banner', '-loglevel', 'error', '-f', 'lavfi'],
      ...['-i', `color=c=${colour}:s=320x180:r=10`, '-i', join(dir, 'sound.wav')],
      ...['-shortest', '-c:v', 'libx264', '-preset', 'veryfast', '-pix_fmt', 'yuv420p'],
      ...['-c:a', 'aac', '-b:a', '64k', '-movflags', '+faststart', out],
    ]);
    return await readFile(out);
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

type DemoFileKey =
  | 'frereJacques'
  | 'souris'
  | 'petitBal'
  | 'sirenes'
  | 'atelier'
  | 'score'
  | 'workshopVideo'
  | 'concertVideo';

/** The demo space's files, seeded; the videos only with ffmpeg (and the concert's when asked). */
export async function seedSpaceDemoFiles({
  database,
  config,
  jobs,
  orgId,
  concert,
}: {
  database: TuttiDatabase;
  config: Config;
  jobs: JobQueue | undefined;
  orgId: string;
  concert: boolean;
}): Promise<Partial<Record<DemoFileKey, string>>> {
  const wav = {
    frereJacques: melodyWav(FRERE_JACQUES, 0.45),
    souris: melodyWav(SOURIS_VERTE, 0.4),
    petitBal: melodyWav(PETIT_BAL, 0.5),
    sirenes: melodyWav(SIRENES, 0.35),
    atelier: melodyWav([...FRERE_JACQUES, ...FRERE_JACQUES], 0.5),
  };
  const concertSound = melodyWav([...SOURIS_VERTE, ...FRERE_JACQUES, ...PETIT_BAL], 1.1);
  const ffmpeg = config.media.ffmpeg;
  const [workshopVideo, concertVideo] = [
    await videoOf(ffmpeg, wav.atelier, '0x7a2e0e'),
    concert ? await videoOf(ffmpeg, concertSound, '0x1d2b64') : null,
  ];
  const files: (DemoFile & { key: DemoFileKey })[] = [
    {
      key: 'frereJacques',
      fileName: 'Frère Jacques (canon).wav',
      use: 'recording',
      bytes: () => wav.frereJacques,
    },
    { key: 'souris', fileName: 'Une souris verte.wav', use: 'recording', bytes: () => wav.souris },
    {
      key: 'petitBal',
      fileName: 'Le petit bal — la mélodie.wav',
      use: 'recording',
      bytes: () => wav.petitBal,
    },
    {
      key: 'sirenes',
      fileName: 'Échauffement — les sirènes.wav',
      use: 'recording',
      bytes: () => wav.sirenes,
    },
    {
      key: 'atelier',
      fileName: 'Atelier 1 — le canon.wav',
      use: 'recording',
      bytes: () => wav.atelier,
    },
    {
      key: 'score',
      fileName: 'Frère Jacques — partition.png',
      use: 'score',
      bytes: () => scorePng(FRERE_JACQUES),
    },
    ...(workshopVideo
      ? [
          {
            key: 'workshopVideo' as const,
            fileName: 'Atelier 1 — le canon filmé.mp4',
            use: 'recording' as const,
            bytes: () => workshopVideo,
          },
        ]
      : []),
    ...(concertVideo
      ? [
          {
            key: 'concertVideo' as const,
            fileName: 'Concert des familles.mp4',
            use: 'recording' as const,
            bytes: () => concertVideo,
          },
        ]
      : []),
  ];
  const ids = await seedDemoFiles({ database, config, jobs, orgId, files });
  return Object.fromEntries(files.map((f, i) => [f.key, ids[i]!])) as Record<DemoFileKey, string>;
}

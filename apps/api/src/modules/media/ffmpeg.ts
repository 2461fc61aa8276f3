// Runs ffmpeg when the server has it: metadata-free remuxes and a light, loudness-normalised audio.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import type { MediaType } from '@tutti/contracts';

const found = new Map<string, boolean>();

/** Whether `program` runs (checked once per process). */
export function hasFfmpeg(program: string | null): program is string {
  if (!program) return false;
  if (!found.has(program)) {
    const probe = spawnSync(program, ['-hide_banner', '-version'], { stdio: 'ignore' });
    found.set(program, probe.status === 0);
  }
  return found.get(program)!;
}

/** The muxer that rewrites each container without changing its streams. */
const muxers: Partial<Record<MediaType, string[]>> = {
  'audio/mpeg': ['-f', 'mp3', '-id3v2_version', '0', '-write_id3v1', '0'],
  'audio/wav': ['-f', 'wav'],
  'audio/flac': ['-f', 'flac'],
  'audio/ogg': ['-f', 'ogg'],
  'audio/ogg; codecs=opus': ['-f', 'ogg'],
  'audio/mp4': ['-f', 'mp4', '-movflags', '+faststart'],
  'audio/x-m4a': ['-f', 'mp4', '-movflags', '+faststart'],
  'audio/aac': ['-f', 'adts'],
  'video/mp4': ['-f', 'mp4', '-movflags', '+faststart'],
  'video/quicktime': ['-f', 'mov', '-movflags', '+faststart'],
  'video/webm': ['-f', 'webm'],
};

/** No global, stream or chapter metadata, and no encoder tag of ffmpeg's own. */
const noMetadata = [
  '-map_metadata',
  '-1',
  '-map_chapters',
  '-1',
  '-fflags',
  '+bitexact',
  '-flags:v',
  '+bitexact',
  '-flags:a',
  '+bitexact',
];

export type FfmpegHooks = {
  /** Called with each started ffmpeg process (tests use it to kill one mid-job). */
  onSpawn?: (child: ChildProcess) => void;
  /** Share done of this run, 0–1, when the input duration is known. */
  onProgress?: (share: number) => void;
};

function run(program: string, args: string[], durationMs: number | null, hooks: FfmpegHooks) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(
      program,
      [
        '-hide_banner',
        '-nostdin',
        '-loglevel',
        'error',
        '-nostats',
        '-progress',
        'pipe:1',
        '-y',
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    hooks.onSpawn?.(child);
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors = (errors + chunk.toString()).slice(-2000);
    });
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /out_time_us=(\d+)/.exec(chunk.toString());
      if (match && durationMs)
        hooks.onProgress?.(Math.min(1, Number(match[1]) / 1000 / durationMs));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`ffmpeg stopped (${signal ?? code}): ${errors.trim()}`));
    });
  });
}

/** The same streams in the same container, without tags, cover art, chapters or atoms of metadata. */
export function remuxWithoutMetadata(
  program: string,
  input: { path: string; mediaType: MediaType; durationMs: number | null },
  output: string,
  hooks: FfmpegHooks = {},
) {
  const streams = input.mediaType.startsWith('video/')
    ? ['-map', '0:V?', '-map', '0:a?']
    : ['-map', '0:a'];
  return run(
    program,
    [
      '-i',
      input.path,
      ...streams,
      '-c',
      'copy',
      ...noMetadata,
      ...muxers[input.mediaType]!,
      output,
    ],
    input.durationMs,
    hooks,
  );
}

/** Opus at 64 kbit/s in WebM, loudness normalised to EBU R128 (-16 LUFS for listening on phones). */
export function lightAudio(
  program: string,
  input: { path: string; durationMs: number | null },
  output: string,
  hooks: FfmpegHooks = {},
) {
  return run(
    program,
    [
      '-i',
      input.path,
      '-map',
      '0:a:0',
      '-vn',
      '-af',
      'loudnorm=I=-16:TP=-1.5:LRA=11',
      '-ar',
      '48000',
      '-c:a',
      'libopus',
      '-b:a',
      '64k',
      ...noMetadata,
      '-f',
      'webm',
      output,
    ],
    input.durationMs,
    hooks,
  );
}

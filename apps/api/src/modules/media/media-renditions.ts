// Turns an accepted upload into what may be published: the original without metadata, display
// sizes of images, and a light loudness-normalised audio when ffmpeg is there.
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type MediaType, type MediaVariantName, mediaKindOf } from '@tutti/contracts';
import sharp from 'sharp';
import { readAudioFacts, stripAudioTags } from './audio-tags';
import { type FfmpegHooks, lightAudio, remuxWithoutMetadata } from './ffmpeg';

export type Rendition = {
  name: MediaVariantName;
  path: string;
  mediaType: string;
  width: number | null;
};

/** A file that is fine but cannot be published on this server (for example video without ffmpeg). */
export class NotPublishable extends Error {
  constructor(readonly problem: 'MEDIA.NEEDS_FFMPEG') {
    super(problem);
  }
}

const displayWidths = [
  ['w320', 320],
  ['w960', 960],
  ['w1920', 1920],
] as const;

/** Re-encodes an image (sharp writes no EXIF, XMP, IPTC or comments unless asked to). */
export function cleanImage(input: string | Buffer, mediaType: MediaType) {
  const image = sharp(input, { failOn: 'error' }).rotate();
  if (mediaType === 'image/png') return image.png();
  if (mediaType === 'image/webp') return image.webp({ quality: 90 });
  return image.jpeg({ quality: 90 });
}

async function imageRenditions(input: string, mediaType: MediaType, workDir: string) {
  const original = join(workDir, 'original');
  const { width } = await cleanImage(input, mediaType).toFile(original);
  const renditions: Rendition[] = [{ name: 'original', path: original, mediaType, width }];
  for (const [name, size] of displayWidths) {
    if (width <= size) break;
    const path = join(workDir, name);
    await sharp(original).resize({ width: size }).webp({ quality: 80 }).toFile(path);
    renditions.push({ name, path, mediaType: 'image/webp', width: size });
  }
  return renditions;
}

export type RenditionOptions = {
  input: string;
  mediaType: MediaType;
  workDir: string;
  /** The ffmpeg program, or null when the server has none. */
  ffmpeg: string | null;
  hooks?: FfmpegHooks;
};

/** The renditions, the duration of audio and video, or a `NotPublishable` refusal. */
export async function prepareRenditions({
  input,
  mediaType,
  workDir,
  ffmpeg,
  hooks = {},
}: RenditionOptions): Promise<{ renditions: Rendition[]; durationMs: number | null }> {
  const kind = mediaKindOf(mediaType);
  const original = join(workDir, 'original');
  if (kind === 'image')
    return { renditions: await imageRenditions(input, mediaType, workDir), durationMs: null };
  if (kind === 'document') {
    await copyFile(input, original);
    return {
      renditions: [{ name: 'original', path: original, mediaType, width: null }],
      durationMs: null,
    };
  }
  const { durationMs } = await readAudioFacts(input);
  const cleaned: Rendition = { name: 'original', path: original, mediaType, width: null };
  if (!ffmpeg) {
    if (kind === 'video' || !(await stripAudioTags(input, mediaType, original))) {
      throw new NotPublishable('MEDIA.NEEDS_FFMPEG');
    }
    return { renditions: [cleaned], durationMs };
  }
  const share = (from: number, width: number) => ({
    ...hooks,
    onProgress: (done: number) => hooks.onProgress?.(from + done * width),
  });
  await remuxWithoutMetadata(
    ffmpeg,
    { path: input, mediaType, durationMs },
    original,
    share(0, 0.2),
  );
  if (kind === 'video') return { renditions: [cleaned], durationMs };
  const light = join(workDir, 'light');
  await lightAudio(ffmpeg, { path: input, durationMs }, light, share(0.2, 0.8));
  return {
    renditions: [cleaned, { name: 'light', path: light, mediaType: 'audio/webm', width: null }],
    durationMs,
  };
}

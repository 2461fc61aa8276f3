// What a space's offline pack holds, by part, with the bytes each takes, read from what the space
// shows now: its pages (the lyrics and sheets are in them), the playlist's light renditions,
// scores, pictures and documents, and videos. Only what plays or shows in the page is taken,
// never an original offered as a download when the item does not allow it.
import { type SpaceUrls, TRACKS_PER_PAGE } from './space-parts';
import type { SpaceItem, SpaceView } from './space-reads';

export const packParts = ['pages', 'playlist', 'documents', 'videos'] as const;
export type PackPart = (typeof packParts)[number];

/** `companion`: goes with the file before it (a video's captions) and is not counted apart. */
export type PackFile = { url: string; bytes: number; page?: true; companion?: true };
export type Pack = { parts: { id: PackPart; files: PackFile[]; bytes: number; count: number }[] };

/** An estimate of a page's HTML: the layout and its stylesheet, and the text it shows. */
const PAGE_BYTES = 9000;
/** The offline page's script, kept so that the page says what is saved without network. */
const PACK_SCRIPT_BYTES = 5000;
/** An estimate of one caption cue in WebVTT: its timings and a line or two of text. */
const CUE_BYTES = 80;

function variant(item: SpaceItem, name: string) {
  return item.view.file?.variants.find((v) => v.name === name) ?? null;
}

/** The files an item's page plays or shows (a video's captions with it); null for a link or a text. */
function mediaOf(item: SpaceItem, urls: SpaceUrls): { part: PackPart; files: PackFile[] } | null {
  const found = fileOf(item, urls);
  if (!found) return null;
  const captions = item.view.captions.map(
    (track): PackFile => ({
      url: urls.captions(item.view.row.id, track.lang),
      bytes: track.cueCount * CUE_BYTES,
      companion: true,
    }),
  );
  return { part: found.part, files: [found.file, ...captions] };
}

/** The file an item's page plays or shows, and its size; null for a link or a text. */
function fileOf(item: SpaceItem, urls: SpaceUrls): { part: PackPart; file: PackFile } | null {
  const { row, file } = item.view;
  if (!file || row.url) return null;
  const original = variant(item, 'original')?.sizeBytes ?? file.sizeBytes ?? 0;
  if (file.mediaType.startsWith('video/')) {
    return { part: 'videos', file: { url: urls.media(row.id), bytes: original } };
  }
  if (file.mediaType.startsWith('audio/')) {
    const light = variant(item, 'light');
    const part = item.entry.section === 'playlist' ? 'playlist' : 'documents';
    return light
      ? { part, file: { url: urls.media(row.id, 'light'), bytes: light.sizeBytes } }
      : { part, file: { url: urls.media(row.id), bytes: original } };
  }
  if (file.mediaType.startsWith('image/')) {
    const shown = variant(item, 'w960');
    return {
      part: 'documents',
      file: shown
        ? { url: urls.media(row.id, 'w960'), bytes: shown.sizeBytes }
        : { url: urls.media(row.id), bytes: original },
    };
  }
  // A document opens by downloading it, whatever the item says of downloads.
  return { part: 'documents', file: { url: urls.download(row.id), bytes: original } };
}

export function spacePack(view: SpaceView, urls: SpaceUrls & { offline: string }): Pack {
  const items = [...view.playlist, ...view.resources].filter(
    (item, index, all) =>
      all.findIndex((other) => other.view.row.id === item.view.row.id) === index,
  );
  const listenPages = Math.max(1, Math.ceil(view.playlist.length / TRACKS_PER_PAGE));
  const page = (url: string, text = 0): PackFile => ({ url, bytes: PAGE_BYTES + text, page: true });
  const pages: PackFile[] = [
    page(urls.home),
    ...Array.from({ length: listenPages }, (_, i) => page(urls.listen(i + 1))),
    page(urls.resources),
    page(urls.offline),
    { url: `${urls.offline}/pack.js`, bytes: PACK_SCRIPT_BYTES },
    ...items
      .filter((item) => !item.view.row.url)
      .map((item) => page(urls.item(item.view.row.id), item.view.row.text?.length ?? 0)),
  ];
  const files = new Map<PackPart, PackFile[]>([['pages', pages]]);
  for (const item of items) {
    const media = mediaOf(item, urls);
    if (media) files.set(media.part, [...(files.get(media.part) ?? []), ...media.files]);
  }
  return {
    parts: packParts.map((id) => {
      const list = files.get(id) ?? [];
      return {
        id,
        files: list,
        bytes: list.reduce((sum, file) => sum + file.bytes, 0),
        count: list.filter((file) => !file.companion).length,
      };
    }),
  };
}

// A space's playlist for music players: M3U (extended, UTF-8) and XSPF (XML Shareable Playlist
// Format, version 1). Files are listed by their address under the link the list came from;
// links to platforms as they are.

export type ExportTrack = {
  title: string;
  /** An absolute address. */
  location: string;
  creator: string | null;
  durationMs: number | null;
  /** The licence, in words. */
  annotation: string | null;
};

/** One line of M3U text: no line break may end an entry early. */
function oneLine(text: string) {
  return text.replace(/[\r\n]+/g, ' ').trim();
}

export function toM3u(title: string, tracks: readonly ExportTrack[]) {
  const lines = ['#EXTM3U', `#PLAYLIST:${oneLine(title)}`];
  for (const track of tracks) {
    const seconds = track.durationMs ? Math.round(track.durationMs / 1000) : -1;
    const name = track.creator ? `${track.creator} - ${track.title}` : track.title;
    lines.push(`#EXTINF:${seconds},${oneLine(name)}`, oneLine(track.location));
  }
  return `${lines.join('\n')}\n`;
}

function xml(text: string) {
  return text
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function toXspf(title: string, tracks: readonly ExportTrack[]) {
  const items = tracks.map((track) =>
    [
      '    <track>',
      `      <location>${xml(track.location)}</location>`,
      `      <title>${xml(track.title)}</title>`,
      track.creator ? `      <creator>${xml(track.creator)}</creator>` : null,
      track.durationMs ? `      <duration>${Math.round(track.durationMs)}</duration>` : null,
      track.annotation ? `      <annotation>${xml(track.annotation)}</annotation>` : null,
      '    </track>',
    ]
      .filter((line) => line !== null)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<playlist version="1" xmlns="http://xspf.org/ns/0/">',
    `  <title>${xml(title)}</title>`,
    '  <trackList>',
    ...items,
    '  </trackList>',
    '</playlist>',
    '',
  ].join('\n');
}

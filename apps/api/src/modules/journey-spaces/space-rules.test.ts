// The pure rules of the journey space: when an item is shown, the playlists' formats, and which
// platforms a link is on.
import { describe, expect, it } from 'vitest';
import { fetchEmbed, providerOf, readEmbed } from './oembed';
import { toM3u, toXspf } from './playlist-export';
import { holdReasons, tookPlace } from './visibility';

const shown = {
  published: true,
  source: 'file' as const,
  fileReady: true,
  availableFrom: null,
  availableUntil: null,
  showsPeople: false,
  people: [],
};

describe('visibility', () => {
  it('shows a published, ready item within its window, and names every reason otherwise', () => {
    expect(holdReasons(shown, '2030-03-01')).toEqual([]);
    expect(
      holdReasons(
        {
          published: false,
          source: 'file',
          fileReady: false,
          availableFrom: '2030-03-02',
          availableUntil: null,
          showsPeople: true,
          people: ['given', 'withdrawn', 'missing', null],
        },
        '2030-03-01',
      ),
    ).toEqual([
      'not_published',
      'file_not_ready',
      'not_yet_available',
      'participant_erased',
      'consent_withdrawn',
      'consent_missing',
    ]);
    expect(holdReasons({ ...shown, availableUntil: '2030-03-01' }, '2030-03-01')).toEqual([]);
    expect(holdReasons({ ...shown, availableUntil: '2030-03-01' }, '2030-03-02')).toEqual([
      'no_longer_available',
    ]);
    expect(holdReasons({ ...shown, showsPeople: true }, '2030-03-01')).toEqual([
      'people_not_named',
    ]);
    expect(holdReasons({ ...shown, source: 'none' }, '2030-03-01')).toEqual(['file_missing']);
  });

  it('counts a step as taken place once marked done or ended, never when cancelled', () => {
    const now = new Date('2030-03-01T12:00:00Z');
    const before = new Date('2030-03-01T11:00:00Z');
    const after = new Date('2030-03-01T13:00:00Z');
    expect(tookPlace({ status: 'confirmed', endsAt: before }, now)).toBe(true);
    expect(tookPlace({ status: 'confirmed', endsAt: after }, now)).toBe(false);
    expect(tookPlace({ status: 'done', endsAt: after }, now)).toBe(true);
    expect(tookPlace({ status: 'cancelled', endsAt: before }, now)).toBe(false);
  });
});

describe('playlist formats', () => {
  const tracks = [
    {
      title: 'Au clair\nde la lune',
      location: 'https://tutti.test/p/_/groupe/x/parcours/y/media/1',
      creator: 'Chorale & amis',
      durationMs: 5500,
      annotation: 'CC BY',
    },
    {
      title: 'Sur YouTube',
      location: 'https://youtu.be/abc',
      creator: null,
      durationMs: null,
      annotation: null,
    },
  ];

  it('writes an extended M3U, one line per field', () => {
    expect(toM3u('Parcours', tracks)).toBe(
      [
        '#EXTM3U',
        '#PLAYLIST:Parcours',
        '#EXTINF:6,Chorale & amis - Au clair de la lune',
        'https://tutti.test/p/_/groupe/x/parcours/y/media/1',
        '#EXTINF:-1,Sur YouTube',
        'https://youtu.be/abc',
        '',
      ].join('\n'),
    );
  });

  it('writes XSPF with its text escaped and control characters dropped', () => {
    const xml = toXspf('A < B \u0001', tracks);
    expect(xml).toContain('<title>A &lt; B </title>');
    expect(xml).toContain('<creator>Chorale &amp; amis</creator>');
    expect(xml).toContain('<duration>5500</duration>');
    expect(xml.match(/<track>/g)).toHaveLength(2);
  });
});

describe('links to platforms', () => {
  it('knows the usual platforms and leaves others alone', () => {
    expect(providerOf('https://www.youtube.com/watch?v=abc')?.name).toBe('YouTube');
    expect(providerOf('https://youtu.be/abc')?.name).toBe('YouTube');
    expect(providerOf('https://vimeo.com/123')?.name).toBe('Vimeo');
    expect(providerOf('https://soundcloud.com/a/b')?.name).toBe('SoundCloud');
    expect(providerOf('https://open.spotify.com/track/1')?.name).toBe('Spotify');
    expect(providerOf('https://youtube.com.evil.example/watch')).toBeNull();
    expect(providerOf('https://radio.example.org/1')).toBeNull();
  });

  it("reads an oEmbed answer's title and author, and gives up quietly on anything else", async () => {
    expect(readEmbed({ title: '  Le  canon ', author_name: 'Chorale', html: '<iframe>' })).toEqual({
      title: 'Le canon',
      author: 'Chorale',
    });
    expect(readEmbed({ type: 'video' })).toBeNull();
    const asked: string[] = [];
    const answer = (body: string, status = 200) =>
      (async (url: string | URL | Request) => {
        asked.push(String(url));
        return new Response(body, { status });
      }) as typeof fetch;
    const url = 'https://vimeo.com/123';
    expect(
      await fetchEmbed(url, { timeoutMs: 100, fetch: answer('{"title":"Répétition"}') }),
    ).toEqual({
      title: 'Répétition',
      author: null,
    });
    expect(asked[0]).toBe(
      `https://vimeo.com/api/oembed.json?format=json&url=${encodeURIComponent(url)}`,
    );
    expect(await fetchEmbed(url, { timeoutMs: 100, fetch: answer('not json') })).toBeNull();
    expect(await fetchEmbed(url, { timeoutMs: 100, fetch: answer('{}', 404) })).toBeNull();
    expect(
      await fetchEmbed('https://example.org/x', { timeoutMs: 100, fetch: answer('{}') }),
    ).toBeNull();
  });
});

// Links to public platforms: which platform a link is on, and what its oEmbed service says of it
// (title and author), asked once after the link is saved. The space shows a plain link with that
// title: no player of the platform is loaded on the families' page (no third-party script or
// cookie, nothing heavy on a rural connection).

export type OembedProvider = { name: string; pattern: RegExp; endpoint: string };

/** Platforms whose oEmbed service is public and answers JSON for a page's URL. */
export const oembedProviders: readonly OembedProvider[] = [
  {
    name: 'YouTube',
    pattern: /^https:\/\/((www|m|music)\.)?(youtube\.com\/(watch|shorts|playlist)|youtu\.be\/)/,
    endpoint: 'https://www.youtube.com/oembed',
  },
  {
    name: 'Vimeo',
    pattern: /^https:\/\/(www\.|player\.)?vimeo\.com\//,
    endpoint: 'https://vimeo.com/api/oembed.json',
  },
  {
    name: 'SoundCloud',
    pattern: /^https:\/\/(www\.|m\.)?soundcloud\.com\//,
    endpoint: 'https://soundcloud.com/oembed',
  },
  {
    name: 'Dailymotion',
    pattern: /^https:\/\/(www\.)?(dailymotion\.com\/video\/|dai\.ly\/)/,
    endpoint: 'https://www.dailymotion.com/services/oembed',
  },
  {
    name: 'Spotify',
    pattern: /^https:\/\/open\.spotify\.com\//,
    endpoint: 'https://open.spotify.com/oembed',
  },
];

/** The known platform of a link, or null (the link is then shown as it is). */
export function providerOf(url: string): OembedProvider | null {
  return oembedProviders.find((provider) => provider.pattern.test(url)) ?? null;
}

export type Embed = { title: string | null; author: string | null };

/** A string field of an oEmbed answer, trimmed to what the page shows. */
function field(value: unknown) {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, 200);
  return text || null;
}

/** Reads the title and author of an oEmbed JSON answer; null when it holds neither. */
export function readEmbed(answer: unknown): Embed | null {
  if (!answer || typeof answer !== 'object') return null;
  const record = answer as Record<string, unknown>;
  const embed = { title: field(record.title), author: field(record.author_name) };
  return embed.title || embed.author ? embed : null;
}

/**
 * Asks the provider's oEmbed service about `url`; null on any failure (unknown platform,
 * timeout, an answer that is not JSON or larger than 64 KB).
 */
export async function fetchEmbed(
  url: string,
  options: { timeoutMs: number; fetch?: typeof fetch },
): Promise<Embed | null> {
  const provider = providerOf(url);
  if (!provider) return null;
  const ask = options.fetch ?? fetch;
  try {
    const response = await ask(`${provider.endpoint}?format=json&url=${encodeURIComponent(url)}`, {
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'follow',
    });
    if (!response.ok) return null;
    const text = await response.text();
    if (text.length > 65_536) return null;
    return readEmbed(JSON.parse(text));
  } catch {
    return null;
  }
}

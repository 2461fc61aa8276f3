// The pieces every page of a journey space is made of: its addresses, the heading and tabs, the
// players (nothing is fetched before play: preload="none"), an item's short facts, a track, a
// resource's line, chapters. Server-rendered, no script.
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import type { PublicLanguage } from '../../platform/public-pages';
import { spaceTexts } from './i18n';
import { offlineTexts } from './i18n/offline';
import type { SpaceItem, SpaceStep, SpaceView } from './space-reads';

/** The addresses of one space's pages and files (under a group link, or public). */
export type SpaceUrls = {
  home: string;
  listen: (page?: number) => string;
  resources: string;
  item: (resourceId: string) => string;
  media: (resourceId: string, variant?: 'light' | 'original' | 'w960') => string;
  download: (resourceId: string) => string;
  /** A video's captions in one language (WebVTT). */
  captions: (resourceId: string, lang: string) => string;
  m3u: string;
  xspf: string;
  /** A concert step's programme as a PDF. */
  programme: (sessionId: string) => string;
  /** The journey's iCalendar feed (under the group's link only: it carries the rooms). */
  calendar?: string;
  /** Where families ask for reminder e-mails (under the group's link only). */
  reminders?: string;
  /** The offline pack's page (under the group's link only: its worker's scope is the link's). */
  offline?: string;
};

/** Tracks per page of the playlist: keeps a page under EcoIndex A's weight of elements. */
export const TRACKS_PER_PAGE = 30;

export type Props = { view: SpaceView; urls: SpaceUrls; lang: PublicLanguage };

export function day(instant: Date, timeZone: string, lang: PublicLanguage, weekday = false) {
  const local = toLocalDateTime(instant, timeZone);
  return formatDate(local.slice(0, 10), lang, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
  });
}

/** `HH:MM` of an instant on the clocks of `timeZone`. */
export function hourIn(instant: Date, timeZone: string) {
  return toLocalDateTime(instant, timeZone).slice(11, 16);
}

function clock(seconds: number) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

export function stepTitle(step: SpaceStep, lang: PublicLanguage) {
  return step.title ?? VOCABULARY[lang].sessionKind[step.kind];
}

/** The space's title, its group, and its pages' navigation (and "Hors ligne" under the link). */
export function Heading(props: Props & { current: 'home' | 'listen' | 'resources' | 'offline' }) {
  const texts = spaceTexts[props.lang];
  const { frame } = props.view;
  const links: [string, string, string][] = [
    ['home', props.urls.home, texts.nav.home],
    ['listen', props.urls.listen(), texts.nav.listen],
    ['resources', props.urls.resources, texts.nav.resources],
    ...(props.urls.offline
      ? [['offline', props.urls.offline, offlineTexts[props.lang].tab] as [string, string, string]]
      : []),
  ];
  return (
    <>
      <h1>{frame.name}</h1>
      <p class="muted">{texts.spaceLead(frame.groupName)}</p>
      <nav aria-label={texts.navLabel} class="tabs">
        {links.map(([key, href, label]) => (
          <a key={key} href={href} aria-current={key === props.current ? 'page' : undefined}>
            {label}
          </a>
        ))}
      </nav>
    </>
  );
}

/** An audio or video file played in the page; nothing is fetched before play. */
export function Player(props: {
  item: SpaceItem;
  urls: SpaceUrls;
  lang: PublicLanguage;
  at?: number;
}) {
  const { view } = props.item;
  const file = view.file;
  if (!file) return null;
  const id = view.row.id;
  const texts = spaceTexts[props.lang];
  const fragment = props.at ? `#t=${props.at}` : '';
  const light = file.variants.some((variant) => variant.name === 'light');
  const noDownload = view.row.downloadable ? undefined : 'nodownload';
  if (file.mediaType.startsWith('video/')) {
    const names = new Intl.DisplayNames([props.lang], { type: 'language', fallback: 'code' });
    const languages = view.captions.map((track) => names.of(track.lang) ?? track.lang);
    return (
      <>
        {/* biome-ignore lint/a11y/useMediaCaption: the tracks below are its captions, when it has some */}
        <video
          controls
          preload="none"
          playsinline
          controlslist={noDownload}
          src={`${props.urls.media(id)}${fragment}`}
          aria-label={view.row.title}
        >
          {view.captions.map((track) => (
            <track
              key={track.lang}
              kind="captions"
              srclang={track.lang}
              label={names.of(track.lang) ?? track.lang}
              src={props.urls.captions(id, track.lang)}
              // The track in the page's language shows from the start.
              default={track.lang === props.lang || track.lang.startsWith(`${props.lang}-`)}
            />
          ))}
          {texts.audioUnsupported}
        </video>
        {languages.length > 0 && <p class="muted">{texts.captionsIn(languages.join(', '))}</p>}
      </>
    );
  }
  return (
    // biome-ignore lint/a11y/useMediaCaption: music recordings have no words to caption
    <audio controls preload="none" controlslist={noDownload} aria-label={view.row.title}>
      {light && <source src={props.urls.media(id, 'light')} type="audio/webm" />}
      <source src={props.urls.media(id, 'original')} type={file.mediaType} />
      {texts.audioUnsupported}
    </audio>
  );
}

/** The short line under an item's title: kind, length, licence, availability. */
export function Facts(props: { item: SpaceItem; lang: PublicLanguage; kind?: boolean }) {
  const texts = spaceTexts[props.lang];
  const { row, file } = props.item.view;
  const until = row.availableUntil
    ? texts.availableUntil(
        formatDate(row.availableUntil, props.lang, {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }),
      )
    : null;
  const facts = [
    props.kind ? VOCABULARY[props.lang].spaceResourceKind[row.kind] : null,
    file?.durationMs ? clock(file.durationMs / 1000) : null,
    row.url && row.embedAuthor ? row.embedAuthor : null,
    VOCABULARY[props.lang].spaceLicence[row.licence],
    until,
  ].filter(Boolean);
  return <span class="muted">{facts.join(' · ')}</span>;
}

/** A link to a platform: a plain link, named by its oEmbed title when there is one. */
export function PlatformLink(props: { item: SpaceItem; lang: PublicLanguage }) {
  const texts = spaceTexts[props.lang];
  const { row } = props.item.view;
  return (
    <a href={row.url!} rel="external noopener noreferrer" title={texts.externalLink}>
      {row.embedTitle ?? row.title}
      {row.linkProvider ? ` (${texts.onPlatform(row.linkProvider)})` : ''}
    </a>
  );
}

export function Track(props: { item: SpaceItem; urls: SpaceUrls; lang: PublicLanguage }) {
  const texts = spaceTexts[props.lang];
  const { row } = props.item.view;
  return (
    <li>
      {row.url ? (
        <PlatformLink item={props.item} lang={props.lang} />
      ) : (
        <strong>{row.title}</strong>
      )}{' '}
      <Facts item={props.item} lang={props.lang} />
      {!row.url && <Player item={props.item} urls={props.urls} lang={props.lang} />}
      {!row.url && row.downloadable && (
        <a href={props.urls.download(row.id)} download>
          {texts.download}
        </a>
      )}
    </li>
  );
}

/** A resource in a list: its title (to its page), what it is, its licence. */
export function ResourceLine(props: { item: SpaceItem; urls: SpaceUrls; lang: PublicLanguage }) {
  const { row } = props.item.view;
  return (
    <li>
      {row.url ? (
        <PlatformLink item={props.item} lang={props.lang} />
      ) : (
        <a href={props.urls.item(row.id)}>{row.title}</a>
      )}{' '}
      <Facts item={props.item} lang={props.lang} kind />
    </li>
  );
}

/** Items grouped by step: the whole journey's first, then each step that took place. */
export function byStep(items: SpaceItem[]) {
  const groups = new Map<number | null, SpaceItem[]>();
  for (const item of items) {
    const key = item.entry.stepPosition;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()];
}

export function Chapters(props: { item: SpaceItem; urls: SpaceUrls; lang: PublicLanguage }) {
  const texts = spaceTexts[props.lang];
  const { row } = props.item.view;
  if (row.chapters.length === 0) return null;
  return (
    <>
      <h4>{texts.chapters}</h4>
      <p class="muted">{texts.chaptersHint}</p>
      <ol class="chapters">
        {row.chapters.map((chapter) => (
          <li key={chapter.startSeconds}>
            <a href={`${props.urls.media(row.id)}#t=${chapter.startSeconds}`}>
              {texts.chapterLabel(clock(chapter.startSeconds), chapter.title)}
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}

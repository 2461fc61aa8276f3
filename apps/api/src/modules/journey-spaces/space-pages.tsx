// The journey space as families read it: the journey (sessions to come, steps done and what each
// left, the concert to watch again), the playlist and the resources, one item. Server-rendered,
// no script; players load nothing until someone presses play (preload="none").
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import type { PublicLanguage } from '../../platform/public-pages';
import { spaceTexts } from './i18n';
import {
  CalendarLink,
  MusicMode,
  OnlineInstead,
  OnlineInsteadNote,
  RoomLink,
} from './space-meetings';
import type { SpaceItem, SpaceStep, SpaceView } from './space-reads';

/** The addresses of one space's pages and files (under a group link, or public). */
export type SpaceUrls = {
  home: string;
  listen: (page?: number) => string;
  resources: string;
  item: (resourceId: string) => string;
  media: (resourceId: string, variant?: 'light' | 'original' | 'w960') => string;
  download: (resourceId: string) => string;
  m3u: string;
  xspf: string;
  /** The journey's iCalendar feed (under the group's link only: it carries the rooms). */
  calendar?: string;
};

/** Tracks per page of the playlist: keeps a page under EcoIndex A's weight of elements. */
export const TRACKS_PER_PAGE = 30;

type Props = { view: SpaceView; urls: SpaceUrls; lang: PublicLanguage };

function day(instant: Date, timeZone: string, lang: PublicLanguage, weekday = false) {
  const local = toLocalDateTime(instant, timeZone);
  return formatDate(local.slice(0, 10), lang, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
  });
}

function clock(seconds: number) {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

function stepTitle(step: SpaceStep, lang: PublicLanguage) {
  return step.title ?? VOCABULARY[lang].sessionKind[step.kind];
}

/** The space's title, its group, and the three pages' navigation. */
function Heading(props: Props & { current: 'home' | 'listen' | 'resources' }) {
  const texts = spaceTexts[props.lang];
  const { frame } = props.view;
  const links = [
    ['home', props.urls.home],
    ['listen', props.urls.listen()],
    ['resources', props.urls.resources],
  ] as const;
  return (
    <>
      <h1>{frame.name}</h1>
      <p class="muted">{texts.spaceLead(frame.groupName)}</p>
      <nav aria-label={texts.navLabel} class="tabs">
        {links.map(([key, href]) => (
          <a key={key} href={href} aria-current={key === props.current ? 'page' : undefined}>
            {texts.nav[key]}
          </a>
        ))}
      </nav>
    </>
  );
}

function Upcoming(props: Props) {
  const texts = spaceTexts[props.lang];
  const steps = props.view.upcoming;
  if (steps.length === 0) return <p class="muted">{texts.noUpcoming}</p>;
  return (
    <ul class="events">
      {steps.map((step) => {
        const from = toLocalDateTime(step.startsAt, step.timeZone).slice(11, 16);
        const to = toLocalDateTime(step.endsAt, step.timeZone).slice(11, 16);
        const place = step.venue?.name
          ? [
              step.venue.name,
              [step.venue.postalCode, step.venue.communeName].filter(Boolean).join(' '),
            ]
              .filter(Boolean)
              .join(', ')
          : step.onlineUrl
            ? texts.online
            : '';
        return (
          <li key={`${step.position}${step.startsAt.toISOString()}`}>
            <strong>
              {day(step.startsAt, step.timeZone, props.lang, true)}, {texts.timeRange(from, to)}
            </strong>
            {step.status === 'cancelled' && (
              <>
                {' '}
                <span class="badge cancelled">{texts.cancelled}</span>
              </>
            )}
            <br />
            {texts.step(step.position, stepTitle(step, props.lang))}
            {place && (
              <>
                <br />
                <span class="muted">{place}</span>
              </>
            )}
            <RoomLink step={step} lang={props.lang} />
            <OnlineInstead step={step} view={props.view} lang={props.lang} />
          </li>
        );
      })}
    </ul>
  );
}

/** An audio or video file played in the page; nothing is fetched before play. */
function Player(props: { item: SpaceItem; urls: SpaceUrls; lang: PublicLanguage; at?: number }) {
  const { view } = props.item;
  const file = view.file;
  if (!file) return null;
  const id = view.row.id;
  const texts = spaceTexts[props.lang];
  const fragment = props.at ? `#t=${props.at}` : '';
  const light = file.variants.some((variant) => variant.name === 'light');
  const noDownload = view.row.downloadable ? undefined : 'nodownload';
  if (file.mediaType.startsWith('video/')) {
    return (
      // biome-ignore lint/a11y/useMediaCaption: WebVTT captions for videos that have them come later
      <video
        controls
        preload="none"
        playsinline
        controlslist={noDownload}
        src={`${props.urls.media(id)}${fragment}`}
        aria-label={view.row.title}
      >
        {texts.audioUnsupported}
      </video>
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
function Facts(props: { item: SpaceItem; lang: PublicLanguage; kind?: boolean }) {
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
    props.kind ? texts.kind[row.kind] : null,
    file?.durationMs ? clock(file.durationMs / 1000) : null,
    row.url && row.embedAuthor ? row.embedAuthor : null,
    texts.licence[row.licence],
    until,
  ].filter(Boolean);
  return <span class="muted">{facts.join(' · ')}</span>;
}

/** A link to a platform: a plain link, named by its oEmbed title when there is one. */
function PlatformLink(props: { item: SpaceItem; lang: PublicLanguage }) {
  const texts = spaceTexts[props.lang];
  const { row } = props.item.view;
  return (
    <a href={row.url!} rel="external noopener noreferrer" title={texts.externalLink}>
      {row.embedTitle ?? row.title}
      {row.linkProvider ? ` (${texts.onPlatform(row.linkProvider)})` : ''}
    </a>
  );
}

function Track(props: { item: SpaceItem; urls: SpaceUrls; lang: PublicLanguage }) {
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
function ResourceLine(props: { item: SpaceItem; urls: SpaceUrls; lang: PublicLanguage }) {
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
function byStep(items: SpaceItem[]) {
  const groups = new Map<number | null, SpaceItem[]>();
  for (const item of items) {
    const key = item.entry.stepPosition;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()];
}

function Concert(props: Props) {
  const texts = spaceTexts[props.lang];
  const recordings = [...props.view.playlist, ...props.view.resources].filter(
    (item, index, all) =>
      item.step?.kind === 'concert' &&
      item.view.file &&
      /^(audio|video)\//.test(item.view.file.mediaType) &&
      all.findIndex((other) => other.view.row.id === item.view.row.id) === index,
  );
  if (recordings.length === 0) return null;
  return (
    <section aria-labelledby="concert">
      <h2 id="concert">{texts.concert}</h2>
      {recordings.map((item) => (
        <div class="card" key={item.entry.id}>
          <h3>{item.view.row.title}</h3>
          <Facts item={item} lang={props.lang} />
          <Player item={item} urls={props.urls} lang={props.lang} />
          <Chapters item={item} urls={props.urls} lang={props.lang} />
        </div>
      ))}
    </section>
  );
}

function Chapters(props: { item: SpaceItem; urls: SpaceUrls; lang: PublicLanguage }) {
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

export function SpaceHome(props: Props) {
  const texts = spaceTexts[props.lang];
  const { view } = props;
  const left = byStep([...view.playlist, ...view.resources].filter((item) => item.step));
  const leftAt = new Map(left);
  return (
    <>
      <Heading {...props} current="home" />
      {view.frame.welcome && (
        <>
          <h2>{texts.welcome}</h2>
          <p class="note">{view.frame.welcome}</p>
        </>
      )}
      {view.playlist.length + view.resources.length > 0 && (
        <p>
          {[
            view.playlist.length > 0 && (
              <a key="l" href={props.urls.listen()}>
                {texts.listenCount(view.playlist.length)}
              </a>
            ),
            view.resources.length > 0 && (
              <a key="r" href={props.urls.resources}>
                {texts.resourcesCount(view.resources.length)}
              </a>
            ),
          ]
            .filter(Boolean)
            .flatMap((link, index) => (index > 0 ? [' · ', link] : [link]))}
        </p>
      )}
      <h2>{texts.upcoming}</h2>
      <Upcoming {...props} />
      <OnlineInsteadNote view={view} lang={props.lang} />
      <CalendarLink href={props.urls.calendar} lang={props.lang} />
      <MusicMode view={view} lang={props.lang} />
      <Concert {...props} />
      <h2>{texts.stepsDone}</h2>
      {view.done.length === 0 ? (
        <p class="muted">{texts.noStepsDone}</p>
      ) : (
        <ul class="events">
          {view.done.map((step) => {
            const items = leftAt.get(step.position) ?? [];
            return (
              <li key={`${step.position}${step.startsAt.toISOString()}`}>
                <strong>{texts.step(step.position, stepTitle(step, props.lang))}</strong>{' '}
                <span class="muted">{day(step.startsAt, step.timeZone, props.lang)}</span>
                {items.length > 0 && (
                  <ul>
                    {items.map((item) => (
                      <ResourceLine
                        key={item.entry.id}
                        item={item}
                        urls={props.urls}
                        lang={props.lang}
                      />
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

export function SpacePlaylist(props: Props & { page: number }) {
  const texts = spaceTexts[props.lang];
  const tracks = props.view.playlist;
  const pages = Math.max(1, Math.ceil(tracks.length / TRACKS_PER_PAGE));
  const page = Math.min(props.page, pages);
  const shown = tracks.slice((page - 1) * TRACKS_PER_PAGE, page * TRACKS_PER_PAGE);
  const stepOf = new Map(props.view.steps.map((step) => [step.position, step]));
  return (
    <>
      <Heading {...props} current="listen" />
      <p class="muted">{texts.listenLead}</p>
      {tracks.length === 0 && <p>{texts.noTracks}</p>}
      {byStep(shown).map(([position, items]) => {
        const step = position === null ? null : stepOf.get(position);
        return (
          <section key={position ?? 0} aria-labelledby={`s${position ?? 0}`}>
            <h2 id={`s${position ?? 0}`}>
              {step ? texts.step(step.position, stepTitle(step, props.lang)) : texts.wholeJourney}
            </h2>
            <ol class="tracks">
              {items.map((item) => (
                <Track key={item.entry.id} item={item} urls={props.urls} lang={props.lang} />
              ))}
            </ol>
          </section>
        );
      })}
      {pages > 1 && (
        <nav aria-label={texts.pageOf(page, pages)} class="pager">
          {page > 1 && <a href={props.urls.listen(page - 1)}>{texts.previous}</a>}
          <span>{texts.pageOf(page, pages)}</span>
          {page < pages && <a href={props.urls.listen(page + 1)}>{texts.next}</a>}
        </nav>
      )}
      {tracks.length > 0 && (
        <>
          <h2>{texts.exportTitle}</h2>
          <p class="muted">{texts.exportLead}</p>
          <p>
            <a href={props.urls.m3u} download>
              {texts.exportM3u}
            </a>{' '}
            ·{' '}
            <a href={props.urls.xspf} download>
              {texts.exportXspf}
            </a>
          </p>
        </>
      )}
    </>
  );
}

export function SpaceResources(props: Props) {
  const texts = spaceTexts[props.lang];
  const { resources } = props.view;
  const stepOf = new Map(props.view.steps.map((step) => [step.position, step]));
  const audiences = [
    ['everyone', resources.filter((item) => item.view.row.audience === 'everyone')],
    ['teachers', resources.filter((item) => item.view.row.audience === 'teachers')],
  ] as const;
  return (
    <>
      <Heading {...props} current="resources" />
      {resources.length === 0 && <p>{texts.noResources}</p>}
      {audiences.map(([audience, items]) =>
        items.length === 0 ? null : (
          <section key={audience} aria-labelledby={audience}>
            <h2 id={audience}>{audience === 'teachers' ? texts.forTeachers : texts.forEveryone}</h2>
            {audience === 'teachers' && <p class="muted">{texts.forTeachersLead}</p>}
            {byStep(items).map(([position, list]) => {
              const step = position === null ? null : stepOf.get(position);
              return (
                <div key={position ?? 0}>
                  {step && <h3>{texts.step(step.position, stepTitle(step, props.lang))}</h3>}
                  <ul class="tracks">
                    {list.map((item) => (
                      <ResourceLine
                        key={item.entry.id}
                        item={item}
                        urls={props.urls}
                        lang={props.lang}
                      />
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        ),
      )}
    </>
  );
}

/** One item on its own page: its player, picture, text or link, chapters, rights. */
export function SpaceItemPage(props: { item: SpaceItem; urls: SpaceUrls; lang: PublicLanguage }) {
  const texts = spaceTexts[props.lang];
  const { item, urls, lang } = props;
  const { row, file, session } = item.view;
  const mediaType = file?.mediaType ?? '';
  const playable = /^(audio|video)\//.test(mediaType);
  const image = mediaType.startsWith('image/');
  return (
    <>
      <p>
        <a href={urls.home}>← {texts.back}</a>
      </p>
      <h1>{row.title}</h1>
      <p>
        <Facts item={item} lang={lang} kind />
      </p>
      {session && (
        <p class="muted">{texts.recordedAt(day(session.startsAt, session.timeZone, lang))}</p>
      )}
      {row.description && <p>{row.description}</p>}
      {row.url && (
        <p>
          <PlatformLink item={item} lang={lang} />
        </p>
      )}
      {row.text && <p class="note">{row.text}</p>}
      {playable && <Player item={item} urls={urls} lang={lang} />}
      {image && (
        <img
          src={urls.media(
            row.id,
            file?.variants.some((v) => v.name === 'w960') ? 'w960' : 'original',
          )}
          alt={row.title}
          loading="lazy"
        />
      )}
      {playable && <Chapters item={item} urls={urls} lang={lang} />}
      {file && !playable && !image && (
        <p>
          <a href={urls.download(row.id)}>{texts.openDocument}</a>
        </p>
      )}
      {file && (playable || image) && (
        <p>
          {row.downloadable ? (
            <a href={urls.download(row.id)} download>
              {texts.download}
            </a>
          ) : (
            <span class="muted">{texts.listenHereOnly}</span>
          )}
        </p>
      )}
      <dl>
        <dt>{texts.licenceLabel}</dt>
        <dd>{texts.licence[row.licence]}</dd>
        {row.rightsNote && (
          <>
            <dt>{texts.rightsLabel}</dt>
            <dd>{row.rightsNote}</dd>
          </>
        )}
      </dl>
    </>
  );
}

/** On the group's page: its journeys, each a link to its space. */
export function GroupSpaces(props: {
  journeys: { id: string; name: string; url: string }[];
  lang: PublicLanguage;
}) {
  const texts = spaceTexts[props.lang];
  if (props.journeys.length === 0) return null;
  return (
    <>
      <h2>{texts.groupSpaces}</h2>
      <p class="muted">{texts.groupSpacesLead}</p>
      <ul class="events">
        {props.journeys.map((journey) => (
          <li key={journey.id}>
            <a href={journey.url}>{texts.openSpace(journey.name)}</a>
          </li>
        ))}
      </ul>
    </>
  );
}

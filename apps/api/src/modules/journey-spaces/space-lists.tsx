// The playlist, the resources and one item's page of a journey space, as families read them.
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { PublicLanguage } from '../../platform/public-pages';
import { spaceTexts } from './i18n';
import {
  byStep,
  Chapters,
  day,
  Facts,
  Heading,
  PlatformLink,
  Player,
  type Props,
  ResourceLine,
  type SpaceUrls,
  stepTitle,
  TRACKS_PER_PAGE,
  Track,
} from './space-parts';
import type { SpaceItem } from './space-reads';

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
        <dd>{VOCABULARY[lang].spaceLicence[row.licence]}</dd>
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

// A concert step on the space's pages: its live stream while open (at the top of the home page),
// when the link will show before that, and the programme to download as a PDF. Times are read on
// the space's clocks.
import type { PublicLanguage } from '../../platform/public-pages';
import { concertTexts } from './i18n/concert';
import { day, hourIn, type Props, type SpaceUrls, stepTitle } from './space-parts';
import type { SpaceStep, SpaceView } from './space-reads';

/** The concerts streamed now, each with its link. */
export function LiveConcerts(props: Props) {
  const texts = concertTexts[props.lang];
  const { view } = props;
  const live = view.steps.flatMap((step) => {
    const url = view.streams.get(step.id)?.url;
    return url ? [{ step, url }] : [];
  });
  if (live.length === 0) return null;
  return (
    <section class="card" aria-labelledby="direct">
      <h2 id="direct">{texts.liveTitle}</h2>
      {live.map(({ step, url }) => (
        <div key={step.id}>
          <p>
            {texts.liveLead(stepTitle(step, props.lang), hourIn(step.endsAt, view.frame.timeZone))}
          </p>
          <p>
            <a class="button" href={url} rel="external noopener noreferrer">
              {texts.watchLive}
            </a>
          </p>
          <p class="muted">{texts.liveElsewhere}</p>
          <ProgrammeLink step={step} urls={props.urls} lang={props.lang} />
        </div>
      ))}
    </section>
  );
}

export function ProgrammeLink(props: { step: SpaceStep; urls: SpaceUrls; lang: PublicLanguage }) {
  if (props.step.kind !== 'concert' || !props.step.concert?.programme.length) return null;
  const texts = concertTexts[props.lang];
  return (
    <p>
      {/* In the page's language: a public page's visitor has no language cookie. */}
      <a href={`${props.urls.programme(props.step.id)}?lang=${props.lang}`} type="application/pdf">
        {texts.programmeLink}
      </a>{' '}
      <span class="muted">({texts.programmeLinkNote})</span>
    </p>
  );
}

/** Under a concert to come: when its stream's link will show, and its programme. */
export function ConcertNotes(props: {
  step: SpaceStep;
  view: SpaceView;
  urls: SpaceUrls;
  lang: PublicLanguage;
}) {
  if (props.step.kind !== 'concert') return null;
  const texts = concertTexts[props.lang];
  const stream = props.view.streams.get(props.step.id);
  const { timeZone } = props.view.frame;
  return (
    <>
      {stream && !stream.url && stream.opensAt > props.view.now && (
        <p class="muted">
          {texts.streamLater(
            day(stream.opensAt, timeZone, props.lang),
            hourIn(stream.opensAt, timeZone),
          )}
        </p>
      )}
      <ProgrammeLink step={props.step} urls={props.urls} lang={props.lang} />
    </>
  );
}

// The home page of a journey space, as families read it: the sessions to come (with the rooms of
// online ones), the concert to watch again, the steps done and what each left; and, on the
// group's page, the links to its journeys' spaces.
import type { PublicLanguage } from '../../platform/public-pages';
import { spaceTexts } from './i18n';
import { ReminderForm } from './reminder-pages';
import { ConcertNotes, LiveConcerts, ProgrammeLink } from './space-concert';
import {
  CalendarLink,
  MusicMode,
  OnlineInstead,
  OnlineInsteadNote,
  RoomLink,
} from './space-meetings';
import {
  byStep,
  Chapters,
  day,
  Facts,
  Heading,
  hourIn,
  Player,
  type Props,
  ResourceLine,
  stepTitle,
} from './space-parts';

function Upcoming(props: Props) {
  const texts = spaceTexts[props.lang];
  const steps = props.view.upcoming;
  if (steps.length === 0) return <p class="muted">{texts.noUpcoming}</p>;
  return (
    <ul class="events">
      {steps.map((step) => {
        const from = hourIn(step.startsAt, step.timeZone);
        const to = hourIn(step.endsAt, step.timeZone);
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
            <ConcertNotes step={step} view={props.view} urls={props.urls} lang={props.lang} />
          </li>
        );
      })}
    </ul>
  );
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

export function SpaceHome(props: Props) {
  const texts = spaceTexts[props.lang];
  const { view } = props;
  const left = byStep([...view.playlist, ...view.resources].filter((item) => item.step));
  const leftAt = new Map(left);
  return (
    <>
      <Heading {...props} current="home" />
      <LiveConcerts {...props} />
      {view.frame.welcome && (
        <>
          <h2>{texts.welcome}</h2>
          <p class="note">{view.frame.welcome}</p>
        </>
      )}
      {view.frame.easyRead && (
        <section class="easy-read" aria-labelledby="easy-read">
          <h2 id="easy-read">{texts.easyRead}</h2>
          {/* Easy-to-read writing puts one sentence on each line. */}
          {view.frame.easyRead
            .split('\n')
            .filter((line) => line.trim())
            .map((line) => (
              <p key={line}>{line}</p>
            ))}
        </section>
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
      <ReminderForm action={props.urls.reminders} lang={props.lang} />
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
                <ProgrammeLink step={step} urls={props.urls} lang={props.lang} />
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

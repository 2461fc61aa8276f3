// The space's online meetings: the room link of an online step (under the group's link only),
// the music-mode note that tells how to let a video call carry music, and the journey's
// calendar to subscribe to.
import type { PublicLanguage } from '../../platform/public-pages';
import { meetingTexts } from './i18n/meetings';
import { heldOnline, ROOM_HIDDEN, type SpaceStep, type SpaceView } from './space-reads';

export const MUSIC_MODE_ID = 'mode-musique';

/** The room's address of a step families may join, or null. */
export function roomOf(step: SpaceStep) {
  return step.onlineUrl && step.onlineUrl !== ROOM_HIDDEN && step.status !== 'cancelled'
    ? step.onlineUrl
    : null;
}

export function RoomLink(props: { step: SpaceStep; lang: PublicLanguage }) {
  const room = roomOf(props.step);
  if (!room) return null;
  const texts = meetingTexts[props.lang];
  return (
    <>
      <br />
      <a href={room} rel="external noopener noreferrer">
        {texts.joinRoom}
      </a>{' '}
      · <a href={`#${MUSIC_MODE_ID}`}>{texts.musicModeLink}</a>
    </>
  );
}

/** How to turn off what video calls do to music, when a step to come has a room. */
export function MusicMode(props: { view: SpaceView; lang: PublicLanguage }) {
  if (!props.view.upcoming.some((step) => roomOf(step))) return null;
  const texts = meetingTexts[props.lang];
  return (
    <section aria-labelledby={MUSIC_MODE_ID}>
      <h2 id={MUSIC_MODE_ID}>{texts.musicModeTitle}</h2>
      <p>{texts.musicModeLead}</p>
      <ul>
        {texts.musicModeTools.map(([tool, advice]) => (
          <li key={tool}>
            <strong>{tool}</strong>
            {texts.colon}
            {advice}
          </li>
        ))}
      </ul>
      <p class="muted">{texts.musicModeAlways}</p>
    </section>
  );
}

export function CalendarLink(props: { href: string | undefined; lang: PublicLanguage }) {
  if (!props.href) return null;
  const texts = meetingTexts[props.lang];
  return (
    <p>
      <a href={props.href}>{texts.calendarLink}</a>
      <br />
      <span class="muted">{texts.calendarLead}</span>
    </p>
  );
}

function kilograms(kg: number, lang: PublicLanguage) {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: kg < 10 ? 1 : 0 }).format(kg);
}

/** Under an online step: what it avoids against travelling to the journey's workshops. */
export function OnlineInstead(props: { step: SpaceStep; view: SpaceView; lang: PublicLanguage }) {
  const saving = props.view.onlineSaving;
  if (!saving || !heldOnline(props.step)) return null;
  return (
    <>
      <br />
      <span class="muted">
        {meetingTexts[props.lang].onlineInstead(kilograms(saving.perSessionCo2eKg, props.lang))}
      </span>
    </>
  );
}

/** What the figure includes, once under the list. */
export function OnlineInsteadNote(props: { view: SpaceView; lang: PublicLanguage }) {
  if (!props.view.onlineSaving || !props.view.upcoming.some(heldOnline)) return null;
  return <p class="muted">{meetingTexts[props.lang].onlineInsteadLead}</p>;
}

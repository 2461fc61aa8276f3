// The reminder e-mails on the space's pages: the form under the group link that asks for them, and
// the page an e-mail's link opens to confirm or stop them (a button: a link checker that opens
// the e-mail's link changes nothing).
import type { PublicLanguage } from '../../platform/public-pages';
import { reminderTexts } from './i18n/reminders';

export const REMINDER_MANAGE_PATH = '/p/_/rappels';

export function ReminderForm(props: { action: string | undefined; lang: PublicLanguage }) {
  if (!props.action) return null;
  const texts = reminderTexts[props.lang];
  return (
    <section aria-labelledby="rappels">
      <h2 id="rappels">{texts.formTitle}</h2>
      <p class="muted">{texts.formLead}</p>
      <form method="post" action={`${props.action}?lang=${props.lang}`}>
        <label for="reminder-email">{texts.emailLabel}</label>
        <input id="reminder-email" name="email" type="email" autocomplete="email" required />
        <button type="submit">{texts.formButton}</button>
      </form>
    </section>
  );
}

/** A short page after a form: its title, its text, and the way back when there is one. */
export function ReminderMessage(props: {
  title: string;
  text: string;
  back?: string;
  lang: PublicLanguage;
}) {
  return (
    <>
      <h1>{props.title}</h1>
      <p class="lead">{props.text}</p>
      {props.back && (
        <p>
          <a href={props.back}>← {reminderTexts[props.lang].back}</a>
        </p>
      )}
    </>
  );
}

/** Confirm (while not confirmed) or stop, for the address a link's secret names. */
export function ReminderManage(props: {
  token: string;
  journey: string;
  email: string;
  confirmed: boolean;
  lang: PublicLanguage;
}) {
  const texts = reminderTexts[props.lang];
  const action = `${REMINDER_MANAGE_PATH}/${props.token}?lang=${props.lang}`;
  return (
    <>
      <h1>{texts.manageTitle}</h1>
      <p class="lead">
        {props.confirmed
          ? texts.activeText(props.journey, props.email)
          : texts.pendingText(props.journey, props.email)}
      </p>
      {!props.confirmed && (
        <form method="post" action={action}>
          <input type="hidden" name="action" value="confirm" />
          <button type="submit">{texts.confirm}</button>
        </form>
      )}
      <form method="post" action={action}>
        <input type="hidden" name="action" value="stop" />
        <button type="submit" class="quiet">
          {texts.stop}
        </button>
      </form>
    </>
  );
}

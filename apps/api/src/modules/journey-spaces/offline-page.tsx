// A space's "Hors ligne" page under the group link: what the offline pack would hold, part by part
// with its size, chosen with checkboxes, saved by the page's script (offline/space-pack.js) only
// when the person presses the button. Without the script the page says the browser cannot keep
// the space. And the note on the pages kept on the phone, so that they say they are a copy.
import { formatDate, toLocalDateTime } from '@tutti/kit/dates';
import type { PublicLanguage } from '../../platform/public-pages';
import { offlineTexts } from './i18n/offline';
import type { Pack } from './offline-pack';
import { Heading, type Props } from './space-parts';

export function formatBytes(bytes: number, lang: PublicLanguage) {
  const mega = bytes >= 1_000_000;
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
}

/** Videos weigh the most: they are left for the person to tick. */
const chosenFirst = (part: string) => part !== 'videos';

export function SpaceOffline(
  props: Props & { pack: Pack; scope: string; worker: string; manifest: string },
) {
  const texts = offlineTexts[props.lang];
  const parts = props.pack.parts.filter((part) => part.count > 0);
  const total = parts
    .filter((part) => chosenFirst(part.id))
    .reduce((sum, part) => sum + part.bytes, 0);
  return (
    <>
      <Heading {...props} current="offline" />
      <h2>{texts.title}</h2>
      <p>{texts.lead}</p>
      <div
        id="pack"
        data-scope={props.scope}
        data-worker={props.worker}
        data-manifest={props.manifest}
        data-text-save={texts.save}
        data-text-update={texts.update}
        data-text-saving={texts.saving}
        data-text-saved={texts.saved}
        data-text-failed={texts.failed}
        data-text-full={texts.full}
        data-text-removed={texts.removed}
      >
        <p class="note" data-role="state" role="status" hidden />
        <form>
          <fieldset class="checks">
            <legend>{texts.choose}</legend>
            {parts.map((part) => (
              <label key={part.id}>
                <input
                  type="checkbox"
                  name="part"
                  value={part.id}
                  data-bytes={part.bytes}
                  checked={chosenFirst(part.id)}
                  disabled={part.id === 'pages'}
                />
                {texts.part[part.id](part.count, formatBytes(part.bytes, props.lang))}
              </label>
            ))}
          </fieldset>
          <p class="muted" data-role="unsupported">
            {texts.unsupported}
          </p>
          <button type="submit" data-role="save" hidden>
            {texts.save.replace('{size}', formatBytes(total, props.lang))}
          </button>
          <progress hidden max={1} value={0} aria-label={texts.title} />
          <button type="button" class="quiet" data-role="remove" hidden>
            {texts.remove}
          </button>
        </form>
      </div>
    </>
  );
}

/** At the top of a page saved in the pack: it is the copy kept on the phone, and when it was. */
export function KeptNote(props: { at: Date; timeZone: string; lang: PublicLanguage }) {
  const local = toLocalDateTime(props.at, props.timeZone);
  const day = formatDate(local.slice(0, 10), props.lang, { day: 'numeric', month: 'long' });
  return (
    <p class="note" role="status">
      {offlineTexts[props.lang].keptNote(`${day}, ${local.slice(11, 16)}`)}
    </p>
  );
}

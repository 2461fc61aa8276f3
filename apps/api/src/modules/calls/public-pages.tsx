// The public calls (/p/<org>/appels) and one page per call (/p/<org>/appels/<code>): what is asked,
// by when, how the jury judges, and the form that sends an applicant their one-time link.
import { PUBLIC_CODE_PATTERN, PUBLIC_SLUG_PATTERN } from '@tutti/contracts';
import { formatDate, formatTimeZone, toLocalDateTime } from '@tutti/kit/dates';
import {
  definePublicPage,
  type PublicLanguage,
  type PublicPageContext,
} from '../../platform/public-pages';
import { LINK_REQUEST_PATH } from '../guest-pages';
import { isOpen, textIn } from './calls.presenter';
import * as calls from './calls.repository';
import { callTexts } from './i18n';

export const CALLS_PATH = '/appels';
const callPath = (code: string) => `${CALLS_PATH}/${code}`;

/** An instant on the call's clock, in words: "15 mars 2027 23:59". */
export function when(instant: Date, timeZone: string, lang: PublicLanguage) {
  const local = toLocalDateTime(instant, timeZone);
  return `${formatDate(local.slice(0, 10), lang, { day: 'numeric', month: 'long', year: 'numeric' })} ${local.slice(11, 16)}`;
}

/** 80 → 1'20" */
export const duration = (seconds: number) =>
  `${Math.floor(seconds / 60)}'${String(seconds % 60).padStart(2, '0')}"`;

function status(call: calls.CallRow, now: Date, lang: PublicLanguage) {
  const texts = callTexts[lang];
  if (isOpen(call, now)) return texts.open;
  return call.phase === 'published' && now < call.opensAt ? texts.notYet : texts.closed;
}

export const callsPage = definePublicPage({
  id: 'calls',
  path: CALLS_PATH,
  parseParams: (raw) => (PUBLIC_SLUG_PATTERN.test(raw.orgSlug ?? '') ? {} : null),
  load: async (tx) => {
    const codes = await calls.publishedCodes(tx);
    const rows = [];
    for (const code of codes) rows.push((await calls.findPublishedByCode(tx, code))!);
    return rows;
  },
  render(rows, context) {
    const { lang } = context;
    const texts = callTexts[lang];
    return {
      title: texts.callsTitle,
      description: texts.callsLead(context.org.name),
      body: (
        <>
          <h1>{texts.callsTitle}</h1>
          <p class="lead">{texts.callsLead(context.org.name)}</p>
          {rows.length === 0 ? (
            <p>{texts.noCalls}</p>
          ) : (
            <ul class="events">
              {rows.map((row) => (
                <li key={row.id}>
                  <a href={`${context.orgUrl(callPath(row.publicCode))}?lang=${lang}`}>
                    {textIn(row.title, lang)}
                  </a>
                  <br />
                  {status(row, context.now, lang)} · {texts.closes}{' '}
                  {when(row.closesAt, row.timeZone, lang)}
                </li>
              ))}
            </ul>
          )}
        </>
      ),
    };
  },
  jsonLd: (rows, context) => ({
    '@type': 'ItemList',
    name: callTexts[context.lang].callsTitle,
    itemListElement: rows.map((row, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      url: context.orgUrl(callPath(row.publicCode)),
      name: textIn(row.title, context.lang),
    })),
  }),
  timeSlotMinutes: 60,
  sitemap: async (tx) => ((await calls.publishedCodes(tx)).length > 0 ? [CALLS_PATH] : []),
});

function CallBody({ call, context }: { call: calls.CallRow; context: PublicPageContext }) {
  const { lang } = context;
  const texts = callTexts[lang];
  const counted = call.criteria.filter((c) => !c.independent);
  return (
    <>
      <p>
        <span class="badge">{status(call, context.now, lang)}</span>
      </p>
      <h1>{textIn(call.title, lang)}</h1>
      <p class="lead">{textIn(call.description, lang)}</p>
      <dl class="facts">
        <dt>{texts.opens}</dt>
        <dd>{when(call.opensAt, call.timeZone, lang)}</dd>
        <dt>{texts.closes}</dt>
        <dd>{when(call.closesAt, call.timeZone, lang)}</dd>
      </dl>
      <p class="muted">{texts.timeZone(formatTimeZone(call.timeZone, lang, call.closesAt))}</p>
      <h2>{texts.eligibility}</h2>
      <p>{textIn(call.eligibility, lang)}</p>
      {call.parts.length > 0 && (
        <>
          <h2>{texts.parts}</h2>
          <ul>
            {call.parts.map((part) => (
              <li key={part.key}>
                {textIn(part.label, lang)} : {texts.places(part.places)}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{texts.recordings}</h2>
      <ol>
        {call.recordings.map((spec) => (
          <li key={spec.key}>
            {textIn(spec.label, lang)} ({texts.upTo(duration(spec.maxSeconds))}
            {spec.required ? '' : `, ${texts.optional}`})
          </li>
        ))}
      </ol>
      <h2>{texts.criteria}</h2>
      <ul>
        {counted.map((c) => (
          <li key={c.key}>
            {textIn(c.label, lang)} ({texts.weight(c.weight)})
          </li>
        ))}
        {call.criteria
          .filter((c) => c.independent)
          .map((c) => (
            <li key={c.key}>
              {textIn(c.label, lang)} ({texts.independent})
            </li>
          ))}
      </ul>
      <p>{texts.fairness}</p>
      <h2 id="apply">{texts.applyTitle}</h2>
      <p>{texts.applyHow}</p>
      <form method="post" action={LINK_REQUEST_PATH}>
        <input type="hidden" name="orgId" value={context.org.id} />
        <input type="hidden" name="locale" value={lang} />
        <input type="hidden" name="scope" value="applicant" />
        <label for="email">{texts.email}</label>
        <input id="email" name="email" type="email" autocomplete="email" required />
        <button type="submit">{texts.send}</button>
      </form>
      <p class="muted">{texts.retention(call.retentionMonths)}</p>
      <p>
        <a href={`${context.orgUrl(CALLS_PATH)}?lang=${lang}`}>{texts.backToCalls}</a>
      </p>
    </>
  );
}

export const callPage = definePublicPage({
  id: 'call',
  path: '/appels/:code',
  parseParams: (raw) => (PUBLIC_CODE_PATTERN.test(raw.code ?? '') ? { code: raw.code! } : null),
  load: (tx, { code }) => calls.findPublishedByCode(tx, code),
  render(call, context) {
    return {
      title: textIn(call.title, context.lang),
      description: textIn(call.description, context.lang).slice(0, 200),
      body: <CallBody call={call} context={context} />,
    };
  },
  jsonLd: (call, context) => ({
    '@type': 'Event',
    name: textIn(call.title, context.lang),
    description: textIn(call.description, context.lang),
    startDate: call.opensAt.toISOString(),
    endDate: call.closesAt.toISOString(),
    url: context.orgUrl(callPath(call.publicCode)),
    organizer: { '@type': 'Organization', name: context.org.name },
  }),
  // "Open" and "closed" turn with the clock.
  timeSlotMinutes: 60,
  sitemap: async (tx) => (await calls.publishedCodes(tx)).map(callPath),
});

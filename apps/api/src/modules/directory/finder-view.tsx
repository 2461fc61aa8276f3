// The finder's pieces: the search form (a GET form: the address can be shared and the back button
// works), the ranked results with distance and estimated time, and, where nothing is within reach,
// the plain sentence and the way to start an ensemble with the organisation's help.
import {
  type EnsembleMatch,
  ensembleKinds,
  ensembleLanguages,
  languageName,
  type MatchResult,
  musicGenres,
  weekdayCodes,
} from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { PublicLanguage } from '../../platform/public-pages';
import { ensemblePath, rehearsalText } from './ensemble-view';
import { directoryTexts } from './i18n';

export type FinderValues = {
  commune: string;
  age: string;
  kinds: string[];
  genres: string[];
  days: string[];
  /** One working language (ISO 639 code), or '' for any. */
  language: string;
  beginner: boolean;
};

export type FormState = {
  values: Record<string, string | undefined>;
  problems: Record<string, string>;
};

export function Problem({ id, text }: { id: string; text: string | undefined }) {
  return text ? (
    <p class="error" id={`${id}-problem`}>
      {text}
    </p>
  ) : null;
}

/** id, name and the ARIA attributes that tie a field to its hint and problem. */
export function fieldProps(id: string, problems: Record<string, string>, hint?: string) {
  const described = [hint, problems[id] ? `${id}-problem` : undefined].filter(Boolean);
  return {
    id,
    name: id,
    'aria-invalid': problems[id] ? ('true' as const) : undefined,
    'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
  };
}

function Checks(props: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  checked: readonly string[];
}) {
  return (
    <fieldset class="checks">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value}>
          <input
            type="checkbox"
            name={props.name}
            value={option.value}
            checked={props.checked.includes(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function FinderForm(props: {
  action: string;
  lang: PublicLanguage;
  values: FinderValues;
  problems: Record<string, string>;
}) {
  const { lang, values, problems } = props;
  const texts = directoryTexts[lang];
  const words = VOCABULARY[lang];
  return (
    <form method="get" action={props.action}>
      <input type="hidden" name="lang" value={lang} />
      <label for="commune">{texts.communeLabel}</label>
      <input
        {...fieldProps('commune', problems, 'commune-hint')}
        autocomplete="address-level2"
        required
        value={values.commune}
      />
      <p class="muted" id="commune-hint">
        {texts.communeHint}
      </p>
      <Problem id="commune" text={problems.commune} />
      <label for="age">{texts.ageLabel}</label>
      <input
        {...fieldProps('age', problems)}
        class="qty"
        type="number"
        inputmode="numeric"
        min="3"
        max="120"
        value={values.age}
      />
      <Problem id="age" text={problems.age} />
      <Checks
        name="kinds"
        legend={texts.kindsLegend}
        options={ensembleKinds.map((kind) => ({ value: kind, label: words.ensembleKind[kind] }))}
        checked={values.kinds}
      />
      <Checks
        name="genres"
        legend={texts.genresLegend}
        options={musicGenres.map((genre) => ({ value: genre, label: words.musicGenre[genre] }))}
        checked={values.genres}
      />
      <Checks
        name="days"
        legend={texts.daysLegend}
        options={weekdayCodes.map((day) => ({ value: day, label: words.weekday[day] }))}
        checked={values.days}
      />
      <label for="language">{texts.languageLabel}</label>
      <select id="language" name="language">
        <option value="">{texts.anyLanguage}</option>
        {ensembleLanguages.map((code) => (
          <option key={code} value={code} selected={values.language === code}>
            {languageName(code, lang)}
          </option>
        ))}
      </select>
      <fieldset class="checks">
        <label>
          <input type="checkbox" name="beginner" value="true" checked={values.beginner} />{' '}
          {texts.beginnerLabel}
        </label>
      </fieldset>
      <button type="submit">{texts.search}</button>
    </form>
  );
}

/** "1 h 20 min", "25 min". */
export function duration(minutes: number, lang: PublicLanguage) {
  const rounded = Math.max(5, Math.round(minutes / 5) * 5);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  const format = (value: number, unit: 'hour' | 'minute') =>
    new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short' }).format(value);
  if (hours === 0) return format(rest, 'minute');
  return rest === 0 ? format(hours, 'hour') : `${format(hours, 'hour')} ${format(rest, 'minute')}`;
}

const km = (value: number, lang: PublicLanguage) =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);

function MatchItem(props: {
  match: EnsembleMatch;
  lang: PublicLanguage;
  orgUrl(path: string): string;
}) {
  const { match, lang } = props;
  const texts = directoryTexts[lang];
  const words = VOCABULARY[lang];
  const e = match.ensemble;
  const reasons = match.reasons.map((reason) => texts.reason[reason]).filter(Boolean);
  return (
    <li>
      <a href={`${props.orgUrl(ensemblePath(e.publicCode))}?lang=${lang}`}>{e.name}</a>
      <br />
      {words.ensembleKind[e.kind]} · {match.place.communeName}
      <br />
      {texts.distance(km(match.distanceKm, lang), duration(match.travelMin, lang))}
      {e.rehearsals.length > 0 && (
        <>
          <br />
          {e.rehearsals.map((r) => rehearsalText(r, lang)).join(' ; ')}
        </>
      )}
      {reasons.length > 0 && (
        <>
          <br />
          <span class="muted">
            {texts.why} {reasons.join(', ')}
          </span>
        </>
      )}
    </li>
  );
}

export function Results(props: {
  result: MatchResult;
  lang: PublicLanguage;
  orgUrl(path: string): string;
  kitPath: string;
  supportForm: preact.ComponentChildren;
}) {
  const { result, lang } = props;
  const texts = directoryTexts[lang];
  const { radius } = result;
  const commune = result.commune.name;
  return (
    <section aria-labelledby="results">
      <h2 id="results">{texts.resultsTitle(result.matches.length, commune)}</h2>
      <p class="muted">
        {texts.radiusNote(radius.km, texts.area[radius.area], radius.basis === 'population')}{' '}
        {result.travel.kind === 'osrm' ? texts.travelRouted : texts.travelEstimate}
      </p>
      {result.matches.length > 0 ? (
        <ul class="events">
          {result.matches.map((match) => (
            <MatchItem match={match} lang={lang} orgUrl={props.orgUrl} key={match.ensemble.id} />
          ))}
        </ul>
      ) : (
        <>
          <p class="lead">{texts.nothingHere(commune, radius.km)}</p>
          {result.nearestBeyond && (
            <p>
              {texts.nearestBeyond(
                result.nearestBeyond.ensemble.name,
                result.nearestBeyond.place.communeName ?? '',
                km(result.nearestBeyond.distanceKm, lang),
                duration(result.nearestBeyond.travelMin, lang),
              )}
            </p>
          )}
          <div class="card">
            <h2>{texts.startHereTitle}</h2>
            <p>{texts.startHereLead}</p>
            <p>
              <a class="button" href={props.kitPath}>
                {texts.kitLink}
              </a>
            </p>
            {props.supportForm}
          </div>
        </>
      )}
    </section>
  );
}

export function SupportForm(props: {
  action: string;
  lang: PublicLanguage;
  organisation: string;
  communeCode: string;
  state: FormState;
}) {
  const { lang, state } = props;
  const texts = directoryTexts[lang];
  const problems = state.problems;
  return (
    <form method="post" action={`${props.action}?lang=${lang}`} novalidate>
      <h3>{texts.supportTitle}</h3>
      <p>{texts.supportLead(props.organisation)}</p>
      <input type="hidden" name="communeCode" value={props.communeCode} />
      <label for="name">{texts.nameLabel}</label>
      <input
        {...fieldProps('name', problems)}
        autocomplete="name"
        value={state.values.name ?? ''}
      />
      <Problem id="name" text={problems.name} />
      <label for="email">{texts.emailLabel}</label>
      <input
        {...fieldProps('email', problems)}
        type="email"
        autocomplete="email"
        value={state.values.email ?? ''}
      />
      <Problem id="email" text={problems.email} />
      <label for="phone">{texts.phoneLabel}</label>
      <input
        {...fieldProps('phone', problems)}
        type="tel"
        autocomplete="tel"
        value={state.values.phone ?? ''}
      />
      <Problem id="phone" text={problems.phone} />
      <label for="message">{texts.messageLabel}</label>
      <textarea {...fieldProps('message', problems)} rows={3} maxLength={2000}>
        {state.values.message ?? ''}
      </textarea>
      <Problem id="message" text={problems.message} />
      <button type="submit">{texts.send}</button>
    </form>
  );
}

export function Kit(props: {
  lang: PublicLanguage;
  organisation: string;
  commune: string;
  venues: MatchResult['venuesNearby'];
}) {
  const texts = directoryTexts[props.lang];
  return (
    <>
      <p class="lead">{texts.kitLead}</p>
      <h2>{texts.kitStepsTitle}</h2>
      <ol>
        {texts.kitSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2>{texts.kitRehearsalTitle}</h2>
      <ol>
        {texts.kitRehearsal.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2>{texts.kitVenuesTitle}</h2>
      {props.venues.length === 0 ? (
        <p>{texts.kitVenuesNone}</p>
      ) : (
        <ul>
          {props.venues.map((venue) => (
            <li key={venue.id}>
              {venue.name}
              {venue.communeName && `, ${venue.communeName}`} ({km(venue.distanceKm, props.lang)}{' '}
              km)
            </li>
          ))}
        </ul>
      )}
      <h2>{texts.kitConductorTitle}</h2>
      <p>{texts.kitConductor}</p>
    </>
  );
}

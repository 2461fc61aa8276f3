// How a listing reads in public: rehearsals in words, fees in euros, the facts a person weighs
// before going (place, level, audition, ages, accessibility), and its schema.org MusicGroup.
import { languageName, type Rehearsal, summariseRule } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { formatDate } from '@tutti/kit/dates';
import type { JsonLd, PublicLanguage, PublicPageContext } from '../../platform/public-pages';
import type { EnsembleRow, PlaceRow } from './directory.repository';
import { directoryTexts } from './i18n';

export const ensemblePath = (code: string) => `/ensembles/${code}`;

const join = (items: string[], lang: PublicLanguage) =>
  new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);

/** "le mardi à 20:00", "the first Saturday of the month at 10:00". */
export function rehearsalText(rehearsal: Rehearsal, lang: PublicLanguage): string {
  const texts = directoryTexts[lang].rehearsal;
  const summary = summariseRule(rehearsal.rule);
  const weekday = VOCABULARY[lang].weekday;
  if (!summary || summary.days.length === 0) return rehearsal.startTime;
  const time = rehearsal.startTime;
  if (summary.freq === 'MONTHLY') {
    return summary.days
      .map((day) =>
        texts.monthly(texts.nth[String(day.nth ?? 1)] ?? '', weekday[day.weekday], time),
      )
      .join(texts.and);
  }
  const days = join(
    summary.days.map((day) => weekday[day.weekday]),
    lang,
  );
  return summary.interval > 1
    ? texts.everyNWeeks(summary.interval, days, time)
    : texts.weekly(days, time);
}

export function euros(cents: number, lang: PublicLanguage) {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: cents % 100 === 0 ? 0 : 2,
  }).format(cents / 100);
}

export function feeText(row: EnsembleRow, lang: PublicLanguage) {
  const texts = directoryTexts[lang];
  const parts: string[] = [];
  if (row.annualFeeCents === 0) parts.push(texts.feeFree);
  else if (row.annualFeeCents !== null) parts.push(texts.feeYear(euros(row.annualFeeCents, lang)));
  if (row.solidarityFeeCents !== null) {
    parts.push(texts.feeSolidarity(euros(row.solidarityFeeCents, lang)));
  }
  if (parts.length === 0) parts.push(texts.feeUnknown);
  return [parts.join(', '), row.feeNotes].filter(Boolean).join(' · ');
}

function placeLine(place: PlaceRow) {
  return [
    place.label,
    place.addressLine,
    [place.postalCode, place.communeName].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
}

export type PublicEnsemble = { row: EnsembleRow; places: PlaceRow[] };

/** The facts of a listing, as a definition list. */
export function EnsembleFacts({
  ensemble,
  lang,
}: {
  ensemble: PublicEnsemble;
  lang: PublicLanguage;
}) {
  const texts = directoryTexts[lang];
  const words = VOCABULARY[lang];
  const { row, places } = ensemble;
  const access = row.accessibility;
  const accessFacts = (
    ['stepFreeAccess', 'accessibleToilets', 'hearingLoop', 'largePrintScores'] as const
  )
    .filter((fact) => access[fact] === true)
    .map((fact) => texts[fact]);
  if (access.notes) accessFacts.push(access.notes);
  return (
    <dl>
      <dt>{texts.where}</dt>
      <dd>
        {places.map((place) => (
          <div key={place.id}>{placeLine(place)}</div>
        ))}
      </dd>
      {row.rehearsals.length > 0 && (
        <>
          <dt>{texts.when}</dt>
          <dd>{row.rehearsals.map((r) => rehearsalText(r, lang)).join(' ; ')}</dd>
        </>
      )}
      <dt>{texts.level}</dt>
      <dd>
        {row.levels.length === 0
          ? texts.anyLevel
          : join(
              row.levels.map((level) => words.ensembleLevel[level]),
              lang,
            )}
        {' · '}
        {row.auditionRequired ? texts.auditionYes : texts.auditionNo}
      </dd>
      {row.partsSought.length > 0 && (
        <>
          <dt>{texts.sought}</dt>
          <dd>
            {join(
              row.partsSought.map((part) => words.ensemblePart[part]),
              lang,
            )}
          </dd>
        </>
      )}
      {row.genres.length > 0 && (
        <>
          <dt>{texts.genres}</dt>
          <dd>
            {join(
              row.genres.map((genre) => words.musicGenre[genre]),
              lang,
            )}
          </dd>
        </>
      )}
      {row.workingLanguages.length > 0 && (
        <>
          <dt>{texts.workingLanguages}</dt>
          <dd>
            {join(
              row.workingLanguages.map((code) => languageName(code, lang)),
              lang,
            )}
          </dd>
        </>
      )}
      <dt>{texts.ages}</dt>
      <dd>
        {row.ageBands.length === 0
          ? texts.allAges
          : join(
              row.ageBands.map((band) => words.ageBand[band]),
              lang,
            )}
      </dd>
      <dt>{texts.fees}</dt>
      <dd>{feeText(row, lang)}</dd>
      {accessFacts.length > 0 && (
        <>
          <dt>{texts.accessibility}</dt>
          <dd>{accessFacts.join(' · ')}</dd>
        </>
      )}
      {row.learningTools.length > 0 && (
        <>
          <dt>{texts.learning}</dt>
          <dd>
            {join(
              row.learningTools.map((tool) => words.learningTool[tool]),
              lang,
            )}
          </dd>
        </>
      )}
      {(row.contactName || row.contactEmail || row.contactPhone) && (
        <>
          <dt>{texts.contact}</dt>
          <dd>
            {row.contactName && <div>{row.contactName}</div>}
            {row.contactEmail && (
              <div>
                <a href={`mailto:${row.contactEmail}`}>{row.contactEmail}</a>
              </div>
            )}
            {row.contactPhone && (
              <div>
                <a href={`tel:${row.contactPhone}`}>{row.contactPhone}</a>
              </div>
            )}
          </dd>
        </>
      )}
      {row.website && (
        <>
          <dt>{texts.website}</dt>
          <dd>
            <a href={row.website} rel="nofollow noopener">
              {row.website.replace(/^https?:\/\//, '')}
            </a>
          </dd>
        </>
      )}
    </dl>
  );
}

export function confirmedOn(row: EnsembleRow, lang: PublicLanguage) {
  const date = row.lastConfirmedAt?.toISOString().slice(0, 10);
  return date
    ? directoryTexts[lang].lastConfirmed(
        formatDate(date, lang, { day: 'numeric', month: 'long', year: 'numeric' }),
      )
    : '';
}

/** schema.org MusicGroup: name, genres, languages, where it rehearses, how to reach it. */
export function musicGroupJsonLd(ensemble: PublicEnsemble, context: PublicPageContext): JsonLd {
  const { row, places } = ensemble;
  const words = VOCABULARY[context.lang];
  return {
    '@type': 'MusicGroup',
    name: row.name,
    url: context.orgUrl(ensemblePath(row.publicCode)),
    ...(row.description ? { description: row.description } : {}),
    ...(row.genres.length > 0 ? { genre: row.genres.map((g) => words.musicGenre[g]) } : {}),
    ...(row.workingLanguages.length > 0 ? { knowsLanguage: row.workingLanguages } : {}),
    ...(row.contactEmail ? { email: row.contactEmail } : {}),
    ...(row.contactPhone ? { telephone: row.contactPhone } : {}),
    ...(row.website ? { sameAs: row.website } : {}),
    location: places.map((place) => ({
      '@type': 'Place',
      ...(place.label ? { name: place.label } : {}),
      address: {
        '@type': 'PostalAddress',
        ...(place.addressLine ? { streetAddress: place.addressLine } : {}),
        ...(place.postalCode ? { postalCode: place.postalCode } : {}),
        ...(place.communeName ? { addressLocality: place.communeName } : {}),
        addressCountry: 'FR',
      },
      ...(place.latitude !== null && place.longitude !== null
        ? {
            geo: {
              '@type': 'GeoCoordinates',
              latitude: place.latitude,
              longitude: place.longitude,
            },
          }
        : {}),
    })),
  };
}
